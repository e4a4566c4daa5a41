// REFI-QDA project import: the project.qde XML of a .qdpx (or a bare .qde) read into a whole
// Telaah project, leniently with what real tools write and strictly with what would lose or
// misplace work. Records keep their GUIDs as ids, so exporting again gives the same GUIDs.
// Selection offsets are read as the producing tool counts them (producers.ts) and mapped onto
// the canonical text. Whatever cannot be carried is listed in the report. Broken references and
// offsets outside their source are refused with one FileProblem; nothing is half-read.
// Selections keep their GUID, name, users and dates on their codings (so that they are written back
// as they were); dates a file does not give stay absent. Notes come in as memos (notesRead.ts).
import { anchorPassage, type PassageAnchor } from "../../core/model/anchor";
import type { Case, CaseDocument, Coder, Coding, Id, ProjectContent, RichText, SelectionInfo, TextDocument } from "../../core/model/types";
import { bytesToBase64, textFingerprint } from "../base64";
import { canonicalizeText } from "../../core/text/canonical";
import { OffsetIndex } from "../../core/text/offsets";
import { ProducerOffsetMap } from "../../core/text/producerOffsets";
import { FileProblem } from "../importTypes";
import { codesOf, readCodeTree } from "./codeTreeRead";
import { ReportCollector, type RefiImportReport } from "./importReport";
import { producerOf, type Producer } from "./producers";
import { readNotes, type NoteTarget } from "./notesRead";
import { richTextFile } from "./richTextFile";
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

/** The bytes of a file the project names (a rich-text original), or null when the project does not hold it. */
export type SourceFileResolver = (path: string) => Uint8Array | null;

export interface RefiReadOptions {
  /** The import time: the project's modification time when the file gives none. */
  now: string;
  newId: () => Id;
  /**
   * False to leave each coding's quote and context empty, for a reader that only counts (the
   * command line's matrix and co-occurrence); they are kept by default.
   */
  anchors?: boolean;
}

export interface RefiImport {
  content: ProjectContent;
  report: RefiImportReport;
}

/** The coder of codings that name no user, when the project names none either. */
const FALLBACK_CODER_NAME = "Coder 1";

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

