// Which part of a long transcript is on screen, in code points, with a margin of a few screens
// around it: decorations and stripes are drawn only there, and follow the scrolling.
import { useEffect, useState } from "react";
import type { EditorView } from "@tiptap/pm/view";
import type { PositionMap } from "./positionMap";

export interface VisibleRange {
  from: number;
  to: number;
}

/** Pixels beyond the visible part that count as near it. */
const MARGIN = 1500;
/** Before the first measurement: the start of the text. */
const INITIAL_CODE_POINTS = 20_000;

export function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === "auto" || overflow === "scroll") return at;
  }
  return null;
}

function measure(view: EditorView, map: PositionMap): VisibleRange {
  const box = view.dom.getBoundingClientRect();
  const scroller = scrollParent(view.dom)?.getBoundingClientRect();
  const top = Math.max(box.top, (scroller?.top ?? 0) - MARGIN);
  const bottom = Math.min(box.bottom, (scroller?.bottom ?? window.innerHeight) + MARGIN);
  if (bottom <= top) return { from: 0, to: 0 };
  const left = box.left + 8;
  const size = view.state.doc.content.size;
  const from = view.posAtCoords({ left, top: top + 1 })?.pos ?? 0;
  const to = view.posAtCoords({ left: box.right - 8, top: bottom - 1 })?.pos ?? size;
  return { from: map.toCodePoint(Math.max(0, from - 1)), to: map.toCodePoint(Math.min(size, to + 1)) };
}

/** The near-visible range, measured again on scroll and resize (once per frame at most). */
export function useVisibleRange(view: EditorView | null, map: PositionMap): VisibleRange {
  const [range, setRange] = useState<VisibleRange>({ from: 0, to: Math.min(map.codePointLength, INITIAL_CODE_POINTS) });
  useEffect(() => {
    if (!view) return;
    const scroller = scrollParent(view.dom);
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = measure(view, map);
      setRange((previous) => (previous.from === next.from && previous.to === next.to ? previous : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    const observer = new ResizeObserver(schedule);
    observer.observe(view.dom);
    scroller?.addEventListener("scroll", schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      scroller?.removeEventListener("scroll", schedule);
    };
  }, [view, map]);
  return range;
}
