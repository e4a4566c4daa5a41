// The team sync server with real Hocuspocus providers: convergence, restarts with a client that
// stayed offline, token refusals and claims, the HTTP routes (token change, deletion, health, CORS)
// and that no token is stored in clear.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startSyncServer, type SyncServer } from "../../src/server/syncServer";
import { connectClient, newRoom, newToken, synced, tempDataDir, waitFor, type TestClient } from "../support/syncServerClients";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(dataDir?: string): Promise<{ server: SyncServer; dataDir: string }> {
  let dir = dataDir;
  if (!dir) {
    const temp = tempDataDir();
    cleanups.push(temp.remove);
    dir = temp.dir;
  }
  const started = await startSyncServer({ dataDir: dir, quiet: true });
  let stopped = false;
  const stop = started.stop;
  started.stop = async () => {
    if (!stopped) await stop();
    stopped = true;
  };
  cleanups.push(started.stop);
  return { server: started, dataDir: dir };
}

function client(url: string, room: string, token: string, doc?: Y.Doc): TestClient {
  const made = connectClient(url, room, token, doc);
  cleanups.push(made.destroy);
  return made;
}

function httpBase(server: SyncServer): string {
  return server.url.replace("ws://", "http://");
}

describe("sync server", () => {
  it("brings a map entry set on one client to another client of the room", async () => {
    const { server: s } = await server();
    const room = newRoom();
    const token = newToken();
    const a = client(s.url, room, token);
    await synced(a);
    const b = client(s.url, room, token);
    await synced(b);
    a.codings.set("coding-1", { code: "c1", start: 0, end: 12 });
    await waitFor("B to see A's coding", () => b.codings.has("coding-1"));
    expect(b.codings.get("coding-1")).toEqual({ code: "c1", start: 0, end: 12 });
    b.codings.delete("coding-1");
    await waitFor("A to see B's removal", () => !a.codings.has("coding-1"));
  });

  it("keeps everything across a restart on the same data dir, and a client offline across it syncs afterwards", async () => {
    const first = await server();
    const room = newRoom();
    const token = newToken();
    const online = client(first.server.url, room, token);
    await synced(online);
    const offlineDoc = new Y.Doc();
    const offline = client(first.server.url, room, token, offlineDoc);
    await synced(offline);
    online.codings.set("before", 1);
    await waitFor("the offline client to have the first entry", () => offline.codings.has("before"));

    offline.destroy();
    offline.codings.set("made-offline", 2);
    await first.server.stop();
    online.destroy();

    const second = await server(first.dataDir);
    const fresh = client(second.server.url, room, token);
    await synced(fresh);
    expect(fresh.codings.toJSON()).toEqual({ before: 1 });

    const back = client(second.server.url, room, token, offlineDoc);
    await synced(back);
    await waitFor("the offline edit to reach the restarted server", () => fresh.codings.has("made-offline"));
    expect(fresh.codings.toJSON()).toEqual({ before: 1, "made-offline": 2 });
    expect(back.codings.toJSON()).toEqual(fresh.codings.toJSON());
  });

  it("refuses a wrong token without sending the room's data, and a token or room name of the wrong form", async () => {
    const { server: s } = await server();
    const room = newRoom();
    const token = newToken();
    const owner = client(s.url, room, token);
    await synced(owner);
    owner.codings.set("secret", "quote");

    const intruder = client(s.url, room, newToken());
    await waitFor("the wrong token to be refused", () => intruder.refusals.length > 0);
    expect(intruder.refusals[0]).toBe("wrong-token");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(intruder.codings.size).toBe(0);
    expect(intruder.authenticated).toBe(false);

    const short = client(s.url, newRoom(), "too-short-a-token");
    await waitFor("a short token to be refused", () => short.refusals.length > 0);
    expect(short.refusals[0]).toBe("token-too-short");

    const badName = client(s.url, "../documents", newToken());
    await waitFor("a bad room name to be refused", () => badName.refusals.length > 0);
    expect(badName.refusals[0]).toBe("invalid-room-name");

    // Another room's token opens only its own room.
    const otherRoom = newRoom();
    const otherToken = newToken();
    const other = client(s.url, otherRoom, otherToken);
    await synced(other);
    const crossing = client(s.url, room, otherToken);
    await waitFor("another room's token to be refused", () => crossing.refusals.length > 0);
    expect(crossing.codings.size).toBe(0);
    expect(owner.codings.get("secret")).toBe("quote");
  });

  it("changes a room's token over HTTP: open connections close, the old token fails, the new one works", async () => {
    const { server: s } = await server();
    const room = newRoom();
    const oldToken = newToken();
    const newer = newToken();
    const holder = client(s.url, room, oldToken);
    await synced(holder);
    holder.codings.set("kept", true);

    const post = (auth: string, body: string) =>
      fetch(`${httpBase(s)}/rooms/${room}/token`, { method: "POST", headers: { Authorization: `Bearer ${auth}`, "Content-Type": "application/json" }, body });
    expect((await post(newToken(), JSON.stringify({ token: newer }))).status).toBe(401);
    expect((await post(oldToken, "not json")).status).toBe(400);
    expect((await post(oldToken, JSON.stringify({ token: "short" }))).status).toBe(400);
    const changed = await post(oldToken, JSON.stringify({ token: newer }));
    expect(changed.status).toBe(204);
    expect(changed.headers.get("access-control-allow-origin")).toBe("*");

    await waitFor("the old token's connection to be closed and then refused", () => holder.refusals.includes("wrong-token"));
    expect(holder.closeCodes).toContain(4401);
    const late = client(s.url, room, oldToken);
    await waitFor("the old token to be refused", () => late.refusals.length > 0);
    const current = client(s.url, room, newer);
    await synced(current);
    expect(current.codings.get("kept")).toBe(true);
  });

  it("deletes a room over HTTP: its document is gone and its old token cannot claim it back", async () => {
    const { server: s } = await server();
    const room = newRoom();
    const token = newToken();
    const holder = client(s.url, room, token);
    await synced(holder);
    holder.codings.set("to-go", 1);
    await waitFor("the server to have the entry", () => !holder.provider.hasUnsyncedChanges);

    expect((await fetch(`${httpBase(s)}/rooms/${room}`, { method: "DELETE", headers: { Authorization: `Bearer ${newToken()}` } })).status).toBe(401);
    expect((await fetch(`${httpBase(s)}/rooms/${room}`, { method: "DELETE", headers: { Authorization: `Bearer ${token}` } })).status).toBe(204);
    await waitFor("the holder to be closed and refused", () => holder.refusals.length > 0);
    expect(holder.closeCodes).toContain(4404);
    holder.destroy();

    const oldLink = client(s.url, room, token);
    await waitFor("the deleted room's token to be refused", () => oldLink.refusals.length > 0);
    expect(oldLink.refusals[0]).toBe("wrong-token");
    oldLink.destroy();

    const newOwnerToken = newToken();
    const newOwner = client(s.url, room, newOwnerToken);
    await synced(newOwner);
    expect(newOwner.codings.size).toBe(0);
  });

  it("answers the health check and CORS preflights, and refuses unknown routes", async () => {
    const { server: s } = await server();
    const health = await fetch(`${httpBase(s)}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const preflight = await fetch(`${httpBase(s)}/rooms/abc/token`, { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/DELETE/);
    expect((await fetch(`${httpBase(s)}/rooms`)).status).toBe(404);
    expect((await fetch(`${httpBase(s)}/rooms/a.b/token`, { method: "POST", headers: { Authorization: "Bearer x" } })).status).toBe(400);
  });

  it("stores no token in clear: neither the claimed token nor a changed one is in the data dir's bytes", async () => {
    const { server: s, dataDir } = await server();
    const room = newRoom();
    const token = newToken();
    const holder = client(s.url, room, token);
    await synced(holder);
    holder.codings.set("entry", "x".repeat(100));
    const newer = newToken();
    const res = await fetch(`${httpBase(s)}/rooms/${room}/token`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ token: newer }) });
    expect(res.status).toBe(204);
    holder.destroy();
    await s.stop();
    const bytes = readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)).toString("latin1"));
    expect(bytes.join("")).toContain(room);
    for (const secret of [token, newer]) {
      expect(bytes.some((text) => text.includes(secret))).toBe(false);
      expect(bytes.some((text) => text.includes(Buffer.from(secret).toString("hex")))).toBe(false);
    }
  });
});
