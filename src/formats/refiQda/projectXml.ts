// REFI-QDA project export: the `project.qde` XML of a project (namespace urn:QDA-XML:project:1.0),
// valid against fixtures/refi-qda/Project-mrt2019.xsd. Offsets are stored as Unicode code points,
// half-open, over the canonical (LF) text, REFI-QDA's PlainTextSelection convention; they are
// written as the export's target counts them (producers.ts), converted once per text. Imported
// selections are written back with their GUID, name, users, dates and codings; codings made in
// Telaah on one passage by one coder form one selection. Users are the project's coders; dates
// a record lacks stay absent; the project's modifiedDateTime is its last change, so the output
// depends on the content alone: the same content gives the same XML. Memos go out as <Notes> with
// NoteRefs from what they annotate (notesXml.ts).

import { codeChildren } from "../../core/analysis/codebookRows";
import { stableId } from "../../core/model/ids";
import { codePointLength } from "../../core/text/offsets";
import { ProducerPositions } from "../../core/text/producerOffsets";
import { textFingerprint } from "../base64";
import { noteXmlParts, type NoteXmlParts } from "./notesXml";
import { exportTargetSpec, type ExportTarget, type ExportTargetSpec } from "./producers";
import { elementXml, endTagXml, startTagXml, XML_DECLARATION, type XmlNode } from "./xmlWrite";
import type {
  AttributeDefinition,
  AttributeValue,
  Code,
  Coding,
  Id,
  ProjectContent,
  SelectionInfo,
  TextDocument,
} from "../../core/model/types";

export const REFI_PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

export interface RefiExportOptions {
  /** The tool the file is for, which decides how positions are counted; the standard's code points when absent. */
  target?: ExportTarget;
}

const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** The REFI-QDA GUID of a record id: the id itself when it is GUID-shaped, else one derived from it. */
export function refiGuid(id: Id): string {
  return GUID.test(id) ? id : stableId("refi", id);
}

/** The GUID of the PlainTextSelection of a coding, from the Coding's own GUID (and distinct from it). */
export function refiSelectionGuid(codingGuid: string): string {
  return stableId("refi-selection", codingGuid);
}

/** The path of a document's text inside the .qdpx archive, as `sources/<guid>.txt`. */
export function refiSourceFileName(document: TextDocument): string {
  return `${refiGuid(document.id)}.txt`;
}

/**
 * The rich-text original to write with a document: the one it was imported with, unless its text
 * was edited since (then the original no longer goes with it and is left out).
 */
function richTextOf(document: TextDocument): TextDocument["richText"] {
  const richText = document.richText;
  return richText && (richText.text === undefined || richText.text === textFingerprint(document.text)) ? richText : undefined;
}

