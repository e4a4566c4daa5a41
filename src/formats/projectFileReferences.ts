// Reference integrity of a project file's content: ids used twice, codes whose parent is missing or
// who are their own ancestor or nest deeper than the limit, documents whose text is longer than the
// limit, codings that point to a missing document, code or coder or lie outside
// their document, case links to a missing case or document, and memos by a missing author. Every
// problem is listed.
import { TOPIC_NODE_ID } from "../core/analysis/conceptGraph";
import { mapViewReferenceProblems } from "../core/model/mapView";
import { codePointLength } from "../core/text/offsets";
import { formatCount, INPUT_LIMITS } from "./inputLimits";
import type { FileContent } from "./projectFileSchema";

export function referenceProblems(file: FileContent): string[] {
  const problems: string[] = [];
  const duplicates = (records: { id: string }[], kind: string) => {
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) problems.push(`two ${kind} share the id ${record.id}`);
      seen.add(record.id);
    }
  };
  duplicates(file.coders, "coders");
  duplicates(file.documents, "documents");
  duplicates(file.codes, "codes");
  duplicates(file.codings, "codings");
  duplicates(file.attributes, "attributes");
  duplicates(file.cases, "cases");
  duplicates(file.mapViews ?? [], "map views");
  duplicates(file.memos ?? [], "memos");
  duplicates(file.savedQueries ?? [], "saved queries");

  for (const document of file.documents) {
    if (document.text.length > INPUT_LIMITS.textCharacters) {
      problems.push(`the text of document "${document.name}" is longer than ${formatCount(INPUT_LIMITS.textCharacters)} characters, the most Telaah reads in one text`);
    }
  }
  const lengths = new Map(file.documents.map((d) => [d.id, codePointLength(d.text)]));
  const codes = new Set(file.codes.map((c) => c.id));
  const coders = new Set(file.coders.map((c) => c.id));
  const parentOf = new Map(file.codes.map((c) => [c.id, c.parentId]));
  const tooDeep: string[] = [];
  for (const code of file.codes) {
    if (code.parentId !== null && !codes.has(code.parentId)) {
      problems.push(`code "${code.name}" has a missing parent`);
      continue;
    }
    let ancestor = code.parentId;
    for (let steps = 0; ancestor !== null && ancestor !== undefined; steps++) {
      if (ancestor === code.id || steps > file.codes.length) {
        problems.push(`code "${code.name}" is its own ancestor`);
        break;
      }
      if (steps >= INPUT_LIMITS.codeTreeDepth) {
        tooDeep.push(code.name);
        break;
      }
      ancestor = parentOf.get(ancestor) ?? null;
    }
  }
  if (tooDeep.length > 0) {
    const which = tooDeep.length === 1 ? `code "${tooDeep[0]}" is` : `${formatCount(tooDeep.length)} codes (the first "${tooDeep[0]}") are`;
    problems.push(`${which} nested more than ${INPUT_LIMITS.codeTreeDepth} deep, the most Telaah reads`);
  }
  for (const coding of file.codings) {
    const length = lengths.get(coding.documentId);
    if (length === undefined) problems.push(`coding ${coding.id} refers to a missing document`);
    if (!codes.has(coding.codeId)) problems.push(`coding ${coding.id} refers to a missing code`);
    if (!coders.has(coding.coderId)) problems.push(`coding ${coding.id} refers to a missing coder`);
    if (coding.start > coding.end || (length !== undefined && !coding.orphaned && coding.end > length)) {
      problems.push(`coding ${coding.id} lies outside its document`);
    }
  }
  const cases = new Set(file.cases.map((c) => c.id));
  for (const link of file.caseDocuments) {
    if (!cases.has(link.caseId)) problems.push(`a case link refers to a missing case (${link.caseId})`);
    if (!lengths.has(link.documentId)) problems.push(`a case link refers to a missing document (${link.documentId})`);
  }
  for (const view of file.mapViews ?? []) problems.push(...mapViewReferenceProblems(view, codes, cases, TOPIC_NODE_ID));
  // A memo's link to a record that was deleted is kept (the memo says so); its author must be a coder.
  for (const memo of file.memos ?? []) if (!coders.has(memo.author)) problems.push(`memo "${memo.title}" refers to a missing author`);
  return problems;
}
