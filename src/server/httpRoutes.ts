// The sync server's HTTP side, on the WebSocket's port: a health check, changing a room's token
// and deleting a room, each with the room's current token as a Bearer token. CORS is open (any
// origin), since the app is served from elsewhere and the token, not the origin, is the key.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ROOM_DELETED, ROOM_NAME, TOKEN_CHANGED } from "./closeCodes";
import type { RoomClosing } from "./roomClosing";
import type { RoomStore } from "./roomStore";
import { isAcceptableToken } from "./tokens";

const MAX_BODY_BYTES = 4096;

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "86400",
};

export async function handleRequest(request: IncomingMessage, response: ServerResponse, store: RoomStore, closing: RoomClosing): Promise<void> {
  const path = new URL(request.url ?? "/", "http://server").pathname;
  const method = request.method ?? "GET";
  if (method === "OPTIONS") return reply(response, 204);
  if (path === "/health" && method === "GET") return reply(response, 200, { ok: true });

  const match = /^\/rooms\/([^/]+)(\/token)?$/.exec(path);
  const room = match?.[1];
  const route = match ? `${method} ${match[2] ? "token" : "room"}` : "";
  if (!room || (route !== "POST token" && route !== "DELETE room")) return reply(response, 404, { error: "not-found" });
  if (!ROOM_NAME.test(room)) return reply(response, 400, { error: "invalid-room-name" });

  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (!bearer || !(await store.hasToken(room, bearer))) return reply(response, 401, { error: "wrong-token" });

  if (route === "DELETE room") {
    await store.deleteRoom(room);
    await closing.close(room, ROOM_DELETED);
    return reply(response, 204);
  }
  const body = await readJson(request);
  const token = (body as { token?: unknown } | undefined)?.token;
  if (!isAcceptableToken(token)) return reply(response, 400, { error: "a JSON body {\"token\": \"…\"} with a token of at least 22 characters" });
  await store.replaceToken(room, token);
  await closing.close(room, TOKEN_CHANGED);
  reply(response, 204);
}

function reply(response: ServerResponse, status: number, body?: object): void {
  response.writeHead(status, body ? { ...CORS, "Content-Type": "application/json" } : CORS);
  response.end(body ? JSON.stringify(body) : undefined);
}

/** The request's JSON body, or undefined when it is not JSON or larger than the bound. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
