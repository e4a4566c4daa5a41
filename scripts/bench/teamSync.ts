// Team sync through the app's own sync module (Node, each member on its own fake-indexeddb
// database): how long a coding takes from one member's save to being written in another member's
// database, the soak of five members × 2,000 random edits with random disconnects, and the size of
// the demo project's room.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { applyCode } from "../../src/core/commands/codingCommands";
import { parseProjectFile } from "../../src/formats/projectFile";
import { readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { BANTEN_FIXTURE } from "../bantenStudyFiles";
import { comparableContent, converged, emptyProject, teamMember, type TeamMember } from "../../tests/support/syncClients";
import { EditModel, soak } from "../../tests/support/syncSoak";
import type { Figure } from "./harness";

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

/**
 * Through the app's sync module: a coding from one member's save to another member's database, over
 * one server and over two instances sharing Redis; the soak, with the server's peak memory after it.
 */
export async function benchAppSync(oneServer: string, twoInstances: [string, string], serverPeakMb: () => number, edits = 2000): Promise<Figure[]> {
  const one = await propagation([oneServer], 200);
  const two = await propagation(twoInstances, 200);
  const note = "through the app's sync module, from one member's save to the other's database (fake-indexeddb); 200 codings";
  const soaked = await soakTime(oneServer, edits);
  const ms = (value: number) => Math.round(value * 10) / 10;
  return [
    { name: "a coding reaches another member's database, one server: median", value: ms(one.median), unit: "ms", target: "< 100 ms", note },
    { name: "a coding reaches another member's database, one server: p95", value: ms(one.p95), unit: "ms", note },
    { name: "a coding reaches another member's database, two instances and Redis: median", value: ms(two.median), unit: "ms", target: "< 100 ms", note },
    { name: "a coding reaches another member's database, two instances and Redis: p95", value: ms(two.p95), unit: "ms", note },
    { name: `soak: 5 members × ${edits.toLocaleString("en-US")} random edits, until all agree`, value: ms(soaked.seconds), unit: "s", note: `random disconnects; the five end ${soaked.agrees ? "identical and in agreement with" : "NOT in agreement with"} the model of the edits` },
    { name: "the server's peak resident memory, after the soak", value: Math.round(serverPeakMb()), unit: "MB", note: "VmHWM of the one server's process" },
  ];
}

/** The Banten demo shared into a room of a server of its own; the bytes its data dir holds afterwards. */
export async function demoRoomBytes(url: string): Promise<number> {
  const [first] = await team([url], 1);
  while (first!.sync.status !== "synced") await new Promise((resolve) => setTimeout(resolve, 50));
  const bytes = (await import("yjs")).encodeStateAsUpdate(first!.sync.doc).byteLength;
  await first!.close();
  return bytes;
}
