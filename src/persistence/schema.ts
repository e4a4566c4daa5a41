// The IndexedDB schema, version by version. Records of a project are keyed [projectId+id], so
// ids stay as they were in an imported file. Each version after the first has a tested upgrade.
import Dexie, { type Table } from "dexie";
import type { MapView } from "../core/model/mapView";
import type { Memo } from "../core/model/memo";
import type { SavedQuery } from "../core/model/savedQuery";
import type { AttributeDefinition, Case, CaseDocument, Code, Coder, Coding, Project, TextDocument } from "../core/model/types";

export const DATABASE_NAME = "telaah";

/** A document without its text (listing documents never loads every transcript). */
export interface DocumentRecord extends Omit<TextDocument, "text"> {
  /** Length of the text in code points. */
  characters: number;
}

/** A document's text, stored apart from its record. */
export interface DocumentTextRecord {
  projectId: string;
  id: string;
  text: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Version 1: no coders table; each coding named its coder in a `coder` text field. */
export const SCHEMA_V1 = {
  projects: "id, name",
  documents: "[projectId+id], projectId, [projectId+name]",
  documentTexts: "[projectId+id], projectId",
  codes: "[projectId+id], projectId",
  codings: "[projectId+id], projectId, [projectId+documentId], [projectId+codeId]",
  attributes: "[projectId+id], projectId",
  cases: "[projectId+id], projectId",
  caseDocuments: "[projectId+caseId+documentId], projectId, [projectId+documentId]",
  meta: "key",
};

/** Version 2: coders become records; codings point at them by coderId. */
export const SCHEMA_V2 = { ...SCHEMA_V1, coders: "[projectId+id], projectId" };

export const SCHEMA_V6 = { ...SCHEMA_V2, mapViews: "[projectId+id], projectId" };

/** Version 7: memos. */
export const SCHEMA_V7 = { ...SCHEMA_V6, memos: "[projectId+id], projectId" };

export const SCHEMA_V8 = { ...SCHEMA_V7, savedQueries: "[projectId+id], projectId" };

/** Version 9: codings also indexed by where they start in their document, to read a document's first part first. */
export const SCHEMA_V9 = { ...SCHEMA_V8, codings: `${SCHEMA_V1.codings}, [projectId+documentId+start]` };

/**
 * The coder that codings stored before coder records (version 1) are given when they name none, and
 * that a project of then without codings gets. New projects name their first coder otherwise
 * (projects.ts).
 */
export const DEFAULT_CODER_NAME = "me";

export class TelaahDatabase extends Dexie {
  projects!: Table<Project, string>;
  documents!: Table<DocumentRecord, [string, string]>;
  documentTexts!: Table<DocumentTextRecord, [string, string]>;
  codes!: Table<Code, [string, string]>;
  codings!: Table<Coding, [string, string]>;
  attributes!: Table<AttributeDefinition, [string, string]>;
  cases!: Table<Case, [string, string]>;
  caseDocuments!: Table<CaseDocument, [string, string, string]>;
  coders!: Table<Coder, [string, string]>;
  meta!: Table<MetaRecord, string>;
  mapViews!: Table<MapView, [string, string]>;
  memos!: Table<Memo, [string, string]>;
  savedQueries!: Table<SavedQuery, [string, string]>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // One coder record per distinct coder name in each project; codings point at it.
        const coderIds = new Map<string, string>();
        await tx
          .table("codings")
          .toCollection()
          .modify((coding: Coding & { coder?: string }) => {
            const name = coding.coder?.trim() || DEFAULT_CODER_NAME;
            const key = `${coding.projectId}\u001f${name}`;
            let coderId = coderIds.get(key);
            if (!coderId) {
              coderId = crypto.randomUUID();
              coderIds.set(key, coderId);
            }
            coding.coderId = coderId;
            delete coding.coder;
          });
        const coders: Coder[] = [...coderIds].map(([key, id]) => {
          const [projectId, name] = key.split("\u001f") as [string, string];
          return { id, projectId, name };
        });
        const projectIds = await tx.table("projects").toCollection().primaryKeys();
        for (const projectId of projectIds as string[]) {
          if (!coders.some((c) => c.projectId === projectId)) {
            coders.push({ id: crypto.randomUUID(), projectId, name: DEFAULT_CODER_NAME });
          }
        }
        await tx.table("coders").bulkAdd(coders);
      });
    // Saved concept-map views: a new table, nothing to upgrade.
    this.version(6).stores(SCHEMA_V6);
    // Memos: a new table, nothing to upgrade.
    this.version(7).stores(SCHEMA_V7);
    // Saved coding queries: a new table, nothing to upgrade.
    this.version(8).stores(SCHEMA_V8);
    // A new index of codings, built from the codings stored: nothing to upgrade.
    this.version(9).stores(SCHEMA_V9);
  }

  /** Every table that holds records of a project (all but projects and meta). */
  get projectTables() {
    return [this.documents, this.documentTexts, this.codes, this.codings, this.attributes, this.cases, this.caseDocuments, this.coders, this.mapViews, this.memos, this.savedQueries];
  }
}
