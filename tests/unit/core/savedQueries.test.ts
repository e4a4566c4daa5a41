// Saved coding queries: the commands (save, rename, change, delete) undone exactly by their inverses,
// applied to a list as the database would; a stale change conflicts; and the queries in the project
// file: optional, and kept through a round trip.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyChangesToList, findConflict, invertDiff } from "../../../src/core/commands/diff";
import { changeSavedQuery, deleteSavedQuery, saveQuery } from "../../../src/core/commands/savedQueryCommands";
import type { SavedQuery } from "../../../src/core/model/savedQuery";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { stepText } from "../../../src/lang";

let counter = 0;
const ids = () => `query-${++counter}`;

describe("saved query commands", () => {
  it("save, rename, change and delete, each undone exactly by its inverse", () => {
    const scope = { documentIds: ["d1"], coderIds: ["c1"] };
    const saved = saveQuery("p", "  Both  ", '"A" AND "B"', scope, ids);
    scope.documentIds.push("d2");
    let queries: SavedQuery[] = applyChangesToList([], saved.diff.savedQueries!);
    // The saved scope is a copy: changing the form's scope afterwards does not change it.
    expect(queries).toEqual([{ id: queries[0]!.id, projectId: "p", name: "Both", expression: '"A" AND "B"', scope: { documentIds: ["d1"], coderIds: ["c1"] } }]);
    expect(applyChangesToList(queries, invertDiff(saved.diff).savedQueries!)).toEqual([]);

    const steps = [
      changeSavedQuery(queries[0]!, { name: "Both codes" }),
      changeSavedQuery({ ...queries[0]!, name: "Both codes" }, { expression: '"A" OR "B"', scope: {} }),
    ];
    expect(stepText(steps[0]!.label)).toBe("Rename query “Both” to “Both codes”");
    for (const step of steps) {
      const before = queries;
      queries = applyChangesToList(queries, step.diff.savedQueries!);
      expect(applyChangesToList(queries, invertDiff(step.diff).savedQueries!)).toEqual(before);
    }
    expect(queries[0]).toMatchObject({ name: "Both codes", expression: '"A" OR "B"', scope: {} });

    // A change computed from a query that has changed since conflicts.
    const current = new Map(queries.map((q) => [q.id, q]));
    const stale = changeSavedQuery({ ...queries[0]!, name: "Both" }, { name: "Other" });
    expect(findConflict({ code: () => undefined, coding: () => undefined, savedQuery: (id) => current.get(id) }, stale.diff)).toEqual({ ...queries[0]!, name: "Both" });

    const removed = deleteSavedQuery(queries[0]!);
    expect(applyChangesToList(queries, removed.diff.savedQueries!)).toEqual([]);
    expect(applyChangesToList([], invertDiff(removed.diff).savedQueries!)).toEqual(queries);
  });

  it("refuses an empty name", () => {
    expect(() => saveQuery("p", " ", "x", {}, ids)).toThrow(/needs a name/);
    const query = applyChangesToList([], saveQuery("p", "Q", "x", {}, ids).diff.savedQueries!)[0]!;
    expect(() => changeSavedQuery(query, { name: "" })).toThrow(/needs a name/);
  });
});

describe("saved queries in the project file", () => {
  it("are optional, and kept through a round trip", async () => {
    const content = await parseProjectFile("demo.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    expect(content.savedQueries).toBeUndefined();
    const attribute = content.attributes[0]!;
    const query = {
      ...saveQuery(content.project.id, "Kompetensi", '"Kompetensi aparatur kurang" AND "Peningkatan kompetensi"', {
        caseIds: [content.cases[0]!.id],
        attribute: { attributeId: attribute.id, values: ["x"] },
        coderIds: [content.coders[0]!.id],
      }, ids).diff.savedQueries!.added[0]!,
    };
    const again = await parseProjectFile("again.json", await serializeProjectFile({ ...content, savedQueries: [query] }));
    expect(again.savedQueries).toEqual([query]);
  });
});
