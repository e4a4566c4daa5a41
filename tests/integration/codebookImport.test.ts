// Importing a codebook CSV or REFI-QDA .qdc into a project, as the app does it, on fake-indexeddb:
// codes already there (same name path, in any case) are kept, new ones are added under the right
// parent, a .qdc with codes already there waits for the user's choice, a bad file changes nothing,
// and the whole import is one undo step.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCodebookCodes, importCodebookFile } from "../../src/app/codebookImport";
import { undo } from "../../src/app/commandRunner";
import { parseProjectFile } from "../../src/formats/projectFile";
import { appDatabase } from "../../src/persistence/database";
import { writeProjectContent } from "../../src/persistence/projects";
import { useWorkbench } from "../../src/state/workbenchStore";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

async function bantenProject() {
  const db = appDatabase();
  const project = await writeProjectContent(db, await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
  const codes = () => db.codes.where("projectId").equals(project.id).toArray();
  return { projectId: project.id, codes, before: await codes() };
}

const notice = () => useWorkbench.getState().notice;

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

describe("codebook .qdc import", () => {
  // "Pelayanan manual" and its "Gratifikasi" are in the study; the other three codes are not.
  const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="t" name="pelayanan MANUAL" isCodable="true">
    <Code guid="g" name=" Gratifikasi" isCodable="true"><Code guid="g1" name="Uang rokok" isCodable="true"/></Code>
    <Code guid="c" name="Calo" isCodable="true"/>
  </Code>
  <Code guid="n" name="Literasi digital" isCodable="true"/>
</Codes></CodeBook>`;

  it("asks when codes are already there, then merges by name or adds all, each one undo step", async () => {
    const { projectId, codes, before } = await bantenProject();
    const choice = await importCodebookFile(projectId, new File([QDC], "shared.qdc"));
    expect(choice).toMatchObject({ fileName: "shared.qdc", matched: 2, added: 3, notes: [] });
    expect(choice!.codes).toHaveLength(5);
    expect(await codes()).toEqual(before);

    await importCodebookCodes(projectId, choice!, "merge");
    expect(notice()).toEqual({ kind: "info", text: "Codebook imported from shared.qdc: 3 codes added, 2 already there." });
    const merged = await codes();
    expect(merged).toHaveLength(before.length + 3);
    const named = (name: string) => merged.filter((c) => c.name === name);
    expect(named("Pelayanan manual")).toHaveLength(1);
    expect(named("Gratifikasi")).toHaveLength(1);
    expect(named("Uang rokok")[0]!.parentId).toBe(named("Gratifikasi")[0]!.id);
    expect(named("Calo")[0]!.parentId).toBe(named("Pelayanan manual")[0]!.id);
    expect(named("Literasi digital")[0]!.parentId).toBeNull();
    await undo(projectId);
    expect(await codes()).toEqual(before);

    await importCodebookCodes(projectId, choice!, "add");
    expect(notice()).toEqual({ kind: "info", text: "Codebook imported from shared.qdc: 5 codes added, 0 already there." });
    const added = await codes();
    expect(added).toHaveLength(before.length + 5);
    expect(added.filter((c) => c.name.toLowerCase() === "pelayanan manual")).toHaveLength(2);
    await undo(projectId);
    expect(await codes()).toEqual(before);
  });

  it("adds a codebook none of whose codes is there without asking, keeping its ids and reporting colours left out", async () => {
    const { projectId, codes, before } = await bantenProject();
    const xml = '<CodeBook><Codes><Code guid="x-1" name="Baru" color="red"><Code guid="x-2" name="Lagi" color="00f"/></Code></Codes></CodeBook>';
    expect(await importCodebookFile(projectId, new File([xml], "new.qdc"))).toBeNull();
    expect(notice()).toEqual({
      kind: "info",
      text: 'Codebook imported from new.qdc: 2 codes added, 0 already there. Colours not understood and left out: "red" on code "Baru".',
    });
    const after = await codes();
    expect(after).toHaveLength(before.length + 2);
    expect(after.find((c) => c.id === "x-2")).toMatchObject({ name: "Lagi", parentId: "x-1", color: "#0000ff" });
  });

  it("refuses a bad file with one message naming it, changing nothing", async () => {
    const { projectId, codes, before } = await bantenProject();
    expect(await importCodebookFile(projectId, new File(["<CodeBook><Codes/></CodeBook>"], "empty.qdc"))).toBeNull();
    expect(notice()).toEqual({ kind: "error", text: "empty.qdc: holds no codes" });
    expect(await importCodebookFile(projectId, new File(["<CodeBook><Codes>"], "cut.qdc"))).toBeNull();
    expect(notice()?.text).toMatch(/^cut\.qdc: is not well-formed XML \(line 1, column \d+/);
    expect(await codes()).toEqual(before);
  });
});
