// The memo panel: every memo of the project (or those of one record, opened from its "Memos"
// button), found by a search of titles and texts and filtered by what they are attached to and by
// author; the chosen memo is edited beside the list. New memos are written on the record shown,
// on the project, or free; the memos export as CSV.
import { useMemo, useState } from "react";
import { addMemo, projectMemosCsv } from "../../app/memoActions";
import { memoPlainText, sameLink, type Memo } from "../../core/model/memo";
import { memoType, type MemoType } from "../../core/model/memoTargets";
import { countNoun, formatDay, t } from "../../lang";
import { useCoders } from "../../state/liveQueries";
import { useMemos } from "../../state/memoQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { codePathNames } from "../coding/codePaths";
import { CsvExportButton } from "../CsvExportButton";
import { MemoEditor } from "./MemoEditor";
import { useMemoTargets, useOpenTarget } from "./useMemoTargets";
import "./memos.css";
import "../../lang/enViews";

const NONE: never[] = [];
const TYPES: MemoType[] = ["project", "document", "case", "code", "coding", "free", "none"];

export function MemoView({ projectId }: { projectId: string }) {
  const memos = useMemos(projectId) ?? NONE;
  const coders = useCoders(projectId) ?? NONE;
  const target = useWorkbench((s) => s.memoTarget);
  const showMemos = useWorkbench((s) => s.showMemos);
  const { name, documents, cases, codes } = useMemoTargets(projectId);
  const open = useOpenTarget();
  const [query, setQuery] = useState("");
  const [type, setType] = useState<MemoType | "">("");
  const [author, setAuthor] = useState("");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const paths = useMemo(() => codePathNames(codes), [codes]);
  const records = useMemo(() => ({ projectId, documents, cases, codes: codes.map((c) => ({ id: c.id, path: paths.get(c.id) ?? c.name })) }), [projectId, documents, cases, codes, paths]);
  const authorName = (id: string) => coders.find((c) => c.id === id)?.name ?? id;

  const texts = useMemo(() => new Map(memos.map((m) => [m.id, `${m.title}\n${memoPlainText(m.text)}`.toLocaleLowerCase()])), [memos]);
  const needle = query.trim().toLocaleLowerCase();
  const shown = memos.filter(
    (m) => (!target || m.links.some((l) => sameLink(l, target))) && (!type || memoType(m) === type) && (!author || m.author === author) && (!needle || texts.get(m.id)!.includes(needle)),
  );
  const selected = memos.find((m) => m.id === selectedId) ?? null;
  const targetName = target ? (name(target).name ?? t("memoDeletedTarget")) : "";

  const create = async (links: Memo["links"], title: string) => {
    const id = await addMemo(projectId, title, links);
    if (id) {
      setSelectedId(id);
      setCreatedId(id);
    }
  };
  const summary = (memo: Memo) => memo.links.map((l) => name(l).name ?? t("memoDeletedTarget")).join(" · ") || t("memoNoLinks");

  return (
    <section className="memo-view" role="region" aria-label={t("memos")}>
      <header className="sheet-head">
        <h1>{target ? t("memosOf", { name: targetName }) : t("memos")}</h1>
        <span className="muted">{countNoun(shown.length, "memo")}</span>
        {target && (
          <button type="button" className="link-button" onClick={() => showMemos(null)}>
            {t("memoShowAll")}
          </button>
        )}
        <span className="toolbar-gap" />
        <button type="button" className="primary" onClick={() => void create(target ? [target] : [], target ? t("newMemoTitle", { name: targetName }) : t("newMemo"))}>
          {target ? t("newMemoOn", { name: targetName }) : t("newMemo")}
        </button>
        {!target && (
          <button type="button" onClick={() => void create([{ kind: "project", id: projectId }], t("newProjectMemo"))}>
            {t("newProjectMemo")}
          </button>
        )}
        <CsvExportButton label={t("memosCsv")} exports={[{ label: t("memosCsv"), fileName: t("memosCsvFile"), write: (options) => projectMemosCsv(projectId, options) }]} />
      </header>
      <div className="memo-filters">
        <input type="search" aria-label={t("memoSearch")} placeholder={t("memoSearch")} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          {t("memoFilterType")}
          <select aria-label={t("memoFilterType")} value={type} onChange={(e) => setType(e.target.value as MemoType | "")}>
            <option value="">{t("memoTypeAll")}</option>
            {TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`memoType_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("memoFilterAuthor")}
          <select aria-label={t("memoFilterAuthor")} value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">{t("memoAnyAuthor")}</option>
            {coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="memo-layout">
        {shown.length === 0 ? (
          <p className="muted memo-empty">{memos.length === 0 ? t("noMemos") : t("noMemosMatch")}</p>
        ) : (
          <ul className="plain-list memo-list" aria-label={t("memoList")}>
            {shown.map((memo) => (
              <li key={memo.id}>
                <button type="button" aria-pressed={memo.id === selectedId} onClick={() => (setSelectedId(memo.id), setCreatedId(null))}>
                  <strong>{memo.title}</strong>
                  <span className="memo-summary">
                    {t(`memoType_${memoType(memo)}`)}: {summary(memo)}
                  </span>
                  <span className="muted">
                    {authorName(memo.author)}
                    {memo.modified && ` · ${formatDay(memo.modified, new Date())}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {selected ? (
          <MemoEditor key={selected.id} memo={selected} authorName={authorName(selected.author)} name={name} open={open} records={records} autoFocus={selected.id === createdId} />
        ) : (
          <p className="muted memo-empty">{t("memoChooseOne")}</p>
        )}
      </div>
    </section>
  );
}
