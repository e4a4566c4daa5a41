// REFI-QDA variables and their values, read as typed case attributes. Text → text, Integer and
// Float → number, Date → date, Boolean → a choice of "true"/"false"; DateTime and unknown types
// are kept as text (reported). A text variable whose few values repeat becomes a choice, as a
// column of the attribute CSV import would (REFI-QDA has no choice type; Telaah exports one as text). A value that cannot be read as its variable's type is left out and
// reported; a value naming a variable that does not exist is refused.
import { inferAttributeType, parseAttributeValue } from "../../core/model/attributes";
import type { AttributeDefinition, AttributeType, AttributeValue, Case, Id } from "../../core/model/types";
import { FileProblem } from "../importTypes";
import type { ReportCollector } from "./importReport";
import { attribute, childElement, childElements, childText, type XmlElement } from "./xmlRead";

const TYPES: Record<string, { type: AttributeType; choices: string[] }> = {
  text: { type: "text", choices: [] },
  integer: { type: "number", choices: [] },
  float: { type: "number", choices: [] },
  date: { type: "date", choices: [] },
  boolean: { type: "choice", choices: ["true", "false"] },
};

const VALUE_ELEMENTS = ["TextValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue", "BooleanValue"];

export function readVariables(
  fileName: string,
  variablesElement: XmlElement | undefined,
  projectId: Id,
  report: ReportCollector,
): AttributeDefinition[] {
  const seen = new Set<string>();
  return childElements(variablesElement, "Variable").map((node, order) => {
    const id = attribute(node, "guid")?.trim();
    if (!id) throw new FileProblem(fileName, "variableWithoutGuid", { name: attribute(node, "name") ?? "—" });
    if (seen.has(id)) throw new FileProblem(fileName, "variableGuidTwice", { guid: id });
    seen.add(id);
    const name = attribute(node, "name")?.trim() || id;
    const declared = (attribute(node, "typeOfVariable") ?? "Text").trim();
    const known = TYPES[declared.toLowerCase()];
    if (!known) report.add("unknownVariableTypes", `${name} (${declared})`);
    const { type, choices } = known ?? TYPES.text!;
    return { id, projectId, name, type, choices: [...choices], order };
  });
}

/** The values of a case's <VariableValue> elements, keyed by attribute id. */
export function readVariableValues(
  fileName: string,
  owner: XmlElement,
  ownerName: string,
  attributes: ReadonlyMap<Id, AttributeDefinition>,
  report: ReportCollector,
): Record<Id, AttributeValue> {
  const values: Record<Id, AttributeValue> = {};
  for (const node of childElements(owner, "VariableValue")) {
    const target = attribute(childElement(node, "VariableRef"), "targetGUID")?.trim();
    const definition = target === undefined ? undefined : attributes.get(target);
    if (!definition) throw new FileProblem(fileName, "valueOfMissingVariable", { owner: ownerName, target: target ?? "no VariableRef" });
    const raw = VALUE_ELEMENTS.map((name) => childText(node, name)).find((text) => text !== undefined) ?? "";
    const parsed = parseAttributeValue(definition.type, normalizeBoolean(definition, raw), definition.choices);
    if (parsed.ok && parsed.value !== null) values[definition.id] = parsed.value;
    else if (raw.trim() !== "") report.add("unreadableValues", `${ownerName}: ${definition.name} = "${raw.trim()}"`);
  }
  return values;
}

function normalizeBoolean(definition: AttributeDefinition, raw: string): string {
  if (definition.type !== "choice" || definition.choices.join() !== "true,false") return raw;
  const text = raw.trim().toLowerCase();
  return text === "1" ? "true" : text === "0" ? "false" : text;
}

/** Text attributes whose values are a few repeated ones, turned into choices of those values. */
export function inferChoices(attributes: AttributeDefinition[], cases: readonly Case[]): AttributeDefinition[] {
  return attributes.map((definition) => {
    if (definition.type !== "text") return definition;
    const values = cases.map((kase) => kase.attributes[definition.id]).filter((value): value is string => typeof value === "string");
    const inferred = inferAttributeType(values);
    return inferred.type === "choice" ? { ...definition, type: "choice", choices: inferred.choices } : definition;
  });
}
