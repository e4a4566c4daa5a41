// Merging a colleague's coding into the open project, as NVivo, MAXQDA and ATLAS.ti teams combine
// work: the codings of another project (a .qdpx or project file from a second coder) come in as
// their coder's codings. Documents are matched by identical canonical text, else by name; codes by
// their path of names (nameKey: case and surrounding spaces do not count). What does not match is
// listed by planMerge and comes in only when chosen (a chosen code brings its unmatched ancestors).
// One command, one undo step; nothing already in the project changes: codings, coders, chosen codes
// and chosen documents are only added. A coding the coder already has (same document, code and
// passage) is not added twice, so merging the same file again adds nothing.
import { reanchorCodings } from "../anchoring/reanchor";
import { anchorPassage } from "../model/anchor";
import { nextPosition } from "../model/documentOrder";
import { nameKey } from "../model/attributeTable";
import type { Code, Coder, Coding, Id, TextDocument } from "../model/types";
import { codePointLength, OffsetIndex } from "../text/offsets";
import { emptyChanges, emptyDiff, type CommandResult } from "./diff";
import { stepLabel } from "./stepLabel";

/** The open project as the merge sees it. */
export interface MergeTarget {
  projectId: Id;
  documents: Pick<TextDocument, "id" | "name" | "text" | "position">[];
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
}

/** The colleague's project, as read from their file. */
export interface MergeSource {
  documents: TextDocument[];
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
}

export interface DocumentMatch {
  source: { id: Id; name: string };
  /** The project's document it matches, or null. */
  match: { id: Id; name: string } | null;
  by: "text" | "name" | null;
  /** Codings of the source in this document (placed ones). */
  codings: number;
}

export interface CodeMatch {
  source: Code;
  path: string[];
  match: Id | null;
  codings: number;
}

export interface CoderMatch {
  source: Coder;
  codings: number;
  /** The project's coder of the same name, if any. */
  existing: Coder | null;
}

export interface MergePlan {
  documents: DocumentMatch[];
  codes: CodeMatch[];
  /** The source's coders that have codings. */
  coders: CoderMatch[];
}

export interface MergeChoices {
  /** Per source coder id: the name of the project's coder their codings go to (a new coder when no coder has it). */
  coderNames: Record<Id, string>;
  /** Source documents without a match to add as new documents. */
  addDocuments: Id[];
  /** Source codes without a match to add (with their unmatched ancestors). */
  addCodes: Id[];
}

export interface MergeResult extends CommandResult {
  added: { codings: number; coders: number; codes: number; documents: number };
  /** Codings left out: in a document or at a code not matched nor added, already there, or not found again in a renamed document's different text. */
  skipped: { unmatched: number; duplicate: number; notFound: number };
}

export function planMerge(target: MergeTarget, source: MergeSource): MergePlan {
  const byText = new Map<string, MergeTarget["documents"][number]>();
  const byName = new Map<string, MergeTarget["documents"][number]>();
  for (const document of target.documents) {
    if (!byText.has(document.text)) byText.set(document.text, document);
    if (!byName.has(nameKey(document.name))) byName.set(nameKey(document.name), document);
  }
  const placed = source.codings.filter((c) => !c.orphaned);
  const count = (key: (c: Coding) => Id) => {
    const counts = new Map<Id, number>();
    for (const c of placed) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
    return counts;
  };
  const [perDocument, perCode, perCoder] = [count((c) => c.documentId), count((c) => c.codeId), count((c) => c.coderId)];
  const documents = source.documents.map((document): DocumentMatch => {
    const sameText = byText.get(document.text);
    const sameName = sameText ? undefined : byName.get(nameKey(document.name));
    const match = sameText ?? sameName;
    return {
      source: { id: document.id, name: document.name },
      match: match ? { id: match.id, name: match.name } : null,
      by: sameText ? "text" : sameName ? "name" : null,
      codings: perDocument.get(document.id) ?? 0,
    };
  });
  const targetPaths = pathIndex(target.codes);
  const sourcePaths = codePaths(source.codes);
  const codes = source.codes.map((code): CodeMatch => {
    const path = sourcePaths.get(code.id)!;
    return { source: code, path, match: targetPaths.get(pathKey(path)) ?? null, codings: perCode.get(code.id) ?? 0 };
  });
  const coderByName = new Map(target.coders.map((c) => [nameKey(c.name), c]));
  const coders = source.coders
    .filter((c) => perCoder.has(c.id))
    .map((c): CoderMatch => ({ source: c, codings: perCoder.get(c.id)!, existing: coderByName.get(nameKey(c.name)) ?? null }));
  return { documents, codes, coders };
}

