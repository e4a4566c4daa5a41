// The sync server's limits against a hostile or broken client: a message over the size limit, a
// garbage message and a truncated Yjs update each close only the sender's connection (the room
// and its other clients carry on), a room at its cap refuses to grow, and a socket that piles up
// messages for a room it was never let into is closed.
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkClientMessage } from "../../src/server/messageCheck";
import { openRoomStore } from "../../src/server/roomStore";
import { startSyncServer, type SyncServerOptions } from "../../src/server/syncServer";
import { connectClient, newRoom, newToken, synced, tempDataDir, waitFor, type TestClient } from "../support/syncServerClients";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Partial<SyncServerOptions> = {}) {
  const temp = tempDataDir();
  cleanups.push(temp.remove);
  const started = await startSyncServer({ dataDir: temp.dir, quiet: true, ...options });
  let stopped = false;
  const stop = async () => {
    if (!stopped) await started.stop();
    stopped = true;
  };
  cleanups.push(stop);
  return { url: started.url, dataDir: temp.dir, stop };
}

function client(url: string, room: string, token: string): TestClient {
  const made = connectClient(url, room, token);
  cleanups.push(made.destroy);
  return made;
}

/** Sends raw bytes on the client's own socket, past its provider. */
function sendRaw(from: TestClient, bytes: Uint8Array): void {
  const socket = (from.socket as unknown as { webSocket: { send(data: Uint8Array): void } }).webSocket;
  socket.send(bytes);
}

/** A Hocuspocus sync message (type 0, step "update") around the given payload. */
function syncUpdateMessage(room: string, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

async function roomWith(url: string, room: string, token: string, entries: Record<string, unknown>) {
  const sender = client(url, room, token);
  const bystander = client(url, room, token);
  const writer = client(url, room, token);
  await Promise.all([synced(sender), synced(bystander), synced(writer)]);
  for (const [key, value] of Object.entries(entries)) writer.codings.set(key, value);
  await waitFor("every client to have the room's entries", () => [sender, bystander].every((c) => c.codings.size === Object.keys(entries).length));
  return { sender, bystander, writer };
}

/** The other clients carry on: the bystander is never closed and still gets the writer's edits. */
async function othersCarryOn(bystander: TestClient, writer: TestClient, key: string) {
  writer.codings.set(key, "after");
  await waitFor("the bystander to get an edit made afterwards", () => bystander.codings.get(key) === "after");
  expect(bystander.closeCodes).toEqual([]);
  expect(writer.closeCodes).toEqual([]);
}

describe("sync server limits", () => {
  it("closes the connection of a message over the size limit, and nothing of it reaches the room", async () => {
    const s = await server({ maxUpdateBytes: 64 * 1024 });
    const room = newRoom();
    const token = newToken();
    const { sender, bystander, writer } = await roomWith(s.url, room, token, { small: "x".repeat(1000) });
    sender.codings.set("huge", "y".repeat(100 * 1024));
    await waitFor("the sender to be closed as too big", () => sender.closeCodes.includes(1009));
    sender.destroy();
    await othersCarryOn(bystander, writer, "later");
    expect(bystander.codings.has("huge")).toBe(false);
    expect(bystander.codings.get("small")).toBe("x".repeat(1000));
  });

  it("closes only the sender's connection on a garbage message and on a truncated update; the room is unharmed", async () => {
    const s = await server();
    const room = newRoom();
    const token = newToken();
    const entries = { a: { code: "c1", start: 0, end: 5 }, b: { code: "c2", start: 7, end: 9 } };
    const { sender, bystander, writer } = await roomWith(s.url, room, token, entries);

    const garbage = Uint8Array.from({ length: 200 }, (_, i) => (i * 97 + 13) % 256);
    const source = new Y.Doc();
    source.getMap("codings").set("c", "z".repeat(300));
    const update = Y.encodeStateAsUpdate(source);
    const truncated = syncUpdateMessage(room, update.slice(0, Math.floor(update.length / 2)));
    // Both are malformed by an independent route: Yjs itself refuses the truncated update.
    expect(() => Y.applyUpdate(new Y.Doc(), update.slice(0, Math.floor(update.length / 2)))).toThrow();
    expect(checkClientMessage(syncUpdateMessage(room, update)).ok).toBe(true);

    sendRaw(sender, garbage);
    await waitFor("the garbage sender to be closed", () => sender.closeCodes.length > 0);
    await waitFor("the sender to be back", () => sender.authenticated && sender.provider.synced);
    sendRaw(sender, truncated);
    await waitFor("the truncated update's sender to be closed", () => sender.closeCodes.length > 1);
    expect(sender.closeCodes).toEqual([4400, 4400]);
    sender.destroy();

    await othersCarryOn(bystander, writer, "later");
    const fresh = client(s.url, room, token);
    await synced(fresh);
    expect(fresh.codings.toJSON()).toEqual({ ...entries, later: "after" });
  });

  it("refuses growth past the room cap, keeping what was stored before", async () => {
    const cap = 20_000;
    const s = await server({ maxRoomBytes: cap });
    const room = newRoom();
    const token = newToken();
    const filler = client(s.url, room, token);
    await synced(filler);
    const accepted: string[] = [];
    for (let i = 0; i < 30 && !filler.closeCodes.includes(4413); i++) {
      const key = `entry-${i}`;
      filler.codings.set(key, String(i).repeat(2000).slice(0, 2000));
      await waitFor("the entry to be taken or refused", () => !filler.provider.hasUnsyncedChanges || filler.closeCodes.includes(4413));
      if (!filler.closeCodes.includes(4413)) accepted.push(key);
    }
    expect(filler.closeCodes).toContain(4413);
    filler.destroy();
    // 2,000 characters an entry against a cap of 20,000 bytes: fewer than ten fit.
    expect(accepted.length).toBeGreaterThan(3);
    expect(accepted.length).toBeLessThan(10);

    const reader = client(s.url, room, token);
    await synced(reader);
    expect(Object.keys(reader.codings.toJSON()).sort()).toEqual([...accepted].sort());
    reader.destroy();
    await s.stop();
    const store = await openRoomStore(s.dataDir);
    const stored = await store.storedBytes(room);
    await store.close();
    expect(stored).toBeGreaterThan(accepted.length * 2000);
    expect(stored).toBeLessThanOrEqual(cap);
  });

  it("closes a socket that sends more than the bound before it is let into the room", async () => {
    const s = await server({ maxUpdateBytes: 64 * 1024 });
    const room = newRoom();
    const token = newToken();
    const { bystander, writer } = await roomWith(s.url, room, token, { first: 1 });
    const socket = new WebSocket(s.url);
    const closed = new Promise<number>((resolve) => socket.on("close", (code: number) => resolve(code)));
    await new Promise((resolve) => socket.on("open", resolve));
    let sent = 0;
    for (let i = 0; i < 10; i++) {
      const doc = new Y.Doc();
      doc.getMap("codings").set(`flood-${i}`, "f".repeat(20_000));
      const message = syncUpdateMessage(room, Y.encodeStateAsUpdate(doc));
      sent += message.length;
      socket.send(message);
    }
    expect(sent).toBeGreaterThan(64 * 1024);
    expect(await closed).toBe(4429);
    await othersCarryOn(bystander, writer, "later");
    expect(Object.keys(bystander.codings.toJSON()).sort()).toEqual(["first", "later"]);
  });
});
