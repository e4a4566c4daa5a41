// Codings whose code is gone from the codebook (a colleague deleted it while they were being made):
// listed by that code, with who deleted it when the team's record says, to be reassigned to a
// chosen code or deleted. They are never dropped silently.
import { useMemo, useState } from "react";
import { deleteCodingsOf, reassignCodingsTo } from "../../app/codebookActions";
import { codingsOfMissingCodes } from "../../core/commands/deletedCodeCommands";
import type { Code, Coding } from "../../core/model/types";
import { useSyncStore } from "../../state/syncStore";
import { countNoun, t } from "../../lang";
import { CodePathSelect } from "../coding/CodePathSelect";

export function DeletedCodeCodings({ projectId, codes, codings }: { projectId: string; codes: readonly Code[]; codings: readonly Coding[] }) {
  const deletions = useSyncStore((s) => (s.projectId === projectId ? s.deletions : null));
  const groups = useMemo(() => codingsOfMissingCodes(new Set(codes.map((c) => c.id)), codings), [codes, codings]);
  if (groups.size === 0) return null;
  return (
    <section className="deleted-codes" aria-labelledby="deleted-codes-title">
      <h3 id="deleted-codes-title" className="deleted-codes-title">
        <span aria-hidden="true">⚠ </span>
        {t("deletedCodesTitle")}
      </h3>
      <p className="muted">{t("deletedCodesHelp")}</p>
      <ul className="plain-list">
        {[...groups].map(([codeId, group]) => {
          const deletion = deletions?.get(codeId);
          return (
            <DeletedCodeGroup
              key={codeId}
              projectId={projectId}
              codeId={codeId}
              codings={group}
              codes={codes}
              label={deletion ? t("deletedCodeGroup", { codings: countNoun(group.length, "coding"), code: deletion.name, name: deletion.by }) : t("deletedCodeGroupUnknown", { codings: countNoun(group.length, "coding") })}
            />
          );
        })}
      </ul>
    </section>
  );
}

function DeletedCodeGroup({ projectId, codeId, codings, codes, label }: { projectId: string; codeId: string; codings: Coding[]; codes: readonly Code[]; label: string }) {
  const [target, setTarget] = useState("");
  const ids = codings.map((c) => c.id);
  return (
    <li className="deleted-code-group" aria-label={label}>
      <p className="deleted-code-label">{label}</p>
      <ul className="deleted-code-quotes">
        {codings.slice(0, 3).map((c) => (
          <li key={c.id}>
            <q>{c.quote}</q>
          </li>
        ))}
        {codings.length > 3 && <li className="muted">…</li>}
      </ul>
      <div className="button-row">
        <CodePathSelect codes={codes} value={target} onChange={setTarget} label={t("reassignTo")}>
          <option value="">{t("reassignTo")}…</option>
        </CodePathSelect>
        <button type="button" disabled={!target} onClick={() => void reassignCodingsTo(projectId, codeId, ids, target)}>
          {t("reassign")}
        </button>
        <button type="button" className="danger" onClick={() => void deleteCodingsOf(projectId, codeId, ids)}>
          {t("deleteCodings")}
        </button>
      </div>
    </li>
  );
}
