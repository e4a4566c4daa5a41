// What the open document's read listens for: each kind of write to the database (a coding added,
// changed in place, deleted; a text saved; many codings at once), caught as Dexie reports it, is
// found to touch the document it concerns and, except where Dexie reports a whole range, no other.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import Dexie, { type IntervalTree } from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { parseProjectFile } from "../../src/formats/projectFile";
import { writeProjectContent } from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";
import { touches } from "../../src/state/documentWithCodings";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

const opened: TelaahDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function demo() {
  const db = new TelaahDatabase(`document-read-${process.pid}-${opened.length}`);
  opened.push(db);
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  await writeProjectContent(db, content);
  const [a, b] = content.documents;
  const idsOf = (documentId: string) => new Set(content.codings.filter((c) => c.documentId === documentId).map((c) => c.id));
  return { db, content, projectId: content.project.id, a: a!.id, b: b!.id, idsOf };
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

describe("the open document's read", () => {
  it("is read again for the writes that touch its document, text or codings, and not for another document's", async () => {
    const { db, content, projectId, a, b, idsOf } = await demo();
    const touched = (parts: Record<string, IntervalTree>) => ({ a: touches(parts, db.name, projectId, a, idsOf(a)), b: touches(parts, db.name, projectId, b, idsOf(b)) });
    const codingOf = (documentId: string) => content.codings.find((c) => c.documentId === documentId)!;

    const added = { ...codingOf(a), id: "new-coding", start: 0, end: 5 };
    expect(touched(await partsOf(() => db.codings.add(added)))).toEqual({ a: true, b: false });
    expect(touched(await partsOf(() => db.codings.put({ ...codingOf(a), end: codingOf(a).end + 1 })))).toEqual({ a: true, b: false });
    expect(touched(await partsOf(() => db.codings.delete([projectId, codingOf(b).id])))).toEqual({ a: false, b: true });
    const text = (await db.documentTexts.get([projectId, a]))!;
    expect(touched(await partsOf(() => db.documentTexts.put({ ...text, text: `${text.text}.` })))).toEqual({ a: true, b: false });
    expect(touched(await partsOf(() => db.codes.put({ ...content.codes[0]!, name: "Renamed" })))).toEqual({ a: false, b: false });
    // Fifty or more at once are reported as the whole table: read again, to be safe.
    const many = Array.from({ length: 60 }, (_, i) => ({ ...codingOf(b), id: `many-${i}` }));
    expect(touched(await partsOf(() => db.codings.bulkAdd(many)))).toEqual({ a: true, b: true });
  });
});
