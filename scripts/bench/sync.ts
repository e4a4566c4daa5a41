// Team sync through the sync server: how long one coding-like map entry takes to reach another
// client (median and p95 over many, one after another), through one server and through two
// instances sharing a local Redis; and each server process's resident memory after the run. Then the
// same through the app's own sync module (./teamSync.ts), the soak, and the demo project's room on
// disk. The servers run as their own Node processes (`src/server/main.ts`), as `npm run server` starts them.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { connectClient, freePort, newRoom, newToken, startRedis, synced, tempDataDir, type TestClient } from "../../tests/support/syncServerClients";
import { ROOT, type Figure } from "./harness";
import { benchAppSync, demoRoomBytes } from "./teamSync";

const UPDATES = 200;
const WARM_UP = 20;

export async function benchSync(): Promise<Figure[]> {
  const redis = await startRedis();
  const data = tempDataDir();
  const servers: ServerProcess[] = [];
  try {
    const single = await startServerProcess(data.dir);
    servers.push(single);
    const one = await measureArrival(single.url, single.url);
    const first = await startServerProcess(data.dir, `redis://${redis.host}:${redis.port}`);
    const second = await startServerProcess(data.dir, `redis://${redis.host}:${redis.port}`);
    servers.push(first, second);
    const two = await measureArrival(first.url, second.url);
    const app = await benchAppSync(single.url, [first.url, second.url], () => residentMb(single.child, "VmHWM"), Number(process.env.TELAAH_SOAK_EDITS ?? 2000));
    const demoData = tempDataDir();
    const own = await startServerProcess(demoData.dir);
    servers.push(own);
    const stateKb = Math.round((await demoRoomBytes(own.url)) / 1024);
    await own.stop();
    servers.pop();
    const roomKb = Math.round(directoryBytes(demoData.dir) / 1024);
    demoData.remove();
    const note = `${UPDATES} entries one after another, after ${WARM_UP} to warm up; the clients in the bench's process, each server its own`;
    return [
      { name: "a coding reaches another client, one server: median", value: one.median, unit: "ms", target: "< 100 ms", note },
      { name: "a coding reaches another client, one server: p95", value: one.p95, unit: "ms", note },
      { name: "a coding reaches a client of another instance, two instances and Redis: median", value: two.median, unit: "ms", target: "< 100 ms", note },
      { name: "a coding reaches a client of another instance, two instances and Redis: p95", value: two.p95, unit: "ms", note },
      { name: "server memory after the run (resident set), one server", value: residentMb(single.child), unit: "MB", note: "the process that served the first run" },
      { name: "server memory after the run (resident set), each of two instances", value: Math.max(residentMb(first.child), residentMb(second.child)), unit: "MB", note: "the larger of the two" },
      ...app,
      { name: "the demo project's room: its Yjs state", value: stateKb, unit: "KB", note: "the Banten study as one update (Y.encodeStateAsUpdate)" },
      { name: "the demo project's room on disk", value: roomKb, unit: "KB", note: "the Banten study shared into a fresh server's data dir (SQLite), after the server stopped" },
    ];
  } finally {
    for (const server of servers) await server.stop();
    await redis.stop();
    data.remove();
  }
}

async function measureArrival(senderUrl: string, receiverUrl: string): Promise<{ median: number; p95: number }> {
  const room = newRoom();
  const token = newToken();
  const sender = connectClient(senderUrl, room, token);
  await synced(sender);
  const receiver = connectClient(receiverUrl, room, token);
  await synced(receiver);
  try {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + UPDATES; i++) {
      const elapsed = await timeOneEntry(sender, receiver, `coding-${i}`);
      if (i >= WARM_UP) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
  } finally {
    sender.destroy();
    receiver.destroy();
  }
}

function timeOneEntry(sender: TestClient, receiver: TestClient, key: string): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const arrived = () => {
      if (!receiver.codings.has(key)) return;
      receiver.codings.unobserve(arrived);
      resolve(performance.now() - started);
    };
    receiver.codings.observe(arrived);
    sender.codings.set(key, { id: key, documentId: "document-1", codeId: "code-7", coderId: "coder-a", start: 1200, end: 1342, created: new Date().toISOString() });
  });
}

interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServerProcess(dataDir: string, redis?: string): Promise<ServerProcess> {
  const port = await freePort();
  const args = ["--import", "tsx", join(ROOT, "src", "server", "main.ts"), "--port", String(port), "--data", dataDir, ...(redis ? ["--redis", redis] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Telaah sync server at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the sync server exited (${code}): ${output}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    child,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The process's resident set size (or its peak, VmHWM), from Linux's /proc. */
function residentMb(child: ChildProcess, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}
