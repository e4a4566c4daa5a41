// Who is coding: the header's coder picker (choose one of the project's coders, add one, rename the
// current one) and "Show only my coding" (blind coding: other coders' codings are hidden from the
// transcript and left out of every count). Choosing a coder never changes a coding.
import { useState } from "react";
import { addCoder, chooseCoder, renameCoderTo } from "../app/coderActions";
import { useCoderStore, useCurrentCoder, useProjectCoding } from "../state/coderStore";
import { useCoders } from "../state/liveQueries";
import { Dialog } from "./Dialog";
import { t } from "../lang";

type Draft = { mode: "add" | "rename"; name: string };

export function CoderPicker({ projectId }: { projectId: string }) {
  const coders = useCoders(projectId);
  const current = useCurrentCoder(projectId, coders);
  const { blind } = useProjectCoding(projectId);
  const setBlind = useCoderStore((s) => s.setBlind);
  const [draft, setDraft] = useState<Draft | null>(null);
  if (!coders || !current) return null;
  const save = async () => {
    if (!draft?.name.trim()) return;
    const done = draft.mode === "add" ? await addCoder(projectId, draft.name) : await renameCoderTo(projectId, current.id, draft.name);
    if (done) setDraft(null);
  };
  return (
    <div className="coder-picker" role="group" aria-label={t("coderPicker")}>
      <label>
        <span className="coder-label">{t("coder")}</span>
        <select value={current.id} onChange={(e) => chooseCoder(projectId, e.target.value)}>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="coder-button" onClick={() => setDraft({ mode: "add", name: "" })}>
        {t("newCoder")}
      </button>
      <button type="button" className="coder-button" aria-label={t("renameCoder", { name: current.name })} onClick={() => setDraft({ mode: "rename", name: current.name })}>
        {t("rename")}
      </button>
      <label className="blind-toggle">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(projectId, e.target.checked)} />
        {t("showOnlyMine")}
      </label>
      <Dialog
        title={draft?.mode === "add" ? t("newCoderTitle") : t("coderName")}
        open={draft !== null}
        onClose={() => setDraft(null)}
        actions={
          <>
            <button type="button" onClick={() => setDraft(null)}>
              {t("cancel")}
            </button>
            <button type="submit" form="coder-form" className="primary" disabled={!draft?.name.trim()}>
              {draft?.mode === "add" ? t("create") : t("save")}
            </button>
          </>
        }
      >
        <form
          id="coder-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input aria-label={t("coderName")} value={draft?.name ?? ""} autoFocus onChange={(e) => setDraft(draft && { ...draft, name: e.target.value })} />
        </form>
      </Dialog>
    </div>
  );
}
