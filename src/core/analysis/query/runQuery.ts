// Runs a parsed coding query over a project: each code's coded text per document (the union over
// the coders in scope, with or without its sub-codes), combined by the operators, gives the
// resulting passages in document order, then in order of start.
import { codebookRows } from "../codebookRows";
import { unionRanges, type TextRange } from "../ranges";
import { isCounted } from "../codedRuns";
import type { Code, Coding, Id } from "../../model/types";
import { subtreeIds } from "../../model/codeTree";
import { nameKey } from "../../model/attributeTable";
import { OffsetIndex, sliceCodePoints } from "../../text/offsets";
import { QueryError, type QueryNode } from "./queryParser";
import { intersectRuns, subtractRuns } from "./rangeSets";
import { nearRuns, precedingRuns, type TextLayout } from "./proximity";

export interface QueryInput {
  codes: readonly Code[];
  codings: readonly Coding[];
  /** In the project's document order. */
  documents: readonly { id: Id; name: string; text: string }[];
}

export interface QueryScope {
  documentIds?: ReadonlySet<Id>;
  coderIds?: ReadonlySet<Id>;
}

export interface QueryPassage {
  documentId: Id;
  document: string;
  start: number;
  end: number;
  text: string;
}

/** The code a quoted path names: the full path of names, or its end when that is unique. */
export function resolveCodePath(codes: readonly Code[], path: readonly string[], position = 0): Code {
  const wanted = path.map(nameKey);
  const rows = codebookRows(codes);
  const full = rows.filter((r) => r.path.length === wanted.length && r.path.every((n, i) => nameKey(n) === wanted[i]));
  if (full.length === 1) return full[0]!.code;
  const tail = rows.filter((r) => r.path.length >= wanted.length && r.path.slice(-wanted.length).every((n, i) => nameKey(n) === wanted[i]));
  if (tail.length === 1) return tail[0]!.code;
  const written = path.join("/");
  if (full.length + tail.length === 0) throw new QueryError(`no code "${written}"`, position);
  throw new QueryError(`"${written}" names ${tail.length} codes (${tail.map((r) => r.path.join("/")).join("; ")}); write its whole path`, position);
}

export function runQuery(input: QueryInput, query: QueryNode, scope: QueryScope = {}): QueryPassage[] {
  const documents = input.documents.filter((d) => !scope.documentIds || scope.documentIds.has(d.id));
  const codings = input.codings.filter((c) => isCounted(c) && (!scope.coderIds || scope.coderIds.has(c.coderId)));
  const byDocument = new Map<Id, Coding[]>();
  for (const coding of codings) {
    const list = byDocument.get(coding.documentId);
    if (list) list.push(coding);
    else byDocument.set(coding.documentId, [coding]);
  }
  const codeSets = new Map<QueryNode, ReadonlySet<Id>>();
  const collect = (node: QueryNode): void => {
    if (node.kind === "code") {
      const code = resolveCodePath(input.codes, node.path, node.position);
      codeSets.set(node, node.withSubcodes ? subtreeIds(input.codes, code.id) : new Set([code.id]));
    } else {
      collect(node.left);
      collect(node.right);
    }
  };
  collect(query);

  const passages: QueryPassage[] = [];
  for (const document of documents) {
    const here = byDocument.get(document.id) ?? [];
    let layout: TextLayout | undefined;
    const evaluate = (node: QueryNode): TextRange[] => {
      switch (node.kind) {
        case "code": {
          const ids = codeSets.get(node)!;
          return unionRanges(here.filter((c) => ids.has(c.codeId)).map((c) => ({ start: c.start, end: c.end })));
        }
        case "and":
          return intersectRuns(evaluate(node.left), evaluate(node.right));
        case "or":
          return unionRanges([...evaluate(node.left), ...evaluate(node.right)]);
        case "not":
          return subtractRuns(evaluate(node.left), evaluate(node.right));
        case "near":
          return nearRuns(evaluate(node.left), evaluate(node.right), node.words, (layout ??= textLayout(document.text)));
        case "precedes":
          return precedingRuns(evaluate(node.left), evaluate(node.right), (layout ??= textLayout(document.text)));
      }
    };
    const runs = here.length > 0 ? evaluate(query) : [];
    if (runs.length === 0) continue;
    const index = new OffsetIndex(document.text);
    for (const run of runs) {
      passages.push({ documentId: document.id, document: document.name, start: run.start, end: run.end, text: sliceCodePoints(document.text, run.start, run.end, index) });
    }
  }
  return passages;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Where the words and the line breaks of a text are, in code points. */
function textLayout(text: string): TextLayout {
  const index = new OffsetIndex(text);
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    wordStarts.push(index.toCodePoint(segment.index));
    wordEnds.push(index.toCodePoint(segment.index + segment.segment.length));
  }
  const lineBreaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineBreaks.push(index.toCodePoint(i));
  return { wordStarts, wordEnds, lineBreaks };
}
