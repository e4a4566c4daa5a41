// Case commands on a small project (three cases, two attributes, links to two documents): each
// diff gives the expected records, applying its inverse gives back exactly the records before, and
// a diff refuses to apply over records that changed meanwhile.
import { describe, expect, it } from "vitest";
import {
  addAttribute,
  createCase,
  createCaseModel,
  deleteAttribute,
  deleteCase,
  describeCase,
  importAttributeTable,
  linkCaseDocument,
  linkDocumentToCaseNamed,
  renameCase,
  setCaseAttribute,
  type CaseModel,
} from "../../../src/core/commands/caseCommands";
import { applyChangesToList, caseLink, findConflict, invertDiff, type ProjectDiff } from "../../../src/core/commands/diff";
import type { AttributeImportPlan } from "../../../src/core/model/attributeTable";
import type { AttributeDefinition, Case } from "../../../src/core/model/types";

const CASES: Case[] = [
  { id: "siti", projectId: "p", name: "Siti", attributes: { age: 41, town: "Serang" } },
  { id: "budi", projectId: "p", name: "Budi", attributes: { age: 29 }, description: "Village head" },
  { id: "rina", projectId: "p", name: "Rina", attributes: {} },
];
const ATTRIBUTES: AttributeDefinition[] = [
  { id: "age", projectId: "p", name: "Age", type: "number", choices: [], order: 0 },
  { id: "town", projectId: "p", name: "Town", type: "text", choices: [], order: 1 },
];
const LINKS = [caseLink("p", "siti", "d1"), caseLink("p", "budi", "d2"), caseLink("p", "siti", "d2")];

const model = (): CaseModel => createCaseModel("p", structuredClone(CASES), structuredClone(ATTRIBUTES), structuredClone(LINKS));

/** The model's records with a diff applied, through the list helper (independent of the commands). */
function after(m: CaseModel, diff: ProjectDiff): CaseModel {
  const none = { added: [], removed: [], updated: [] };
  return createCaseModel(
    "p",
    applyChangesToList([...m.cases.values()], diff.cases ?? none),
    applyChangesToList([...m.attributes.values()], diff.attributes ?? none),
    applyChangesToList([...m.links.values()], diff.caseLinks ?? none),
  );
}

function snapshot(m: CaseModel) {
  const sorted = <T extends { id: string }>(records: Iterable<T>) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { cases: sorted(m.cases.values()), attributes: sorted(m.attributes.values()), links: sorted(m.links.values()) };
}

/** Applies the diff, checks the inverse restores the model exactly, and returns the changed model. */
function applyAndUndo(m: CaseModel, diff: ProjectDiff): CaseModel {
  const base = { code: () => undefined, coding: () => undefined, case: (id: string) => m.cases.get(id), attribute: (id: string) => m.attributes.get(id), caseLink: (id: string) => m.links.get(id) };
  expect(findConflict(base, diff)).toBeNull();
  const changed = after(m, diff);
  expect(snapshot(after(changed, invertDiff(diff)))).toEqual(snapshot(m));
  return changed;
}

let counter = 0;
const newId = () => `new-${++counter}`;

