// REFI-QDA project import: the project.qde XML of a .qdpx (or a bare .qde) read into a whole
// Telaah project, leniently with what real tools write and strictly with what would lose or
// misplace work. Records keep their GUIDs as ids, so exporting again gives the same GUIDs.
// Selection offsets are read as the producing tool counts them (producers.ts) and mapped onto
// the canonical text. Whatever cannot be carried is listed in the report. Broken references and
// offsets outside their source are refused with one FileProblem; nothing is half-read.
import { anchorPassage } from "../../core/model/anchor";
import type { Case, CaseDocument, Coder, Coding, Id, ProjectContent, TextDocument } from "../../core/model/types";
import { canonicalizeText } from "../../core/text/canonical";
import { OffsetIndex } from "../../core/text/offsets";
import { ProducerOffsetMap } from "../../core/text/producerOffsets";
import { FileProblem } from "../importTypes";
import { codesOf, readCodeTree } from "./codeTreeRead";
import { ReportCollector, type RefiImportReport } from "./importReport";
import { producerOf, type Producer } from "./producers";
import { carrySourceVariables, type SourceValues } from "./sourceVariables";
import { inferChoices, readVariables, readVariableValues } from "./variablesRead";
import { attribute, childElement, childElements, childText, parseXmlDocument, type XmlElement } from "./xmlRead";

export interface RefiTextSource {
  guid: string;
  name: string;
  plainTextPath: string | undefined;
  /** The text given inside the XML, if any. */
  inlineText: string | undefined;
}

/**
 * The raw text of a text source (BOM removed, line endings as written), or null when the project
 * holds no plain text for it. Throws a FileProblem when the text is referenced but missing.
 */
export type SourceTextResolver = (source: RefiTextSource) => string | null;

export interface RefiReadOptions {
  /** The import time: the date of records that carry none. */
  now: string;
  newId: () => Id;
}

export interface RefiImport {
  content: ProjectContent;
  report: RefiImportReport;
}

/** The coder of codings that name no user, when the project names none either. */
const FALLBACK_CODER_NAME = "me";

const OTHER_SOURCES: [element: string, kind: "pdfSources" | "pictureSources" | "audioSources" | "videoSources"][] = [
  ["PDFSource", "pdfSources"],
  ["PictureSource", "pictureSources"],
  ["AudioSource", "audioSources"],
  ["VideoSource", "videoSources"],
];

/** The root <Project> element of a project.qde, parsed (see xmlRead.ts). */
export function projectRoot(fileName: string, xml: string): XmlElement {
  return parseXmlDocument(fileName, xml, ["Project"]).element;
}

