// Comparing two REFI-QDA archives element by element, by a route of its own (fast-xml-parser, and
// its own slicing of texts), for round-trip tests. Elements are matched by their guid (or the
// targetGUID of a reference), else by their place among siblings of the same name; every
// attribute and text is compared, except that source texts are compared by their content (not the
// name of their file), rich-text originals by their bytes, and a selection's positions by the text
// they select, each side counted as its tool counts. The result lists every difference, one line
// each; an empty list means the two say the same.
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

export interface Counting {
  unit: "codePoint" | "utf16";
  /** True when a CRLF in the source text counts as one position (ATLAS.ti), false when as two. */
  crlfAsOne: boolean;
}

export interface QdpxSide {
  bytes: Uint8Array;
  counting: Counting;
}

interface Tree {
  name: string;
  attributes: Record<string, string>;
  children: Tree[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function treeOf(xml: string): Tree {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, parseAttributeValue: false, parseTagValue: false, trimValues: false });
  const nodes = parser.parse(xml) as Ordered[];
  const convert = (node: Ordered): Tree | null => {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) return null;
    const local = name.replace(/^.*:/, "");
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node[":@"] ?? {})) {
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      // As an XML processor normalizes attribute values: each line break and tab is a space.
      attributes[key.replace(/^.*:/, "")] = String(value).replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
    }
    const inner = node[name] as Ordered[];
    const text = inner.filter((child) => "#text" in child).map((child) => String(child["#text"])).join("");
    const children = inner.map(convert).filter((child): child is Tree => child !== null);
    return { name: local, attributes, children, text: children.length === 0 ? text : "" };
  };
  const root = nodes.map(convert).find((tree) => tree !== null);
  if (!root) throw new Error("no root element");
  return root;
}

/** The files of an archive by lower-case name, and its project.qde. */
function open(bytes: Uint8Array): { files: Map<string, Uint8Array>; qde: Tree } {
  const files = new Map(Object.entries(unzipSync(bytes)).map(([name, content]) => [name.replace(/\\/g, "/").toLowerCase(), content]));
  const qdeName = [...files.keys()].find((name) => name.endsWith(".qde") && !name.includes("/"));
  if (!qdeName) throw new Error("no project.qde");
  return { files, qde: treeOf(strFromU8(files.get(qdeName)!)) };
}

function entryOf(path: string | undefined, files: Map<string, Uint8Array>): Uint8Array | undefined {
  if (path === undefined) return undefined;
  const bare = decodeURIComponent(path.replace(/^internal:\/\//i, "")).replace(/\\/g, "/").toLowerCase();
  return files.get(`sources/${bare}`) ?? files.get(bare);
}

function rawText(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const canonical = (text: string) => text.replace(/\r\n?/g, "\n");

/** The text between two positions of a raw text, counted as `counting` says, with LF line endings. */
export function passageOf(raw: string, start: number, end: number, counting: Counting): string {
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (counting.crlfAsOne && raw[i] === "\r" && raw[i + 1] === "\n") {
      tokens.push("\r\n");
      i++;
    } else if (counting.unit === "codePoint" && raw.codePointAt(i)! > 0xffff) {
      tokens.push(raw.slice(i, i + 2));
      i++;
    } else tokens.push(raw[i]!);
  }
  return canonical(tokens.slice(start, end).join(""));
}

interface Context {
  files: Map<string, Uint8Array>;
  counting: Counting;
  /** The raw text of the source being compared. */
  text?: string;
}

/** Every difference between two archives' projects, one line each (empty when they say the same). */
export function qdpxDiff(before: QdpxSide, after: QdpxSide): string[] {
  const a = open(before.bytes);
  const b = open(after.bytes);
  const differences: string[] = [];
  compare(a.qde, b.qde, "Project", { files: a.files, counting: before.counting }, { files: b.files, counting: after.counting }, differences);
  return differences;
}

function keyOf(tree: Tree, index: number): string {
  return tree.attributes.guid ?? tree.attributes.targetGUID ?? `#${index}`;
}

function compare(a: Tree, b: Tree, path: string, left: Context, right: Context, out: string[]): void {
  if (a.name === "TextSource") {
    left = { ...left, text: rawText(entryOf(a.attributes.plainTextPath, left.files)) ?? a.children.find((c) => c.name === "PlainTextContent")?.text };
    right = { ...right, text: rawText(entryOf(b.attributes.plainTextPath, right.files)) ?? b.children.find((c) => c.name === "PlainTextContent")?.text };
    if (canonical(left.text ?? "") !== canonical(right.text ?? "")) out.push(`${path}: the source texts differ`);
  }
  const names = new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)]);
  for (const name of [...names].sort()) {
    const [x, y] = [a.attributes[name], b.attributes[name]];
    if (a.name === "TextSource" && name === "plainTextPath") continue;
    if (a.name === "TextSource" && name === "richTextPath" && x !== undefined && y !== undefined) {
      const [bx, by] = [entryOf(x, left.files), entryOf(y, right.files)];
      if (x !== y || (bx === undefined) !== (by === undefined) || (bx && by && !sameBytes(bx, by))) out.push(`${path}@richTextPath: ${x} and ${y} do not hold the same file`);
      continue;
    }
    if (a.name === "PlainTextSelection" && (name === "startPosition" || name === "endPosition")) continue;
    if (x !== y) out.push(`${path}@${name}: ${x === undefined ? "absent" : JSON.stringify(x)} became ${y === undefined ? "absent" : JSON.stringify(y)}`);
  }
  if (a.name === "PlainTextSelection") {
    const select = (tree: Tree, context: Context) =>
      passageOf(context.text ?? "", Number(tree.attributes.startPosition), Number(tree.attributes.endPosition), context.counting);
    const [x, y] = [select(a, left), select(b, right)];
    if (x !== y) out.push(`${path}: selects ${JSON.stringify(x)}, became ${JSON.stringify(y)}`);
  }
  if (a.text !== b.text) out.push(`${path}: text ${JSON.stringify(a.text)} became ${JSON.stringify(b.text)}`);
  const group = (tree: Tree) => {
    const byKey = new Map<string, Tree>();
    const counters = new Map<string, number>();
    for (const child of tree.children) {
      if (child.name === "PlainTextContent") continue;
      const index = counters.get(child.name) ?? 0;
      counters.set(child.name, index + 1);
      byKey.set(`${child.name}[${keyOf(child, index)}]`, child);
    }
    return byKey;
  };
  const [ga, gb] = [group(a), group(b)];
  for (const [key, child] of ga) {
    const other = gb.get(key);
    if (other) compare(child, other, `${path}/${key}`, left, right, out);
    else out.push(`${path}/${key}: left out`);
  }
  for (const key of gb.keys()) if (!ga.has(key)) out.push(`${path}/${key}: added`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
