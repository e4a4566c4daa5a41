// The app's sync module between browsers of one team (each its own fake-indexeddb database) through
// a local Hocuspocus server: a joining browser receives the whole project; codings, renames,
// deletions and text edits made online or offline converge; a colleague's codings of a code
// deleted meanwhile are kept and told; undo of a step a colleague changed since is refused.
import "fake-indexeddb/auto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSyncServer, type SyncServer } from "../../src/server/syncServer";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deleteCode, renameCode } from "../../src/core/commands/codebookCommands";
import { applyCode } from "../../src/core/commands/codingCommands";
import { editDocumentText } from "../../src/core/commands/textCommands";
import { codingMatrix } from "../../src/core/analysis/matrix";
import { ConflictError } from "../../src/persistence/applyDiff";
import { sliceCodePoints } from "../../src/core/text/offsets";
import { parseProjectFile } from "../../src/formats/projectFile";
import { readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { comparableContent, converged, emptyProject, teamMember, type TeamMember } from "../support/syncClients";

let server: SyncServer;
const dataDir = mkdtempSync(join(tmpdir(), "telaah-sync-"));
let url = "";
let rooms = 0;
const TOKEN = "team-token-0123456789abcdef";
const members: TeamMember[] = [];

beforeAll(async () => {
  server = await startSyncServer({ dataDir, quiet: true });
  url = server.url;
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const m of members.splice(0)) await m.close();
});

const demo = () => parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));

/** Ana shares the Banten demo; Budi joins it from an empty project. */
async function team(): Promise<[TeamMember, TeamMember]> {
  const room = `room-${++rooms}`;
  const ana = await teamMember(url, room, TOKEN, async (db) => (await writeProjectContent(db, await demo())).id, "Ana");
  ana.sync.seed(await readProjectContent(ana.db, ana.projectId));
  const budi = await teamMember(url, room, TOKEN, emptyProject, "Budi");
  members.push(ana, budi);
  await converged([ana, budi]);
  return [ana, budi];
}

/** A passage of a document at a code, by `member`'s coder. */
async function code(member: TeamMember, codeName: string, documentIndex: number, start: number, end: number): Promise<boolean> {
  const model = await member.model();
  const codeId = [...model.codes.values()].find((c) => c.name === codeName)!.id;
  const content = await readProjectContent(member.db, member.projectId);
  const documentId = [...content.documents].sort((a, b) => a.name.localeCompare(b.name))[documentIndex]!.id;
  return member.run((m) => applyCode(m, { id: crypto.randomUUID(), projectId: member.projectId, documentId, codeId, coderId: member.coder.id, start, end, created: new Date().toISOString() }));
}

