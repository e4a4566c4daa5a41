// Soak test of team sync: five members (the app's sync module, each on its own fake-indexeddb
// database) make 2,000 random edits each (apply, remove, rename, create, merge, undo) through one
// server while dropping off and coming back at random. Afterwards all five hold the same project,
// and it agrees with a model of the edits: every coding added and never removed is there, nothing
// is there that nobody added, a coding whose last edit removed it is back only when someone changed
// it meanwhile, one whose last edit added it is gone only when someone removed it, and every code's
// name is one somebody gave it.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { Server } from "@hocuspocus/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCode, mergeCode, renameCode } from "../../src/core/commands/codebookCommands";
import { applyCode, removeCoding } from "../../src/core/commands/codingCommands";
import type { CommandResult, ProjectDiff } from "../../src/core/commands/diff";
import type { CodingModel } from "../../src/core/commands/model";
import { parseProjectFile } from "../../src/formats/projectFile";
import { loadCodingModel } from "../../src/persistence/applyDiff";
import { readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { seededRandom } from "../support/random";
import { comparableContent, converged, emptyProject, teamMember, type TeamMember } from "../support/syncClients";

const MEMBERS = 5;
const EDITS = Number(process.env.TELAAH_SOAK_EDITS ?? 2000);

let server: Server;
beforeAll(async () => {
  server = new Server({ port: 0, quiet: true, stopOnSignals: false });
  await server.listen();
});
afterAll(() => server.destroy());

/** What the edits did, as seen by whoever made them. */
const model = { added: new Set<string>(), removed: new Set<string>(), updated: new Set<string>(), last: new Map<string, "added" | "removed">(), names: new Map<string, Set<string>>() };

function record(diff: ProjectDiff): void {
  for (const c of diff.codings.removed) {
    model.removed.add(c.id);
    model.last.set(c.id, "removed");
  }
  for (const c of diff.codings.added) {
    model.added.add(c.id);
    model.last.set(c.id, "added");
  }
  for (const { after } of diff.codings.updated) model.updated.add(after.id);
  for (const code of [...diff.codes.added, ...diff.codes.updated.map((u) => u.after)]) {
    const names = model.names.get(code.id) ?? new Set<string>();
    names.add(code.name);
    model.names.set(code.id, names);
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

/** One random edit by a member; the model is told of what was saved. */
async function randomEdit(member: TeamMember, random: () => number, documents: { id: string; length: number }[], n: number): Promise<void> {
  const { db, projectId, coder } = member;
  const roll = random();
  const run = async (load: () => Promise<CodingModel>, command: (m: CodingModel) => CommandResult | null) => {
    const m = await load();
    const result = command(m);
    if (!result) return;
    if (await member.run(() => result)) record(result.diff);
  };
  const scoped = (scope: Parameters<typeof loadCodingModel>[2]) => () => loadCodingModel(db, projectId, scope);
  const document = pick(random, documents)!;
  const codes = async () => [...(await loadCodingModel(db, projectId, { documentIds: [] })).codes.values()];
  if (roll < 0.4) {
    const code = pick(random, await codes());
    const start = Math.floor(random() * (document.length - 60));
    if (!code) return;
    await run(scoped({ documentIds: [document.id] }), (m) => applyCode(m, { id: crypto.randomUUID(), projectId, documentId: document.id, codeId: code.id, coderId: coder.id, start, end: start + 5 + Math.floor(random() * 50), created: "2026-12-01T00:00:00Z" }));
  } else if (roll < 0.55) {
    await run(scoped({ documentIds: [document.id] }), (m) => {
      const mine = [...m.codings.values()].filter((c) => c.coderId === coder.id && c.documentId === document.id);
      const coding = pick(random, mine);
      return coding ? removeCoding(m, coding.id, coder.id) : null;
    });
  } else if (roll < 0.7) {
    const code = pick(random, await codes());
    if (code) await run(scoped({}), (m) => (m.codes.has(code.id) ? renameCode(m, code.id, `${code.name.split(" ·")[0]} · ${coder.name} ${n}`) : null));
  } else if (roll < 0.75) {
    await run(scoped({}), (m) => createCode(m, { id: crypto.randomUUID(), projectId, name: `Baru ${coder.name} ${n}`, parentId: null, color: null, description: "" }));
  } else if (roll < 0.8) {
    const all = (await codes()).filter((c) => c.parentId !== null);
    const [source, target] = [pick(random, all), pick(random, all)];
    if (!source || !target || source.id === target.id) return;
    await run(scoped({ codeIds: [source.id, target.id] }), (m) => {
      try {
        return mergeCode(m, source.id, target.id, () => crypto.randomUUID());
      } catch {
        return null; // a subcode name clash, or a code a colleague changed meanwhile
      }
    });
  } else {
    const undone = await member.undoLast();
    if (undone && !(undone instanceof Error)) record(undone);
  }
}

it(`keeps ${MEMBERS} members identical after ${EDITS} random edits each, with random disconnects`, async () => {
  const url = `ws://127.0.0.1:${server.address.port}`;
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const first = await teamMember(url, "soak", "token", async (db) => (await writeProjectContent(db, content)).id, "A0");
  first.sync.seed(await readProjectContent(first.db, first.projectId));
  record({ codes: { added: content.codes, removed: [], updated: [] }, codings: { added: content.codings, removed: [], updated: [] } });
  const members = [first];
  for (let i = 1; i < MEMBERS; i++) members.push(await teamMember(url, "soak", "token", emptyProject, `A${i}`));
  await converged(members);
  const documents = content.documents.map((d) => ({ id: d.id, length: [...d.text].length }));
  const randoms = members.map((_, i) => seededRandom(1000 + i));
  const offlineUntil = members.map(() => -1);
  for (let n = 0; n < EDITS; n++) {
    await Promise.all(
      members.map(async (member, i) => {
        const random = randoms[i]!;
        if (offlineUntil[i]! < 0 && random() < 0.005) {
          member.sync.disconnect();
          offlineUntil[i] = n + 20 + Math.floor(random() * 80);
        } else if (offlineUntil[i] === n) {
          offlineUntil[i] = -1;
          void member.sync.connect();
        }
        await randomEdit(member, random, documents, n);
      }),
    );
  }
  await Promise.all(members.map((m) => m.sync.connect()));
  await converged(members, 120_000);
  const final = await comparableContent(first);
  const present = new Set(final.codings.map((c) => c.id));
  for (const id of model.added) if (!model.removed.has(id)) expect(present.has(id), `coding ${id} was added and never removed`).toBe(true);
  for (const id of present) expect(model.added.has(id), `coding ${id} was never added`).toBe(true);
  for (const id of present) if (model.last.get(id) === "removed") expect(model.updated.has(id), `coding ${id} was removed last and is back without a change`).toBe(true);
  for (const [id, last] of model.last) if (last === "added" && !present.has(id)) expect(model.removed.has(id), `coding ${id} was added last and is gone without a removal`).toBe(true);
  for (const code of final.codes) expect(model.names.get(code.id)?.has(code.name), `the name of code ${code.id}`).toBe(true);
  expect(final.codings.length).toBeGreaterThan(100);
  for (const m of members) expect(m.errors).toEqual([]);
  for (const m of members) await m.close();
}, 1_200_000);
