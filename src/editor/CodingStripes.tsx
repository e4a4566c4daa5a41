// Coding stripes in the margin beside the transcript, one lane per code, so that stacked codes
// can be told apart at a glance (as in NVivo's coding stripes). Positions come from the laid-out
// text and are measured again when its size changes.
import { useEffect, useState } from "react";
import type { EditorView } from "@tiptap/pm/view";
import { NEUTRAL_CODE_COLOR } from "../core/model/palette";
import type { HighlightCoding } from "./codingHighlights";
import type { PositionMap } from "./positionMap";

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

export function CodingStripes({ view, map, codings }: { view: EditorView; map: PositionMap; codings: HighlightCoding[] }) {
  const [stripes, setStripes] = useState<Stripe[]>([]);
  useEffect(() => {
    const measure = () => {
      const origin = view.dom.getBoundingClientRect().top;
      const lanes = new Map<string, number>();
      const next: Stripe[] = [];
      for (const coding of [...codings].sort((a, b) => a.start - b.start)) {
        if (!lanes.has(coding.codeName)) lanes.set(coding.codeName, lanes.size);
        const lane = lanes.get(coding.codeName)!;
        if (lane >= MAX_LANES) continue;
        try {
          const top = view.coordsAtPos(map.toPosition(coding.start), 1).top - origin;
          const bottom = view.coordsAtPos(map.toPosition(coding.end), -1).bottom - origin;
          next.push({ id: coding.id, lane, top, height: Math.max(4, bottom - top), color: coding.color ?? NEUTRAL_CODE_COLOR, codeName: coding.codeName });
        } catch {
          // The text is being replaced; the next measurement places it.
        }
      }
      setStripes(next);
    };
    const frame = requestAnimationFrame(measure);
    const observer = new ResizeObserver(() => requestAnimationFrame(measure));
    observer.observe(view.dom);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [view, map, codings]);
  return (
    <div className="coding-stripes" aria-hidden="true">
      {stripes.map((s) => (
        <div key={s.id} className="coding-stripe" title={s.codeName} style={{ top: s.top, height: s.height, left: s.lane * LANE_WIDTH, background: s.color }} />
      ))}
    </div>
  );
}
