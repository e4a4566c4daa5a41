// Coded passages: for a code (optionally with its sub-codes) every passage with its document, case
// and surrounding text; for a case, all its passages grouped by code. Choosing one opens it.
import { useMemo, useState } from "react";
import { subtreeIds } from "../core/model/codeTree";
import type { Coding } from "../core/model/types";
import { nameCollator } from "../core/text/names";
import { useCaseSheet, useCodes, useDocumentList, useProjectCodings } from "../state/liveQueries";
import { useWorkbench } from "../state/workbenchStore";
import { PassageList } from "./analysis/PassageList";
import { listedPassages } from "./analysis/passages";
import { codePathNames } from "./coding/codePaths";
import { countNoun, t } from "../lang";
import "../lang/enViews";

const NONE: never[] = [];

export function RetrievalView({ projectId }: { projectId: string }) {
  const target = useWorkbench((s) => s.retrieval);
  const codes = useCodes(projectId) ?? NONE;
  const codings = useProjectCodings(projectId) ?? NONE;
  const documents = useDocumentList(projectId) ?? NONE;
  const sheet = useCaseSheet(projectId);
  const [withSubcodes, setWithSubcodes] = useState(true);
  const paths = useMemo(() => codePathNames(codes), [codes]);
  const documentName = useMemo(() => new Map(documents.map((d) => [d.id, d.name])), [documents]);

  const groups = useMemo(() => {
    if (!target || !sheet) return [];
    const listed = (codings: Coding[]) =>
      listedPassages({ documents, cases: sheet.cases, caseDocuments: sheet.links }, codings).map((p, i) => ({
        ...p,
        note: target.kind === "code" && codings[i]!.codeId !== target.id ? paths.get(codings[i]!.codeId) : undefined,
      }));
    const live = codings.filter((c) => !c.orphaned);
    const byPlace = (a: Coding, b: Coding) => nameCollator.compare(documentName.get(a.documentId) ?? "", documentName.get(b.documentId) ?? "") || a.start - b.start;
    if (target.kind === "code") {
      const ids = withSubcodes ? subtreeIds(codes, target.id) : new Set([target.id]);
      return [{ title: paths.get(target.id) ?? "", passages: listed(live.filter((c) => ids.has(c.codeId)).sort(byPlace)) }];
    }
    const docs = new Set((sheet?.links ?? []).filter((l) => l.caseId === target.id).map((l) => l.documentId));
    const mine = live.filter((c) => docs.has(c.documentId));
    return codes
      .filter((code) => mine.some((c) => c.codeId === code.id))
      .map((code) => ({ title: paths.get(code.id) ?? code.name, passages: listed(mine.filter((c) => c.codeId === code.id).sort(byPlace)) }));
  }, [target, codings, codes, withSubcodes, sheet, paths, documentName, documents]);

  if (!target) return null;
  const title = target.kind === "code" ? paths.get(target.id) : sheet?.cases.find((c) => c.id === target.id)?.name;
  const total = groups.reduce((n, g) => n + g.passages.length, 0);
  return (
    <section className="retrieval" role="region" aria-label={t("codedPassages")}>
      <header className="sheet-head">
        <h1>{t("passagesOf", { name: title ?? "" })}</h1>
        <span className="muted">{countNoun(total, "reference")}</span>
        {target.kind === "code" && (
          <label className="checkbox-label">
            <input type="checkbox" checked={withSubcodes} onChange={(e) => setWithSubcodes(e.target.checked)} />
            {t("includeSubcodes")}
          </label>
        )}
      </header>
      {groups.map((group) => (
        <PassageList key={group.title} title={group.title} passages={group.passages} />
      ))}
    </section>
  );
}
