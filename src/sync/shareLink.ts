// What a browser needs to take part in a shared project (the server, the room and its token) and
// the join link that carries it to a colleague: everything in the URL fragment, which browsers
// never send to a server, never in a query string. The token is a random secret of 256 bits.

export interface ShareSettings {
  /** The sync server's WebSocket address (ws:// or wss://). */
  server: string;
  room: string;
  token: string;
  /** The project's name, to name a joining browser's copy before the first sync. */
  name: string;
}

const PREFIX = "#join=";

/** A new access token: 32 random bytes, base64url. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The join link: the app's address with the settings in its fragment. */
export function joinLink(appAddress: string, settings: ShareSettings): string {
  const base = appAddress.split("#")[0]!;
  const data = new URLSearchParams({ server: settings.server, room: settings.room, token: settings.token, name: settings.name });
  return `${base}${PREFIX}${data.toString()}`;
}

/** The settings a join link's fragment carries, or null when the fragment is not a (whole) join link. */
export function parseJoinFragment(hash: string): ShareSettings | null {
  if (!hash.startsWith(PREFIX)) return null;
  const data = new URLSearchParams(hash.slice(PREFIX.length));
  const [server, room, token, name] = ["server", "room", "token", "name"].map((key) => data.get(key) ?? "");
  if (!/^wss?:\/\//.test(server!) || !/^[A-Za-z0-9_-]{1,100}$/.test(room!) || token!.length < 22) return null;
  return { server: server!, room: room!, token: token!, name: name || room! };
}

/** The server's HTTP address (for changing a token or ending the room), from its WebSocket address. */
export function httpAddress(server: string): string {
  return server.replace(/^ws/, "http").replace(/\/+$/, "");
}