export function readRefiProject(
  fileName: string,
  root: XmlElement,
  resolveText: SourceTextResolver,
  options: RefiReadOptions,
  resolveFile: SourceFileResolver = () => null,
): RefiImport {
  const origin = attribute(root, "origin")?.trim() ?? "";
  const producer = producerOf(origin);
  const report = new ReportCollector();
  const projectId = options.newId();
  /** The last date read, which most records that follow repeat: it is not parsed again. */
  let lastDate: string | undefined;
  /** A record's date as the file gives it; absent when it gives none, or one that is not a date (reported). */
  const date = (node: XmlElement, name: string, record: string | (() => string)): string | undefined => {
    const value = attribute(node, name)?.trim();
    if (value === undefined || value === "") return undefined;
    if (value === lastDate) return value;
    if (Number.isNaN(Date.parse(value))) {
      report.add("unreadableDates", `${name}="${value}" of ${typeof record === "string" ? record : record()}`);
      return undefined;
    }
    lastDate = value;
    return value;
  };

  const coders = new CoderTable(root, projectId, options.newId, report);
  const { codes, droppedColors, noteRefs: codeNoteRefs } = readCodeTree(fileName, codesOf(childElement(root, "CodeBook")), projectId);
  for (const color of droppedColors) report.add("droppedColors", color);
  const noteTargets: NoteTarget[] = codeNoteRefs.map(({ codeId, noteGuid }) => ({ noteGuid, link: { kind: "code", id: codeId }, where: `code ${codeId}` }));
  /** The NoteRefs of an element, each a link of the note to these records (both told only when there are any). */
  const noteRefsOf = (node: XmlElement, linksOf: () => NoteTarget["link"][], whereOf: () => string) => {
    const refs = childElements(node, "NoteRef");
    if (refs.length === 0) return;
    const [links, where] = [linksOf(), whereOf()];
    for (const ref of refs) {
      const noteGuid = attribute(ref, "targetGUID")?.trim() ?? "";
      if (links.length === 0) report.add("noteRefs", where);
      for (const link of links) noteTargets.push({ noteGuid, link, where });
    }
  };
  const codeIds = new Set(codes.map((code) => code.id));
  const attributes = readVariables(fileName, childElement(root, "Variables"), projectId, report);
  const attributesById = new Map(attributes.map((a) => [a.id, a]));

  const sources = childElement(root, "Sources");
  const documents: TextDocument[] = [];
  const codings: Coding[] = [];
  const codingIds = new Set<Id>();
  // Each selection's GUID and its document, in file order, made into a map when a case's SelectionRef first asks.
  const selectionGuids: string[] = [];
  const selectionDocuments: Id[] = [];
  let selectionDocument: Map<string, Id> | undefined;
  const documentOfSelection = (target: string) => (selectionDocument ??= new Map(selectionGuids.map((g, i) => [g, selectionDocuments[i]!]))).get(target);
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
    if (!guid) throw new FileProblem(fileName, "sourceWithoutGuid", { name });
    if (documents.some((d) => d.id === guid) || skippedSources.has(guid)) throw new FileProblem(fileName, "sourceGuidTwice", { guid });
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
    const description = childText(node, "Description");
    const richTextPath = attribute(node, "richTextPath")?.trim();
    documents.push({
      id: guid,
      projectId,
      name,
      text,
      sourceName: path ?? `${name}${extensionOf(attribute(node, "plainTextPath"))}`,
      sourceType: "project",
      // The project's order of documents is the order of its <Sources>.
      position: documents.length,
      ...defined({
        created: date(node, "creationDateTime", `source "${name}"`),
        modified: date(node, "modifiedDateTime", `source "${name}"`),
        creatingUser: coders.userOf(attribute(node, "creatingUser")),
        modifyingUser: coders.userOf(attribute(node, "modifyingUser")),
        description: description?.trim() ? description : undefined,
        richText: richTextPath ? richTextOf(richTextPath, resolveFile, name, text, report) : undefined,
      }),
    });
    sourceValues.push({ document: documents[documents.length - 1]!, values: readVariableValues(fileName, node, name, attributesById, report) });
    const offsets = new ProducerOffsetMap(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, producer.convention);
    // Built when first needed: a reader that only counts needs it for whole-source codings alone.
    let index: OffsetIndex | undefined;
    const indexOf = () => (index ??= new OffsetIndex(text));
    const addCoding = (codingNode: XmlElement, start: number, end: number, anchor: PassageAnchor, inherited: Inherited, where: () => string, selectionName?: string): Id => {
      const codeId = attribute(childElement(codingNode, "CodeRef"), "targetGUID")?.trim();
      if (!codeId || !codeIds.has(codeId)) {
        const values = { source: name, code: codeId ?? "no CodeRef" };
        throw selectionName === undefined ? new FileProblem(fileName, "wholeSourceCodingOfMissingCode", values) : new FileProblem(fileName, "codingOfMissingCode", { ...values, selection: selectionName });
      }
      let id = attribute(codingNode, "guid")?.trim() || options.newId();
      if (codingIds.has(id)) id = options.newId();
      codingIds.add(id);
      const coderId = coders.idFor(attribute(codingNode, "creatingUser") ?? inherited.user);
      const coding: Coding = { id, projectId, documentId: guid, codeId, start, end, coderId, quote: anchor.quote, before: anchor.before, after: anchor.after };
      const created = date(codingNode, "creationDateTime", () => `coding ${id} in "${name}"`);
      if (created !== undefined) coding.created = created;
      if (inherited.selection !== undefined) coding.selection = inherited.selection;
      codings.push(coding);
      noteRefsOf(codingNode, () => [{ kind: "coding", id }], where);
      return id;
    };
    const anchorOf = (start: number, end: number) => (options.anchors === false ? NO_ANCHOR : anchorPassage(text, start, end, indexOf()));
    for (const selection of selections) {
      const selectionGuid = attribute(selection, "guid")?.trim();
      const where = () => `selection ${selectionGuid ?? "without a guid"} in "${name}"`;
      const place = { selection: selectionGuid ?? "—", source: name };
      const [start, end] = selectionRange(fileName, selection, offsets, producer, place);
      if (selectionGuid) {
        selectionGuids.push(selectionGuid);
        selectionDocuments.push(guid);
      }
      const selectionCodings = childElements(selection, "Coding");
      if (start === end) {
        report.add("emptySelections", `${name} ${start}`);
        continue;
      }
      if (selectionCodings.length === 0) report.add("selectionsWithoutCode", `${name} ${start}–${end}`);
      const inherited: Inherited = {
        user: attribute(selection, "creatingUser"),
        selection: selectionGuid ? selectionInfo(selectionGuid, selection, coders, (attr) => date(selection, attr, where)) : undefined,
      };
      const anchor = anchorOf(start, end);
      const added = selectionCodings.map((codingNode) => addCoding(codingNode, start, end, anchor, inherited, where, place.selection));
      // A note on a selection is a memo on each of its codings (a selection without any has nothing to carry it).
      noteRefsOf(selection, () => added.map((id) => ({ kind: "coding", id })), where);
    }
    noteRefsOf(node, () => [{ kind: "document", id: guid }], () => `source "${name}"`);
    for (const codingNode of childElements(node, "Coding")) {
      report.add("wholeSourceCodings", name);
      const length = indexOf().codePointLength;
      addCoding(codingNode, 0, length, anchorOf(0, length), {}, () => `the whole of "${name}"`);
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
    if (!id) throw new FileProblem(fileName, "caseWithoutGuid", { name });
    if (cases.some((c) => c.id === id)) throw new FileProblem(fileName, "caseGuidTwice", { guid: id });
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
      else if (!skippedSources.has(target)) throw new FileProblem(fileName, "caseToMissingSource", { name, target: target || "no targetGUID" });
    }
    for (const ref of childElements(node, "SelectionRef")) {
      const target = attribute(ref, "targetGUID")?.trim() ?? "";
      const documentId = documentOfSelection(target);
      if (documentId) {
        linked.add(documentId);
        report.add("caseSelectionRefs", name);
      } else if (!skippedSelections.has(target)) {
        throw new FileProblem(fileName, "caseToMissingSelection", { name, target: target || "no targetGUID" });
      }
    }
    for (const documentId of linked) caseDocuments.push({ projectId, caseId: id, documentId });
    if (childElements(node, "CodeRef").length > 0) report.add("caseCodeRefs", name, childElements(node, "CodeRef").length);
  }

  carrySourceVariables(sourceValues, cases, caseDocuments, options.newId, report);
  report.add("sets", undefined, childElements(childElement(root, "Sets"), "Set").length);
  report.add("graphs", undefined, childElements(childElement(root, "Graphs"), "Graph").length);

  noteRefsOf(root, () => [{ kind: "project", id: projectId }], () => "the project");
  // Made when a note first asks (a project without notes never does).
  let kinds: Map<string, NoteTarget["link"]["kind"]> | undefined;
  const kindOf = (guid: string) =>
    (kinds ??= new Map<string, NoteTarget["link"]["kind"]>([
      ...codes.map((c) => [c.id, "code"] as const),
      ...documents.map((d) => [d.id, "document"] as const),
      ...cases.map((c) => [c.id, "case"] as const),
      ...codings.map((c) => [c.id, "coding"] as const),
    ])).get(guid);
  const memos = readNotes(root, noteTargets, {
    projectId,
    resolveText,
    resolveFile,
    report,
    coderOf: (guid) => coders.idFor(guid),
    date,
    kindOf,
  });
  const created = date(root, "creationDateTime", "the project");
  const content: ProjectContent = {
    project: {
      id: projectId,
      name: attribute(root, "name")?.trim() || fileName.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "") || "Imported project",
      // The project's last change: as the file says, else its creation, else this import.
      modified: date(root, "modifiedDateTime", "the project") ?? created ?? options.now,
      ...defined({
        created,
        creatingUser: attribute(root, "creatingUserGUID")?.trim() || undefined,
        modifyingUser: attribute(root, "modifyingUserGUID")?.trim() || undefined,
        basePath: attribute(root, "basePath"),
        description: childText(root, "Description")?.trim() || undefined,
      }),
    },
    coders: coders.list(),
    documents,
    codes,
    codings,
    attributes: inferChoices(attributes, cases),
    cases,
    caseDocuments,
    ...(memos.length > 0 ? { memos } : {}),
  };
  return { content, report: { origin, producer: producer.kind, items: report.items() } };
}

