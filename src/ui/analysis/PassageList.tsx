// The coded passages behind a matrix cell: document, case and the passage in its context;
// choosing one opens it in the transcript.
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
  const openDocument = useWorkbench((s) => s.openDocument);
  const focusPassage = useCodingUi((s) => s.focusPassage);
  return (
    <section className="drilldown" aria-label={title}>
      <h2>
        {title} <span className="muted">{countNoun(passages.length, "reference")}</span>
      </h2>
      <ol className="passages">
        {passages.map((p) => (
          <li key={p.key}>
            <button
              type="button"
              className="passage"
              onClick={() => {
                openDocument(p.documentId);
                focusPassage(p.documentId, p.start, p.end);
              }}
            >
              <span className="passage-source">
                {p.documentName}
                {p.caseName ? ` · ${p.caseName}` : ""}
                {p.note ? ` · ${p.note}` : ""}
              </span>
              <span className="passage-text">
                <span className="context">…{p.before}</span>
                <mark>{p.text}</mark>
                <span className="context">{p.after}…</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
