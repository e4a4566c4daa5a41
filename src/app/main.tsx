// Entry point of the workbench page: the language first (its table may have to load), then the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startLanguage } from "./languageChoice";
import { startServiceWorker } from "./serviceWorker";
import "../ui/styles.css";

startServiceWorker();
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
