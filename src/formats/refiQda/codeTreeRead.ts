// Reading a REFI-QDA code tree (<Codes> with nested <Code>, in project.qde or a .qdc) into codes.
// A code keeps its GUID as its id (so exporting again gives the same GUIDs), whatever shape the id
// has. Colours are accepted as #rrggbb, #rgb or either without the #; another colour is dropped and
// counted. A code without a name is named after its GUID; a GUID used twice is refused, and so is a
// tree nested deeper than the limit. The tree is walked with a stack of its own, not by recursion.
import { normalizeColor } from "../../core/model/palette";
import type { Code, Id } from "../../core/model/types";
import { FileProblem } from "../importTypes";
import { INPUT_LIMITS } from "../inputLimits";
import { attribute, childElement, childElements, childText, type XmlElement } from "./xmlRead";

export interface CodeTreeResult {
  codes: Code[];
  /** Colours that were not understood and left out, e.g. "red" on code "Trust". */
  droppedColors: string[];
  /** The notes each code refers to (<NoteRef> targets), by code id. */
  noteRefs: { codeId: Id; noteGuid: string }[];
}

/** The element holding a codebook's top-level codes: its <Codes>, or the codebook itself when its codes sit directly in it. */
export function codesOf(codebook: XmlElement | undefined): XmlElement | undefined {
  return childElement(codebook, "Codes") ?? (childElements(codebook, "Code").length > 0 ? codebook : undefined);
}

/** Refuses a code tree nested deeper than the limit, before anything else is checked (telaah validate, ahead of libxml2). */
export function refuseDeepCodeTree(fileName: string, codesElement: XmlElement | undefined): void {
  const pending = childElements(codesElement, "Code").map((node) => ({ node, depth: 1 }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > INPUT_LIMITS.codeTreeDepth) throw tooDeep(fileName);
    for (const node of childElements(next.node, "Code")) pending.push({ node, depth: next.depth + 1 });
  }
}

function tooDeep(fileName: string): FileProblem {
  return new FileProblem(fileName, "codesTooDeep", { limit: INPUT_LIMITS.codeTreeDepth });
}

export function readCodeTree(fileName: string, codesElement: XmlElement | undefined, projectId: Id): CodeTreeResult {
  const codes: Code[] = [];
  const droppedColors: string[] = [];
  const noteRefs: CodeTreeResult["noteRefs"] = [];
  const seen = new Set<string>();
  // Children are taken in reverse onto the stack, so that codes come out in document order.
  const pending: { node: XmlElement; parentId: Id | null; order: number; depth: number }[] = [];
  const push = (element: XmlElement | undefined, parentId: Id | null, depth: number) => {
    const children = childElements(element, "Code");
    for (let order = children.length - 1; order >= 0; order--) pending.push({ node: children[order]!, parentId, order, depth });
  };
  push(codesElement, null, 1);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, parentId, order, depth } = next;
    const guid = attribute(node, "guid")?.trim();
    if (!guid) throw new FileProblem(fileName, parentId ? "codeWithoutGuid" : "topCodeWithoutGuid", { name: attribute(node, "name") ?? "—" });
    if (depth > INPUT_LIMITS.codeTreeDepth) throw tooDeep(fileName);
    if (seen.has(guid)) throw new FileProblem(fileName, "codeGuidTwice", { guid });
    seen.add(guid);
    const name = attribute(node, "name")?.trim() || guid;
    const rawColor = attribute(node, "color");
    const color = rawColor === undefined || rawColor.trim() === "" ? null : normalizeColor(rawColor);
    if (color === null && rawColor !== undefined && rawColor.trim() !== "") droppedColors.push(`"${rawColor}" on code "${name}"`);
    codes.push({ id: guid, projectId, name, parentId, color, description: childText(node, "Description") ?? "", order });
    for (const ref of childElements(node, "NoteRef")) noteRefs.push({ codeId: guid, noteGuid: attribute(ref, "targetGUID")?.trim() ?? "" });
    push(node, guid, depth + 1);
  }
  return { codes, droppedColors, noteRefs };
}
