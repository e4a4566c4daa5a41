// A case's description, edited in place like the sheet's other cells: saved when the field loses
// focus or on Enter (Shift+Enter starts a new line); emptied, the case has no description.
import { describeCaseAs } from "../../app/caseActions";
import type { Case } from "../../core/model/types";
import { t } from "../../lang";
import "../../lang/enViews";

export function CaseDescriptionCell({ projectId, record }: { projectId: string; record: Case }) {
  // A text area reports its line breaks as LF: compared that way, an unedited cell saves nothing.
  const shown = (record.description ?? "").replace(/\r\n?/g, "\n");
  return (
    <textarea
      className="cell-input description-input"
      aria-label={t("caseDescriptionOf", { name: record.name })}
      rows={1}
      defaultValue={shown}
      key={shown}
      onBlur={(e) => e.target.value !== shown && void describeCaseAs(projectId, record.id, e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== "Enter" || e.shiftKey) return;
        e.preventDefault();
        e.currentTarget.blur();
      }}
    />
  );
}
