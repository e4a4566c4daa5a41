// Reference integrity of a REFI-QDA file, every problem listed (for `telaah validate`): GUIDs used
// twice within one kind of record, and references (CodeRef, SourceRef, SelectionRef, VariableRef,
// NoteRef, set members, the users who created selections and codings) whose target does not exist. The import itself stops at the first
// problem that would misplace work; this lists them all.
import { attribute, type XmlElement } from "./xmlRead";

type Kind = "code" | "source" | "selection" | "variable" | "note" | "user" | "case" | "other";

const KIND_OF_ELEMENT: Record<string, Kind> = {
  Code: "code",
  TextSource: "source",
  PictureSource: "source",
  PDFSource: "source",
  AudioSource: "source",
  VideoSource: "source",
  PlainTextSelection: "selection",
  PictureSelection: "selection",
  PDFSelection: "selection",
  AudioSelection: "selection",
  VideoSelection: "selection",
  TranscriptSelection: "selection",
  Variable: "variable",
  Note: "note",
  User: "user",
  Case: "case",
};

const TARGET_OF_REFERENCE: Record<string, Kind> = {
  CodeRef: "code",
  SourceRef: "source",
  SelectionRef: "selection",
  VariableRef: "variable",
  NoteRef: "note",
  MemberCode: "code",
  MemberSource: "source",
  MemberNote: "note",
};

const USER_ATTRIBUTES = ["creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID"];

interface Visit {
  name: string;
  element: XmlElement;
}

/** One line per problem, in document order; empty when every reference holds. */
export function referenceProblems(root: XmlElement, rootName: string): string[] {
  const elements: Visit[] = [];
  // Document order, with a stack of its own rather than recursion.
  const pending: Visit[] = [{ name: rootName, element: root }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    elements.push(next);
    const children: Visit[] = [];
    for (const [key, value] of Object.entries(next.element)) {
      if (key.startsWith("@_") || key.startsWith("#")) continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (typeof child === "object" && child !== null) children.push({ name: key, element: child as XmlElement });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }

  const problems: string[] = [];
  const guids = new Map<Kind, Set<string>>();
  for (const { name, element } of elements) {
    const kind = KIND_OF_ELEMENT[name];
    const guid = attribute(element, "guid")?.trim();
    if (!kind || !guid) continue;
    const seen = guids.get(kind) ?? new Set<string>();
    if (seen.has(guid)) problems.push(`two ${kind}s have the guid ${guid}`);
    seen.add(guid);
    guids.set(kind, seen);
  }
  const hasUsers = guids.has("user");
  for (const { name, element } of elements) {
    const target = TARGET_OF_REFERENCE[name];
    if (target) {
      const guid = attribute(element, "targetGUID")?.trim();
      if (!guid) problems.push(`a ${name} has no targetGUID`);
      else if (!guids.get(target)?.has(guid)) problems.push(`a ${name} points to a ${target} that does not exist (${guid})`);
    }
    // The project's own creating and modifying user is metadata that tools (NVivo) often leave out of <Users>.
    if (!hasUsers || element === root) continue;
    for (const key of USER_ATTRIBUTES) {
      const user = attribute(element, key)?.trim();
      if (user && !guids.get("user")?.has(user)) problems.push(`${name} ${attribute(element, "guid") ?? ""}`.trimEnd() + ` names a user that is not in <Users> (${user})`);
    }
  }
  return problems;
}
