// Ends every open connection of a room (after its token changed or it was deleted), on this
// server and, when instances share rooms through Redis, on every other instance too: a message on
// one Redis channel tells each instance to close the room's connections it holds.
import { randomUUID } from "node:crypto";
import type { Hocuspocus } from "@hocuspocus/server";
import RedisClient from "ioredis";
import type { CloseEvent } from "./closeCodes";

const CHANNEL = "telaah:close-room";

export interface RoomClosing {
  close(room: string, event: CloseEvent): Promise<void>;
  stop(): Promise<void>;
}

export async function roomClosing(hocuspocus: Hocuspocus, redis?: { host: string; port: number }): Promise<RoomClosing> {
  const closeHere = (room: string, event: CloseEvent) => {
    // Closing the socket (not only the room's Hocuspocus connection) makes the provider
    // reconnect and authenticate again, so an old token is refused at once.
    for (const connection of hocuspocus.documents.get(room)?.getConnections() ?? []) connection.webSocket.close(event.code, event.reason);
  };
  if (!redis) return { close: async (room, event) => closeHere(room, event), stop: async () => {} };

  const instance = randomUUID();
  const pub = new RedisClient(redis.port, redis.host, { lazyConnect: true });
  const sub = new RedisClient(redis.port, redis.host, { lazyConnect: true });
  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(CHANNEL);
  sub.on("message", (_channel: string, text: string) => {
    const message = JSON.parse(text) as { from: string; room: string; event: CloseEvent };
    if (message.from !== instance) closeHere(message.room, message.event);
  });
  return {
    close: async (room, event) => {
      closeHere(room, event);
      await pub.publish(CHANNEL, JSON.stringify({ from: instance, room, event }));
    },
    stop: async () => {
      await Promise.all([pub.quit(), sub.quit()]);
    },
  };
}
