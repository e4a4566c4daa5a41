// Build, dev-server and test configuration. Unit and integration tests run in Node;
// browser tests start their own Vite server and drive Debian's Chromium. The production build has
// a service worker (Workbox, by vite-plugin-pwa) that precaches the app shell and every lazily
// loaded chunk, so that the workbench loads and works offline after the first visit.
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new version waits until the user chooses to reload (src/app/serviceWorker.ts).
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg"],
      manifest: {
        name: "Telaah",
        short_name: "Telaah",
        description: "Qualitative interview coding in the browser: offline, no account",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: "#1f4e5f",
        background_color: "#f6f7f8",
        icons: [
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // Every chunk: the map, the matrix, the workers, the .docx reader, the Indonesian table.
        globPatterns: ["**/*.{js,css,html,svg,png,wasm}"],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: "/index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // Every browser the workbench supports preloads modules itself: no polyfill in the first screen.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // @lezer/common comes with the transcript's movement commands, which never call it; it has no side
      // effects but does not say so in its package.json, so it is marked here and left out of the first screen.
      treeshake: { moduleSideEffects: [{ test: /\/node_modules\/@lezer\/common\//, sideEffects: false }] },
    },
  },
  server: { port: 5173 },
  // Packages only the workers import (the dev server's dependency scan does not follow workers), those
  // of team sync, loaded with the first shared project, and the report's renderer, loaded when one is
  // exported: finding them later would reload the page while a worker starts or a project is shared.
  optimizeDeps: { include: ["fflate", "saxes", "exceljs", "yjs", "y-indexeddb", "@hocuspocus/provider", "minisearch", "d3-cloud", "react-dom/server"] },
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
          // On a fresh clone the dev server's dependency cache is cold, and the first file has been
          // seen to fail once while it is filled (a dependency optimized late reloads the page); a
          // failed browser test is run once more.
          retry: 1,
        },
      },
    ],
  },
});