export function readRefiProject(fileName: string, root: XmlElement, resolveText: SourceTextResolver, options: RefiReadOptions): RefiImport {
  const origin = attribute(root, "origin")?.trim() ?? "";
  const producer = producerOf(origin);
  const report = new ReportCollector();
  const projectId = options.newId();
  const date = (value: string | undefined) => (value !== undefined && !Number.isNaN(Date.parse(value)) ? value.trim() : options.now);

  const coders = new CoderTable(root, projectId, options.newId, report);
  const { codes, droppedColors } = readCodeTree(fileName, codesOf(childElement(root, "CodeBook")), projectId);
  for (const color of droppedColors) report.add("droppedColors", color);
  const codeIds = new Set(codes.map((code) => code.id));
  const attributes = readVariables(fileName, childElement(root, "Variables"), projectId, report);
  const attributesById = new Map(attributes.map((a) => [a.id, a]));

  const sources = childElement(root, "Sources");
  const documents: TextDocument[] = [];
  const codings: Coding[] = [];
  const codingIds = new Set<Id>();
  const selectionDocument = new Map<string, Id>();
  const skippedSources = new Set<string>();
  const sourceValues: SourceValues[] = [];
  const skippedSelections = new Set<string>();
  const skipSelections = (node: XmlElement) => {
    for (const key of Object.keys(node).filter((k) => k.endsWith("Selection") || k === "Transcript")) {
      for (const selection of childElements(node, key)) {
        const guid = attribute(selection, "guid")?.trim();
        if (guid) skippedSelections.add(guid);
        skipSelections(selection);
      }
    }
  };

  for (const node of childElements(sources, "TextSource")) {
    const guid = attribute(node, "guid")?.trim();
    const path = sourcePathName(attribute(node, "plainTextPath"), guid);
    const name = attribute(node, "name")?.trim() || path?.replace(/\.[^.]*$/, "") || guid || "Untitled source";
    if (!guid) throw new FileProblem(fileName, `has a text source without a guid ("${name}")`);
    if (documents.some((d) => d.id === guid) || skippedSources.has(guid)) throw new FileProblem(fileName, `has two sources with the guid ${guid}`);
    const raw = resolveText({ guid, name, plainTextPath: attribute(node, "plainTextPath")?.trim(), inlineText: childText(node, "PlainTextContent") });
    const selections = childElements(node, "PlainTextSelection");
    if (raw === null) {
      skippedSources.add(guid);
      skipSelections(node);
      report.add("textSourcesWithoutText", name);
      report.add("sourceVariables", name, childElements(node, "VariableValue").length);
      report.add("codingsOfSkippedSources", name, selections.reduce((n, s) => n + childElements(s, "Coding").length, 0) + childElements(node, "Coding").length);
      continue;
    }
    const text = canonicalizeText(raw);
    const created = date(attribute(node, "creationDateTime"));
    const description = childText(node, "Description");
    documents.push({
      id: guid,
      projectId,
      name,
      text,
      sourceName: path ?? `${name}${extensionOf(attribute(node, "plainTextPath"))}`,
      sourceType: "project",
      created,
      modified: attribute(node, "modifiedDateTime") ? date(attribute(node, "modifiedDateTime")) : created,
      ...(description?.trim() ? { description } : {}),
    });
    sourceValues.push({ document: documents[documents.length - 1]!, values: readVariableValues(fileName, node, name, attributesById, report) });
    const offsets = new ProducerOffsetMap(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, producer.convention);
    const index = new OffsetIndex(text);
    const addCoding = (codingNode: XmlElement, start: number, end: number, inherited: { user?: string; created?: string }, where: string) => {
      const codeId = attribute(childElement(codingNode, "CodeRef"), "targetGUID")?.trim();
      if (!codeId || !codeIds.has(codeId)) throw new FileProblem(fileName, `codes ${where} with a code that does not exist (${codeId ?? "no CodeRef"})`);
      let id = attribute(codingNode, "guid")?.trim() || options.newId();
      if (codingIds.has(id)) id = options.newId();
      codingIds.add(id);
      codings.push({
        id,
        projectId,
        documentId: guid,
        codeId,
        start,
        end,
        coderId: coders.idFor(attribute(codingNode, "creatingUser") ?? inherited.user),
        created: date(attribute(codingNode, "creationDateTime") ?? inherited.created),
        ...anchorPassage(text, start, end, index),
      });
    };
    for (const selection of selections) {
      const selectionGuid = attribute(selection, "guid")?.trim();
      const where = `selection ${selectionGuid ?? "without a guid"} in "${name}"`;
      const [start, end] = selectionRange(fileName, selection, offsets, producer, where, name);
      if (selectionGuid) selectionDocument.set(selectionGuid, guid);
      const selectionCodings = childElements(selection, "Coding");
      if (start === end) {
        report.add("emptySelections", `${name} ${start}`);
        continue;
      }
      if (selectionCodings.length === 0) report.add("selectionsWithoutCode", `${name} ${start}–${end}`);
      const inherited = { user: attribute(selection, "creatingUser"), created: attribute(selection, "creationDateTime") };
      for (const codingNode of selectionCodings) addCoding(codingNode, start, end, inherited, where);
    }
    for (const codingNode of childElements(node, "Coding")) {
      report.add("wholeSourceCodings", name);
      addCoding(codingNode, 0, index.codePointLength, {}, `the whole of "${name}"`);
    }
  }
  for (const [element, kind] of OTHER_SOURCES) {
    for (const node of childElements(sources, element)) {
      const guid = attribute(node, "guid")?.trim();
      if (guid) skippedSources.add(guid);
      skipSelections(node);
      const name = attribute(node, "name")?.trim() || guid || element;
      report.add(kind, name);
      const selectionCodings = Object.keys(node)
        .filter((key) => key.endsWith("Selection") || key === "Transcript")
        .flatMap((key) => childElements(node, key))
        .flatMap((selection) => [selection, ...childElements(selection, "TranscriptSelection")])
        .reduce((n, selection) => n + childElements(selection, "Coding").length, 0);
      report.add("codingsOfSkippedSources", name, selectionCodings + childElements(node, "Coding").length);
    }
  }

  const documentIds = new Set(documents.map((d) => d.id));
  const cases: Case[] = [];
  const caseDocuments: CaseDocument[] = [];
  for (const node of childElements(childElement(root, "Cases"), "Case")) {
    const id = attribute(node, "guid")?.trim();
    const name = attribute(node, "name")?.trim() || id || "Unnamed case";
    if (!id) throw new FileProblem(fileName, `has a case without a guid ("${name}")`);
    if (cases.some((c) => c.id === id)) throw new FileProblem(fileName, `has two cases with the guid ${id}`);
    const description = childText(node, "Description");
    cases.push({
      id,
      projectId,
      name,
      attributes: readVariableValues(fileName, node, name, attributesById, report),
      ...(description?.trim() ? { description } : {}),
    });
    const linked = new Set<Id>();
    for (const ref of childElements(node, "SourceRef")) {
      const target = attribute(ref, "targetGUID")?.trim() ?? "";
      if (documentIds.has(target)) linked.add(target);
      else if (!skippedSources.has(target)) throw new FileProblem(fileName, `links case "${name}" to a source that does not exist (${target || "no targetGUID"})`);
    }
    for (const ref of childElements(node, "SelectionRef")) {
      const target = attribute(ref, "targetGUID")?.trim() ?? "";
      const documentId = selectionDocument.get(target);
      if (documentId) {
        linked.add(documentId);
        report.add("caseSelectionRefs", name);
      } else if (!skippedSelections.has(target)) {
        throw new FileProblem(fileName, `links case "${name}" to a selection that does not exist (${target || "no targetGUID"})`);
      }
    }
    for (const documentId of linked) caseDocuments.push({ projectId, caseId: id, documentId });
    if (childElements(node, "CodeRef").length > 0) report.add("caseCodeRefs", name, childElements(node, "CodeRef").length);
  }

  carrySourceVariables(sourceValues, cases, caseDocuments, options.newId, report);
  report.add("notes", undefined, childElements(childElement(root, "Notes"), "Note").length);
  report.add("sets", undefined, childElements(childElement(root, "Sets"), "Set").length);
  report.add("graphs", undefined, childElements(childElement(root, "Graphs"), "Graph").length);
  report.add("links", undefined, childElements(childElement(root, "Links"), "Link").length);

  const created = date(attribute(root, "creationDateTime"));
  const content: ProjectContent = {
    project: {
      id: projectId,
      name: attribute(root, "name")?.trim() || fileName.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "") || "Imported project",
      created,
      modified: attribute(root, "modifiedDateTime") ? date(attribute(root, "modifiedDateTime")) : created,
    },
    coders: coders.list(),
    documents,
    codes,
    codings,
    attributes: inferChoices(attributes, cases),
    cases,
    caseDocuments,
  };
  return { content, report: { origin, producer: producer.kind, items: report.items() } };
}