export function mergeCoding(target: MergeTarget, source: MergeSource, choices: MergeChoices, newId: () => Id, now: string): MergeResult {
  const plan = planMerge(target, source);
  const { projectId } = target;
  const diff = { ...emptyDiff(), coders: emptyChanges<Coder>(), documents: emptyChanges<TextDocument>() };

  // Coders: by name, new ones added.
  const coderByName = new Map(target.coders.map((c) => [nameKey(c.name), c]));
  const coderOf = new Map<Id, Id>();
  for (const { source: coder } of plan.coders) {
    const name = (choices.coderNames[coder.id] ?? coder.name).trim();
    if (!name) throw new Error(`The codings of “${coder.name}” need the name of the coder they belong to.`);
    let into = coderByName.get(nameKey(name));
    if (!into) {
      into = { id: newId(), projectId, name };
      coderByName.set(nameKey(name), into);
      diff.coders.added.push(into);
    }
    coderOf.set(coder.id, into.id);
  }

  // Documents: matched, or added when chosen.
  const documentOf = new Map<Id, { id: Id; text: string; byName: boolean }>();
  const addDocuments = new Set(choices.addDocuments);
  // Added documents come after the project's own, in the order the other file has them.
  let position = nextPosition(target.documents);
  const sourceDocuments = new Map(source.documents.map((d) => [d.id, d]));
  const targetText = new Map(target.documents.map((d) => [d.id, d.text]));
  for (const { source: document, match, by } of plan.documents) {
    if (match) documentOf.set(document.id, { id: match.id, text: targetText.get(match.id)!, byName: by === "name" });
    else if (addDocuments.has(document.id)) {
      const record: TextDocument = { ...sourceDocuments.get(document.id)!, id: newId(), projectId, created: now, modified: now, position: position++ };
      diff.documents.added.push(record);
      documentOf.set(document.id, { id: record.id, text: record.text, byName: false });
    }
  }

  // Codes: matched by path, or added when chosen, with their unmatched ancestors.
  const codeOf = new Map(plan.codes.flatMap((c) => (c.match ? [[c.source.id, c.match] as const] : [])));
  const sourceCodes = new Map(source.codes.map((c) => [c.id, c]));
  const nextOrder = new Map<Id | null, number>();
  const orderUnder = (parentId: Id | null) => {
    const order = nextOrder.get(parentId) ?? Math.max(-1, ...target.codes.filter((c) => c.parentId === parentId).map((c) => c.order)) + 1;
    nextOrder.set(parentId, order + 1);
    return order;
  };
  const addCode = (code: Code): Id => {
    const existing = codeOf.get(code.id);
    if (existing) return existing;
    const parent = code.parentId === null ? undefined : sourceCodes.get(code.parentId);
    const parentId = parent ? addCode(parent) : null;
    const added: Code = { ...code, id: newId(), projectId, parentId, order: orderUnder(parentId) };
    diff.codes.added.push(added);
    codeOf.set(code.id, added.id);
    return added.id;
  };
  for (const id of choices.addCodes) {
    const code = sourceCodes.get(id);
    if (code) addCode(code);
  }

  // Codings: at their matched document, code and coder; placed again where only the name matched.
  const skipped = { unmatched: 0, duplicate: 0, notFound: 0 };
  const have = new Set(target.codings.map(codingKey));
  const byDocument = new Map<Id, Coding[]>();
  for (const coding of source.codings) {
    if (coding.orphaned) continue;
    const into = documentOf.get(coding.documentId);
    if (!into || !codeOf.has(coding.codeId) || !coderOf.has(coding.coderId)) {
      skipped.unmatched++;
      continue;
    }
    const list = byDocument.get(coding.documentId);
    if (list) list.push(coding);
    else byDocument.set(coding.documentId, [coding]);
  }
  for (const [sourceId, codings] of byDocument) {
    const into = documentOf.get(sourceId)!;
    const sourceText = sourceDocuments.get(sourceId)!.text;
    const placements = into.byName ? new Map(reanchorCodings(sourceText, into.text, codings).placed.map((p) => [p.id, p])) : null;
    const index = new OffsetIndex(into.text);
    const length = codePointLength(into.text);
    for (const coding of codings) {
      const place = placements ? placements.get(coding.id) : coding;
      if (!place || place.end > length || place.start >= place.end) {
        skipped.notFound++;
        continue;
      }
      const merged: Coding = {
        id: newId(),
        projectId,
        documentId: into.id,
        codeId: codeOf.get(coding.codeId)!,
        coderId: coderOf.get(coding.coderId)!,
        start: place.start,
        end: place.end,
        created: coding.created,
        ...anchorPassage(into.text, place.start, place.end, index),
      };
      if (have.has(codingKey(merged))) {
        skipped.duplicate++;
        continue;
      }
      have.add(codingKey(merged));
      diff.codings.added.push(merged);
    }
  }
  const added = { codings: diff.codings.added.length, coders: diff.coders.added.length, codes: diff.codes.added.length, documents: diff.documents.added.length };
  const names = [...new Set(plan.coders.map((c) => (choices.coderNames[c.source.id] ?? c.source.name).trim()))].join(", ");
  return { label: stepLabel("mergeCoding", { names }), diff, added, skipped };
}

function codingKey(c: Pick<Coding, "documentId" | "codeId" | "coderId" | "start" | "end">): string {
  return [c.documentId, c.codeId, c.coderId, c.start, c.end].join("\u001f");
}

/** Each code's path of names from the top (a missing parent or a cycle ends the path). */
function codePaths(codes: readonly Code[]): Map<Id, string[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<Id, string[]>();
  for (const code of codes) {
    const path = [code.name];
    const seen = new Set([code.id]);
    for (let parent = code.parentId === null ? undefined : byId.get(code.parentId); parent && !seen.has(parent.id); parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) {
      path.unshift(parent.name);
      seen.add(parent.id);
    }
    paths.set(code.id, path);
  }
  return paths;
}

const pathKey = (path: readonly string[]) => path.map(nameKey).join("\u001f");

/** The project's codes by path key (the first in codebook order when two share a path). */
function pathIndex(codes: readonly Code[]): Map<string, Id> {
  const index = new Map<string, Id>();
  const paths = codePaths(codes);
  for (const code of [...codes].sort((a, b) => a.order - b.order)) {
    const key = pathKey(paths.get(code.id)!);
    if (!index.has(key)) index.set(key, code.id);
  }
  return index;
}