describe("case commands", () => {
  it("create a case, refusing a name that is taken (ignoring case and spaces)", () => {
    const m = model();
    const result = createCase(m, "  Dewi ", newId);
    const changed = applyAndUndo(m, result.diff);
    expect(changed.cases.get(result.caseId)).toEqual({ id: result.caseId, projectId: "p", name: "Dewi", attributes: {} });
    expect(() => createCase(m, " siti", newId)).toThrow(/already exists/);
    expect(() => createCase(m, "  ", newId)).toThrow(/needs a name/);
  });

  it("rename and describe a case; an empty description removes it", () => {
    const m = model();
    expect(applyAndUndo(m, renameCase(m, "rina", "Rina Wati").diff).cases.get("rina")!.name).toBe("Rina Wati");
    expect(() => renameCase(m, "rina", "BUDI")).toThrow(/already exists/);
    expect(applyAndUndo(m, describeCase(m, "rina", "  Teacher ").diff).cases.get("rina")!.description).toBe("Teacher");
    const cleared = applyAndUndo(m, describeCase(m, "budi", "   ").diff).cases.get("budi")!;
    expect("description" in cleared).toBe(false);
  });

  it("delete a case with its links, and undo brings both back", () => {
    const m = model();
    const changed = applyAndUndo(m, deleteCase(m, "siti").diff);
    expect([...changed.cases.keys()].sort()).toEqual(["budi", "rina"]);
    expect([...changed.links.values()].map((l) => `${l.caseId}/${l.documentId}`)).toEqual(["budi/d2"]);
  });

  it("set an attribute value", () => {
    const m = model();
    expect(applyAndUndo(m, setCaseAttribute(m, "budi", "town", "Cilegon").diff).cases.get("budi")!.attributes).toEqual({ age: 29, town: "Cilegon" });
    expect(() => setCaseAttribute(m, "budi", "gone", 1)).toThrow(/no longer exists/);
  });

  it("add an attribute after the others, and delete one with its values on every case", () => {
    const m = model();
    const added = applyAndUndo(m, addAttribute(m, "Role", "choice", ["Staff", "Citizen"], newId).diff);
    expect([...added.attributes.values()].find((a) => a.name === "Role")).toMatchObject({ type: "choice", choices: ["Staff", "Citizen"], order: 2 });
    expect(() => addAttribute(m, "age", "text", [], newId)).toThrow(/already exists/);
    const deleted = applyAndUndo(m, deleteAttribute(m, "age").diff);
    expect([...deleted.attributes.keys()]).toEqual(["town"]);
    expect([...deleted.cases.values()].map((c) => c.attributes)).toEqual([{ town: "Serang" }, {}, {}]);
  });

  it("link and unlink a document; linking twice changes nothing", () => {
    const m = model();
    expect(applyAndUndo(m, linkCaseDocument(m, "rina", "d1", true).diff).links.has(caseLink("p", "rina", "d1").id)).toBe(true);
    expect(applyAndUndo(m, linkCaseDocument(m, "siti", "d2", false).diff).links.has(caseLink("p", "siti", "d2").id)).toBe(false);
    const again = linkCaseDocument(m, "siti", "d1", true).diff;
    expect(again.caseLinks).toEqual({ added: [], removed: [], updated: [] });
  });

  it("link a document to a case by name: the existing one (ignoring case and spaces), or a new one", () => {
    const m = model();
    const existing = linkDocumentToCaseNamed(m, "d3", " rina ", newId);
    expect(existing.caseName).toBe("Rina");
    expect(existing.diff.cases!.added).toEqual([]);
    expect(applyAndUndo(m, existing.diff).links.has(caseLink("p", "rina", "d3").id)).toBe(true);
    const created = linkDocumentToCaseNamed(m, "d3", "  Dewi ", newId);
    const changed = applyAndUndo(m, created.diff);
    const dewi = [...changed.cases.values()].find((c) => c.name === "Dewi")!;
    expect(created.caseName).toBe("Dewi");
    expect(changed.links.has(caseLink("p", dewi.id, "d3").id)).toBe(true);
    expect(linkDocumentToCaseNamed(m, "d1", "SITI", newId).diff.caseLinks).toEqual({ added: [], removed: [], updated: [] });
  });

  it("import an attribute table as one step: a new attribute, changed values and a new case", () => {
    const m = model();
    const plan: AttributeImportPlan = {
      newAttributes: [{ name: "Role", type: "text", choices: [] }],
      updates: [
        { caseName: "Siti", caseId: "siti", values: { Age: 42, Role: "Staff" } },
        { caseName: "Dewi", caseId: null, values: { Town: "Pandeglang" } },
      ],
      unknownCases: ["Dewi"],
      problems: [],
      badValues: [],
    };
    const result = importAttributeTable(m, plan, "cases.csv", true, newId);
    const changed = applyAndUndo(m, result.diff);
    const role = [...changed.attributes.values()].find((a) => a.name === "Role")!;
    expect(changed.cases.get("siti")!.attributes).toEqual({ age: 42, town: "Serang", [role.id]: "Staff" });
    expect([...changed.cases.values()].find((c) => c.name === "Dewi")!.attributes).toEqual({ town: "Pandeglang" });
    expect(result.diff.cases!.updated.map((u) => u.after.id)).toEqual(["siti"]);
    const withoutNew = importAttributeTable(m, plan, "cases.csv", false, newId);
    expect(withoutNew.diff.cases!.added).toEqual([]);
  });

  it("refuse to apply over a case that changed meanwhile", () => {
    const m = model();
    const diff = setCaseAttribute(m, "siti", "age", 50).diff;
    const meanwhile = after(m, renameCase(m, "siti", "Siti A.").diff);
    const base = { code: () => undefined, coding: () => undefined, case: (id: string) => meanwhile.cases.get(id), attribute: (id: string) => meanwhile.attributes.get(id), caseLink: (id: string) => meanwhile.links.get(id) };
    expect(findConflict(base, diff)?.id).toBe("siti");
    expect(findConflict({ ...base, case: (id: string) => m.cases.get(id) }, diff)).toBeNull();
    expect(() => findConflict({ code: () => undefined, coding: () => undefined }, diff)).toThrow(/cannot be checked/);
  });
});