/** The archive entry of a document's rich-text original, when it has one inside the archive (`internal://x.docx` → `sources/x.docx`). */
export function refiRichTextEntry(document: TextDocument): string | null {
  const richText = richTextOf(document);
  const path = richText?.docx !== undefined ? richText.path : undefined;
  if (path === undefined || !/^internal:\/\//i.test(path)) return null;
  const name = path.replace(/^internal:\/\//i, "").replace(/\\/g, "/").replace(/^(?:\.\/|\/)+/, "");
  return name === "" || name.split("/").includes("..") ? null : `sources/${name}`;
}

// Characters XML 1.0 cannot carry at all (controls other than tab, LF and CR; lone surrogates; U+FFFE/F).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD");
}

/** Attribute values: XML parsers fold tab, CR and LF to spaces anyway, so do it here, visibly. */
function xmlAttr(value: string): string {
  return xmlText(value).replace(/[\t\n\r]/g, " ");
}

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A record's date as an xsd:dateTime attribute, or nothing when it has none (or one that is not a dateTime). */
function dateTimeAttr(name: string, value: string | undefined): XmlNode {
  return value !== undefined && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? { [`@_${name}`]: value } : {};
}

/** A user GUID attribute, or nothing. */
function userAttr(name: string, id: Id | undefined): XmlNode {
  return id === undefined ? {} : { [`@_${name}`]: refiGuid(id) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function xsdDate(value: AttributeValue): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  const match = DATE.exec(trimmed.slice(0, 10));
  if (!match || (trimmed.length > 10 && !DATE_TIME.test(trimmed))) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return trimmed.slice(0, 10);
}

function numberOf(value: AttributeValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** A finite number as an xsd:decimal (no exponent). */
function decimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = "", exponentText = "0"] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let result: string;
  if (point <= 0) result = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + "0".repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + result;
}

type VariableKind = "Text" | "Integer" | "Float" | "Date";

function variableKind(attribute: AttributeDefinition, content: ProjectContent): VariableKind {
  switch (attribute.type) {
    case "number": {
      const values = content.cases.map((c) => numberOf(c.attributes[attribute.id] ?? null)).filter((v) => v !== null);
      return values.every((v) => Number.isInteger(v) && Number.isSafeInteger(v)) ? "Integer" : "Float";
    }
    case "date":
      return "Date";
    default:
      return "Text";
  }
}


function valueNode(kind: VariableKind, value: AttributeValue): XmlNode | null {
  if (value === null || value === "") return null;
  switch (kind) {
    case "Integer": {
      const n = numberOf(value);
      return n === null ? null : { IntegerValue: decimal(n) };
    }
    case "Float": {
      const n = numberOf(value);
      return n === null ? null : { FloatValue: decimal(n) };
    }
    case "Date": {
      const date = xsdDate(value);
      return date === null ? null : { DateValue: date };
    }
    default:
      return { TextValue: xmlText(String(value)) };
  }
}

function byOrderThenName<T extends { order: number; name: string; id: Id }>(a: T, b: T): number {
  return a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The code tree as nested <Code> elements (the same in project.qde and in a .qdc codebook). */
export function codeNodes(allCodes: readonly Code[], noteRefs?: (codeId: Id) => XmlNode[] | undefined): XmlNode[] {
  // A code whose parent is missing is shown at the top level rather than lost.
  const children = codeChildren(allCodes);
  const visited = new Set<Id>();
  const build = (parent: Id | null): XmlNode[] =>
    (children.get(parent) ?? [])
      .filter((code) => !visited.has(code.id))
      .map((code) => {
        visited.add(code.id);
        const node: XmlNode = {
          "@_guid": refiGuid(code.id),
          "@_name": xmlAttr(code.name),
          "@_isCodable": "true",
        };
        if (code.color !== null && /^#[0-9a-fA-F]{6}$/.test(code.color)) node["@_color"] = code.color.toUpperCase();
        if (code.description.trim() !== "") node.Description = xmlText(code.description);
        const refs = noteRefs?.(code.id);
        if (refs) node.NoteRef = refs;
        const nested = build(code.id);
        if (nested.length > 0) node.Code = nested;
        return node;
      });
  return build(null);
}

const SELECTION_NAME_LENGTH = 60;

/** A selection's name: its first 60 code points, with an ellipsis when the quote is longer. */
function selectionName(quote: string): string {
  let units = 0;
  for (let points = 0; points < SELECTION_NAME_LENGTH && units < quote.length; points++) units += quote.codePointAt(units)! > 0xffff ? 2 : 1;
  return units < quote.length ? `${quote.slice(0, units)}…` : quote;
}

/** The project.qde XML of a project. */
export function projectQde(content: ProjectContent, options: RefiExportOptions): string {
  let xml = "";
  for (const chunk of projectQdeChunks(content, options)) xml += chunk;
  return xml;
}

/**
 * The project.qde XML in pieces, written as they are asked for: the head (users, codebook,
 * variables, cases), then one piece per text source, so that a large project can be compressed
 * while it is still being written.
 */
export function* projectQdeChunks(content: ProjectContent, options: RefiExportOptions = {}): Generator<string> {
  const target = exportTargetSpec(options.target ?? "standard");
  const users: XmlNode[] = content.coders.map((coder) => ({ "@_guid": refiGuid(coder.id), "@_name": xmlAttr(coder.name) }));
  const codeIds = new Set(content.codes.map((code) => code.id));
  const known = new Map<Id, string>();
  const guidOf = (id: Id): string => {
    let guid = known.get(id);
    if (guid === undefined) known.set(id, (guid = refiGuid(id)));
    return guid;
  };

  const { project: record } = content;
  const project: XmlNode = {
    "@_xmlns": REFI_PROJECT_NAMESPACE,
    "@_name": xmlAttr(record.name),
    "@_origin": target.origin,
    ...userAttr("creatingUserGUID", record.creatingUser),
    ...dateTimeAttr("creationDateTime", record.created),
    ...userAttr("modifyingUserGUID", record.modifyingUser),
    ...dateTimeAttr("modifiedDateTime", record.modified),
    ...(record.basePath !== undefined ? { "@_basePath": xmlAttr(record.basePath) } : {}),
  };
  if (users.length > 0) project.Users = { User: users };

  const notes = noteXmlParts(content, guidOf, xmlText, xmlAttr, dateTimeAttr);
  const codes = codeNodes(content.codes, (id) => notes.refs("code", id));
  if (codes.length > 0) project.CodeBook = { Codes: { Code: codes } };

  const attributes = content.attributes.slice().sort(byOrderThenName);
  const kinds = new Map(attributes.map((attribute) => [attribute.id, variableKind(attribute, content)]));
  if (attributes.length > 0) {
    project.Variables = {
      Variable: attributes.map((attribute) => ({
        "@_guid": refiGuid(attribute.id),
        "@_name": xmlAttr(attribute.name),
        "@_typeOfVariable": kinds.get(attribute.id),
      })),
    };
  }

  const documentIds = new Set(content.documents.map((document) => document.id));
  const cases = content.cases.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  if (cases.length > 0) {
    project.Cases = {
      Case: cases.map((kase) => {
        const node: XmlNode = { "@_guid": refiGuid(kase.id), "@_name": xmlAttr(kase.name) };
        if (kase.description?.trim()) node.Description = xmlText(kase.description);
        const values: XmlNode[] = [];
        for (const attribute of attributes) {
          const value = valueNode(kinds.get(attribute.id) ?? "Text", kase.attributes[attribute.id] ?? null);
          if (value) values.push({ VariableRef: { "@_targetGUID": refiGuid(attribute.id) }, ...value });
        }
        if (values.length > 0) node.VariableValue = values;
        const sources = [
          ...new Set(
            content.caseDocuments
              .filter((link) => link.caseId === kase.id && documentIds.has(link.documentId))
              .map((link) => refiGuid(link.documentId)),
          ),
        ].sort();
        if (sources.length > 0) node.SourceRef = sources.map((guid) => ({ "@_targetGUID": guid }));
        return node;
      }),
    };
  }

  yield XML_DECLARATION + startTagXml("Project", project, "");
  for (const section of ["Users", "CodeBook", "Variables", "Cases"]) {
    if (project[section] !== undefined) yield elementXml(section, project[section], "  ");
  }
  if (content.documents.length > 0) {
    const codingsByDocument = new Map<Id, Coding[]>();
    for (const coding of content.codings) {
      if (coding.orphaned || !codeIds.has(coding.codeId)) continue;
      const list = codingsByDocument.get(coding.documentId) ?? [];
      list.push(coding);
      codingsByDocument.set(coding.documentId, list);
    }
    yield startTagXml("Sources", {}, "  ");
    for (const document of content.documents) {
      yield elementXml("TextSource", textSourceNode(document, codingsByDocument.get(document.id) ?? [], guidOf, target, notes), "    ");
    }
    yield endTagXml("Sources", "  ");
  }
  if (notes.notes) yield elementXml("Notes", notes.notes, "  ");
  if (notes.links) yield elementXml("Links", notes.links, "  ");
  // After the notes and links, where the schema puts it.
  if (record.description?.trim()) yield elementXml("Description", xmlText(record.description), "  ");
  for (const ref of notes.refs("project", record.id) ?? []) yield elementXml("NoteRef", ref, "  ");
  yield endTagXml("Project", "");
}

/** A document as a <TextSource>, with its codings in <PlainTextSelection>s (see selectionGroups). */
function textSourceNode(document: TextDocument, documentCodings: Coding[], guidOf: (id: Id) => string, target: ExportTargetSpec, notes: NoteXmlParts): XmlNode {
  const length = codePointLength(document.text);
  const node: XmlNode = {
    "@_guid": refiGuid(document.id),
    "@_name": xmlAttr(document.name),
    ...(richTextOf(document) ? { "@_richTextPath": xmlAttr(richTextOf(document)!.path) } : {}),
    "@_plainTextPath": `internal://${refiSourceFileName(document)}`,
    ...userAttr("creatingUser", document.creatingUser),
    ...dateTimeAttr("creationDateTime", document.created),
    ...userAttr("modifyingUser", document.modifyingUser),
    ...dateTimeAttr("modifiedDateTime", document.modified),
  };
  if (document.description?.trim()) node.Description = xmlText(document.description);
  const codings = documentCodings.filter((coding) => coding.start >= 0 && coding.start <= coding.end && coding.end <= length);
  if (codings.length > 0) {
    const positions = new ProducerPositions(document.text, target.convention, target.lineBreak);
    node.PlainTextSelection = selectionGroups(codings, guidOf).map(({ guid, info, start, end, codings: members }) => {
      const first = members[0]!;
      const selection: XmlNode = {
        "@_guid": guid,
        ...(info ? (info.name !== undefined ? { "@_name": xmlAttr(info.name) } : {}) : { "@_name": xmlAttr(selectionName(first.quote)) }),
        "@_startPosition": String(positions.position(start)),
        "@_endPosition": String(positions.position(end)),
        ...(info
          ? {
              ...userAttr("creatingUser", info.creatingUser),
              ...dateTimeAttr("creationDateTime", info.created),
              ...userAttr("modifyingUser", info.modifyingUser),
              ...dateTimeAttr("modifiedDateTime", info.modified),
            }
          : { "@_creatingUser": guidOf(first.coderId), ...dateTimeAttr("creationDateTime", earliest(members)) }),
      };
      if (info?.description?.trim()) selection.Description = xmlText(info.description);
      const refs = notes.selectionRefs(members.map((coding) => coding.id));
      selection.Coding = members.map((coding) => ({
        "@_guid": guidOf(coding.id),
        "@_creatingUser": guidOf(coding.coderId),
        ...dateTimeAttr("creationDateTime", coding.created),
        CodeRef: { "@_targetGUID": guidOf(coding.codeId) },
        NoteRef: refs.coding(coding.id),
      }));
      selection.NoteRef = refs.selection;
      return selection;
    });
  }
  node.NoteRef = notes.refs("document", document.id);
  return node;
}

interface SelectionGroup {
  guid: string;
  /** The imported selection, written back as it was; absent for a selection made in Telaah. */
  info: SelectionInfo | undefined;
  start: number;
  end: number;
  codings: Coding[];
}

/**
 * A document's codings as selections. Codings of one imported selection stay together while they
 * keep its place (one that was moved since starts a selection of its own). Codings made in Telaah
 * join the imported selection of their passage that their coder made or codes in, or else make
 * one selection per passage and coder, its GUID derived from its first coding's.
 */
function selectionGroups(codings: Coding[], guidOf: (id: Id) => string): SelectionGroup[] {
  const sorted = codings.slice().sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, SelectionGroup>();
  const imported = new Map<string, SelectionGroup[]>();
  const guidsTaken = new Set<string>();
  for (const coding of sorted) {
    const info = coding.selection;
    if (!info) continue;
    const key = `${info.guid}\u001f${coding.start}\u001f${coding.end}`;
    let group = groups.get(key);
    if (!group) {
      const guid = guidsTaken.has(info.guid) ? stableId("refi-selection", key) : info.guid;
      guidsTaken.add(info.guid);
      group = { guid, info: guid === info.guid ? info : undefined, start: coding.start, end: coding.end, codings: [] };
      groups.set(key, group);
      const place = `${coding.start}\u001f${coding.end}`;
      imported.set(place, [...(imported.get(place) ?? []), group]);
    }
    group.codings.push(coding);
  }
  for (const coding of sorted) {
    if (coding.selection) continue;
    const here = imported.get(`${coding.start}\u001f${coding.end}`) ?? [];
    const joined = here.find((g) => g.info?.creatingUser === coding.coderId || g.codings.some((c) => c.coderId === coding.coderId));
    if (joined) {
      joined.codings.push(coding);
      continue;
    }
    const key = `\u001e${coding.start}\u001f${coding.end}\u001f${coding.coderId}`;
    const group = groups.get(key);
    if (group) group.codings.push(coding);
    else groups.set(key, { guid: refiSelectionGuid(guidOf(coding.id)), info: undefined, start: coding.start, end: coding.end, codings: [coding] });
  }
  const byId = (a: Coding, b: Coding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...groups.values()]
    .map((group) => ({ ...group, codings: group.codings.sort(byId) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
}

/** The earliest valid creation date among codings, or undefined. */
function earliest(codings: Coding[]): string | undefined {
  let best: string | undefined;
  for (const coding of codings) {
    if (coding.created === undefined || !DATE_TIME.test(coding.created)) continue;
    if (best === undefined || Date.parse(coding.created) < Date.parse(best)) best = coding.created;
  }
  return best;
}
