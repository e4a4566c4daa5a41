/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker of the production build (the dev server has none). A new version is
// installed in the background and waits: the app offers to reload and never reloads by itself.
// Once the user chooses to, the page reloads as soon as the new version is active. Workbox reloads
// only a page that a service worker controls. The page of a first visit has none, and nothing
// holds the new version back there: it is active already, and the page reloads at once.
import { registerSW } from "virtual:pwa-register";
import { useAppUpdate } from "../state/appUpdateStore";

export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const switchToNewVersion = async () => {
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
    if (!waiting) return reloadOnce();
    waiting.addEventListener("statechange", () => {
      if (waiting.state === "activated") reloadOnce();
    });
    navigator.serviceWorker.addEventListener("controllerchange", reloadOnce);
    await update(true);
  };
  const update = registerSW({
    onNeedRefresh: () => useAppUpdate.getState().offerReload(() => void switchToNewVersion()),
    onNeedReload: reloadOnce,
  });
}
