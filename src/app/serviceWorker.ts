/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker of the production build (the dev server has none). A new version is
// installed in the background and waits: the app offers to reload and never reloads by itself.
import { registerSW } from "virtual:pwa-register";
import { useAppUpdate } from "../state/appUpdateStore";

export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => useAppUpdate.getState().offerReload(() => void update(true)),
  });
}
