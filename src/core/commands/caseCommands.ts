// Commands on cases, attribute definitions and case–document links, each returning a diff with an
// exact inverse, so that the cases sheet's edits are undone and redone like coding: create, rename,
// describe and delete a case; set an attribute value; add and delete an attribute definition;
// link and unlink a document (also to a case named by an import, created when new); and the
// attribute-table import as one step.
import { nameKey, applyAttributePlan, type AttributeImportPlan } from "../model/attributeTable";
import type { AttributeDefinition, AttributeType, AttributeValue, Case, Id } from "../model/types";
import { caseLink, caseLinkId, emptyChanges, emptyDiff, type CaseLink, type CommandResult, type ProjectDiff } from "./diff";
import { stepLabel } from "./stepLabel";

/** What case commands work on: a project's cases, attribute definitions and links. */
export interface CaseModel {
  projectId: Id;
  cases: ReadonlyMap<Id, Case>;
  attributes: ReadonlyMap<Id, AttributeDefinition>;
  links: ReadonlyMap<string, CaseLink>;
}

export function createCaseModel(projectId: Id, cases: Iterable<Case>, attributes: Iterable<AttributeDefinition>, links: Iterable<CaseLink>): CaseModel {
  return {
    projectId,
    cases: new Map([...cases].map((c) => [c.id, c])),
    attributes: new Map([...attributes].map((a) => [a.id, a])),
    links: new Map([...links].map((l) => [l.id, l])),
  };
}

function caseDiff(): ProjectDiff & Required<Pick<ProjectDiff, "cases" | "attributes" | "caseLinks">> {
  return { ...emptyDiff(), cases: emptyChanges(), attributes: emptyChanges(), caseLinks: emptyChanges() };
}

function requireCase(model: CaseModel, caseId: Id): Case {
  const found = model.cases.get(caseId);
  if (!found) throw new Error("That case no longer exists.");
  return found;
}

function checkCaseName(model: CaseModel, name: string, except?: Id): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A case needs a name.");
  const clash = [...model.cases.values()].find((c) => c.id !== except && nameKey(c.name) === nameKey(trimmed));
  if (clash) throw new Error(`A case named "${trimmed}" already exists.`);
  return trimmed;
}

export function createCase(model: CaseModel, name: string, newId: () => Id): CommandResult & { caseId: Id } {
  const record: Case = { id: newId(), projectId: model.projectId, name: checkCaseName(model, name), attributes: {} };
  const diff = caseDiff();
  diff.cases.added.push(record);
  return { label: stepLabel("newCase", { name: record.name }), diff, caseId: record.id };
}

export function renameCase(model: CaseModel, caseId: Id, name: string): CommandResult {
  const before = requireCase(model, caseId);
  const diff = caseDiff();
  diff.cases.updated.push({ before, after: { ...before, name: checkCaseName(model, name, caseId) } });
  return { label: stepLabel("renameCase", { name: before.name }), diff };
}

/** Sets a case's description; an empty one (after trimming) removes it. */
export function describeCase(model: CaseModel, caseId: Id, description: string): CommandResult {
  const before = requireCase(model, caseId);
  const { description: _previous, ...rest } = before;
  const trimmed = description.trim();
  const diff = caseDiff();
  diff.cases.updated.push({ before, after: trimmed ? { ...rest, description: trimmed } : rest });
  return { label: stepLabel("describeCase", { name: before.name }), diff };
}

/** Deletes a case and its document links; the documents and their codings stay. */
export function deleteCase(model: CaseModel, caseId: Id): CommandResult {
  const record = requireCase(model, caseId);
  const diff = caseDiff();
  diff.cases.removed.push(record);
  diff.caseLinks.removed.push(...[...model.links.values()].filter((link) => link.caseId === caseId));
  return { label: stepLabel("deleteCase", { name: record.name }), diff };
}