/** A selection's canonical [start, end), or a FileProblem when it is unreadable or outside its source. */
function selectionRange(fileName: string, selection: XmlElement, offsets: ProducerOffsetMap, producer: Producer, where: string, source: string): [number, number] {
  const startText = attribute(selection, "startPosition")?.trim() ?? "";
  const endText = attribute(selection, "endPosition")?.trim() ?? "";
  if (!/^\d+$/.test(startText) || !/^\d+$/.test(endText)) {
    throw new FileProblem(fileName, `has a ${where} without valid start and end positions`);
  }
  const [from, to] = [Number(startText), Number(endText)];
  const start = from <= to ? offsets.start(from) : null;
  const end = from <= to ? offsets.end(to) : null;
  if (start === null || end === null) {
    const unit = producer.convention.unit === "utf16" ? "UTF-16 units" : "characters";
    throw new FileProblem(fileName, `has a ${where} at ${from}–${to}, outside "${source}" (${offsets.length} ${unit} long)`);
  }
  return [start, end];
}

/** The project's users as coders, and a coder for every user a coding names that the list lacks. */
class CoderTable {
  private readonly coders: Coder[] = [];
  private readonly byGuid = new Map<string, Id>();
  private fallbackGuid: string | undefined;

  constructor(
    root: XmlElement,
    private readonly projectId: Id,
    private readonly newId: () => Id,
    private readonly report: ReportCollector,
  ) {
    for (const user of childElements(childElement(root, "Users"), "User")) {
      const guid = attribute(user, "guid")?.trim();
      if (!guid || this.byGuid.has(guid)) continue;
      this.add(guid, attribute(user, "name")?.trim() || attribute(user, "id")?.trim() || guid);
    }
    const named = [attribute(root, "creatingUserGUID"), attribute(root, "modifyingUserGUID")].map((g) => g?.trim());
    this.fallbackGuid = named.find((guid) => guid !== undefined && this.byGuid.has(guid)) ?? this.coders[0]?.id;
  }

  /** The coder of a user GUID (undefined: the project's own user, else the first, else a new one). */
  idFor(guid: string | undefined): Id {
    const key = guid?.trim() || this.fallbackGuid;
    if (key === undefined) {
      this.fallbackGuid = this.add(this.newId(), FALLBACK_CODER_NAME);
      return this.fallbackGuid;
    }
    const known = this.byGuid.get(key);
    if (known !== undefined) return known;
    this.report.add("unknownUsers", key);
    return this.add(key, key);
  }

  list(): Coder[] {
    return this.coders;
  }

  private add(guid: string, name: string): Id {
    this.coders.push({ id: guid, projectId: this.projectId, name });
    this.byGuid.set(guid, guid);
    return guid;
  }
}

/** The file name of a source's plainTextPath, unless it is only an id (`internal://<guid>.txt`): what the producer called the file. */
function sourcePathName(plainTextPath: string | undefined, guid: string | undefined): string | undefined {
  const file = plainTextPath?.trim().replace(/^.*[/\\]/, "");
  const stem = file?.replace(/\.[^.]*$/, "");
  if (!file || !stem) return undefined;
  const isId = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i.test(stem) || stem.toLowerCase() === guid?.toLowerCase();
  return isId ? undefined : file;
}

function extensionOf(path: string | undefined): string {
  return /\.[^./\\]*$/.exec(path?.trim() ?? "")?.[0] ?? "";
}
