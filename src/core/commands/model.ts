// The read-only view of a project that commands work on (codes, codings, coders, document texts), applying
// a diff to it with the same conflict check as the database, and lookups shared by the commands.
import { describeRecord, diffRecords, findConflict, type ProjectDiff, type RecordChanges } from "./diff";
import { anchorPassage } from "../model/anchor";
import type { Code, Coder, Coding, Id, ProjectContent } from "../model/types";
import { codePointLength } from "../text/offsets";

export interface CodingModel {
  codes: ReadonlyMap<Id, Code>;
  codings: ReadonlyMap<Id, Coding>;
  coders: ReadonlyMap<Id, Coder>;
  documentText(documentId: Id): string | undefined;
}

export function createModel(codes: Iterable<Code>, codings: Iterable<Coding>, texts: ReadonlyMap<Id, string>, coders: Iterable<Coder> = []): CodingModel {
  return {
    codes: new Map([...codes].map((code) => [code.id, code])),
    codings: new Map([...codings].map((coding) => [coding.id, coding])),
    coders: new Map([...coders].map((coder) => [coder.id, coder])),
    documentText: (documentId) => texts.get(documentId),
  };
}

export function modelFromContent(content: Pick<ProjectContent, "codes" | "codings" | "documents"> & { coders?: Coder[] }): CodingModel {
  return createModel(content.codes, content.codings, new Map(content.documents.map((d) => [d.id, d.text])), content.coders);
}

/** A new model with the diff applied. Throws, leaving the model as it was, when the diff does not fit it. */
export function applyDiffToModel(model: CodingModel, diff: ProjectDiff): CodingModel {
  // The model is of one project: a text is checked as the record of that project the diff names.
  const projectId = diffRecords(diff)[0]?.projectId ?? "";
  const textRecord = (id: Id) => {
    const text = model.documentText(id);
    return text === undefined ? undefined : { id, projectId, text };
  };
  const conflict = findConflict(
    { code: (id) => model.codes.get(id), coding: (id) => model.codings.get(id), coder: (id) => model.coders.get(id), text: textRecord },
    diff,
  );
  if (conflict) throw new Error(`${describeRecord(conflict)} does not match the change being applied.`);
  const apply = <T extends { id: Id }>(records: ReadonlyMap<Id, T>, changes: RecordChanges<T>) => {
    const next = new Map(records);
    for (const record of changes.removed) next.delete(record.id);
    for (const { after } of changes.updated) next.set(after.id, after);
    for (const record of changes.added) next.set(record.id, record);
    return next;
  };
  const texts = new Map((diff.texts?.updated ?? []).map(({ after }) => [after.id, after.text]));
  const documentText = texts.size === 0 ? model.documentText : (id: Id) => texts.get(id) ?? model.documentText(id);
  const coders = diff.coders ? apply(model.coders, diff.coders) : model.coders;
  return { codes: apply(model.codes, diff.codes), codings: apply(model.codings, diff.codings), coders, documentText };
}

export function requireCode(model: CodingModel, codeId: Id): Code {
  const code = model.codes.get(codeId);
  if (!code) throw new Error(`There is no code with id ${codeId}.`);
  return code;
}

export function requireCoding(model: CodingModel, codingId: Id): Coding {
  const coding = model.codings.get(codingId);
  if (!coding) throw new Error(`There is no coding with id ${codingId}.`);
  return coding;
}

export function requireText(model: CodingModel, documentId: Id): string {
  const text = model.documentText(documentId);
  if (text === undefined) throw new Error(`There is no document with id ${documentId}.`);
  return text;
}

/** Throws unless [start, end) is a non-empty passage of the text. */
export function checkPassage(text: string, start: number, end: number): void {
  const length = codePointLength(text);
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`Passage offsets must be whole numbers (got ${start}, ${end}).`);
  if (start > end) throw new Error(`The passage start ${start} is after its end ${end}.`);
  if (start < 0 || end > length) throw new Error(`The passage ${start}–${end} is outside the document (0–${length}).`);
  if (start === end) throw new Error("An empty passage cannot be coded; select some text first.");
}

/**
 * The placed (not orphaned) codings of one code in one document, by start: those whose offsets are
 * valid; only one coder's when a coder is given.
 */
export function codingsAt(model: CodingModel, documentId: Id, codeId: Id, coderId?: Id): Coding[] {
  return (codingsByCode(model).get(`${documentId}\u0000${codeId}`) ?? [])
    .filter((c) => !c.orphaned && (coderId === undefined || c.coderId === coderId))
    .sort((a, b) => a.start - b.start);
}

/** A model's codings by document and code, made once per map of codings (a model's maps are never changed). */
const byCode = new WeakMap<ReadonlyMap<Id, Coding>, Map<string, Coding[]>>();

/** The model's codings grouped by document and code; made on first use, so that later commands skip the others. */
export function codingsByCode(model: CodingModel): ReadonlyMap<string, Coding[]> {
  let groups = byCode.get(model.codings);
  if (!groups) {
    groups = new Map();
    for (const coding of model.codings.values()) {
      const key = `${coding.documentId}\u0000${coding.codeId}`;
      const group = groups.get(key);
      if (group) group.push(coding);
      else groups.set(key, [coding]);
    }
    byCode.set(model.codings, groups);
  }
  return groups;
}

/** The coding moved to [start, end), its quote and context taken again from the text (so no longer orphaned). */
export function reanchor(coding: Coding, text: string, start: number, end: number): Coding {
  const { orphaned: _orphaned, ...placed } = coding;
  return { ...placed, start, end, ...anchorPassage(text, start, end) };
}

/** The code and all its descendants, the code first. */
export function subtree(model: CodingModel, codeId: Id): Code[] {
  const result = [requireCode(model, codeId)];
  const seen = new Set([codeId]);
  for (let i = 0; i < result.length; i++) {
    const parentId = result[i]!.id;
    for (const code of model.codes.values()) {
      if (code.parentId === parentId && !seen.has(code.id)) {
        seen.add(code.id);
        result.push(code);
      }
    }
  }
  return result;
}
