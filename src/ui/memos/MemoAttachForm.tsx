// Attaching a memo to another record: the kind (project, document, case, code), then the record.
// Coded passages get their memos from the transcript (the selected passage's "Memos" button).
import { useState } from "react";
import type { MemoLink, MemoTargetKind } from "../../core/model/memo";
import { t } from "../../lang";
import "../../lang/enViews";

interface Props {
  records: { projectId: string; documents: readonly { id: string; name: string }[]; cases: readonly { id: string; name: string }[]; codes: readonly { id: string; path: string }[] };
  isLinked(link: MemoLink): boolean;
  onAttach(link: MemoLink): void;
}

const KINDS: Exclude<MemoTargetKind, "coding">[] = ["project", "document", "case", "code"];

export function MemoAttachForm({ records, isLinked, onAttach }: Props) {
  const [kind, setKind] = useState<(typeof KINDS)[number]>("code");
  const [id, setId] = useState("");
  const options =
    kind === "project"
      ? [{ id: records.projectId, name: t("memoType_project") }]
      : kind === "document"
        ? records.documents
        : kind === "case"
          ? records.cases
          : records.codes.map((c) => ({ id: c.id, name: c.path }));
  const free = options.filter((o) => !isLinked({ kind, id: o.id }));
  const chosen = free.some((o) => o.id === id) ? id : (free[0]?.id ?? "");
  return (
    <form
      className="inline-form memo-attach"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onAttach({ kind, id: chosen });
      }}
    >
      <span>{t("memoAddLink")}</span>
      <select aria-label={t("memoLinkKind")} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`memoType_${k}`)}
          </option>
        ))}
      </select>
      <select aria-label={t("memoLinkRecord")} value={chosen} onChange={(e) => setId(e.target.value)} disabled={free.length === 0}>
        {free.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!chosen}>
        {t("memoLinkButton")}
      </button>
    </form>
  );
}
