// Draws codings over the transcript as CodeMirror decorations, for the lines the editor renders
// only (its viewport, and the lines of the selection's ends, which it keeps rendered): one mark
// per segment where the set of codings is constant, tinted with the innermost code's colour, underlined once per further code and titled with every code's
// name, and the two handles of the selected coding. Scrolling draws the newly shown part from the
// coding index; CodeMirror redraws only the lines whose marks changed.
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, ViewPlugin, WidgetType, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { highlightColors, NEUTRAL_CODE_COLOR } from "../core/model/palette";
import { OffsetIndex } from "../core/text/offsets";
import { CodingIndex, type HighlightCoding, type IndexChange } from "./codingIndex";
import { segmentRanges } from "./segments";
import { language, t } from "../lang";

export type { HighlightCoding } from "./codingIndex";

/** User Timing mark set each time the codings are drawn (read by the benchmarks). */
export const HIGHLIGHTS_DRAWN = "telaah:highlights-drawn";

export interface HighlightState {
  index: CodingIndex;
  /** What the last change of the index added and removed (null after a new index). */
  change: Pick<IndexChange, "added" | "removed"> | null;
  selectedCodingId: string | null;
  /** The colour scheme the transcript is shown in. */
  scheme: "light" | "dark";
  /** The selected coding's range, in code points, while one of its ends is dragged. */
  dragged: { codingId: string; start: number; end: number } | null;
}

export const updateHighlights = StateEffect.define<Partial<HighlightState>>();

export const highlightState = StateField.define<HighlightState>({
  create: () => ({ index: CodingIndex.build([], new OffsetIndex("")), change: null, selectedCodingId: null, scheme: "light", dragged: null }),
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(updateHighlights)) value = { ...value, ...effect.value };
    return value;
  },
});

/** The codings over the viewport, with the dragged one where its end is being dragged. */
export function codingsInView(view: EditorView): HighlightCoding[] {
  return withDragged(view, view.state.field(highlightState).index.between(view.viewport.from, view.viewport.to));
}

/** A UTF-16 range of the document, as CodeMirror gives its viewport. */
type Span = EditorView["viewport"];

const covers = (ranges: readonly Span[], pos: number) => ranges.some((r) => pos >= r.from && pos <= r.to);

/**
 * The UTF-16 ranges the editor renders, in order: its viewport, and the line of each end of the
 * main selection outside it. Drawing the selection's lines too keeps them as they were when the
 * viewport moves away, so that the editor need not rebuild them and set the DOM selection again
 * (which forces a layout of the page).
 */
function renderedRanges(view: EditorView): Span[] {
  const ranges: Span[] = [view.viewport];
  const { anchor, head } = view.state.selection.main;
  for (const pos of [anchor, head]) if (!covers(ranges, pos)) ranges.push(view.state.doc.lineAt(pos));
  return ranges.sort((a, b) => a.from - b.from);
}

function withDragged(view: EditorView, codings: HighlightCoding[]): HighlightCoding[] {
  const { index, dragged } = view.state.field(highlightState);
  const original = dragged && index.get(dragged.codingId);
  if (!original || !dragged) return codings;
  return [...codings.filter((c) => c.id !== dragged.codingId), { ...original, start: dragged.start, end: dragged.end }];
}

const MAX_UNDERLINES = 4;

class HandleWidget extends WidgetType {
  constructor(readonly edge: "start" | "end") {
    super();
  }
  override eq(other: HandleWidget): boolean {
    return other.edge === this.edge;
  }
  toDOM(): HTMLElement {
    const handle = document.createElement("span");
    handle.className = `coding-handle coding-handle-${this.edge}`;
    handle.dataset.edge = this.edge;
    handle.setAttribute("aria-hidden", "true");
    return handle;
  }
}

interface Look {
  className: string;
  style: string;
  title: string;
  codes: string;
}

/**
 * How a segment looks (its codes and their colours, whether it is selected, the scheme and the
 * language), worked out once per look: the same few looks recur all through a transcript, so a
 * scroll builds the marks of new segments without composing their styles and titles again.
 */
const looks = new Map<string, Look>();
const MAX_LOOKS = 5_000;

function lookOf(codings: HighlightCoding[], selected: boolean, scheme: "light" | "dark"): Look {
  let key = `${language()}\u0002${scheme}\u0002${selected ? 1 : 0}`;
  for (const c of codings) key += `\u0002${c.codeName}\u0001${c.color ?? ""}`;
  let look = looks.get(key);
  if (!look) {
    if (looks.size >= MAX_LOOKS) looks.clear();
    look = newLook(codings, selected, scheme);
    looks.set(key, look);
  }
  return look;
}

