// The transcript for coding: a ProseMirror editor (without Tiptap, which only the memo editor
// needs) whose text cannot be changed here, so the caret and keyboard selection work as in any
// text, with the codings drawn over it. Reports selections and clicks in code-point offsets; lets
// the selected coding's ends be dragged.
import { useEffect, useMemo, useRef, useState } from "react";
import { AllSelection, EditorState, Selection, TextSelection as TextRange } from "@tiptap/pm/state";
import { EditorView } from "@tiptap/pm/view";
import { buildDecorations, codingHighlights, readOnlyText, setHighlights, type HighlightCoding } from "./codingHighlights";
import { CodingStripes } from "./CodingStripes";
import { buildOverlay, disagreementOverlay, setOverlay, type OverlayMark } from "./disagreementOverlay";
import { transcriptSchema } from "./transcriptSchema";
import { PositionMap } from "./positionMap";
import { useVisibleRange } from "./visibleRange";
import { useColorScheme } from "../state/colorScheme";

/** User Timing mark set each time the codings are drawn (read by the benchmarks). */
export const HIGHLIGHTS_DRAWN = "telaah:highlights-drawn";

/** Keys that would change the text. */
const EDITING_KEYS = new Set(["Enter", "Backspace", "Delete"]);

export interface TextSelection {
  start: number;
  end: number;
  /** True when the user held Alt while selecting: no snapping to whole words. */
  exact: boolean;
}

export interface TranscriptEditorProps {
  documentId: string;
  text: string;
  codings: HighlightCoding[];
  selectedCodingId: string | null;
  /** Where to put the caret and scroll to, e.g. a passage chosen in the retrieval list. */
  focusRange: { start: number; end: number } | null;
  label: string;
  /** The selected passage (null when the selection is empty) and the caret. */
  onSelection(selection: TextSelection | null, caret: number | null): void;
  onCodingClick(codingId: string | null): void;
  onAdjust(codingId: string, start: number, end: number): void;
  /** Keys the editor passes up (palette, quick codes, remove); return true when handled. */
  onKey(event: KeyboardEvent): boolean;
  /** One stripe lane per code and coder instead of per code. */
  stripesByCoder?: boolean;
  /** The coding comparison's overlay: A only, B only and both. */
  overlay?: readonly OverlayMark[];
  /** Codings that have memos, marked in the margin. */
  memoCodingIds?: ReadonlySet<string>;
  memoMarkTitle?: string;
}

