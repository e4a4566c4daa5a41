// Importing a codebook CSV into a project, as the app does it, on fake-indexeddb: codes already
// there (same theme and name, in any case) are kept, new ones are added under the right theme,
// and the whole import is one undo step.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCodebookFile } from "../../src/app/codebookActions";
import { undo } from "../../src/app/commandRunner";
import { parseProjectFile } from "../../src/formats/projectFile";
import { appDatabase } from "../../src/persistence/database";
import { writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

describe("codebook CSV import", () => {
  it("adds what is new, keeps what is there, and undoes as one step", async () => {
    const db = appDatabase();
    const project = await writeProjectContent(db, await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
    const before = await db.codes.where("projectId").equals(project.id).toArray();
    const csv = [
      "theme,code,description,color",
      "pelayanan manual,,,", // the existing theme, spelled in lower case
      "Pelayanan manual,Calo,Brokers who sell faster service,#abc",
      "Pelayanan manual,GRATIFIKASI,,", // an existing code
      "Literasi digital,,Digital literacy,",
      "Literasi digital,Pelatihan admin,,",
    ].join("\n");
    await importCodebookFile(project.id, new File([csv], "more codes.csv"));

    const after = await db.codes.where("projectId").equals(project.id).toArray();
    expect(after).toHaveLength(before.length + 3);
    const byName = (name: string) => after.find((c) => c.name === name)!;
    expect(byName("Calo")).toMatchObject({ parentId: byName("Pelayanan manual").id, description: "Brokers who sell faster service", color: "#aabbcc" });
    expect(byName("Literasi digital").parentId).toBeNull();
    expect(byName("Pelatihan admin").parentId).toBe(byName("Literasi digital").id);
    expect(after.filter((c) => c.name.toLowerCase() === "gratifikasi")).toHaveLength(1);

    await undo(project.id);
    expect((await db.codes.where("projectId").equals(project.id).toArray()).map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
  });
});
