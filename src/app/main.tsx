// Entry point of the workbench page: the language first (its table may have to load), then the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startLanguage } from "./languageChoice";
import "../ui/styles.css";

// Registered from its own chunk, fetched beside the app's: the first screen does not wait for it.
void import("./serviceWorker").then((m) => m.startServiceWorker());
// When the chosen language's table cannot load, the workbench starts in English rather than not at all.
void startLanguage()
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById("root")!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
