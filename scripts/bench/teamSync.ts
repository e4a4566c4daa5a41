// Team sync through the app's own sync module (Node, each member on its own fake-indexeddb
// database): how long a coding takes from one member's save to being written in another member's
// database, and the soak of five members × 2,000 random edits with random disconnects.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { applyCode } from "../../src/core/commands/codingCommands";
import { parseProjectFile } from "../../src/formats/projectFile";
import { readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../bantenStudyFiles";
import { comparableContent, converged, emptyProject, teamMember, type TeamMember } from "../../tests/support/syncClients";
import { EditModel, soak } from "../../tests/support/syncSoak";
import type { Figure } from "./harness";

/** A running sync server as the benchmark uses it: its address, its memory, and the way to stop it. */
export interface BenchServer {
  url: string;
  /** The server process's peak resident memory so far, in MB (null when it shares this process). */
  peakMemoryMb(): number | null;
  stop(): Promise<void>;
}

const demo = () => parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
let rooms = 0;

/** The demo shared by a first member, and `count - 1` more joined to it (each member on `urls[i % urls.length]`). */
async function team(urls: string[], count: number): Promise<TeamMember[]> {
  const room = `bench-${process.pid}-${++rooms}`;
  const first = await teamMember(urls[0]!, room, "bench-token-0123456789abcdef", async (db) => (await writeProjectContent(db, await demo())).id, "M0");
  first.sync.seed(await readProjectContent(first.db, first.projectId));
  const members = [first];
  for (let i = 1; i < count; i++) members.push(await teamMember(urls[i % urls.length]!, room, "bench-token-0123456789abcdef", emptyProject, `M${i}`));
  await converged(members, 60_000);
  return members;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Milliseconds from a coding's save by the first member to its arrival in the second's database, `rounds` times. */
async function propagation(urls: string[], rounds: number): Promise<{ median: number; p95: number }> {
  const [from, to] = await team(urls, 2);
  const content = await readProjectContent(from!.db, from!.projectId);
  const document = content.documents[0]!;
  const codeId = content.codes.find((c) => c.parentId !== null)!.id;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const id = crypto.randomUUID();
    const arrived = new Promise<number>((resolve) => {
      to!.onRemoteDiff = (diff) => {
        if (diff.codings.added.some((c) => c.id === id)) resolve(performance.now());
      };
    });
    const start = performance.now();
    const offset = (i * 7) % 400;
    await from!.run((m) => applyCode(m, { id, projectId: from!.projectId, documentId: document.id, codeId, coderId: from!.coder.id, start: offset, end: offset + 3, created: "2026-12-01T00:00:00Z" }));
    times.push((await arrived) - start);
  }
  for (const m of [from!, to!]) await m.close();
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** The soak: five members, `edits` random edits each; seconds until all five hold the same project. */
async function soakTime(url: string, edits: number): Promise<{ seconds: number; agrees: boolean }> {
  const members = await team([url], 5);
  const content = await readProjectContent(members[0]!.db, members[0]!.projectId);
  const model = new EditModel();
  model.record({ codes: { added: content.codes, removed: [], updated: [] }, codings: { added: content.codings, removed: [], updated: [] } });
  const documents = content.documents.map((d) => ({ id: d.id, length: [...d.text].length }));
  const start = performance.now();
  await soak(members, model, documents, edits, 7);
  await converged(members, 600_000);
  const seconds = (performance.now() - start) / 1000;
  const final = await comparableContent(members[0]!);
  const agrees = model.disagreements(new Set(final.codings.map((c) => c.id)), final.codes).length === 0;
  for (const m of members) await m.close();
  return { seconds, agrees };
}

export async function benchTeamSync(oneServer: BenchServer, twoInstances: [BenchServer, BenchServer] | null, edits = 2000): Promise<Figure[]> {
  const figures: Figure[] = [];
  const one = await propagation([oneServer.url], 200);
  const note = "from one member's save to the other's database (both the app's sync module on fake-indexeddb); 200 codings";
  figures.push({ name: "A coding reaching another member, one server: median", value: Math.round(one.median * 10) / 10, unit: "ms", target: "< 100 ms", note });
  figures.push({ name: "the same, 95th percentile", value: Math.round(one.p95 * 10) / 10, unit: "ms", note });
  if (twoInstances) {
    const two = await propagation(twoInstances.map((s) => s.url), 200);
    const noteTwo = "the two members on two server instances sharing one Redis";
    figures.push({ name: "A coding reaching another member, two instances with Redis: median", value: Math.round(two.median * 10) / 10, unit: "ms", target: "< 100 ms", note: noteTwo });
    figures.push({ name: "the same, 95th percentile", value: Math.round(two.p95 * 10) / 10, unit: "ms", note: noteTwo });
  }
  const soaked = await soakTime(oneServer.url, edits);
  figures.push({ name: `Soak: 5 members × ${edits.toLocaleString("en-US")} random edits, until all agree`, value: Math.round(soaked.seconds * 10) / 10, unit: "s", note: `random disconnects; the final project ${soaked.agrees ? "agrees" : "DOES NOT agree"} with the model of the edits` });
  const memory = oneServer.peakMemoryMb();
  if (memory !== null) figures.push({ name: "the server's peak resident memory", value: Math.round(memory), unit: "MB", note: "VmHWM of the server process over the propagation runs and the soak" });
  return figures;
}
