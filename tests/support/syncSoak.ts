// The soak of team sync, shared by its test and its benchmark: random edits by a member (apply,
// remove, rename, create, merge, undo) and a model of what the edits did, by id, against which the
// members' final project is checked.
import { createCode, mergeCode, renameCode } from "../../src/core/commands/codebookCommands";
import { applyCode, removeCoding } from "../../src/core/commands/codingCommands";
import type { CommandResult, ProjectDiff } from "../../src/core/commands/diff";
import type { CodingModel } from "../../src/core/commands/model";
import { loadCodingModel } from "../../src/persistence/applyDiff";
import { seededRandom } from "./random";
import type { TeamMember } from "./syncClients";

/** What the edits did, as seen by whoever made them. */
export class EditModel {
  readonly added = new Set<string>();
  readonly removed = new Set<string>();
  readonly updated = new Set<string>();
  readonly last = new Map<string, "added" | "removed">();
  readonly names = new Map<string, Set<string>>();

  record(diff: ProjectDiff): void {
    for (const c of diff.codings.removed) {
      this.removed.add(c.id);
      this.last.set(c.id, "removed");
    }
    for (const c of diff.codings.added) {
      this.added.add(c.id);
      this.last.set(c.id, "added");
    }
    for (const { after } of diff.codings.updated) this.updated.add(after.id);
    for (const code of [...diff.codes.added, ...diff.codes.updated.map((u) => u.after)]) {
      const names = this.names.get(code.id) ?? new Set<string>();
      names.add(code.name);
      this.names.set(code.id, names);
    }
  }

  /**
   * What the final codings and codes break of the model, as messages (none when they agree): a
   * coding added and never removed that is missing, one nobody added, one whose last edit removed it
   * back without anyone changing it, one whose last edit added it gone without a removal, a code
   * with a name nobody gave it.
   */
  disagreements(codingIds: ReadonlySet<string>, codes: readonly { id: string; name: string }[]): string[] {
    const problems: string[] = [];
    for (const id of this.added) if (!this.removed.has(id) && !codingIds.has(id)) problems.push(`coding ${id} was added and never removed, and is missing`);
    for (const id of codingIds) if (!this.added.has(id)) problems.push(`coding ${id} was never added`);
    for (const id of codingIds) if (this.last.get(id) === "removed" && !this.updated.has(id)) problems.push(`coding ${id} was removed last and is back without a change`);
    for (const [id, last] of this.last) if (last === "added" && !codingIds.has(id) && !this.removed.has(id)) problems.push(`coding ${id} was added last and is gone without a removal`);
    for (const code of codes) if (!this.names.get(code.id)?.has(code.name)) problems.push(`code ${code.id} is named “${code.name}”, a name nobody gave it`);
    return problems;
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

/** One random edit by a member, the n-th; the model is told of what was saved. */
export async function randomEdit(member: TeamMember, model: EditModel, random: () => number, documents: { id: string; length: number }[], n: number): Promise<void> {
  const { db, projectId, coder } = member;
  const roll = random();
  const run = async (load: () => Promise<CodingModel>, command: (m: CodingModel) => CommandResult | null) => {
    const result = command(await load());
    if (result && (await member.run(() => result))) model.record(result.diff);
  };
  const scoped = (scope: Parameters<typeof loadCodingModel>[2]) => () => loadCodingModel(db, projectId, scope);
  const document = pick(random, documents)!;
  const codes = async () => [...(await loadCodingModel(db, projectId, { documentIds: [] })).codes.values()];
  if (roll < 0.35) {
    const code = pick(random, await codes());
    const start = Math.floor(random() * (document.length - 60));
    if (!code) return;
    await run(scoped({ documentIds: [document.id] }), (m) =>
      // A colleague's merge may have taken the code away since it was picked.
      m.codes.has(code.id) ? applyCode(m, { id: crypto.randomUUID(), projectId, documentId: document.id, codeId: code.id, coderId: coder.id, start, end: start + 5 + Math.floor(random() * 50), created: "2026-12-01T00:00:00Z" }) : null,
    );
  } else if (roll < 0.65) {
    await run(scoped({ documentIds: [document.id] }), (m) => {
      const mine = [...m.codings.values()].filter((c) => c.coderId === coder.id && c.documentId === document.id);
      const coding = pick(random, mine);
      return coding ? removeCoding(m, coding.id, coder.id) : null;
    });
  } else if (roll < 0.75) {
    const code = pick(random, await codes());
    if (code) await run(scoped({}), (m) => (m.codes.has(code.id) ? renameCode(m, code.id, `${code.name.split(" ·")[0]} · ${coder.name} ${n}`) : null));
  } else if (roll < 0.78) {
    await run(scoped({}), (m) => createCode(m, { id: crypto.randomUUID(), projectId, name: `Baru ${coder.name} ${n}`, parentId: null, color: null, description: "" }));
  } else if (roll < 0.82) {
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
    if (undone && !(undone instanceof Error)) model.record(undone);
  }
}

/**
 * Every member makes `edits` random edits, in rounds (one edit each per round), dropping off for
 * 20 to 100 rounds now and then (a chance of 1 in 200 per round); all come back at the end.
 */
export async function soak(members: TeamMember[], model: EditModel, documents: { id: string; length: number }[], edits: number, seed: number): Promise<void> {
  const randoms = members.map((_, i) => seededRandom(seed + i));
  const offlineUntil = members.map(() => -1);
  for (let n = 0; n < edits; n++) {
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
        await randomEdit(member, model, random, documents, n);
      }),
    );
  }
  await Promise.all(members.map((m) => m.sync.connect()));
}