/** The highlight's title around its code names, in each language: a segment's look is new often on a scroll, and i18next's formatting is the dearest part of making one. */
const titleTemplates = new Map<string, [string, string] | null>();

function highlightTitle(names: string): string {
  const lang = language();
  let template = titleTemplates.get(lang);
  if (template === undefined) {
    const whole = t("highlightTitle", { names: "\u0000" });
    const at = whole.indexOf("\u0000");
    // A wording with the names other than once is formatted each time.
    template = at >= 0 && whole.indexOf("\u0000", at + 1) < 0 ? [whole.slice(0, at), whole.slice(at + 1)] : null;
    titleTemplates.set(lang, template);
  }
  return template ? template[0] + names + template[1] : t("highlightTitle", { names });
}

function newLook(codings: HighlightCoding[], selected: boolean, scheme: "light" | "dark"): Look {
  const { background, text } = highlightColors(codings[0]!.color ?? NEUTRAL_CODE_COLOR, scheme);
  const underlines = codings
    .slice(1, 1 + MAX_UNDERLINES)
    .map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c.color ?? NEUTRAL_CODE_COLOR}`)
    .join(", ");
  const names = [...new Set(codings.map((c) => c.codeName))];
  return {
    className: selected ? "coded coded-selected" : "coded",
    style: `background-color: ${background}; color: ${text};${underlines ? ` box-shadow: ${underlines};` : ""}`,
    title: highlightTitle(names.join(", ")),
    codes: names.join("\u001f"),
  };
}

function segmentMark(codings: HighlightCoding[], selected: boolean, scheme: "light" | "dark"): Decoration {
  const look = lookOf(codings, selected, scheme);
  return Decoration.mark({
    class: look.className,
    attributes: {
      style: look.style,
      title: look.title,
      // Screen readers announce the highlight as marked text with its codes.
      role: "mark",
      "aria-description": look.title,
      "data-codes": look.codes,
      "data-coding-ids": codings.map((c) => c.id).join(" "),
    },
  });
}

function draw(view: EditorView, rendered: readonly Span[]): DecorationSet {
  const { index, selectedCodingId, scheme } = view.state.field(highlightState);
  const { offsets } = index;
  const found = new Map<string, HighlightCoding>();
  for (const r of rendered) for (const coding of index.between(r.from, r.to)) found.set(coding.id, coding);
  const codings = withDragged(view, [...found.values()]);
  const byId = new Map(codings.map((c) => [c.id, c]));
  const clips = rendered.map((r) => ({ from: offsets.toCodePoint(r.from), to: offsets.toCodePoint(r.to) }));
  const ranges = [];
  for (const segment of segmentRanges(codings)) {
    const mark = segmentMark(segment.ids.map((id) => byId.get(id)!), segment.ids.includes(selectedCodingId ?? ""), scheme);
    for (const clip of clips) {
      const start = Math.max(segment.start, clip.from);
      const end = Math.min(segment.end, clip.to);
      if (end > start) ranges.push(mark.range(offsets.toUtf16(start), offsets.toUtf16(end)));
    }
  }
  const selected = selectedCodingId ? byId.get(selectedCodingId) : undefined;
  if (selected) {
    ranges.push(Decoration.widget({ widget: new HandleWidget("start"), side: -1 }).range(offsets.toUtf16(selected.start)));
    ranges.push(Decoration.widget({ widget: new HandleWidget("end"), side: 1 }).range(offsets.toUtf16(selected.end)));
  }
  performance.mark(HIGHLIGHTS_DRAWN);
  return Decoration.set(ranges, true);
}

export const codingHighlights = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    /** The ranges the decorations were drawn for, mapped through later edits. */
    drawn: Span[];
    constructor(view: EditorView) {
      this.drawn = renderedRanges(view);
      this.decorations = draw(view, this.drawn);
    }
    update(update: ViewUpdate) {
      const { changes, state, view } = update;
      if (update.docChanged) this.drawn = this.drawn.map((r) => ({ from: changes.mapPos(r.from), to: changes.mapPos(r.to) }));
      const highlightsChanged = update.startState.field(highlightState) !== state.field(highlightState);
      // A selection end moved onto a line the editor now keeps rendered but that was not drawn.
      const { anchor, head } = state.selection.main;
      const selectionUndrawn = update.selectionSet && !(covers(this.drawn, anchor) && covers(this.drawn, head));
      if (update.viewportChanged || highlightsChanged || selectionUndrawn) {
        this.drawn = renderedRanges(view);
        this.decorations = draw(view, this.drawn);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
