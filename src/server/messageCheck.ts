// Reads a client's WebSocket message the way Hocuspocus will, before Hocuspocus applies it: the
// room name, the message type and its payload, with every Yjs update and awareness state decoded
// in full, to its last byte. A message that does not read cleanly is malformed; nothing of it
// reaches the room.
import * as decoding from "lib0/decoding";
import { MessageType } from "@hocuspocus/server";
import * as Y from "yjs";

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type CheckedMessage = { ok: true; room: string; type: MessageType; documentBytes: number } | { ok: false; problem: string };

export function checkClientMessage(data: Uint8Array): CheckedMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const room = decoding.readVarString(decoder);
    const type: MessageType = decoding.readVarUint(decoder);
    const documentBytes = readBody(decoder, type);
    if (decoding.hasContent(decoder)) throw new Error("bytes after the end of the message");
    return { ok: true, room, type, documentBytes };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads the message's body; returns the bytes of Yjs document content it carries. */
function readBody(decoder: decoding.Decoder, type: number): number {
  switch (type) {
    case MessageType.Sync:
    case MessageType.SyncReply: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP_1) {
        Y.decodeStateVector(payload);
        return 0;
      }
      if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new Error(`unknown sync step ${step}`);
      Y.decodeUpdate(payload);
      return payload.length;
    }
    case MessageType.Awareness:
      readAwareness(decoding.createDecoder(decoding.readVarUint8Array(decoder)));
      return 0;
    case MessageType.Auth:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return 0;
    case MessageType.Stateless:
    case MessageType.BroadcastStateless:
      decoding.readVarString(decoder);
      return 0;
    case MessageType.QueryAwareness:
    case MessageType.CLOSE:
      return 0;
    default:
      throw new Error(`unknown message type ${type}`);
  }
}

/** The y-protocols awareness encoding: a count, then client id, clock and JSON state per client. */
function readAwareness(decoder: decoding.Decoder): void {
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}
