// Build, dev-server and test configuration. Unit and integration tests run in Node;
// browser tests start their own Vite server and drive Debian's Chromium.
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  // Packages only the workers import: the dev server's dependency scan does not follow workers,
  // and finding them later would reload the page while a worker starts.
  optimizeDeps: { include: ["fflate", "saxes"] },
  test: {
    reporters: ["default", "./tests/support/summaryReporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          environment: "node",
          // Command-line tests start Node processes: a loaded 2-core machine needs more than 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
