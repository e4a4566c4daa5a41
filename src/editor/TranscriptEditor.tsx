// The transcript for coding: a CodeMirror view whose text cannot be changed here, so the caret and
// keyboard selection work as in any text, with the codings drawn over it. Only the lines near the
// viewport are in the DOM; the selection, the keyboard and scrolling to a passage reach the rest.
// Reports selections and clicks in code-point offsets; lets the selected coding's ends be dragged.
import { useEffect, useMemo, useRef, useState } from "react";
import { Compartment, EditorSelection, EditorState, Prec, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { movementKeys } from "./movementKeys";
import { offsetIndexOf, type OffsetIndex } from "../core/text/offsets";
import { CodingIndex, type HighlightCoding } from "./codingIndex";
import { codingHighlights, highlightState, updateHighlights } from "./codingHighlights";
import { codingStripes, setStripeOptions, stripeOptions, type StripeOptions } from "./codingStripes";
import { buildOverlay, disagreementOverlay, setOverlay, type OverlayMark } from "./disagreementOverlay";
import { handleDragging } from "./handleDragging";
import { useColorScheme } from "../state/colorScheme";

/** Keys that would change the text. */
const EDITING_KEYS = new Set(["Enter", "Backspace", "Delete"]);
const NO_MEMOS: ReadonlySet<string> = new Set();

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
  /** Changes of the codings to draw the moment they are made, before `codings` takes them up: subscribes, and returns the unsubscribe. */
  onCodingChanges?(listener: (added: HighlightCoding[], removedIds: string[]) => void): () => void;
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
  const { documentId, text, codings, selectedCodingId, focusRange, label, overlay } = props;
  const offsets = useMemo(() => offsetIndexOf(text), [text]);
  const latest = useRef(props);
  latest.current = props;
  const scheme = useColorScheme();
  const mount = useRef<HTMLDivElement | null>(null);
  const stripes = useRef<HTMLDivElement | null>(null);
  const labelling = useRef(new Compartment());
  const [view, setView] = useState<EditorView | null>(null);

  useEffect(() => {
    const created = new EditorView({ parent: mount.current! });
    setView(created);
    return () => created.destroy();
  }, []);

  const stripeSettings = (): StripeOptions => ({ byCoder: latest.current.stripesByCoder ?? false, memoCodingIds: latest.current.memoCodingIds ?? NO_MEMOS, memoMarkTitle: latest.current.memoMarkTitle ?? "" });
  const contentAttributes = (name: string) => EditorView.contentAttributes.of({ "aria-label": name, class: "transcript-editor", spellcheck: "false" });

  // Load the document's text, the caret at its start (where Tab into it begins).
  useEffect(() => {
    if (!view) return;
    const current = latest.current;
    const extensions: Extension[] = [
      EditorState.readOnly.of(true),
      EditorView.lineWrapping,
      labelling.current.of(contentAttributes(current.label)),
      Prec.highest(keymap.of([{ any: (_view, event) => passKey(event, current) }])),
      keymap.of(movementKeys),
      highlightState.init(() => ({ index: CodingIndex.build(current.codings, offsets), change: null, selectedCodingId: current.selectedCodingId, scheme, dragged: null })),
      codingHighlights,
      disagreementOverlay,
      stripeOptions.init(stripeSettings),
      codingStripes(stripes.current!),
      handleDragging((codingId, start, end) => latest.current.onAdjust(codingId, start, end)),
      selectionReports(latest, offsets),
    ];
    view.setState(EditorState.create({ doc: text, extensions }));
    current.onSelection(null, null);
    // The scheme, label and codings at load are read once here; their own effects follow them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, text, documentId, offsets]);

  useEffect(() => {
    view?.dispatch({ effects: labelling.current.reconfigure(contentAttributes(label)) });
  }, [view, label]);

  useEffect(() => {
    if (!view) return;
    const { index } = view.state.field(highlightState);
    const change = index.next(codings);
    if (change.index !== index) view.dispatch({ effects: updateHighlights.of({ index: change.index, change }) });
  }, [view, codings, offsets]);

  const { onCodingChanges } = props;
  useEffect(() => {
    if (!view || !onCodingChanges) return;
    return onCodingChanges((added, removedIds) => {
      const { index } = view.state.field(highlightState);
      const change = index.withChanges(added, removedIds);
      if (change.index !== index) view.dispatch({ effects: updateHighlights.of({ index: change.index, change }) });
    });
  }, [view, onCodingChanges, offsets]);

  useEffect(() => {
    view?.dispatch({ effects: updateHighlights.of({ selectedCodingId, scheme }) });
  }, [view, selectedCodingId, scheme, offsets]);

  useEffect(() => {
    view?.dispatch({ effects: setOverlay.of(buildOverlay(offsets, overlay ?? [])) });
  }, [view, overlay, offsets]);

  useEffect(() => {
    view?.dispatch({ effects: setStripeOptions.of(stripeSettings()) });
  }, [view, props.stripesByCoder, props.memoCodingIds, props.memoMarkTitle, offsets]);

  // Jump to a passage: focused first, so that the selection is shown where it is scrolled to.
  useEffect(() => {
    if (!view || !focusRange) return;
    const clamp = (at: number) => offsets.toUtf16(Math.min(Math.max(at, 0), offsets.codePointLength));
    const anchor = clamp(focusRange.start);
    view.focus();
    view.dispatch({ selection: EditorSelection.single(anchor, clamp(focusRange.end)), effects: EditorView.scrollIntoView(anchor, { yMargin: 60 }) });
  }, [view, focusRange, offsets]);

  return (
    <div className="transcript-editor-wrap">
      <div ref={mount} />
      <div ref={stripes} className="coding-stripes" aria-hidden="true" />
    </div>
  );
}

/** Keys for the pane (palette, quick codes), and the keys that would change the text, which do nothing. */
function passKey(event: KeyboardEvent, props: TranscriptEditorProps): boolean {
  const handled = props.onKey(event) || EDITING_KEYS.has(event.key);
  if (handled) event.preventDefault();
  return handled;
}

/** Reports each change of the selection, and a click on a coding, in code points; notes Alt while selecting. */
function selectionReports(latest: { current: TranscriptEditorProps }, offsets: OffsetIndex): Extension {
  let altHeld = false;
  return [
    EditorView.updateListener.of((update) => {
      if (update.state.selection.eq(update.startState.selection)) return;
      const { from, to, empty, head } = update.state.selection.main;
      latest.current.onSelection(empty ? null : { start: offsets.toCodePoint(from), end: offsets.toCodePoint(to), exact: altHeld }, offsets.toCodePoint(head));
    }),
    EditorView.domEventHandlers({
      mousedown: (event) => void (altHeld = event.altKey),
      keydown: (event) => void (event.shiftKey && (altHeld = event.altKey)),
      click(event, view) {
        if ((event.target as HTMLElement).closest(".coding-handle") || !view.state.selection.main.empty) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        if (pos === null) return false;
        const at = offsets.toCodePoint(pos);
        const under = view.state
          .field(highlightState)
          .index.between(pos, pos)
          .filter((c) => c.start <= at && at < c.end && !c.readOnly);
        under.sort((a, b) => a.end - a.start - (b.end - b.start));
        latest.current.onCodingClick(under[0]?.id ?? null);
        return false;
      },
    }),
  ];
}
