// The batch import as the app runs it, on fake-indexeddb: each good file lands in its own
// transaction, each bad one is reported by name and leaves nothing, a file over 20 MB asks first,
// and the suggested case comes from the speaker turns or else the file name.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { importTranscriptFiles, LARGE_FILE_BYTES, linkSuggestedCase } from "../../src/app/importTranscripts";
import { appDatabase } from "../../src/persistence/database";
import { readDocuments } from "../../src/persistence/documents";
import { createProject, deleteProject, listProjects } from "../../src/persistence/projects";
import { useWorkbench } from "../../src/state/workbenchStore";

const db = appDatabase();
beforeEach(async () => {
  for (const p of await listProjects(db)) await deleteProject(db, p.id);
  useWorkbench.getState().closeImport();
});

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe("importTranscriptFiles", () => {
  it("imports the good files, reports the bad ones by name and writes nothing of them", async () => {
    const project = await createProject(db, "Batch");
    const files = [
      new File(["Interviewer: Hello?\r\nBudi: Halo, saya Budi.\r\n"], "one.txt"),
      new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], "scan.txt"),
      new File([utf16le("Terima kasih 😊\n")], "Informan Rina.txt"),
      new File([""], "blank.md"),
      new File(["WEBVTT\n\n00:01.000 --> 00:04.000\n<v Moderator>Pagi!</v>\n\n00:04.500 --> 00:06.000\n<v Ani>Selamat pagi</v>\n"], "call.vtt"),
    ];
    let asked = 0;
    await importTranscriptFiles(project.id, files, async () => (asked++, true));
    expect(asked).toBe(0);
    const results = useWorkbench.getState().importJob!.results;
    expect(results.map((r) => r.status)).toEqual(["imported", "failed", "imported", "failed", "imported"]);
    expect(results[1]!.message).toMatch(/^scan\.txt: .*PDF/);
    expect(results[3]!.message).toMatch(/^blank\.md: .*empty/);
    expect(results.map((r) => r.suggestedCase)).toEqual(["Budi", undefined, "Informan Rina", undefined, "Ani"]);
    const stored = await readDocuments(db, project.id);
    expect(stored.map((d) => d.name).sort()).toEqual(["Informan Rina", "call", "one"]);
    expect(stored.find((d) => d.name === "one")!.text).toBe("Interviewer: Hello?\nBudi: Halo, saya Budi.\n");
    expect(stored.find((d) => d.name === "Informan Rina")!.text).toBe("Terima kasih 😊\n");
    expect(stored.find((d) => d.name === "call")!.text).toBe(
      "[00:00:01.000 - 00:00:04.000] Moderator: Pagi!\n[00:00:04.500 - 00:00:06.000] Ani: Selamat pagi\n",
    );

    await linkSuggestedCase(project.id, 0);
    await linkSuggestedCase(project.id, 2);
    const cases = await db.cases.where("projectId").equals(project.id).toArray();
    expect(cases.map((c) => c.name).sort()).toEqual(["Budi", "Informan Rina"]);
    expect(await db.caseDocuments.where("projectId").equals(project.id).count()).toBe(2);
  });

  it("asks before a file over 20 MB and skips it when told no", async () => {
    const project = await createProject(db, "Large");
    const big = new File([new Uint8Array(LARGE_FILE_BYTES + 1).fill(0x61)], "huge.txt");
    const asked: string[] = [];
    await importTranscriptFiles(project.id, [big, new File(["Ana: ya\n"], "small.txt")], async (file) => (asked.push(file.name), false));
    expect(asked).toEqual(["huge.txt"]);
    expect(useWorkbench.getState().importJob!.results.map((r) => r.status)).toEqual(["skipped", "imported"]);
    expect((await readDocuments(db, project.id)).map((d) => d.name)).toEqual(["small"]);
  });
});
