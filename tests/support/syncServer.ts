// A team sync server for tests, on a free local port, started and stopped by the test itself: one
// place to change how tests get their server. It tells how many connections are open, so that a
// test can see that a browser that went offline really dropped its socket.
import { Server } from "@hocuspocus/server";

export interface TestSyncServer {
  /** ws://127.0.0.1:PORT */
  url: string;
  connections(): number;
  stop(): Promise<void>;
}

export async function startTestSyncServer(): Promise<TestSyncServer> {
  const server = new Server({ port: 0, quiet: true, stopOnSignals: false });
  await server.listen();
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    connections: () => server.hocuspocus.getConnectionsCount(),
    stop: () => server.destroy(),
  };
}
