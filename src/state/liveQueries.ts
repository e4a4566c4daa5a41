// React hooks that read the database live: they re-render when any tab changes the data. Under
// blind coding ("Show only my coding") every count reads only the current coder's codings.
import type { MapView } from "../core/model/mapView";
import type { SavedQuery } from "../core/model/savedQuery";
import { useMemo, useRef } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { shallow } from "zustand/shallow";
import type { MatrixInput } from "../core/analysis/matrix";
import type { AttributeDefinition, Case, CaseDocument, Code, Coder, Coding, Project, TextDocument } from "../core/model/types";
import { appDatabase } from "../persistence/database";
import { readDocumentsReusingTexts } from "../persistence/documents";
import { listProjects } from "../persistence/projects";
import { nameCollator } from "../core/text/names";
import { resolveCoder, useProjectCoding } from "./coderStore";
import { useStoredProjectCodings } from "./projectCodings";
import { useThrottledQuery } from "./throttledQuery";

export function useProjects(): Project[] | undefined {
  return useLiveQuery(() => listProjects(appDatabase()), []);
}

/**
 * A live query whose answer is only returned for the deps it was asked with: right after the deps
 * change, Dexie's hook still holds the previous answer (say, another document's codings), which
 * must never be mixed with the new one.
 */
function useLiveQueryFor<T>(query: () => Promise<T>, deps: (string | null)[]): T | undefined {
  const key = deps.join("\u001f");
  const result = useLiveQuery(async () => ({ key, value: await query() }), deps);
  return result && result.key === key ? result.value : undefined;
}

/** The project, null when it does not exist (e.g. deleted in another tab), undefined while loading. */
export function useProject(projectId: string | null): Project | undefined | null {
  return useLiveQueryFor(async () => (projectId ? ((await appDatabase().projects.get(projectId)) ?? null) : null), [projectId]);
}

/** Documents of a project without their text, sorted by name. */
export interface DocumentListItem {
  id: string;
  name: string;
  characters: number;
  sourceType: TextDocument["sourceType"];
  description?: string;
}

export function useDocumentList(projectId: string | null): DocumentListItem[] | undefined {
  return useThrottledQuery(["documents"], async () => {
    if (!projectId) return [];
    const documents = await appDatabase().documents.where("projectId").equals(projectId).toArray();
    return documents
      .map((d) => ({ id: d.id, name: d.name, characters: d.characters, sourceType: d.sourceType, description: d.description }))
      .sort((a, b) => nameCollator.compare(a.name, b.name));
  }, [projectId]);
}

export interface CaseSheetData {
  cases: Case[];
  attributes: AttributeDefinition[];
  links: CaseDocument[];
}

export function useCaseSheet(projectId: string | null): CaseSheetData | undefined {
  return useLiveQuery(async () => {
    if (!projectId) return { cases: [], attributes: [], links: [] };
    const db = appDatabase();
    const [cases, attributes, links] = await Promise.all([
      db.cases.where("projectId").equals(projectId).toArray(),
      db.attributes.where("projectId").equals(projectId).toArray(),
      db.caseDocuments.where("projectId").equals(projectId).toArray(),
    ]);
    cases.sort((a, b) => nameCollator.compare(a.name, b.name));
    attributes.sort((a, b) => a.order - b.order);
    return { cases, attributes, links };
  }, [projectId]);
}

/** The project's codes in codebook order (by parent, then order). */
export function useCodes(projectId: string | null): Code[] | undefined {
  return useLiveQuery(async () => {
    if (!projectId) return [];
    const codes = await appDatabase().codes.where("projectId").equals(projectId).toArray();
    return codes.sort((a, b) => a.order - b.order || nameCollator.compare(a.name, b.name));
  }, [projectId]);
}

/** The project's coders, sorted by name. */
export function useCoders(projectId: string | null): Coder[] | undefined {
  return useLiveQuery(async () => {
    if (!projectId) return [];
    const coders = await appDatabase().coders.where("projectId").equals(projectId).toArray();
    return coders.sort((a, b) => nameCollator.compare(a.name, b.name));
  }, [projectId]);
}

