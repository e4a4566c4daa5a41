// The Hocuspocus extension that guards rooms: a connection gets in only with its room's token
// (or claims a room nobody holds yet), every message is read in full before Hocuspocus applies
// it, and a room's stored size is tracked so that growth past the cap is refused.
import type { IncomingMessage } from "node:http";
import { MessageType, type Extension, type onLoadDocumentPayload, type afterUnloadDocumentPayload, type beforeHandleMessagePayload, type onAuthenticatePayload, type onChangePayload } from "@hocuspocus/server";
import { checkClientMessage, type CheckedMessage } from "./messageCheck";
import { MALFORMED_MESSAGE, ROOM_FULL, ROOM_NAME, UNAUTHENTICATED_FLOOD, type CloseEvent } from "./closeCodes";
import type { RoomStore } from "./roomStore";

const OPEN = 1;

/** What the guard needs of a `ws` WebSocket. */
export interface GuardedSocket {
  readyState: number;
  prependListener(event: "message", listener: (data: Uint8Array) => void): void;
  close(code: number, reason: string): void;
}

export class RoomGuard implements Extension {
  extensionName = "RoomGuard";
  /** Before the storage (100), after Redis (1000). */
  priority = 500;
  /** Messages already read by the socket's own listener (see watchSocket), to read each once. */
  private readonly checked = new WeakMap<Uint8Array, CheckedMessage>();
  /** Each loaded room's size as last stored, and the bytes of every update applied since. */
  private readonly storedBytes = new Map<string, number>();
  private readonly bytesSinceStore = new Map<string, number>();
  /** Sockets this guard has closed, with why: nothing more they sent is applied. */
  private readonly closed = new WeakMap<GuardedSocket, CloseEvent>();
  /** The rooms each socket (known by its upgrade request) has been let into. */
  private readonly admitted = new WeakMap<IncomingMessage, Set<string>>();

  constructor(
    private readonly store: RoomStore,
    private readonly maxRoomBytes: number,
    /** What a socket may send to rooms it has not been let into: Hocuspocus queues it all. */
    private readonly maxUnauthenticatedBytes: number,
  ) {}

  /**
   * Reads every message as it arrives: a socket that sends a malformed one is closed at once, and
   * so is one that piles up more than a bound of messages for rooms it has not been let into.
   */
  watchSocket(socket: GuardedSocket, request: IncomingMessage): void {
    const admitted = new Set<string>();
    this.admitted.set(request, admitted);
    let unauthenticatedBytes = 0;
    socket.prependListener("message", (data) => {
      const check = checkClientMessage(data);
      this.checked.set(data, check);
      if (!check.ok) return void this.refuse(socket, MALFORMED_MESSAGE);
      if (check.type === MessageType.Auth || admitted.has(check.room)) return;
      unauthenticatedBytes += data.length;
      if (unauthenticatedBytes > this.maxUnauthenticatedBytes) this.refuse(socket, UNAUTHENTICATED_FLOOD);
    });
  }

  async onAuthenticate({ documentName, token, request }: onAuthenticatePayload): Promise<void> {
    if (!ROOM_NAME.test(documentName)) throw { reason: "invalid-room-name" };
    const admission = await this.store.admit(documentName, token ?? "");
    if (admission === "refused") throw { reason: "wrong-token" };
    if (admission === "too-short") throw { reason: "token-too-short" };
    this.admitted.get(request)?.add(documentName);
  }

  /**
   * Reads the stored size while the room loads. Not after: Hocuspocus lists a room as loaded only
   * once every afterLoadDocument hook is done, and Redis's answer to the room's first sync step
   * (sent in Redis's afterLoadDocument) is dropped if it arrives before that.
   */
  async onLoadDocument({ documentName }: onLoadDocumentPayload): Promise<void> {
    this.storedBytes.set(documentName, await this.store.storedBytes(documentName));
    this.bytesSinceStore.set(documentName, 0);
  }

  async beforeHandleMessage({ update, connection, documentName }: beforeHandleMessagePayload): Promise<void> {
    const socket: GuardedSocket = connection.webSocket;
    // A later update of a refused sender may build on the refused one: none of them is applied.
    const refused = this.closed.get(socket);
    if (refused) throw refused;
    const check = this.checked.get(update) ?? checkClientMessage(update);
    if (!check.ok) throw this.refuse(socket, MALFORMED_MESSAGE);
    if (check.documentBytes === 0) return;
    // An upper bound of the room's size once this update is in (Yjs merges rather than appends).
    const bytes = (this.storedBytes.get(documentName) ?? 0) + (this.bytesSinceStore.get(documentName) ?? 0);
    if (bytes + check.documentBytes > this.maxRoomBytes) throw this.refuse(socket, ROOM_FULL);
  }

  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    this.bytesSinceStore.set(documentName, (this.bytesSinceStore.get(documentName) ?? 0) + update.length);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.storedBytes.delete(documentName);
    this.bytesSinceStore.delete(documentName);
  }

  /** Closes the socket and returns what Hocuspocus expects thrown to drop the message. */
  private refuse(socket: GuardedSocket, event: CloseEvent): CloseEvent {
    if (!this.closed.has(socket)) {
      this.closed.set(socket, event);
      if (socket.readyState === OPEN) socket.close(event.code, event.reason);
    }
    return event;
  }

  /**
   * Called by the storage as it takes the room's state to write; the returned function gets the
   * size written. Updates applied meanwhile are not in it and stay counted.
   */
  storing(room: string): (writtenBytes: number) => void {
    const counted = this.bytesSinceStore.get(room) ?? 0;
    return (writtenBytes) => {
      if (!this.storedBytes.has(room)) return;
      this.storedBytes.set(room, writtenBytes);
      this.bytesSinceStore.set(room, (this.bytesSinceStore.get(room) ?? 0) - counted);
    };
  }
}

