// Opening a database written by the previous schema: version 1 named the coder on each coding;
// version 2 keeps coders as records. Nothing the user coded may be lost on the way.
import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { SCHEMA_V1, TelaahDatabase } from "../../src/persistence/schema";

describe("schema upgrade 1 → 2", () => {
  it("turns coder names into coder records and keeps every coding", async () => {
    const name = `migration-${process.pid}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    const base = { quote: "q", before: "", after: "", created: "2024-01-01T00:00:00Z" };
    await old.table("projects").bulkAdd([
      { id: "p1", name: "One", created: "x", modified: "x" },
      { id: "p2", name: "Two", created: "x", modified: "x" },
    ]);
    await old.table("codings").bulkAdd([
      { ...base, projectId: "p1", id: "c1", documentId: "d", codeId: "k", start: 0, end: 3, coder: "Rina" },
      { ...base, projectId: "p1", id: "c2", documentId: "d", codeId: "k", start: 4, end: 9, coder: "Rina" },
      { ...base, projectId: "p1", id: "c3", documentId: "d", codeId: "k", start: 1, end: 2, coder: "Budi" },
      { ...base, projectId: "p1", id: "c4", documentId: "d", codeId: "k", start: 5, end: 6 },
    ]);
    old.close();

    const db = new TelaahDatabase(name);
    await db.open();
    // Opened at the current version (6 adds the map views table, 7 the memos, 8 the saved queries, 9 an
    // index of codings by start, with nothing to upgrade).
    expect(db.verno).toBe(9);
    expect(await db.mapViews.count()).toBe(0);
    expect(await db.memos.count()).toBe(0);
    expect(await db.savedQueries.count()).toBe(0);
    const coders = await db.coders.toArray();
    expect(coders.filter((c) => c.projectId === "p1").map((c) => c.name).sort()).toEqual(["Budi", "Rina", "me"]);
    expect(coders.filter((c) => c.projectId === "p2").map((c) => c.name)).toEqual(["me"]);
    const codings = await db.codings.toArray();
    expect(codings).toHaveLength(4);
    const nameOf = (id: string) => coders.find((c) => c.id === id)?.name;
    expect(Object.fromEntries(codings.map((c) => [c.id, nameOf(c.coderId)]))).toEqual({ c1: "Rina", c2: "Rina", c3: "Budi", c4: "me" });
    expect(codings.every((c) => !("coder" in c))).toBe(true);
    expect(codings.find((c) => c.id === "c2")).toMatchObject({ start: 4, end: 9 });
    // The index added by version 9 holds the codings stored before it: those of d starting before 4.
    const early = await db.codings.where("[projectId+documentId+start]").between(["p1", "d", -Infinity], ["p1", "d", 4]).primaryKeys();
    expect(early.map((key) => key[1]).sort()).toEqual(["c1", "c3"]);
    await db.delete();
  });
});
