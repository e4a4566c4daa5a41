// REFI-QDA project export: the `project.qde` XML of a project (namespace urn:QDA-XML:project:1.0),
// valid against fixtures/refi-qda/Project-mrt2019.xsd. Offsets are written as stored: Unicode code
// points, half-open, over the canonical (LF) text, which is REFI-QDA's PlainTextSelection convention.
// The output is deterministic: the same content and `now` give the same XML.

import { codeChildren } from "../../core/analysis/codebookRows";
import { stableId } from "../../core/model/ids";
import { codePointLength } from "../../core/text/offsets";
import { elementXml, endTagXml, startTagXml, XML_DECLARATION, type XmlNode } from "./xmlWrite";
import type {
  AttributeDefinition,
  AttributeValue,
  Code,
  Coding,
  Id,
  ProjectContent,
  TextDocument,
} from "../../core/model/types";

export const REFI_PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

export interface RefiExportOptions {
  /** The exporting user: a coder's id or name; another name is added as a user of its own. */
  exportedBy: string;
  /** The export time (ISO 8601); also the fallback for any record date that is not a valid dateTime. */
  now: string;
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

function dateTime(value: string | undefined, fallback: string): string {
  if (value !== undefined && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
  return fallback;
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
export function codeNodes(allCodes: readonly Code[]): XmlNode[] {
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
export function* projectQdeChunks(content: ProjectContent, options: RefiExportOptions): Generator<string> {
  const now = options.now;
  if (!DATE_TIME.test(now) || Number.isNaN(Date.parse(now))) throw new Error(`not an ISO 8601 date-time: ${now}`);

  // Users: the coders, and the exporting user when it is not one of them.
  const users: XmlNode[] = content.coders.map((coder) => ({ "@_guid": refiGuid(coder.id), "@_name": xmlAttr(coder.name) }));
  const exporter =
    content.coders.find((coder) => coder.id === options.exportedBy) ??
    content.coders.find((coder) => coder.name === options.exportedBy);
  let exporterGuid: string;
  if (exporter) exporterGuid = refiGuid(exporter.id);
  else {
    exporterGuid = stableId("refi-user", options.exportedBy);
    users.push({ "@_guid": exporterGuid, "@_name": xmlAttr(options.exportedBy) });
  }
  const codeIds = new Set(content.codes.map((code) => code.id));
  const known = new Map<Id, string>();
  const guidOf = (id: Id): string => {
    let guid = known.get(id);
    if (guid === undefined) known.set(id, (guid = refiGuid(id)));
    return guid;
  };

  const project: XmlNode = {
    "@_xmlns": REFI_PROJECT_NAMESPACE,
    "@_name": xmlAttr(content.project.name),
    "@_origin": "Telaah",
    "@_creationDateTime": dateTime(content.project.created, now),
    "@_modifyingUserGUID": exporterGuid,
    "@_modifiedDateTime": now,
  };
  project.Users = { User: users };

  const codes = codeNodes(content.codes);
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
      yield elementXml("TextSource", textSourceNode(document, codingsByDocument.get(document.id) ?? [], guidOf, now), "    ");
    }
    yield endTagXml("Sources", "  ");
  }
  yield endTagXml("Project", "");
}

/** A document as a <TextSource> with a <PlainTextSelection> (holding one <Coding>) per coding. */
function textSourceNode(document: TextDocument, documentCodings: Coding[], guidOf: (id: Id) => string, now: string): XmlNode {
  const length = codePointLength(document.text);
  const created = dateTime(document.created, now);
  const node: XmlNode = {
    "@_guid": refiGuid(document.id),
    "@_name": xmlAttr(document.name),
    "@_plainTextPath": `internal://${refiSourceFileName(document)}`,
    "@_creationDateTime": created,
    "@_modifiedDateTime": dateTime(document.modified, created),
  };
  if (document.description?.trim()) node.Description = xmlText(document.description);
  const codings = documentCodings
    .filter((coding) => coding.start >= 0 && coding.start <= coding.end && coding.end <= length)
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (codings.length > 0) {
    node.PlainTextSelection = codings.map((coding) => {
      const when = dateTime(coding.created, now);
      const guid = refiGuid(coding.id);
      const user = guidOf(coding.coderId);
      return {
        "@_guid": refiSelectionGuid(guid),
        "@_name": xmlAttr(selectionName(coding.quote)),
        "@_startPosition": String(coding.start),
        "@_endPosition": String(coding.end),
        "@_creatingUser": user,
        "@_creationDateTime": when,
        Coding: {
          "@_guid": guid,
          "@_creatingUser": user,
          "@_creationDateTime": when,
          CodeRef: { "@_targetGUID": guidOf(coding.codeId) },
        },
      };
    });
  }
  return node;
}
