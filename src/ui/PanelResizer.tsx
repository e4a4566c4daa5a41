// The handle between two panels (role "separator"): drag it, or focus it and use the arrow keys
// (Shift for bigger steps, Home and End for the limits), to change a side panel's width.
import type { KeyboardEvent, PointerEvent } from "react";
import { PANEL_LIMITS, useDrawnWidths, useLayout, type SidePanel } from "../state/layoutStore";
import { t } from "../lang";

const STEP = 16;

export function PanelResizer({ panel }: { panel: SidePanel }) {
  const width = useDrawnWidths()[panel];
  const setWidth = useLayout((s) => s.setWidth);
  const { min, max } = PANEL_LIMITS[panel];
  // The documents panel is left of its handle, the codebook right of it: moving right widens one, narrows the other.
  const growsRight = panel === "documents" ? 1 : -1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    if (event.key === "ArrowRight") setWidth(panel, width + growsRight * step);
    else if (event.key === "ArrowLeft") setWidth(panel, width - growsRight * step);
    else if (event.key === "Home") setWidth(panel, min);
    else if (event.key === "End") setWidth(panel, max);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = width;
    handle.setPointerCapture(event.pointerId);
    const onMove = (e: globalThis.PointerEvent) => setWidth(panel, startWidth + growsRight * (e.clientX - startX));
    const onUp = () => {
      handle.removeEventListener("pointermove", onMove);
      handle.removeEventListener("pointerup", onUp);
    };
    handle.addEventListener("pointermove", onMove);
    handle.addEventListener("pointerup", onUp);
    event.preventDefault();
  };

  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={panel === "documents" ? t("resizeDocuments") : t("resizeCodebook")}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
