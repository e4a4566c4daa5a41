// The merge of a colleague's coding, put to the user: whose codings they become (a new coder, or
// one already here), which documents and codes matched, and the unmatched ones to add or leave out.
import { useState } from "react";
import type { MergeProposal } from "../../app/mergeCoding";
import type { MergeChoices } from "../../core/commands/mergeCoding";
import { nameKey } from "../../core/model/attributeTable";
import { countNoun, t } from "../../lang";
import { Dialog } from "../Dialog";
import "../../lang/enViews";

interface MergeCodingDialogProps {
  proposal: MergeProposal | null;
  onMerge(choices: MergeChoices): void;
  onCancel(): void;
}

export function MergeCodingDialog({ proposal, onMerge, onCancel }: MergeCodingDialogProps) {
  return (
    <Dialog title={proposal ? t("mergeTitle", { file: proposal.fileName }) : ""} open={proposal !== null} onClose={onCancel}>
      {proposal && <MergeChoicesForm key={proposal.fileName} proposal={proposal} onMerge={onMerge} onCancel={onCancel} />}
    </Dialog>
  );
}

function MergeChoicesForm({ proposal, onMerge, onCancel }: { proposal: MergeProposal; onMerge(choices: MergeChoices): void; onCancel(): void }) {
  const { plan } = proposal;
  const [coderNames, setCoderNames] = useState<Record<string, string>>(() => Object.fromEntries(plan.coders.map((c) => [c.source.id, c.source.name])));
  const [addDocuments, setAddDocuments] = useState<ReadonlySet<string>>(new Set());
  const [addCodes, setAddCodes] = useState<ReadonlySet<string>>(new Set());
  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  const unmatchedCodes = plan.codes.filter((c) => c.match === null && c.codings > 0);
  const existing = (name: string) => proposal.projectCoders.some((c) => nameKey(c) === nameKey(name));
  const ready = plan.coders.every((c) => (coderNames[c.source.id] ?? "").trim() !== "");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onMerge({ coderNames, addDocuments: [...addDocuments], addCodes: [...addCodes] });
      }}
    >
      <p>{t("mergeIntro")}</p>
      {plan.coders.map(({ source, codings }) => (
        <p key={source.id}>
          <label>
            {t("mergeCoderLabel", { name: source.name, codings: countNoun(codings, "coding") })}{" "}
            <input value={coderNames[source.id] ?? ""} onChange={(e) => setCoderNames({ ...coderNames, [source.id]: e.target.value })} required />
          </label>
          {existing(coderNames[source.id] ?? "") && <span className="muted"> {t("mergeCoderExisting", { name: coderNames[source.id] ?? "" })}</span>}
        </p>
      ))}
      <h3>{t("mergeDocumentsHeading")}</h3>
      <ul className="merge-list">
        {plan.documents.map(({ source, match, by, codings }) =>
          match ? (
            <li key={source.id}>{t(by === "text" ? "mergeMatchByText" : "mergeMatchByName", { source: source.name, target: match.name })}</li>
          ) : (
            <li key={source.id}>
              <label className="checkbox-label">
                <input type="checkbox" checked={addDocuments.has(source.id)} onChange={(e) => setAddDocuments(toggle(addDocuments, source.id, e.target.checked))} />
                {t("mergeAddDocument", { source: source.name, codings: countNoun(codings, "coding") })}
              </label>
            </li>
          ),
        )}
      </ul>
      <h3>{t("mergeCodesHeading")}</h3>
      {unmatchedCodes.length === 0 ? (
        <p>{t("mergeAllMatched")}</p>
      ) : (
        <ul className="merge-list">
          {unmatchedCodes.map(({ source, path, codings }) => (
            <li key={source.id}>
              <label className="checkbox-label">
                <input type="checkbox" checked={addCodes.has(source.id)} onChange={(e) => setAddCodes(toggle(addCodes, source.id, e.target.checked))} />
                {t("mergeAddCode", { path: path.join(" / "), codings: countNoun(codings, "coding") })}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
        <button type="submit" className="primary" disabled={!ready}>
          {t("mergeAction")}
        </button>
      </div>
    </form>
  );
}
