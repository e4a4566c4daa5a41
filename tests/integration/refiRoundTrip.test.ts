// A REFI-QDA round trip through IndexedDB (fake-indexeddb): an imported project written and read
// back keeps its selections, users, rich text and missing dates, and exports to the same bytes as
// before it was stored; a change sets the project's modification time, which the export gives.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { renameCode } from "../../src/core/commands/codebookCommands";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import { appDatabase } from "../../src/persistence/database";
import { deleteProject, listProjects, readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { exportQdpx } from "../../src/formats/refiQda/qdpx";
import { importQdpx } from "../../src/formats/refiQda/qdpxImport";
import { strFromU8, unzipSync } from "fflate";
import { generatedProject, nvivoShaped } from "../support/vendorShaped";

const db = appDatabase();
const OPTIONS = { now: "2026-01-02T03:04:05.000Z", newId: () => globalThis.crypto.randomUUID() };

beforeEach(async () => {
  for (const p of await listProjects(db)) await deleteProject(db, p.id);
});

describe("a REFI-QDA project stored in IndexedDB", () => {
  for (const make of [nvivoShaped, () => generatedProject(11)]) {
    it(`exports as it did before it was stored (${make().name})`, async () => {
      const { content } = importQdpx("in.qdpx", make().bytes, OPTIONS);
      const project = await writeProjectContent(db, content);
      const stored = await readProjectContent(db, project.id);
      expect(await exportQdpx(stored, { target: "nvivo" })).toEqual(await exportQdpx(content, { target: "nvivo" }));
      expect(await exportQdpx(stored)).toEqual(await exportQdpx(await readProjectContent(db, project.id)));
    });
  }

  it("gives a change's time as the project's modifiedDateTime", async () => {
    const { content } = importQdpx("in.qdpx", nvivoShaped().bytes, OPTIONS);
    const project = await writeProjectContent(db, content);
    const qde = async () => strFromU8(unzipSync(await exportQdpx(await readProjectContent(db, project.id)))["project.qde"]!);
    expect(await qde()).toContain('modifiedDateTime="2025-06-12T09:00:00Z"');
    const before = Date.now();
    const model = await loadCodingModel(db, project.id);
    await applyProjectDiff(db, project.id, renameCode(model, content.codes[0]!.id, "Trust").diff);
    const modified = /<Project [^>]*modifiedDateTime="([^"]+)"/.exec(await qde())![1]!;
    expect(Date.parse(modified)).toBeGreaterThanOrEqual(before);
    expect(await qde()).toBe(await qde());
  });
});
