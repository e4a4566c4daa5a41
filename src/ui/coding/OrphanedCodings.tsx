// Codings whose passage an edit of the text removed: shown with their quote and code, to be
// placed on a newly selected passage or deleted by the user.
import { placeOrphanAtSelection, removeCodingById } from "../../app/codingActions";
import type { Code, Coding } from "../../core/model/types";
import { useCodingUi } from "../../state/codingStore";
import { t } from "../../lang";
import "../../lang/enViews";

export function OrphanedCodings({ projectId, documentId, orphans, codes }: { projectId: string; documentId: string; orphans: Coding[]; codes: Code[] }) {
  const selection = useCodingUi((s) => s.selection);
  return (
    <section className="orphans" aria-label={t("orphanedCodings")}>
      <h2>
        {t("orphanedCodings")} <span className="count">{orphans.length}</span>
      </h2>
      <p className="muted">{t("orphanedHelp")}</p>
      <ul>
        {orphans.map((coding) => (
          <li key={coding.id}>
            <span className="code-chip">{codes.find((c) => c.id === coding.codeId)?.name ?? "?"}</span>
            <q>{coding.quote}</q>
            <span className="button-row">
              <button type="button" disabled={!selection} onClick={() => void placeOrphanAtSelection(projectId, documentId, coding.id)}>
                {t("placeAtSelection")}
              </button>
              <button type="button" className="danger" onClick={() => void removeCodingById(projectId, coding.id, documentId)}>
                {t("deleteCoding")}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
