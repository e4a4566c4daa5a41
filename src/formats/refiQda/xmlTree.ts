// The light element tree REFI-QDA XML is read into, built from a parser's events (saxes's, or the
// fast scanner's in xmlScan.ts), with the limits every reading holds: elements nested deeper than
// the limit, and any one attribute or text longer than the limit, are refused with one FileProblem
// (see ../inputLimits). Control characters in name attributes (XML 1.1 allows some) are dropped,
// tab and line breaks kept as written; selections' names are kept exactly as written. Namespace
// prefixes are dropped, so `<qda:Project>` reads as `<Project>` whatever namespace it is bound to.
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

export class XmlTreeBuilder {
  root: { name: string; element: XmlElement } | undefined;
  // The local names of elements, and the keys of attributes ("@_" and the local name), made once
  // per name written rather than once per element: a project holds a few dozen names many times.
  private readonly localNames = new Map<string, string>();
  private readonly attributeKeys = new Map<string, string>();
  private readonly stack: XmlElement[] = [];
  private readonly keepsText: boolean[] = [];

  constructor(private readonly fileName: string) {}

  /** An element opens: its name and its attributes' names and values, as written, in order. */
  open(tagName: string, names: readonly string[], values: readonly string[]): void {
    if (this.stack.length >= INPUT_LIMITS.xmlDepth) {
      throw new FileProblem(this.fileName, "xmlTooDeep", { limit: INPUT_LIMITS.xmlDepth });
    }
    const element: XmlElement = {};
    let name = this.localNames.get(tagName);
    if (name === undefined) this.localNames.set(tagName, (name = localName(tagName)));
    // A selection's name is a label its tool may need back as it was (qc's `line:6`): kept as written.
    const cleansName = !name.endsWith("Selection");
    for (let i = 0; i < names.length; i++) {
      const attributeName = names[i]!;
      const value = values[i]!;
      if (value.length > INPUT_LIMITS.textCharacters) throw new FileProblem(this.fileName, "xmlAttributeTooLong", { attribute: attributeName, element: name, limit: INPUT_LIMITS.textCharacters });
      let key = this.attributeKeys.get(attributeName);
      if (key === undefined) this.attributeKeys.set(attributeName, (key = `@_${localName(attributeName)}`));
      element[key] = key === "@_name" && cleansName ? withoutControlCharacters(value) : value;
    }
    this.keepsText.push(TEXT_ELEMENTS.has(name));
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      const siblings = parent[name];
      if (Array.isArray(siblings)) siblings.push(element);
      else parent[name] = [element];
    } else this.root ??= { name, element };
    this.stack.push(element);
  }

  close(): void {
    this.stack.pop();
    this.keepsText.pop();
  }

  /** Whether text read now is kept (inside an element whose text is read). */
  wantsText(): boolean {
    return this.keepsText[this.keepsText.length - 1] === true;
  }

  /** Character data (text or CDATA) of the element open now. */
  text(value: string): void {
    if (!this.wantsText()) return;
    const current = this.stack[this.stack.length - 1]!;
    const joined = typeof current["#text"] === "string" ? current["#text"] + value : value;
    if (joined.length > INPUT_LIMITS.textCharacters) throw new FileProblem(this.fileName, "xmlTextTooLong", { limit: INPUT_LIMITS.textCharacters });
    current["#text"] = joined;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
