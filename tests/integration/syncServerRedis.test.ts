// Two sync server instances sharing rooms through a local Redis (started by the test, without
// persistence) and one data dir: clients on different instances converge, a token claimed on one
// instance holds on the other, and a token change on one closes the room's connections on both.
import { afterEach, describe, expect, it } from "vitest";
import { startSyncServer, type SyncServer } from "../../src/server/syncServer";
import { connectClient, newRoom, newToken, startRedis, synced, tempDataDir, waitFor, type TestClient } from "../support/syncServerClients";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function twoInstances(): Promise<[SyncServer, SyncServer, string]> {
  const redis = await startRedis();
  cleanups.push(redis.stop);
  const temp = tempDataDir();
  cleanups.push(temp.remove);
  const start = async () => {
    const server = await startSyncServer({ dataDir: temp.dir, redis: { host: redis.host, port: redis.port }, quiet: true });
    let stopped = false;
    const stop = server.stop;
    server.stop = async () => {
      if (!stopped) await stop();
      stopped = true;
    };
    cleanups.push(server.stop);
    return server;
  };
  return [await start(), await start(), temp.dir];
}

function client(url: string, room: string, token: string): TestClient {
  const made = connectClient(url, room, token);
  cleanups.push(made.destroy);
  return made;
}

describe("sync server instances sharing Redis", () => {
  it("brings an edit on one instance to a client of the other, both ways, and both are stored", async () => {
    const [one, two, dataDir] = await twoInstances();
    expect(one.port).not.toBe(two.port);
    const room = newRoom();
    const token = newToken();
    const a = client(one.url, room, token);
    await synced(a);
    const b = client(two.url, room, token);
    await synced(b);
    a.codings.set("from-a", { code: "c1" });
    await waitFor("B on the other instance to get A's entry", () => b.codings.has("from-a"));
    b.codings.set("from-b", { code: "c2" });
    await waitFor("A to get B's entry", () => a.codings.has("from-b"));
    expect(a.codings.toJSON()).toEqual(b.codings.toJSON());

    a.destroy();
    b.destroy();
    await Promise.all([one.stop(), two.stop()]);
    const alone = await startSyncServer({ dataDir, quiet: true });
    cleanups.push(alone.stop);
    const reader = client(alone.url, room, token);
    await synced(reader);
    expect(reader.codings.toJSON()).toEqual({ "from-a": { code: "c1" }, "from-b": { code: "c2" } });
  });

  it("knows on one instance a token claimed on the other, and refuses a wrong one there", async () => {
    const [one, two] = await twoInstances();
    const room = newRoom();
    const token = newToken();
    const claimer = client(one.url, room, token);
    await synced(claimer);
    claimer.codings.set("claimed", true);

    const intruder = client(two.url, room, newToken());
    await waitFor("the wrong token to be refused on the other instance", () => intruder.refusals.length > 0);
    expect(intruder.refusals[0]).toBe("wrong-token");
    expect(intruder.codings.size).toBe(0);

    const colleague = client(two.url, room, token);
    await synced(colleague);
    await waitFor("the colleague to get the room", () => colleague.codings.get("claimed") === true);
  });

  it("closes the room's connections on both instances when its token changes on one", async () => {
    const [one, two] = await twoInstances();
    const room = newRoom();
    const token = newToken();
    const here = client(one.url, room, token);
    const there = client(two.url, room, token);
    await Promise.all([synced(here), synced(there)]);
    const response = await fetch(`${one.url.replace("ws://", "http://")}/rooms/${room}/token`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ token: newToken() }),
    });
    expect(response.status).toBe(204);
    await waitFor("both old-token clients to be closed and refused", () => [here, there].every((c) => c.closeCodes.includes(4401) && c.refusals.includes("wrong-token")));
  });
});