/** The object without its undefined properties (the model leaves an unknown value absent). */
function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** What a <PlainTextSelection> is, apart from its place: kept on each of its codings. */
function selectionInfo(guid: string, selection: XmlElement, coders: CoderTable, date: (attribute: string) => string | undefined): SelectionInfo {
  const info: SelectionInfo = { guid };
  const name = attribute(selection, "name");
  if (name !== undefined) info.name = name;
  const description = childText(selection, "Description");
  if (description?.trim()) info.description = description;
  const creatingUser = coders.userOf(attribute(selection, "creatingUser"));
  if (creatingUser !== undefined) info.creatingUser = creatingUser;
  const created = date("creationDateTime");
  if (created !== undefined) info.created = created;
  const modifyingUser = coders.userOf(attribute(selection, "modifyingUser"));
  if (modifyingUser !== undefined) info.modifyingUser = modifyingUser;
  const modified = date("modifiedDateTime");
  if (modified !== undefined) info.modified = modified;
  return info;
}

interface Inherited {
  /** The selection's creating user, the coder of a coding that names none. */
  user?: string | undefined;
  selection?: SelectionInfo | undefined;
}

/** The anchor of codings read for counting only (RefiReadOptions.anchors false). */
const NO_ANCHOR: PassageAnchor = { quote: "", before: "", after: "" };

