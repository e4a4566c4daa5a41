// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes the last coding, codebook or case change,
// wherever the focus is, except in a text field or the memo editor, which keep their own undo.
import { useEffect } from "react";
import { redo, undo } from "./commandRunner";

export function useUndoShortcuts(projectId: string | null): void {
  useEffect(() => {
    if (!projectId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [data-own-undo]")) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) void undo(projectId);
      else if ((key === "z" && event.shiftKey) || key === "y") void redo(projectId);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [projectId]);
}
