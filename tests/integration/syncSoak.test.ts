// Soak test of team sync: five members (the app's sync module, each on its own fake-indexeddb
// database) make 2,000 random edits each (apply, remove, rename, create, merge, undo) through one
// server while dropping off and coming back at random. Afterwards all five hold the same project,
// and it agrees with a model of the edits (tests/support/syncSoak.ts).
import "fake-indexeddb/auto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSyncServer, type SyncServer } from "../../src/server/syncServer";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseProjectFile } from "../../src/formats/projectFile";
import { readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { comparableContent, converged, emptyProject, teamMember } from "../support/syncClients";
import { EditModel, soak } from "../support/syncSoak";

const MEMBERS = 5;
const TOKEN = "soak-token-0123456789abcdef";
const EDITS = Number(process.env.TELAAH_SOAK_EDITS ?? 2000);

let server: SyncServer;
const dataDir = mkdtempSync(join(tmpdir(), "telaah-sync-"));
beforeAll(async () => {
  server = await startSyncServer({ dataDir, quiet: true });
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it(`keeps ${MEMBERS} members identical after ${EDITS} random edits each, with random disconnects`, async () => {
  const url = server.url;
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const model = new EditModel();
  const first = await teamMember(url, "soak", TOKEN, async (db) => (await writeProjectContent(db, content)).id, "A0");
  first.sync.seed(await readProjectContent(first.db, first.projectId));
  model.record({ codes: { added: content.codes, removed: [], updated: [] }, codings: { added: content.codings, removed: [], updated: [] } });
  const members = [first];
  for (let i = 1; i < MEMBERS; i++) members.push(await teamMember(url, "soak", TOKEN, emptyProject, `A${i}`));
  await converged(members);
  const documents = content.documents.map((d) => ({ id: d.id, length: [...d.text].length }));
  await soak(members, model, documents, EDITS, 1000);
  await converged(members, 300_000);
  const final = await comparableContent(first);
  expect(model.disagreements(new Set(final.codings.map((c) => c.id)), final.codes)).toEqual([]);
  expect(final.codings.length).toBeGreaterThan(100);
  for (const m of members) expect(m.errors).toEqual([]);
  for (const m of members) await m.close();
}, 1_800_000);
