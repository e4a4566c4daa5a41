// Draws codings over the transcript as ProseMirror decorations (never as marks in the text):
// one inline decoration per segment where the set of codings is constant, tinted with the
// innermost code's colour, underlined once per further code, and titled with every code's name.
import { Plugin, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { highlightColors, NEUTRAL_CODE_COLOR } from "../core/model/palette";
import type { PositionMap } from "./positionMap";
import { decorationLayer } from "./decorationLayer";
import { segmentRanges } from "./segments";
import { t } from "../lang";

export interface HighlightCoding {
  id: string;
  start: number;
  end: number;
  codeName: string;
  color: string | null;
  /** Who coded it, when the transcript tells coders apart. */
  coderName?: string;
  /** Another coder's coding: shown, never selected for changing. */
  readOnly?: boolean;
}

export interface HighlightInput {
  map: PositionMap;
  codings: HighlightCoding[];
  selectedCodingId: string | null;
  /** The colour scheme the transcript is shown in (light when absent). */
  scheme?: "light" | "dark";
}

const MAX_UNDERLINES = 4;

export function buildDecorations(doc: EditorState["doc"], input: HighlightInput): DecorationSet {
  const byId = new Map(input.codings.map((c) => [c.id, c]));
  const decorations: Decoration[] = [];
  for (const segment of segmentRanges(input.codings)) {
    const codings = segment.ids.map((id) => byId.get(id)!);
    const innermost = codings[0]!;
    const { background, text } = highlightColors(innermost.color ?? NEUTRAL_CODE_COLOR, input.scheme ?? "light");
    const underlines = codings
      .slice(1, 1 + MAX_UNDERLINES)
      .map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c.color ?? NEUTRAL_CODE_COLOR}`)
      .join(", ");
    const names = [...new Set(codings.map((c) => c.codeName))];
    const selected = segment.ids.includes(input.selectedCodingId ?? "");
    decorations.push(
      Decoration.inline(input.map.toPosition(segment.start), input.map.toPosition(segment.end), {
        class: selected ? "coded coded-selected" : "coded",
        style: `background-color: ${background}; color: ${text};${underlines ? ` box-shadow: ${underlines};` : ""}`,
        title: t("highlightTitle", { names: names.join(", ") }),
        // Screen readers announce the highlight as marked text with its codes.
        role: "mark",
        "aria-description": t("highlightTitle", { names: names.join(", ") }),
        "data-codes": names.join("\u001f"),
        "data-coding-ids": segment.ids.join(" "),
      }),
    );
  }
  const selected = input.selectedCodingId ? byId.get(input.selectedCodingId) : undefined;
  if (selected) {
    for (const edge of ["start", "end"] as const) {
      decorations.push(
        Decoration.widget(input.map.toPosition(selected[edge]), () => handleElement(edge), { side: edge === "start" ? -1 : 1, key: `handle-${edge}` }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

function handleElement(edge: "start" | "end"): HTMLElement {
  const handle = document.createElement("span");
  handle.className = `coding-handle coding-handle-${edge}`;
  handle.dataset.edge = edge;
  handle.setAttribute("aria-hidden", "true");
  handle.contentEditable = "false";
  return handle;
}

const layer = decorationLayer("codingHighlights");
export const codingHighlights = layer.plugin;
/** Replaces the drawn codings. */
export const setHighlights = layer.set;

/** Keeps the transcript's text as it is: every transaction that would change the document is refused. */
export const readOnlyText = new Plugin({
  filterTransaction: (tr) => !tr.docChanged || tr.getMeta("loadTranscript") === true,
  props: {
    handlePaste: () => true,
    handleDrop: () => true,
  },
});
