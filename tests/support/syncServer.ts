// The team sync server for browser tests (src/server/syncServer.ts), on a free local port with a
// temporary data directory, started and stopped by the test itself.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSyncServer } from "../../src/server/syncServer";

export interface TestSyncServer {
  /** ws://127.0.0.1:PORT */
  url: string;
  stop(): Promise<void>;
}

export async function startTestSyncServer(): Promise<TestSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "telaah-browser-sync-"));
  const server = await startSyncServer({ dataDir, quiet: true });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