/** The codings to count: all, or under blind coding only the current coder's. */
function countedCodings(codings: Coding[], coders: readonly Coder[], choice: { blind: boolean; coderId: string | undefined }): Coding[] {
  if (!choice.blind) return codings;
  const coder = resolveCoder(coders, choice.coderId);
  return codings.filter((c) => c.coderId === coder?.id);
}

/** Every coding of the project (only mine under blind coding), for counts; kept up to date from each write. */
export function useProjectCodings(projectId: string | null): Coding[] | undefined {
  const choice = useProjectCoding(projectId);
  const codings = useStoredProjectCodings(projectId);
  const coders = useCoders(choice.blind ? projectId : null);
  const { blind, coderId } = choice;
  return useMemo(() => (codings && (!blind || coders) ? countedCodings(codings, coders ?? [], { blind, coderId }) : undefined), [codings, coders, blind, coderId]);
}

/** Two reads of the same documents: every field the same (the rich-text original compared field by field). */
function sameDocuments(a: readonly TextDocument[], b: readonly TextDocument[]): boolean {
  return a.length === b.length && a.every((d, i) => shallow({ ...d, richText: undefined }, { ...b[i]!, richText: undefined }) && shallow(d.richText, b[i]!.richText));
}

/**
 * Everything the analysis views count over (documents with their text; only my codings under blind
 * coding), re-read at most a few times a second. While no document changes, the documents stay the
 * same array, so that what depends on the texts alone (a search, word counts) is not redone after
 * every coding.
 */
export function useAnalysisInput(projectId: string | null): MatrixInput | undefined {
  const choice = useProjectCoding(projectId);
  const lastDocuments = useRef<TextDocument[]>([]);
  return useThrottledQuery(
    ["codes", "codings", "documents", "cases", "caseDocuments", "attributes", "coders"],
    async () => {
      const db = appDatabase();
      if (!projectId) return { codes: [], codings: [], documents: [], cases: [], caseDocuments: [], attributes: [], coders: [] };
      const all = <T>(table: { where(index: string): { equals(v: string): { toArray(): Promise<T[]> } } }) => table.where("projectId").equals(projectId).toArray();
      const [codes, codings, read, cases, caseDocuments, attributes, coders] = await Promise.all([
        all<Code>(db.codes),
        all<Coding>(db.codings),
        readDocumentsReusingTexts(db, projectId),
        all<Case>(db.cases),
        all<CaseDocument>(db.caseDocuments),
        all<AttributeDefinition>(db.attributes),
        all<Coder>(db.coders),
      ]);
      const documents = sameDocuments(lastDocuments.current, read) ? lastDocuments.current : read;
      lastDocuments.current = documents;
      return { codes, codings: countedCodings(codings, coders, choice), documents, cases, caseDocuments, attributes, coders };
    },
    [projectId, choice.blind, choice.coderId],
  );
}

/** The project's saved map views, by name. */
export function useMapViews(projectId: string | null): MapView[] | undefined {
  return useNamedRecords("mapViews", projectId);
}

/** The project's saved coding queries, by name. */
export function useSavedQueries(projectId: string | null): SavedQuery[] | undefined {
  return useNamedRecords("savedQueries", projectId);
}

interface NamedRecordTables {
  mapViews: MapView;
  savedQueries: SavedQuery;
}

/** A project's records of a table of named records, by name (then id, for equal names). */
function useNamedRecords<K extends keyof NamedRecordTables>(table: K, projectId: string | null): NamedRecordTables[K][] | undefined {
  return useLiveQuery(async () => {
    if (!projectId) return [];
    const records = (await appDatabase()[table].where("projectId").equals(projectId).toArray()) as NamedRecordTables[K][];
    return records.sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  }, [projectId, table]);
}
