// Reading REFI-QDA XML (project.qde, .qdc) safely and leniently into a light element tree
// (xmlTree.ts, which also holds the limits on depth and length). The plain XML tools write is read
// by a fast scanner (xmlScan.ts); whatever it does not read is read by saxes (a strict, streaming,
// well-formedness-checking parser), which gives the same tree. Refused, with one FileProblem: text
// that is not well-formed XML (with its line and column), any DOCTYPE that defines entities or
// names an external DTD (billion-laughs and external-entity attacks; undefined entities are errors
// anyway), found by the parser's own doctype event, and what passes the limits.
// Text is kept exactly as XML defines it (line endings normalized, references decoded).
import { SaxesParser } from "saxes";
import { FileProblem } from "../importTypes";
import { scanXml } from "./xmlScan";
import { XmlTreeBuilder, type XmlElement } from "./xmlTree";

export type { XmlElement };

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

type ParsedTree = { root?: { name: string; element: XmlElement }; failure?: string };

function parseTree(fileName: string, source: string, position: boolean): ParsedTree {
  if (!position) {
    const tree = new XmlTreeBuilder(fileName);
    if (scanXml(source, tree)) return tree.root ? { root: tree.root } : {};
  }
  return saxesTree(fileName, source, position);
}

/** The tree as saxes reads it, or the first well-formedness failure it found (with its line and column when `position`). */
export function saxesTree(fileName: string, source: string, position: boolean): ParsedTree {
  const tree = new XmlTreeBuilder(fileName);
  const parser = new SaxesParser({ xmlns: false, position });
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
    const names: string[] = [];
    const values: string[] = [];
    for (const name in tag.attributes) {
      names.push(name);
      values.push(tag.attributes[name]!);
    }
    tree.open(tag.name, names, values);
  });
  parser.on("closetag", () => tree.close());
  parser.on("text", (value) => tree.text(value));
  parser.on("cdata", (value) => tree.text(value));
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    failure ??= error instanceof Error ? error.message : String(error);
  }
  return failure === undefined ? (tree.root ? { root: tree.root } : {}) : { failure };
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** No child elements, one list for every element without them. */
const NONE: readonly XmlElement[] = Object.freeze([]);

/** The child elements of that name, as a list whether there are none, one or many (not to be changed). */
export function childElements(element: XmlElement | undefined, name: string): readonly XmlElement[] {
  const value = element?.[name];
  if (value === undefined) return NONE;
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
