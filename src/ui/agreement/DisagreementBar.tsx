// The disagreement bar over the transcript, when the coding comparison's overlay is on: which code,
// a legend of A only, B only and both (colour and pattern), previous/next disagreement (the passage
// is selected and scrolled to), and the adjudication of the current one into the consensus coder.
import { useEffect, useMemo } from "react";
import { adjudicateDisagreement } from "../../app/adjudicationActions";
import { disagreements, type Disagreement } from "../../core/analysis/agreement";
import { overlayRanges } from "../../core/analysis/disagreementDetails";
import { codebookRows } from "../../core/analysis/codebookRows";
import type { Code, Coder, Coding } from "../../core/model/types";
import type { OverlayMark } from "../../editor/disagreementOverlay";
import { useCodingUi } from "../../state/codingStore";
import { useComparison, type ComparisonSetup } from "../../state/comparisonStore";
import { t } from "../../lang";
import type { AdjudicationChoice } from "../../core/commands/adjudication";
import "../../lang/enViews";

interface Props {
  projectId: string;
  setup: ComparisonSetup;
  document: { id: string; text: string };
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
  /** Reports what the transcript should draw. */
  onMarks(marks: OverlayMark[]): void;
}

export function DisagreementBar({ projectId, setup, document, codes, codings, coders, onMarks }: Props) {
  const overlay = useComparison((s) => s.overlay);
  const showOverlay = useComparison((s) => s.showOverlay);
  const stepTo = useComparison((s) => s.stepTo);
  const hideOverlay = useComparison((s) => s.hideOverlay);
  const focusPassage = useCodingUi((s) => s.focusPassage);
  const groups = useMemo(() => [setup.sideA, setup.sideB], [setup]);
  const input = useMemo(() => ({ codes, codings, documents: [document] }), [codes, codings, document]);

  // Leaf codes only: a decision takes codings of the code itself.
  const leafCodes = useMemo(() => {
    const chosen = new Set(setup.codeIds);
    const rows = codebookRows(codes);
    return rows.filter((r) => !r.isTheme && (chosen.size === 0 || r.lineage.some((i) => chosen.has(rows[i]!.code.id)))).map((r) => r.code);
  }, [codes, setup.codeIds]);
  const found: Disagreement[] = useMemo(
    () => disagreements(input, { groups, unit: setup.unit, documentIds: [document.id], codeIds: leafCodes.map((c) => c.id) }).filter((d) => leafCodes.some((c) => c.id === d.codeId)),
    [input, groups, setup.unit, document.id, leafCodes],
  );
  const codeId = overlay?.codeId ?? found[0]?.codeId ?? leafCodes[0]?.id ?? null;
  const list = useMemo(() => found.filter((d) => d.codeId === codeId), [found, codeId]);
  const index = Math.min(overlay?.index ?? 0, Math.max(0, list.length - 1));
  const current = list[index];

  useEffect(() => {
    if (!codeId) return onMarks([]);
    const marks: OverlayMark[] = overlayRanges(input, groups, document.id, codeId).map((r) => ({ ...r, current: false }));
    if (current) marks.push({ start: current.start, end: current.end, kind: current.side, current: true });
    onMarks(marks);
  }, [input, groups, document.id, codeId, current, onMarks]);

  const go = (next: number) => {
    const target = list[next];
    if (!target) return;
    stepTo(next);
    focusPassage(document.id, target.start, target.end);
  };
  const names = (ids: string[]) => ids.map((id) => coders.find((c) => c.id === id)?.name ?? "").join(" + ");
  const decide = async (takeFrom: string[], choice: AdjudicationChoice) => {
    if (!current) return;
    const done = await adjudicateDisagreement(projectId, current, takeFrom, choice);
    if (done && index + 1 < list.length) go(index + 1);
  };

  return (
    <div className="disagreement-bar" role="toolbar" aria-label={t("disagreementsTitle")}>
      <strong>{t("disagreementsTitle")}</strong>
      <label>
        {t("overlayCode")}{" "}
        <select value={codeId ?? ""} onChange={(e) => showOverlay(e.target.value)}>
          {leafCodes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({found.filter((d) => d.codeId === c.id).length})
            </option>
          ))}
        </select>
      </label>
      <span className="overlay-legend">
        <span className="overlay-swatch overlay-a">{t("legendA", { name: names(setup.sideA) })}</span>
        <span className="overlay-swatch overlay-b">{t("legendB", { name: names(setup.sideB) })}</span>
        <span className="overlay-swatch overlay-both">{t("legendBoth")}</span>
      </span>
      <span className="disagreement-step">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} aria-label={t("previousDisagreement")}>
          ◀
        </button>
        <span aria-live="polite">{list.length === 0 ? t("noDisagreements") : t("disagreementPosition", { n: index + 1, total: list.length })}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index + 1 >= list.length} aria-label={t("nextDisagreement")}>
          ▶
        </button>
      </span>
      <span className="adjudication" title={t("adjudicationNote")}>
        <button type="button" onClick={() => void decide(setup.sideA, "A")} disabled={!current}>
          {t("takeA")}
        </button>
        <button type="button" onClick={() => void decide(setup.sideB, "B")} disabled={!current}>
          {t("takeB")}
        </button>
        <button type="button" onClick={() => void decide([...setup.sideA, ...setup.sideB], "both")} disabled={!current}>
          {t("takeBoth")}
        </button>
      </span>
      <button type="button" onClick={hideOverlay}>
        {t("closeOverlay")}
      </button>
    </div>
  );
}
