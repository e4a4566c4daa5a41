// Entry point of the workbench page.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "../ui/styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
