// Helpers for the sync server's tests: temporary data dirs, real Hocuspocus providers in Node
// (each with its own socket, through `ws`), a Redis server on a free port, and polling waits.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "telaah-sync-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh room token as the app makes one: 128 random bits in base64url (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString("base64url");
}

export function newRoom(): string {
  return globalThis.crypto.randomUUID();
}

export interface TestClient {
  doc: Y.Doc;
  codings: Y.Map<unknown>;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons of every refused authentication, in order. */
  refusals: string[];
  /** Close codes of the socket, in order. */
  closeCodes: number[];
  authenticated: boolean;
  destroy(): void;
}

export function connectClient(url: string, room: string, token: string, doc = new Y.Doc()): TestClient {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 300 });
  const client: TestClient = {
    doc,
    codings: doc.getMap("codings"),
    socket,
    refusals: [],
    closeCodes: [],
    authenticated: false,
    provider: undefined as unknown as HocuspocusProvider,
    destroy: () => {
      client.provider.destroy();
      socket.destroy();
    },
  };
  socket.on("close", ({ event }: { event: { code: number } }) => client.closeCodes.push(event.code));
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    onAuthenticated: () => (client.authenticated = true),
    onAuthenticationFailed: ({ reason }) => {
      client.authenticated = false;
      client.refusals.push(reason);
    },
  });
  // A provider given its socket is attached by hand (it attaches itself only to a socket it made).
  client.provider.attach();
  return client;
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function synced(client: TestClient): Promise<void> {
  await waitFor("the provider to sync", () => client.provider.synced && client.authenticated);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Debian's redis-server on a free port, without persistence; stop() kills it. */
export async function startRedis(): Promise<{ host: string; port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(`redis-server to be ready (${output})`, () => output.includes("Ready to accept connections"));
  return {
    host: "127.0.0.1",
    port,
    stop: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
