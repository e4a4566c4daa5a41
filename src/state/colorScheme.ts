// The colour scheme in effect: the one chosen with the header's switch (kept per browser), or else
// the system's prefers-color-scheme, followed as it changes. Shown as data-theme on <html>.
import { useEffect, useSyncExternalStore } from "react";
import { useLayout, type ColorScheme } from "./layoutStore";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

const systemPrefersDark = () => window.matchMedia(QUERY).matches;

export function useColorScheme(): ColorScheme {
  const chosen = useLayout((s) => s.colorScheme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  return chosen ?? (systemDark ? "dark" : "light");
}

/** Keeps <html data-theme> on the scheme in effect, for the style sheet. */
export function useDocumentColorScheme(): ColorScheme {
  const scheme = useColorScheme();
  useEffect(() => {
    document.documentElement.dataset.theme = scheme;
  }, [scheme]);
  return scheme;
}
