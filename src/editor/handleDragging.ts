// Dragging an end of the selected coding by its handle: while the pointer moves, the coding is
// drawn where it would end; when the pointer is let go, the new range is reported.
import type { Extension } from "@codemirror/state";
import { ViewPlugin } from "@codemirror/view";
import { highlightState, updateHighlights } from "./codingHighlights";

/** `adjust` is called with the coding and its new range in code points. */
export function handleDragging(adjust: (codingId: string, start: number, end: number) => void): Extension {
  // Listened to directly: CodeMirror leaves events inside widgets (the handles) to the page.
  return ViewPlugin.define((view) => {
    const onPointerDown = (event: PointerEvent) => {
      const handle = (event.target as HTMLElement).closest<HTMLElement>(".coding-handle");
      const { index, selectedCodingId } = view.state.field(highlightState);
      const coding = selectedCodingId ? index.get(selectedCodingId) : undefined;
      if (!handle || !coding) return;
      event.preventDefault();
      const edge = handle.dataset.edge as "start" | "end";
      const rangeAt = (e: PointerEvent) => {
        const pos = view.posAtCoords({ x: e.clientX, y: e.clientY });
        if (pos === null) return null;
        const at = index.offsets.toCodePoint(pos);
        return { start: edge === "start" ? Math.min(at, coding.end - 1) : coding.start, end: edge === "end" ? Math.max(at, coding.start + 1) : coding.end };
      };
      const onMove = (e: PointerEvent) => {
        const range = rangeAt(e);
        if (range) view.dispatch({ effects: updateHighlights.of({ dragged: { codingId: coding.id, ...range } }) });
      };
      const onUp = (e: PointerEvent) => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        view.dispatch({ effects: updateHighlights.of({ dragged: null }) });
        const range = rangeAt(e);
        if (range && (range.start !== coding.start || range.end !== coding.end)) adjust(coding.id, range.start, range.end);
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    };
    view.contentDOM.addEventListener("pointerdown", onPointerDown);
    return { destroy: () => view.contentDOM.removeEventListener("pointerdown", onPointerDown) };
  });
}
