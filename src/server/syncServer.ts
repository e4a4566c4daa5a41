// The team sync server: Hocuspocus with one Yjs document (room) per project, stored in SQLite in
// the data dir, guarded by each room's token, with an HTTP side on the same port (health, token
// change, deletion) and, with Redis, shared between several instances that use the same data dir.
import { mkdirSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { Server, type Extension } from "@hocuspocus/server";
import { Redis } from "@hocuspocus/extension-redis";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { handleRequest } from "./httpRoutes";
import { RoomGuard, type GuardedSocket } from "./roomGuard";
import { roomClosing } from "./roomClosing";
import { openRoomStore } from "./roomStore";

const MB = 1024 * 1024;

export interface SyncServerOptions {
  /** 0 (the default) takes any free port. */
  port?: number;
  /** The address to listen on; 127.0.0.1 by default (put a TLS proxy in front). */
  host?: string;
  /** Holds the SQLite file; instances that share rooms through Redis share this directory. */
  dataDir: string;
  redis?: { host: string; port: number };
  /** A WebSocket message larger than this closes the connection (1009). Default 50 MB. */
  maxUpdateBytes?: number;
  /** A room whose stored state would grow past this refuses the update (4413). Default 500 MB. */
  maxRoomBytes?: number;
  quiet?: boolean;
}

export interface SyncServer {
  port: number;
  /** ws://127.0.0.1:PORT (or the host listened on). */
  url: string;
  stop(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const host = options.host ?? "127.0.0.1";
  mkdirSync(options.dataDir, { recursive: true });
  const store = await openRoomStore(options.dataDir);
  const maxUpdateBytes = options.maxUpdateBytes ?? 50 * MB;
  const guard = new RoomGuard(store, options.maxRoomBytes ?? 500 * MB, maxUpdateBytes);
  const storage = new SQLite({
    database: store.file,
    fetch: ({ documentName }) => store.fetchDocument(documentName),
    store: async ({ documentName, state }) => {
      const stored = guard.storing(documentName);
      const bytes = await store.storeDocument(documentName, state);
      if (bytes !== null) stored(bytes);
    },
  });
  const extensions: Extension[] = [guard, storage];
  if (options.redis) extensions.push(new Redis({ ...options.redis, prefix: "telaah" }));

  const server = new Server(
    {
      name: "telaah",
      port: options.port ?? 0,
      address: host,
      quiet: options.quiet ?? false,
      stopOnSignals: false,
      extensions,
      onRequest: async ({ request, response }) => {
        try {
          await handleRequest(request, response, store, closing);
        } catch (error) {
          console.error("sync server: request failed", error);
          if (!response.headersSent) response.writeHead(500, { "Access-Control-Allow-Origin": "*" });
          response.end();
        }
        // Hocuspocus's own reply is skipped when a hook rejects without an error.
        throw null;
      },
    },
    { maxPayload: maxUpdateBytes },
  );
  const closing = await roomClosing(server.hocuspocus, options.redis);
  server.webSocketServer.on("connection", (socket: GuardedSocket, request: IncomingMessage) => guard.watchSocket(socket, request));
  await server.listen();
  const port = server.address.port;
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;

  return {
    port,
    url: `ws://${urlHost}:${port}`,
    stop: async () => {
      // Stores and unloads every room, then ends the sockets Hocuspocus leaves open.
      await server.destroy();
      for (const socket of server.webSocketServer.clients) socket.terminate();
      await closing.stop();
      await new Promise<void>((resolve) => (storage.db ? storage.db.close(() => resolve()) : resolve()));
      await store.close();
    },
  };
}