describe("a shared project", () => {
  it("reaches a joining browser whole, and a coding made by one reaches the other", async () => {
    const [ana, budi] = await team();
    const seeded = await comparableContent(ana);
    expect((await comparableContent(budi)).codings).toHaveLength(seeded.codings.length);
    expect(seeded.codings.length).toBeGreaterThan(20);
    expect(await code(ana, "Respon admin lambat", 0, 10, 40)).toBe(true);
    await converged([ana, budi]);
    expect((await comparableContent(budi)).codings).toHaveLength(seeded.codings.length + 1);
    expect(budi.errors).toEqual([]);
  });

  it("merges codings made offline on both sides, and a concurrent rename converges to one of the names", async () => {
    const [ana, budi] = await team();
    const before = (await comparableContent(ana)).codings.length;
    ana.sync.disconnect();
    budi.sync.disconnect();
    for (let i = 0; i < 10; i++) {
      expect(await code(ana, "Respon admin lambat", 1, 40 * i, 40 * i + 20)).toBe(true);
      expect(await code(budi, "Respon admin lambat", 2, 40 * i, 40 * i + 20)).toBe(true);
    }
    const codeId = [...(await ana.model()).codes.values()].find((c) => c.name === "Respon admin lambat")!.id;
    await ana.run((m) => renameCode(m, codeId, "Respon lambat (Ana)"));
    await budi.run((m) => renameCode(m, codeId, "Respon lambat (Budi)"));
    await Promise.all([ana.sync.connect(), budi.sync.connect()]);
    await converged([ana, budi]);
    const after = await comparableContent(ana);
    expect(after.codings).toHaveLength(before + 20);
    expect(["Respon lambat (Ana)", "Respon lambat (Budi)"]).toContain(after.codes.find((c) => c.id === codeId)!.name);
  });

  it("keeps a colleague's codings of a code deleted meanwhile, and says who deleted it", async () => {
    const [ana, budi] = await team();
    const codeId = [...(await ana.model()).codes.values()].find((c) => c.name === "Respon admin lambat")!.id;
    budi.sync.disconnect();
    await code(budi, "Respon admin lambat", 3, 5, 25);
    await code(budi, "Respon admin lambat", 3, 200, 240);
    expect(await ana.run((m) => deleteCode(m, codeId))).toBe(true);
    await budi.sync.connect();
    await converged([ana, budi]);
    for (const member of [ana, budi]) {
      const content = await comparableContent(member);
      expect(content.codes.some((c) => c.id === codeId)).toBe(false);
      const kept = content.codings.filter((c) => c.codeId === codeId);
      expect(kept).toHaveLength(2);
      expect(kept.every((c) => c.coderId === budi.coder.id)).toBe(true);
      expect(member.sync.deletions().get(codeId)).toMatchObject({ name: "Respon admin lambat", by: "Ana" });
    }
  });

  it("refuses to undo a step whose record a colleague changed since, and names the colleague", async () => {
    const [ana, budi] = await team();
    const codeId = [...(await ana.model()).codes.values()].find((c) => c.name === "Respon admin lambat")!.id;
    await ana.run((m) => renameCode(m, codeId, "Lambat"));
    await converged([ana, budi]);
    await budi.run((m) => renameCode(m, codeId, "Sangat lambat"));
    await converged([ana, budi]);
    const refused = await ana.undoLast();
    expect(refused).toBeInstanceOf(ConflictError);
    expect(ana.sync.lastChangedBy((refused as ConflictError).record.id)).toBe("Budi");
    expect((await ana.model()).codes.get(codeId)!.name).toBe("Sangat lambat");
  });

  it("finds again the codings made offline on a text a colleague edited meanwhile", async () => {
    const [ana, budi] = await team();
    const content = await readProjectContent(ana.db, ana.projectId);
    const document = [...content.documents].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    budi.sync.disconnect();
    expect(await code(budi, "Respon admin lambat", 0, 300, 340)).toBe(true);
    const quote = sliceCodePoints(document.text, 300, 340);
    await ana.run((m) => editDocumentText(m, ana.projectId, document.id, `Catatan: 🎙️ wawancara.\n${document.text}`, document.name));
    await budi.sync.connect();
    await converged([ana, budi]);
    for (const member of [ana, budi]) {
      const stored = await readProjectContent(member.db, member.projectId);
      const text = stored.documents.find((d) => d.id === document.id)!.text;
      const mine = stored.codings.filter((c) => c.coderId === budi.coder.id && c.documentId === document.id);
      expect(mine).toHaveLength(1);
      expect(sliceCodePoints(text, mine[0]!.start, mine[0]!.end)).toBe(quote);
      expect(mine[0]!.start).toBe(300 + [..."Catatan: 🎙️ wawancara.\n"].length);
    }
  });

  it("counts touching passages of one code by one coder, made on two offline devices, as one reference, and keeps both records", async () => {
    const [ana] = await team();
    const laptop = await teamMember(url, "room-" + rooms, TOKEN, emptyProject, "Ana", ana);
    members.push(laptop);
    await converged([ana, laptop]);
    const references = async (member: TeamMember) => {
      const content = await readProjectContent(member.db, member.projectId);
      const matrix = codingMatrix(content, { columns: { kind: "documents" }, measure: "references" });
      const codeId = content.codes.find((c) => c.name === "Respon admin lambat")!.id;
      return { total: matrix.rows.find((r) => r.codeId === codeId)!.total, codings: content.codings.filter((c) => c.codeId === codeId && c.coderId === ana.coder.id).length };
    };
    const before = await references(ana);
    ana.sync.disconnect();
    laptop.sync.disconnect();
    expect(await code(ana, "Respon admin lambat", 5, 100, 130)).toBe(true);
    expect(await code(laptop, "Respon admin lambat", 5, 130, 160)).toBe(true);
    await Promise.all([ana.sync.connect(), laptop.sync.connect()]);
    await converged([ana, laptop]);
    for (const member of [ana, laptop]) expect(await references(member)).toEqual({ total: before.total + 1, codings: before.codings + 2 });
  });

  it("sends work done offline after the browser was closed and opened again", async () => {
    const [ana, budi] = await team();
    budi.sync.disconnect();
    expect(await code(budi, "Respon admin lambat", 4, 50, 90)).toBe(true);
    await budi.reopen();
    await converged([ana, budi]);
    const codings = (await comparableContent(ana)).codings.filter((c) => c.coderId === budi.coder.id);
    expect(codings).toHaveLength(1);
  });

  it("keeps a change saved while the sync was starting again, and sends it", async () => {
    const [ana, budi] = await team();
    const model = await budi.model();
    const codeId = [...model.codes.values()].find((c) => c.name === "Respon admin lambat")!.id;
    await budi.reopen([renameCode(model, codeId, "Disimpan saat memuat").diff]);
    await converged([ana, budi]);
    for (const member of [ana, budi]) expect((await member.model()).codes.get(codeId)!.name).toBe("Disimpan saat memuat");
  });
});
