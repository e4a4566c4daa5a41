// Reading REFI-QDA XML (project.qde, .qdc) safely and leniently, with saxes (a strict, streaming,
// well-formedness-checking parser) building a light element tree. Refused, with one FileProblem:
// text that is not well-formed XML (with its line and column), any DOCTYPE that defines entities
// or names an external DTD (billion-laughs and external-entity attacks; undefined entities are
// errors anyway), found by the parser's own doctype event, elements nested deeper than the limit,
// and any one attribute or text longer than the limit (see ../inputLimits). Control characters in
// name attributes (XML 1.1 allows some) are dropped, tab and line breaks kept as written; selections'
// names are kept exactly as written.
// Namespace prefixes are dropped, so `<qda:Project>` reads as `<Project>` whatever namespace it
// is bound to. Text is kept exactly as XML defines it (line endings normalized, references decoded).
import { SaxesParser } from "saxes";
import { withoutControlCharacters } from "../../core/text/names";
import { FileProblem } from "../importTypes";
import { INPUT_LIMITS } from "../inputLimits";

/** A parsed element: attributes under "@_name", text under "#text", child elements in arrays by name. */
export type XmlElement = { [key: string]: unknown };

/**
 * The elements whose text is read; the white space between other elements is dropped as it is
 * read, which keeps a project of a hundred thousand codings light.
 */
const TEXT_ELEMENTS = new Set([
  "PlainTextContent",
  "Description",
  "TextValue",
  "BooleanValue",
  "IntegerValue",
  "FloatValue",
  "DateValue",
  "DateTimeValue",
]);

/** The root element of the document, which must be named one of `rootNames` (without prefix). */
export function parseXmlDocument(fileName: string, text: string, rootNames: string[]): { name: string; element: XmlElement } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Read without tracking lines and columns, which costs on every character; a file that is not
  // well-formed is read again with them, for its message.
  const { root, failure } = parseTree(fileName, source, false);
  if (failure !== undefined) throw new FileProblem(fileName, "xmlMalformed", { detail: parseTree(fileName, source, true).failure ?? failure });
  if (!root || !rootNames.includes(root.name)) {
    const expected = rootNames.map((name) => `<${name}>`);
    throw root ? new FileProblem(fileName, "notRefiQda", { root: `<${root.name}>`, expected }) : new FileProblem(fileName, "notRefiQdaNoRoot", { expected });
  }
  return root;
}

function parseTree(fileName: string, source: string, position: boolean): { root?: { name: string; element: XmlElement }; failure?: string } {
  const parser = new SaxesParser({ xmlns: false, position });
  // The local names of elements, and the keys of attributes ("@_" and the local name), made once
  // per name written rather than once per element: a project holds a few dozen names many times.
  const localNames = new Map<string, string>();
  const attributeKeys = new Map<string, string>();
  const stack: XmlElement[] = [];
  const keepsText: boolean[] = [];
  let root: { name: string; element: XmlElement } | undefined;
  let failure: string | undefined;
  parser.on("error", (error) => {
    failure ??= position ? `line ${parser.line}, column ${parser.column}: ${error.message.replace(/^[^:]*:\d+:\d+: /, "")}` : error.message;
  });
  parser.on("doctype", (doctype) => {
    // The declaration after <!DOCTYPE: a name alone is harmless; an internal subset or an external id is not read.
    if (/[[]|\b(?:SYSTEM|PUBLIC)\b/.test(doctype)) {
      throw new FileProblem(fileName, "xmlDoctype");
    }
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= INPUT_LIMITS.xmlDepth) {
      throw new FileProblem(fileName, "xmlTooDeep", { limit: INPUT_LIMITS.xmlDepth });
    }
    const element: XmlElement = {};
    let name = localNames.get(tag.name);
    if (name === undefined) localNames.set(tag.name, (name = localName(tag.name)));
    const attributes = tag.attributes;
    // A selection's name is a label its tool may need back as it was (qc's `line:6`): kept as written.
    const cleansName = !name.endsWith("Selection");
    for (const attributeName in attributes) {
      const value = attributes[attributeName]!;
      if (value.length > INPUT_LIMITS.textCharacters) throw new FileProblem(fileName, "xmlAttributeTooLong", { attribute: attributeName, element: name, limit: INPUT_LIMITS.textCharacters });
      let key = attributeKeys.get(attributeName);
      if (key === undefined) attributeKeys.set(attributeName, (key = `@_${localName(attributeName)}`));
      element[key] = key === "@_name" && cleansName ? withoutControlCharacters(value) : value;
    }
    keepsText.push(TEXT_ELEMENTS.has(name));
    const parent = stack[stack.length - 1];
    if (parent) {
      const siblings = parent[name];
      if (Array.isArray(siblings)) siblings.push(element);
      else parent[name] = [element];
    } else root ??= { name, element };
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
    keepsText.pop();
  });
  const addText = (value: string) => {
    const current = stack[stack.length - 1];
    if (!current || !keepsText[keepsText.length - 1]) return;
    const joined = typeof current["#text"] === "string" ? current["#text"] + value : value;
    if (joined.length > INPUT_LIMITS.textCharacters) throw new FileProblem(fileName, "xmlTextTooLong", { limit: INPUT_LIMITS.textCharacters });
    current["#text"] = joined;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    failure ??= error instanceof Error ? error.message : String(error);
  }
  return failure === undefined ? (root ? { root } : {}) : { failure };
}


function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The child elements of that name, as a list whether there are none, one or many. */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  // The parser keeps child elements, and only them, in arrays: those are returned as they are.
  if (Array.isArray(value) && value.every(isElement)) return value as XmlElement[];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isElement(item) ? item : { "#text": typeof item === "string" ? item : "" }));
}

/** The first child element of that name. */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** An attribute's value, or undefined when absent. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** The text content of a child element (e.g. <Description>), or undefined when there is none. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (isElement(first)) return typeof first["#text"] === "string" ? first["#text"] : "";
  return undefined;
}
