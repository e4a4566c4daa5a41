// Reading REFI-QDA XML (project.qde, .qdc) safely and leniently. Refused, with one FileProblem:
// text that is not well-formed XML (with its line and column) and any DOCTYPE that defines
// entities (billion-laughs and external-entity attacks). Namespace prefixes are dropped, so
// `<qda:Project>` reads as `<Project>` whatever namespace it is bound to. Character references
// (`&#x1F600;`) are decoded; text is kept exactly, white space included.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FileProblem } from "../importTypes";

/** A parsed element: attributes under "@_name", text under "#text", child elements by name. */
export type XmlElement = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Also decodes numeric character references, which XML needs and the parser's XML mode leaves.
  htmlEntities: true,
});

/** The root element of the document, which must be named one of `rootNames` (without prefix). */
export function parseXmlDocument(fileName: string, text: string, rootNames: string[]): { name: string; element: XmlElement } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doctype = /<!DOCTYPE[\s\S]*?(?:\[[\s\S]*?\]\s*)?>/i.exec(source);
  if (doctype && /<!ENTITY/i.test(doctype[0])) {
    throw new FileProblem(fileName, "is refused: its DOCTYPE defines entities, which Telaah does not expand");
  }
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new FileProblem(fileName, `is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
  }
  let parsed: XmlElement;
  try {
    parsed = parser.parse(source) as XmlElement;
  } catch (error) {
    throw new FileProblem(fileName, `is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const name = Object.keys(parsed).find((key) => !key.startsWith("?") && !key.startsWith("#"));
  if (!name || !rootNames.includes(name)) {
    throw new FileProblem(fileName, `is not a REFI-QDA file (its root element is ${name ? `<${name}>` : "missing"}, expected <${rootNames.join("> or <")}>)`);
  }
  const root = parsed[name];
  return { name, element: isElement(root) ? root : typeof root === "string" ? { "#text": root } : {} };
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The child elements of that name, as a list whether there are none, one or many. */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
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
