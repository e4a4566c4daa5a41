// The WebSocket close codes and reasons with which the sync server ends a client's connection,
// part of its contract with the app (besides ws's own 1009 for a message over the size limit).
export interface CloseEvent {
  code: number;
  reason: string;
}

export const MALFORMED_MESSAGE: CloseEvent = { code: 4400, reason: "malformed-message" };
export const TOKEN_CHANGED: CloseEvent = { code: 4401, reason: "token-changed" };
export const ROOM_DELETED: CloseEvent = { code: 4404, reason: "room-deleted" };
export const ROOM_FULL: CloseEvent = { code: 4413, reason: "room-full" };
export const UNAUTHENTICATED_FLOOD: CloseEvent = { code: 4429, reason: "too-much-before-authentication" };

/** A room is a project's id: letters, digits, "_" and "-", at most 100 characters. */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,100}$/;
