// Coding stripes in the margin beside the transcript, one lane per code, so that stacked codes
// can be told apart at a glance (as in NVivo's coding stripes), or one lane per code and coder, and
// a mark beside each coded passage that has a memo. Drawn for the near-visible part, after the text
// and its highlights have been painted.
import { useEffect, useMemo, useState } from "react";
import type { EditorView } from "@tiptap/pm/view";
import { NEUTRAL_CODE_COLOR } from "../core/model/palette";
import type { HighlightCoding } from "./codingHighlights";
import type { PositionMap } from "./positionMap";
import type { VisibleRange } from "./visibleRange";

interface Stripe {
  id: string;
  lane: number;
  top: number;
  height: number;
  color: string;
  codeName: string;
}

const LANE_WIDTH = 6;
const MAX_LANES = 12;

interface Props {
  view: EditorView;
  map: PositionMap;
  /** Every coding of the document (lanes are per code over the whole document). */
  codings: HighlightCoding[];
  range: VisibleRange;
  byCoder: boolean;
  /** Codings that have memos: each gets a mark at its start. */
  memoCodingIds?: ReadonlySet<string>;
  /** The marks' tooltip. */
  memoMarkTitle?: string;
}

export function CodingStripes({ view, map, codings, range, byCoder, memoCodingIds, memoMarkTitle }: Props) {
  const [stripes, setStripes] = useState<Stripe[]>([]);
  const [memoMarks, setMemoMarks] = useState<{ id: string; top: number }[]>([]);
  const laneOf = useMemo(
    () => (c: HighlightCoding) => (byCoder && c.coderName ? `${c.codeName} — ${c.coderName}` : c.codeName),
    [byCoder],
  );
  const lanes = useMemo(() => {
    const byLane = new Map<string, number>();
    for (const coding of [...codings].sort((a, b) => a.start - b.start)) if (!byLane.has(laneOf(coding))) byLane.set(laneOf(coding), byLane.size);
    return byLane;
  }, [codings, laneOf]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const origin = view.dom.getBoundingClientRect().top;
      const next: Stripe[] = [];
      const marks: { id: string; top: number }[] = [];
      for (const coding of codings) {
        if (!memoCodingIds?.has(coding.id) || coding.start < range.from || coding.start > range.to) continue;
        try {
          marks.push({ id: coding.id, top: view.coordsAtPos(map.toPosition(coding.start), 1).top - origin });
        } catch {
          // As below.
        }
      }
      setMemoMarks(marks);
      for (const coding of codings) {
        const lane = lanes.get(laneOf(coding))!;
        if (lane >= MAX_LANES || coding.end < range.from || coding.start > range.to) continue;
        try {
          const top = view.coordsAtPos(map.toPosition(Math.max(coding.start, range.from)), 1).top - origin;
          const bottom = view.coordsAtPos(map.toPosition(Math.min(coding.end, range.to)), -1).bottom - origin;
          next.push({ id: coding.id, lane, top, height: Math.max(4, bottom - top), color: coding.color ?? NEUTRAL_CODE_COLOR, codeName: laneOf(coding) });
        } catch {
          // The text is being replaced; the next drawing places it.
        }
      }
      setStripes(next);
    }, 0);
    return () => clearTimeout(timer);
  }, [view, map, codings, lanes, laneOf, range, memoCodingIds]);

  return (
    <div className="coding-stripes" aria-hidden="true">
      {stripes.map((s) => (
        <div key={s.id} className="coding-stripe" title={s.codeName} style={{ top: s.top, height: s.height, left: s.lane * LANE_WIDTH, background: s.color }} />
      ))}
      {memoMarks.map((m) => (
        <div key={`memo-${m.id}`} className="memo-mark" data-memo-for={m.id} title={memoMarkTitle} style={{ top: m.top, left: Math.min(lanes.size, MAX_LANES) * LANE_WIDTH + 3 }} />
      ))}
    </div>
  );
}
