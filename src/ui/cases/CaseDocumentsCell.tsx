// The documents linked to a case, as a disclosure with one checkbox per document.
import { linkDocument } from "../../app/caseActions";
import type { Case, CaseDocument } from "../../core/model/types";
import type { DocumentListItem } from "../../state/liveQueries";
import { t } from "../../lang";
import "../../lang/enViews";

interface Props {
  projectId: string;
  record: Case;
  documents: DocumentListItem[];
  links: CaseDocument[];
}

export function CaseDocumentsCell({ projectId, record, documents, links }: Props) {
  const linked = new Set(links.filter((l) => l.caseId === record.id).map((l) => l.documentId));
  const names = documents.filter((d) => linked.has(d.id)).map((d) => d.name);
  return (
    <details className="case-documents">
      <summary aria-label={t("linkDocumentToCase", { name: record.name })}>{names.length ? names.join(", ") : "—"}</summary>
      <fieldset>
        <legend className="visually-hidden">{t("linkDocumentToCase", { name: record.name })}</legend>
        {documents.map((d) => (
          <label key={d.id} className="checkbox-label">
            <input type="checkbox" checked={linked.has(d.id)} onChange={(e) => void linkDocument(projectId, record.id, d.id, e.target.checked)} />
            {d.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
