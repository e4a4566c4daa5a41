// The sync server's SQLite file: the rooms' Yjs documents (the table of
// @hocuspocus/extension-sqlite) and, in tables of their own, each room's token digest and the
// digests of its retired tokens. One file per data dir; several server processes may share it
// (WAL mode, a busy timeout, and writes in BEGIN IMMEDIATE transactions). All statements of one
// process run one after another, so a transaction never interleaves with another.
import { join } from "node:path";
import sqlite3 from "sqlite3";
import { schema as documentsSchema } from "@hocuspocus/extension-sqlite";
import * as Y from "yjs";
import { MAX_TOKEN_LENGTH, hashToken, isAcceptableToken, sameHash } from "./tokens";

export const DATABASE_FILE = "telaah-sync.sqlite";

const TOKENS_SCHEMA = `
CREATE TABLE IF NOT EXISTS room_tokens (room TEXT PRIMARY KEY, hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS retired_tokens (room TEXT NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (room, hash));
`;

/** What a connection's token does to a room: let it in, claim the unclaimed room, or not. */
export type Admission = "accepted" | "claimed" | "refused" | "too-short";

export interface RoomStore {
  readonly file: string;
  admit(room: string, token: string): Promise<Admission>;
  hasToken(room: string, token: string): Promise<boolean>;
  replaceToken(room: string, newToken: string): Promise<void>;
  deleteRoom(room: string): Promise<void>;
  fetchDocument(room: string): Promise<Uint8Array | null>;
  /** Merges the state into the stored one; null (nothing written) when the room has no token. */
  storeDocument(room: string, state: Uint8Array): Promise<number | null>;
  storedBytes(room: string): Promise<number>;
  close(): Promise<void>;
}

export async function openRoomStore(dataDir: string): Promise<RoomStore> {
  const file = join(dataDir, DATABASE_FILE);
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  db.configure("busyTimeout", 10_000);
  const sql = promisified(db);
  await sql.exec(`PRAGMA journal_mode = WAL; ${documentsSchema}; ${TOKENS_SCHEMA}`);

  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const transaction = <T>(work: () => Promise<T>): Promise<T> =>
    exclusive(async () => {
      await sql.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        await sql.exec("COMMIT");
        return result;
      } catch (error) {
        await sql.exec("ROLLBACK");
        throw error;
      }
    });
  const currentHash = async (room: string): Promise<Buffer | undefined> =>
    (await sql.get<{ hash: Buffer }>("SELECT hash FROM room_tokens WHERE room = ?", room))?.hash;

  return {
    file,
    admit: (room, token) =>
      transaction(async () => {
        if (token.length > MAX_TOKEN_LENGTH) return "refused";
        const hash = hashToken(token);
        const stored = await currentHash(room);
        if (stored) return sameHash(stored, hash) ? "accepted" : "refused";
        if (!isAcceptableToken(token)) return "too-short";
        // A token of a deleted room (or an older token of it) cannot claim the room back.
        const retired = await sql.get("SELECT 1 FROM retired_tokens WHERE room = ? AND hash = ?", room, hash);
        if (retired) return "refused";
        await sql.run("INSERT INTO room_tokens (room, hash) VALUES (?, ?)", room, hash);
        return "claimed";
      }),
    hasToken: (room, token) =>
      exclusive(async () => {
        const stored = await currentHash(room);
        return stored !== undefined && sameHash(stored, hashToken(token));
      }),
    replaceToken: (room, newToken) =>
      transaction(async () => {
        await sql.run("INSERT OR IGNORE INTO retired_tokens (room, hash) SELECT room, hash FROM room_tokens WHERE room = ?", room);
        await sql.run("UPDATE room_tokens SET hash = ? WHERE room = ?", hashToken(newToken), room);
      }),
    deleteRoom: (room) =>
      transaction(async () => {
        await sql.run("INSERT OR IGNORE INTO retired_tokens (room, hash) SELECT room, hash FROM room_tokens WHERE room = ?", room);
        await sql.run("DELETE FROM room_tokens WHERE room = ?", room);
        await sql.run('DELETE FROM "documents" WHERE name = ?', room);
      }),
    fetchDocument: (room) =>
      exclusive(async () => (await sql.get<{ data: Buffer }>('SELECT data FROM "documents" WHERE name = ?', room))?.data ?? null),
    storeDocument: (room, state) =>
      transaction(async () => {
        // A room deleted while a client still held it open is not written back.
        if (!(await currentHash(room))) return null;
        const old = await sql.get<{ data: Buffer }>('SELECT data FROM "documents" WHERE name = ?', room);
        // Another process sharing this file may have stored changes this one has not seen yet.
        const merged = old ? Y.mergeUpdates([old.data, state]) : state;
        await sql.run('INSERT INTO "documents" (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data', room, Buffer.from(merged));
        return merged.length;
      }),
    storedBytes: (room) =>
      exclusive(async () => (await sql.get<{ size: number }>('SELECT length(data) AS size FROM "documents" WHERE name = ?', room))?.size ?? 0),
    close: () => exclusive(() => new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())))),
  };
}

function promisified(db: sqlite3.Database) {
  return {
    exec: (statements: string) => new Promise<void>((resolve, reject) => db.exec(statements, (error) => (error ? reject(error) : resolve()))),
    run: (statement: string, ...params: unknown[]) =>
      new Promise<void>((resolve, reject) => db.run(statement, params, (error: Error | null) => (error ? reject(error) : resolve()))),
    get: <T = unknown>(statement: string, ...params: unknown[]) =>
      new Promise<T | undefined>((resolve, reject) => db.get(statement, params, (error: Error | null, row: T | undefined) => (error ? reject(error) : resolve(row)))),
  };
}
