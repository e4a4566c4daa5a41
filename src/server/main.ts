// `npm run server -- --port 1234 --data ./server-data [--host 127.0.0.1] [--redis redis://host:6379]
// [--max-update-mb 50] [--max-room-mb 500]`: starts the team sync server until SIGINT or SIGTERM.
import { parseArgs } from "node:util";
import { startSyncServer } from "./syncServer";

const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "1234" },
    host: { type: "string", default: "127.0.0.1" },
    data: { type: "string", default: "./server-data" },
    redis: { type: "string" },
    "max-update-mb": { type: "string", default: "50" },
    "max-room-mb": { type: "string", default: "500" },
  },
});

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, not "${text}"`);
  return value;
}

function redisAddress(text: string | undefined): { host: string; port: number } | undefined {
  if (!text) return undefined;
  const url = new URL(text.includes("://") ? text : `redis://${text}`);
  return { host: url.hostname, port: Number(url.port || 6379) };
}

try {
  const server = await startSyncServer({
    port: positive("port", values.port),
    host: values.host,
    dataDir: values.data,
    redis: redisAddress(values.redis),
    maxUpdateBytes: Math.round(positive("max-update-mb", values["max-update-mb"]) * MB),
    maxRoomBytes: Math.round(positive("max-room-mb", values["max-room-mb"]) * MB),
    quiet: true,
  });
  console.log(`Telaah sync server at ${server.url} (HTTP on the same port), data in ${values.data}${values.redis ? `, sharing rooms through ${values.redis}` : ""}`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`telaah sync server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
