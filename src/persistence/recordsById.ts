// Reading a project's records by id, kind by kind, in one read transaction: what a change coming
// from elsewhere (a colleague, through sync) is compared with before it is written as a diff.
import { caseLink, type CaseLink, type DocumentText } from "../core/commands/diff";
import type { MapView } from "../core/model/mapView";
import type { Memo } from "../core/model/memo";
import type { SavedQuery } from "../core/model/savedQuery";
import type { AttributeDefinition, Case, Code, Coder, Coding, Id, TextDocument } from "../core/model/types";
import { documentWithText } from "./documents";
import type { TelaahDatabase } from "./schema";

/** The records of each kind that a diff can change, by id. */
export interface StoredRecords {
  codes: Map<Id, Code>;
  codings: Map<Id, Coding>;
  documents: Map<Id, TextDocument>;
  texts: Map<Id, DocumentText>;
  cases: Map<Id, Case>;
  attributes: Map<Id, AttributeDefinition>;
  caseLinks: Map<Id, CaseLink>;
  coders: Map<Id, Coder>;
  mapViews: Map<Id, MapView>;
  memos: Map<Id, Memo>;
  savedQueries: Map<Id, SavedQuery>;
}

export type RecordIds = { [K in keyof StoredRecords]?: Iterable<Id> };

const byId = <T extends { id: Id }>(records: (T | undefined)[]) => new Map(records.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));

/** The stored records with the given ids (missing ones are simply absent), read in one transaction. */
export async function readRecordsById(db: TelaahDatabase, projectId: Id, ids: RecordIds): Promise<StoredRecords> {
  const keys = (group: keyof StoredRecords) => [...(ids[group] ?? [])].map((id): [string, string] => [projectId, id]);
  const documentKeys = [...new Set([...keys("documents"), ...keys("texts")].map(([, id]) => id))].map((id): [string, string] => [projectId, id]);
  const linkKeys = [...(ids.caseLinks ?? [])].map((id): [string, string, string] => {
    const [caseId = "", documentId = ""] = id.split("\u001f");
    return [projectId, caseId, documentId];
  });
  return db.transaction("r", [db.codes, db.codings, db.documents, db.documentTexts, db.cases, db.attributes, db.caseDocuments, db.coders, db.mapViews, db.memos, db.savedQueries], async () => {
    const [codes, codings, records, texts, cases, attributes, links, coders, mapViews, memos, savedQueries] = await Promise.all([
      db.codes.bulkGet(keys("codes")),
      db.codings.bulkGet(keys("codings")),
      db.documents.bulkGet(documentKeys),
      db.documentTexts.bulkGet(documentKeys),
      db.cases.bulkGet(keys("cases")),
      db.attributes.bulkGet(keys("attributes")),
      db.caseDocuments.bulkGet(linkKeys),
      db.coders.bulkGet(keys("coders")),
      db.mapViews.bulkGet(keys("mapViews")),
      db.memos.bulkGet(keys("memos")),
      db.savedQueries.bulkGet(keys("savedQueries")),
    ]);
    const documents = records.map((record, i) => (record && texts[i] ? documentWithText(record, texts[i].text) : undefined));
    return {
      codes: byId(codes),
      codings: byId(codings),
      documents: byId(documents),
      texts: byId(texts.map((t) => t && { id: t.id, projectId, text: t.text })),
      cases: byId(cases),
      attributes: byId(attributes),
      caseLinks: byId(links.map((l) => l && caseLink(projectId, l.caseId, l.documentId))),
      coders: byId(coders),
      mapViews: byId(mapViews),
      memos: byId(memos),
      savedQueries: byId(savedQueries),
    };
  });
}