/** A source's rich-text original: its path, and its bytes when the archive holds them (else reported). */
function richTextOf(path: string, resolveFile: SourceFileResolver, source: string, text: string, report: ReportCollector): RichText {
  const bytes = richTextFile(path, resolveFile, report, source);
  if (bytes === null) return { path };
  return { path, docx: bytesToBase64(bytes), text: textFingerprint(text) };
}

/** A selection's canonical [start, end), or a FileProblem when it is unreadable or outside its source. */
function selectionRange(fileName: string, selection: XmlElement, offsets: ProducerOffsetMap, producer: Producer, place: { selection: string; source: string }): [number, number] {
  const startText = attribute(selection, "startPosition")?.trim() ?? "";
  const endText = attribute(selection, "endPosition")?.trim() ?? "";
  if (!/^\d+$/.test(startText) || !/^\d+$/.test(endText)) {
    throw new FileProblem(fileName, "selectionWithoutPositions", place);
  }
  const [from, to] = [Number(startText), Number(endText)];
  const start = from <= to ? offsets.start(from) : null;
  const end = from <= to ? offsets.end(to) : null;
  if (start === null || end === null) {
    const values = { ...place, from: String(from), to: String(to), length: String(offsets.length) };
    throw new FileProblem(fileName, producer.convention.unit === "utf16" ? "selectionOutsideUtf16" : "selectionOutside", values);
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
      const shortId = attribute(user, "id")?.trim();
      if (shortId && attribute(user, "name")?.trim()) report.add("userIds", `${attribute(user, "name")?.trim()} (${shortId})`);
      this.add(guid, attribute(user, "name")?.trim() || attribute(user, "id")?.trim() || guid);
    }
    const named = [attribute(root, "creatingUserGUID"), attribute(root, "modifyingUserGUID")].map((g) => g?.trim());
    this.fallbackGuid = named.find((guid) => guid !== undefined && this.byGuid.has(guid)) ?? this.coders[0]?.id;
  }

  /** The coder of a user GUID a record names, or undefined when it names none. */
  userOf(guid: string | undefined): Id | undefined {
    return guid?.trim() ? this.idFor(guid) : undefined;
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
