// The coded passages behind a matrix cell: document, case and the passage in its context;
// choosing one opens it in the transcript.
import type { ReactNode } from "react";
import { useCodingUi } from "../../state/codingStore";
import { useWorkbench } from "../../state/workbenchStore";
import { countNoun } from "../../lang";

export interface ListedPassage {
  key: string;
  documentId: string;
  documentName: string;
  caseName: string;
  start: number;
  end: number;
  before: string;
  text: string;
  after: string;
  /** Shown after the source, e.g. the sub-code a passage is coded at. */
  note?: string;
}

export function PassageList({ title, passages }: { title: string; passages: ListedPassage[] }) {
  return (
    <section className="drilldown" aria-label={title}>
      <h2>
        {title} <span className="muted">{countNoun(passages.length, "reference")}</span>
      </h2>
      <ol className="passages">
        {passages.map((p) => (
          <li key={p.key}>
            <PassageButton
              passage={p}
              source={
                <>
                  {p.documentName}
                  {p.caseName ? ` · ${p.caseName}` : ""}
                  {p.note ? ` · ${p.note}` : ""}
                </>
              }
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One passage with its source and context; choosing it opens the passage in the transcript. */
export function PassageButton({ passage, source }: { passage: Pick<ListedPassage, "documentId" | "start" | "end" | "text"> & { before?: string; after?: string }; source: ReactNode }) {
  const openDocument = useWorkbench((s) => s.openDocument);
  const focusPassage = useCodingUi((s) => s.focusPassage);
  return (
    <button
      type="button"
      className="passage"
      onClick={() => {
        openDocument(passage.documentId);
        focusPassage(passage.documentId, passage.start, passage.end);
      }}
    >
      <span className="passage-source">{source}</span>
      <span className="passage-text">
        {passage.before !== undefined && <span className="context">…{passage.before}</span>}
        <mark>{passage.text}</mark>
        {passage.after !== undefined && <span className="context">{passage.after}…</span>}
      </span>
    </button>
  );
}
