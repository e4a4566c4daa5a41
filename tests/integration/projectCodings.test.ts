// What the project's codings, kept up to date, read again after each kind of write, as Dexie reports
// it: the codings written by id (added, changed in place, deleted), nothing for another project's
// codings or another table, everything for a write reported as a range. Then the patched list is
// checked, order included, against a plain read of all the project's codings after a run of mixed writes.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import Dexie, { type IntervalTree } from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { parseProjectFile } from "../../src/formats/projectFile";
import { writeProjectContent } from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";
import { KeptCodings, writtenCodings } from "../../src/state/projectCodings";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

const opened: TelaahDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function demo() {
  const db = new TelaahDatabase(`project-codings-${process.pid}-${opened.length}`);
  opened.push(db);
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  await writeProjectContent(db, content);
  return { db, content, projectId: content.project.id };
}

/** The parts Dexie reports for the writes that `write` makes. */
async function partsOf(write: () => Promise<unknown>): Promise<Record<string, IntervalTree>> {
  const parts: Record<string, IntervalTree> = {};
  const listen = (reported: Record<string, IntervalTree>) => Object.assign(parts, reported);
  Dexie.on("storagemutated", listen);
  try {
    await write();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    Dexie.on("storagemutated").unsubscribe(listen);
  }
  return parts;
}

describe("the project's codings kept from each write", () => {
  it("reads again by id the codings written, nothing for other writes, all for a range", async () => {
    const { db, content, projectId } = await demo();
    const written = async (write: () => Promise<unknown>, project = projectId) => writtenCodings(await partsOf(write), db.name, project);
    const [first, second] = content.codings;

    expect(await written(() => db.codings.add({ ...first!, id: "new-coding", start: 0, end: 5 }))).toEqual({ kind: "some", ids: ["new-coding"] });
    expect(await written(() => db.codings.put({ ...second!, end: second!.end + 1 }))).toEqual({ kind: "some", ids: [second!.id] });
    expect(await written(() => db.codings.delete([projectId, first!.id]))).toEqual({ kind: "some", ids: [first!.id] });
    expect(await written(() => db.codings.put({ ...second!, end: second!.end + 2 }), "another-project")).toEqual({ kind: "none" });
    expect(await written(() => db.codes.put({ ...content.codes[0]!, name: "Renamed" }))).toEqual({ kind: "none" });
    const many = Array.from({ length: 60 }, (_, i) => ({ ...second!, id: `many-${i}` }));
    expect(await written(() => db.codings.bulkAdd(many))).toEqual({ kind: "all" });
  });

  it("patched by id, matches a full read after a run of adds, changes and deletions", async () => {
    const { db, content, projectId } = await demo();
    const kept = new KeptCodings();
    kept.replaceAll(await db.codings.where("projectId").equals(projectId).toArray());
    const patch = async (write: () => Promise<unknown>) => {
      const written = writtenCodings(await partsOf(write), db.name, projectId);
      expect(written.kind).toBe("some");
      if (written.kind !== "some") return;
      kept.patch(written.ids, await db.codings.bulkGet(written.ids.map((id) => [projectId, id])));
    };
    const codings = content.codings;
    for (let i = 0; i < 12; i++) {
      const coding = codings[(i * 7) % codings.length]!;
      if (i % 3 === 0) await patch(() => db.codings.add({ ...coding, id: `added-${i}`, start: i, end: i + 3 }));
      else if (i % 3 === 1) await patch(() => db.codings.put({ ...coding, end: coding.end + i }));
      else await patch(() => db.codings.delete([projectId, coding.id]));
    }
    // In the database's own order too: an added coding goes where its id sorts, not at the end.
    expect(kept.list()).toEqual(await db.codings.where("projectId").equals(projectId).toArray());
  });
});
