// Saved map views: the commands (create, change, delete) and their inverses applied to a list as the
// database would, one step each; and the views in the project file: kept through a round trip,
// optional, and checked for references to missing themes, nodes and pins.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyChangesToList, findConflict, invertDiff } from "../../../src/core/commands/diff";
import { changeMapView, createMapView, deleteMapView } from "../../../src/core/commands/mapViewCommands";
import type { MapView } from "../../../src/core/model/mapView";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { problemOfAsync } from "../../support/fileProblem";
import { stepLabel } from "../../../src/core/commands/stepLabel";

let counter = 0;
const ids = () => `view-${++counter}`;

describe("map view commands", () => {
  it("creates, changes and deletes a view, each undone exactly by its inverse", () => {
    const created = createMapView("p", "  Reviewers  ", ids);
    let views: MapView[] = applyChangesToList([], created.diff.mapViews!);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ name: "Reviewers", layout: "force", themes: null, hidden: [], pins: {} });

    const pinned = changeMapView(views[0]!, { pins: { topic: { x: 10, y: -4 } }, layout: "radial" }, stepLabel("pinNode"));
    const before = views;
    views = applyChangesToList(views, pinned.diff.mapViews!);
    expect(views[0]).toMatchObject({ layout: "radial", pins: { topic: { x: 10, y: -4 } } });
    expect(applyChangesToList(views, invertDiff(pinned.diff).mapViews!)).toEqual(before);

    // A change computed from a view that has changed since conflicts.
    const stale = changeMapView(before[0]!, { topic: "Other" }, stepLabel("renameMapTopic", { name: "Other" }));
    const current = new Map(views.map((v) => [v.id, v]));
    expect(findConflict({ code: () => undefined, coding: () => undefined, mapView: (id) => current.get(id) }, stale.diff)).toEqual(before[0]);

    const removed = deleteMapView(views[0]!);
    expect(applyChangesToList(views, removed.diff.mapViews!)).toEqual([]);
    expect(applyChangesToList([], invertDiff(removed.diff).mapViews!)).toEqual(views);
  });

  it("copies a view under a new name and id, and refuses an empty name", () => {
    const original = applyChangesToList([], createMapView("p", "A", ids).diff.mapViews!)[0]!;
    const copy = createMapView("p", "B", ids, { ...original, hidden: ["x"] }).diff.mapViews!.added[0]!;
    expect(copy).toMatchObject({ name: "B", hidden: ["x"] });
    expect(copy.id).not.toBe(original.id);
    expect(() => createMapView("p", "  ", ids)).toThrow(/needs a name/);
    expect(() => changeMapView(original, { name: "" }, stepLabel("renameMapView", { name: "" }))).toThrow(/needs a name/);
  });
});

describe("map views in the project file", () => {
  const demoText = readFileSync(BANTEN_FIXTURE, "utf8");

  it("are optional, and kept through a round trip", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    expect(content.mapViews).toBeUndefined();
    const theme = content.codes.find((c) => c.parentId === null)!;
    const view = { ...createMapView(content.project.id, "Paper figure", ids).diff.mapViews!.added[0]!, themes: [theme.id], hidden: [content.cases[0]!.id], pins: { topic: { x: 1, y: 2 } } };
    const again = await parseProjectFile("again.json", await serializeProjectFile({ ...content, mapViews: [view] }));
    expect(again.mapViews).toEqual([view]);
  });

  it("name a view that refers to a missing theme, node or pin", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    const broken = [
      [{ themes: ["gone-theme"] }, 'map view "Broken" shows a missing theme (gone-theme)'],
      [{ hidden: ["gone-case"] }, 'map view "Broken" hides a missing node (gone-case)'],
      [{ pins: { "gone-pin": { x: 0, y: 0 } } }, 'map view "Broken" pins a missing node (gone-pin)'],
    ] as const;
    for (const [patch, problem] of broken) {
      const view = { ...createMapView(content.project.id, "Broken", ids).diff.mapViews!.added[0]!, ...patch };
      const text = await serializeProjectFile({ ...content, mapViews: [view] as MapView[] });
      expect((await problemOfAsync(() => parseProjectFile("study.telaah.json", text))).message).toBe(`study.telaah.json: is damaged: ${problem}`);
    }
  });
});
