// Lists every code on the passage at the caret, the selection or the clicked coding, so that
// keyboard and screen-reader users learn what hovering shows.
import { useCodingUi } from "../../state/codingStore";
import type { HighlightCoding } from "../../editor/codingHighlights";
import { t } from "../../lang";

export function CodesHere({ codings }: { codings: HighlightCoding[] }) {
  const selection = useCodingUi((s) => s.selection);
  const caret = useCodingUi((s) => s.caret);
  const selectedCodingId = useCodingUi((s) => s.selectedCodingId);
  const selected = codings.find((c) => c.id === selectedCodingId);
  const from = selected?.start ?? selection?.start ?? caret;
  const to = selected?.end ?? selection?.end ?? caret;
  const here =
    from === null || to === null
      ? []
      : codings.filter((c) => (from === to ? c.start <= from && from < c.end : c.start < to && from < c.end));
  const names = [...new Set(here.map((c) => c.codeName))];
  return (
    <p className="codes-here" aria-live="polite">
      <span className="codes-here-label">{t("codesHere")}</span>{" "}
      {names.length === 0 ? (
        <span className="muted">{t("noCodesHere")}</span>
      ) : (
        names.map((name) => {
          const color = here.find((c) => c.codeName === name)?.color;
          return (
            <span key={name} className="code-chip" style={{ borderColor: color ?? undefined }}>
              {name}
            </span>
          );
        })
      )}
    </p>
  );
}