export function TranscriptEditor(props: TranscriptEditorProps) {
  const { documentId, text, codings, selectedCodingId, focusRange, label } = props;
  const map = useMemo(() => new PositionMap(text), [text]);
  const latest = useRef(props);
  latest.current = props;
  const mapRef = useRef(map);
  mapRef.current = map;
  const altHeld = useRef(false);
  const scheme = useColorScheme();
  const [drag, setDrag] = useState<{ codingId: string; edge: "start" | "end"; at: number } | null>(null);

  const mount = useRef<HTMLDivElement | null>(null);
  const [view, setView] = useState<EditorView | null>(null);

  function reportSelection(state: EditorState) {
    const { from, to, empty, head } = state.selection;
    const m = mapRef.current;
    latest.current.onSelection(empty ? null : { start: m.toCodePoint(from), end: m.toCodePoint(to), exact: altHeld.current }, m.toCodePoint(head));
  }

  useEffect(() => {
    const created: EditorView = new EditorView(mount.current!, {
      state: EditorState.create({ schema: transcriptSchema, plugins: [codingHighlights, disagreementOverlay, readOnlyText] }),
      attributes: { role: "textbox", "aria-label": latest.current.label, "aria-readonly": "true", "aria-multiline": "true", class: "transcript-editor", spellcheck: "false" },
      dispatchTransaction: (tr) => {
        const before = created.state;
        created.updateState(before.apply(tr));
        if (!created.state.selection.eq(before.selection)) reportSelection(created.state);
      },
      handleKeyDown: (view, event) => {
        if (latest.current.onKey(event)) return true;
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "a") {
          view.dispatch(view.state.tr.setSelection(new AllSelection(view.state.doc)));
          return true;
        }
        // The keys that would change the text do nothing (typing is refused by readOnlyText).
        return EDITING_KEYS.has(event.key);
      },
      handleClick: (view, pos, event) => {
        if ((event.target as HTMLElement).closest(".coding-handle")) return true;
        if (!view.state.selection.empty) return false;
        const at = mapRef.current.toCodePoint(pos);
        const under = latest.current.codings.filter((c) => c.start <= at && at < c.end && !c.readOnly);
        under.sort((a, b) => a.end - a.start - (b.end - b.start));
        latest.current.onCodingClick(under[0]?.id ?? null);
        return false;
      },
      handleDOMEvents: {
        mousedown: (_view, event) => {
          altHeld.current = event.altKey;
          return false;
        },
        keydown: (_view, event) => {
          if (event.shiftKey) altHeld.current = event.altKey;
          return false;
        },
      },
    });
    setView(created);
    return () => created.destroy();
  }, []);

  // The label follows the language.
  useEffect(() => {
    view?.setProps({ attributes: { ...(view.props.attributes as Record<string, string>), "aria-label": label } });
  }, [view, label]);

  // Load the document's text: one paragraph per line, the caret at its start (where Tab into it begins).
  useEffect(() => {
    if (!view) return;
    const schema = transcriptSchema;
    const paragraphs = text.split("\n").map((line) => schema.nodes.paragraph!.create(null, line ? schema.text(line) : null));
    const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, paragraphs).setMeta("loadTranscript", true);
    tr.setSelection(Selection.atStart(tr.doc));
    view.dispatch(tr);
    latest.current.onSelection(null, null);
  }, [view, text, documentId]);

  // Draw the codings, with the dragged edge of the selected coding where the pointer is.
  const shown = useMemo(() => {
    if (!drag) return codings;
    return codings.map((c) => {
      if (c.id !== drag.codingId) return c;
      const start = drag.edge === "start" ? Math.min(drag.at, c.end - 1) : c.start;
      const end = drag.edge === "end" ? Math.max(drag.at, c.start + 1) : c.end;
      return { ...c, start, end };
    });
  }, [codings, drag]);
  // Only the codings near the visible part are drawn; the range follows the scrolling.
  const range = useVisibleRange(view, map);
  const near = useMemo(() => shown.filter((c) => c.end >= range.from && c.start <= range.to), [shown, range]);
  useEffect(() => {
    if (!view || view.state.doc.childCount !== map.lineCount) return;
    view.dispatch(setHighlights(view.state.tr, buildDecorations(view.state.doc, { map, codings: near, selectedCodingId, scheme })));
    performance.mark(HIGHLIGHTS_DRAWN);
  }, [view, map, near, selectedCodingId, text, scheme]);

  const overlay = props.overlay;
  useEffect(() => {
    if (!view || view.state.doc.childCount !== map.lineCount) return;
    view.dispatch(setOverlay(view.state.tr, buildOverlay(view.state.doc, map, overlay ?? [])));
  }, [view, map, overlay, text]);

  // Dragging a handle of the selected coding.
  useEffect(() => {
    if (!view) return;
    const root = view.dom;
    const onPointerDown = (event: PointerEvent) => {
      const handle = (event.target as HTMLElement).closest<HTMLElement>(".coding-handle");
      const codingId = latest.current.selectedCodingId;
      if (!handle || !codingId) return;
      event.preventDefault();
      const edge = handle.dataset.edge as "start" | "end";
      const pointAt = (e: PointerEvent) => {
        const pos = view.posAtCoords({ left: e.clientX, top: e.clientY });
        return pos ? mapRef.current.toCodePoint(pos.pos) : null;
      };
      const onMove = (e: PointerEvent) => {
        const at = pointAt(e);
        if (at !== null) setDrag({ codingId, edge, at });
      };
      const onUp = (e: PointerEvent) => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        setDrag(null);
        const at = pointAt(e);
        const coding = latest.current.codings.find((c) => c.id === codingId);
        if (at === null || !coding) return;
        const start = edge === "start" ? Math.min(at, coding.end - 1) : coding.start;
        const end = edge === "end" ? Math.max(at, coding.start + 1) : coding.end;
        if (start !== coding.start || end !== coding.end) latest.current.onAdjust(codingId, start, end);
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    };
    root.addEventListener("pointerdown", onPointerDown);
    return () => root.removeEventListener("pointerdown", onPointerDown);
  }, [view]);

  // Jump to a passage.
  useEffect(() => {
    if (!view || !focusRange) return;
    const { doc } = view.state;
    const clamp = (pos: number) => Math.min(Math.max(pos, Selection.atStart(doc).from), Selection.atEnd(doc).to);
    // Focused first: ProseMirror scrolls to a selection only when the page's selection is already
    // in the editor (it is not after a click elsewhere, in retrieval or the matrix).
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextRange.create(doc, clamp(map.toPosition(focusRange.start)), clamp(map.toPosition(focusRange.end)))).scrollIntoView());
  }, [view, focusRange, map]);

  return (
    <div className="transcript-editor-wrap">
      <div ref={mount} />
      {view && <CodingStripes view={view} map={map} codings={shown} range={range} byCoder={props.stripesByCoder ?? false} memoCodingIds={props.memoCodingIds} memoMarkTitle={props.memoMarkTitle} />}
    </div>
  );
}