export function setCaseAttribute(model: CaseModel, caseId: Id, attributeId: Id, value: AttributeValue): CommandResult {
  const before = requireCase(model, caseId);
  const attribute = model.attributes.get(attributeId);
  if (!attribute) throw new Error("That attribute no longer exists.");
  const diff = caseDiff();
  diff.cases.updated.push({ before, after: { ...before, attributes: { ...before.attributes, [attributeId]: value } } });
  return { label: stepLabel("setAttributeValue", { attribute: attribute.name, name: before.name }), diff };
}

export function addAttribute(model: CaseModel, name: string, type: AttributeType, choices: string[], newId: () => Id): CommandResult {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("An attribute needs a name.");
  const existing = [...model.attributes.values()];
  if (existing.some((a) => nameKey(a.name) === nameKey(trimmed))) throw new Error(`An attribute named "${trimmed}" already exists.`);
  const order = existing.reduce((max, a) => Math.max(max, a.order + 1), 0);
  const diff = caseDiff();
  diff.attributes.added.push({ id: newId(), projectId: model.projectId, name: trimmed, type, choices: [...choices], order });
  return { label: stepLabel("newAttribute", { name: trimmed }), diff };
}

/** Deletes an attribute definition and its value on every case. */
export function deleteAttribute(model: CaseModel, attributeId: Id): CommandResult {
  const attribute = model.attributes.get(attributeId);
  if (!attribute) throw new Error("That attribute no longer exists.");
  const diff = caseDiff();
  diff.attributes.removed.push(attribute);
  for (const before of model.cases.values()) {
    if (!(attributeId in before.attributes)) continue;
    const { [attributeId]: _value, ...attributes } = before.attributes;
    diff.cases.updated.push({ before, after: { ...before, attributes } });
  }
  return { label: stepLabel("deleteAttribute", { name: attribute.name }), diff };
}

export function linkCaseDocument(model: CaseModel, caseId: Id, documentId: Id, linked: boolean): CommandResult {
  const kase = requireCase(model, caseId);
  const existing = model.links.get(caseLinkId(caseId, documentId));
  const diff = caseDiff();
  if (linked && !existing) diff.caseLinks.added.push(caseLink(model.projectId, caseId, documentId));
  if (!linked && existing) diff.caseLinks.removed.push(existing);
  return { label: stepLabel(linked ? "linkDocument" : "unlinkDocument", { name: kase.name }), diff };
}

/**
 * Links a document to the case of that name (compared ignoring case and surrounding spaces),
 * creating the case when there is none: the import's suggested case, as one step.
 */
export function linkDocumentToCaseNamed(model: CaseModel, documentId: Id, caseName: string, newId: () => Id): CommandResult & { caseName: string } {
  const existing = [...model.cases.values()].find((c) => nameKey(c.name) === nameKey(caseName));
  const diff = caseDiff();
  const kase = existing ?? createCase(model, caseName, newId).diff.cases!.added[0]!;
  if (!existing) diff.cases.added.push(kase);
  if (!model.links.has(caseLinkId(kase.id, documentId))) diff.caseLinks.added.push(caseLink(model.projectId, kase.id, documentId));
  return { label: stepLabel("linkDocument", { name: kase.name }), diff, caseName: kase.name };
}

/** The attribute-table import (see applyAttributePlan) as one step: new definitions, new cases, changed values. */
export function importAttributeTable(
  model: CaseModel,
  plan: AttributeImportPlan,
  fileName: string,
  createUnknownCases: boolean,
  newId: () => Id,
): CommandResult {
  const result = applyAttributePlan(plan, {
    cases: [...model.cases.values()],
    attributes: [...model.attributes.values()],
    projectId: model.projectId,
    createUnknownCases,
    newId,
  });
  const diff = caseDiff();
  for (const attribute of result.attributes) if (!model.attributes.has(attribute.id)) diff.attributes.added.push(attribute);
  for (const after of result.cases) {
    const before = model.cases.get(after.id);
    if (!before) diff.cases.added.push(after);
    else if (before !== after) diff.cases.updated.push({ before, after });
  }
  return { label: stepLabel("importAttributeTable", { file: fileName }), diff };
}
