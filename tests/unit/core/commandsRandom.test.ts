// Random sequences of coding and codebook commands by several coders, undo and redo, checked after
// every step against an independent reference kept by the test: per (document, code, coder), which
// code points are coded. A coder's command never changes another coder's coverage.
import { describe, expect, it } from "vitest";
import { createCode, mergeCode } from "../../../src/core/commands/codebookCommands";
import { adjustCoding, applyCode, removeCodeFromRange, removeCoding } from "../../../src/core/commands/codingCommands";
import { isEmptyDiff, type CommandResult } from "../../../src/core/commands/diff";
import { applyDiffToModel, modelFromContent, type CodingModel } from "../../../src/core/commands/model";
import { UndoStack } from "../../../src/core/commands/undoStack";
import type { Code } from "../../../src/core/model/types";
import { seededRandom } from "../../support/random";

const TEXTS: Record<string, string> = {
  d1:
    "Informan A: Pelayanan lewat Instagram 😀 cepat sekali, tidak perlu antre di kantor kecamatan.\n\n" +
    "Informan A: Kadang admin membalas pesan tengah malam 👍🏽 dan itu membantu warga yang bekerja siang hari.\n\n" +
    "Informan A: Cafe\u0301 dekat kantor desa juga memasang pengumuman layanan 🇮🇩.\n",
  d2:
    "Informan B: Saya melapor jalan rusak lewat Twitter, tiga hari kemudian sudah diperbaiki 🎉🎉.\n\n" +
    "Informan B: Tetapi tidak semua dinas aktif; ada akun yang terakhir mengunggah tahun lalu 😕.\n\n" +
    "Informan B: Na\u0308ive sekali kalau berharap semua cepat.\n",
  d3:
    "Informan C: Aparatur perlu pelatihan menulis yang ramah 😀😀 di media sosial.\n\n" +
    "Informan C: Kompetensi digital pegawai masih kurang, terutama di kecamatan yang jauh 🏔️.\n\n" +
    "Informan C: Partisipasi publik meningkat ketika warga merasa didengar.\n",
};
const POINTS = new Map(Object.entries(TEXTS).map(([id, text]) => [id, Array.from(text)]));
const DOCUMENT_IDS = Object.keys(TEXTS);
const LIMIT = 40;
const CODERS = ["me", "ana", "budi"];

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: "p", name, parentId, color: null, description: "", order,
});


/** The reference: live code ids, and per "document|code|coder" one flag per code point. */
interface Reference {
  codes: Set<string>;
  coverage: Map<string, boolean[]>;
}

const clone = (ref: Reference): Reference => ({ codes: new Set(ref.codes), coverage: new Map([...ref.coverage].map(([k, v]) => [k, [...v]])) });

function setCovered(ref: Reference, documentId: string, codeId: string, coderId: string, start: number, end: number, value: boolean): void {
  const key = `${documentId}|${codeId}|${coderId}`;
  const flags = ref.coverage.get(key) ?? new Array<boolean>(POINTS.get(documentId)!.length).fill(false);
  flags.fill(value, start, end);
  ref.coverage.set(key, flags);
}

/** Maximal runs of set flags, per key, keys without any left out. */
function runs(coverage: Map<string, boolean[]>): Record<string, [number, number][]> {
  const result: Record<string, [number, number][]> = {};
  for (const [key, flags] of [...coverage].sort(([a], [b]) => a.localeCompare(b))) {
    const found: [number, number][] = [];
    flags.forEach((on, i) => {
      const last = found.at(-1);
      if (on && last && last[1] === i) last[1] = i + 1;
      else if (on) found.push([i, i + 1]);
    });
    if (found.length > 0) result[key] = found;
  }
  return result;
}

function checkModel(model: CodingModel, ref: Reference): void {
  expect(new Set(model.codes.keys())).toEqual(ref.codes);
  const problems: string[] = [];
  const derived = new Map<string, boolean[]>();
  const byKey = new Map<string, { start: number; end: number }[]>();
  for (const c of model.codings.values()) {
    const points = POINTS.get(c.documentId)!;
    const cut = (from: number, to: number) => points.slice(Math.max(0, from), to).join("");
    if (!model.codes.has(c.codeId)) problems.push(`${c.id}: its code ${c.codeId} is gone`);
    if (c.start >= c.end) problems.push(`${c.id}: empty or reversed ${c.start}–${c.end}`);
    if (c.quote !== cut(c.start, c.end) || c.before !== cut(c.start - 32, c.start) || c.after !== cut(c.end, c.end + 32)) {
      problems.push(`${c.id}: quote or context is not the text at ${c.start}–${c.end}`);
    }
    if (!CODERS.includes(c.coderId)) problems.push(`${c.id}: unknown coder ${c.coderId}`);
    const key = `${c.documentId}|${c.codeId}|${c.coderId}`;
    const flags = derived.get(key) ?? new Array<boolean>(points.length).fill(false);
    derived.set(key, flags.fill(true, c.start, c.end));
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.start - b.start);
    list.slice(1).forEach((c, i) => c.start <= list[i]!.end && problems.push(`${key}: codings overlap or touch at ${c.start}`));
  }
  expect(problems).toEqual([]);
  expect(runs(derived)).toEqual(runs(ref.coverage));
}

function runScenario(seed: number, steps: number): Record<string, number> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: T[]): T | undefined => items[int(items.length)];
  const codes = [
    code("T1", "Tata kelola", null, 0), code("k1", "Gratifikasi", "T1", 0), code("k2", "Transparansi", "T1", 1),
    code("T2", "Layanan", null, 1), code("k3", "Efisiensi", "T2", 0), code("k4", "Lain-lain", null, 2),
  ];
  const documents = DOCUMENT_IDS.map((id) => ({
    id, projectId: "p", name: id, text: TEXTS[id]!, sourceName: id, sourceType: "paste" as const, created: "", modified: "",
  }));
  let model = modelFromContent({ documents, codes, codings: [] });
  let ref: Reference = { codes: new Set(codes.map((c) => c.id)), coverage: new Map() };
  const stack = new UndoStack(LIMIT);
  const past: Reference[] = [];
  let future: Reference[] = [];
  const done: Record<string, number> = {};
  let serial = 0;
  const fresh = () => `x${++serial}`;

  const randomRange = (documentId: string) => {
    const length = POINTS.get(documentId)!.length;
    const start = int(length);
    return { start, end: start + 1 + int(Math.min(40, length - start)) };
  };
  const isUnder = (codeId: string, ancestorId: string): boolean => {
    for (let id: string | null = codeId; id !== null; id = model.codes.get(id)!.parentId) if (id === ancestorId) return true;
    return false;
  };

  /** One random command with its effect on a copy of the reference, or null when none applies. */
  const command = (): { name: string; result: CommandResult; next: Reference } | null => {
    const next = clone(ref);
    const roll = random();
    const codeIds = [...model.codes.keys()];
    const coding = pick([...model.codings.values()]);
    if (roll < 0.32) {
      const documentId = pick(DOCUMENT_IDS)!;
      const codeId = pick(codeIds)!;
      const coderId = pick(CODERS)!;
      const { start, end } = randomRange(documentId);
      setCovered(next, documentId, codeId, coderId, start, end, true);
      const args = { id: fresh(), projectId: "p", documentId, codeId, start, end, coderId, created: "" };
      return { name: "apply", result: applyCode(model, args), next };
    }
    if (roll < 0.42 && coding) {
      const other = pick(CODERS.filter((id) => id !== coding.coderId))!;
      expect(() => removeCoding(model, coding.id, other)).toThrow(/another coder's/);
      setCovered(next, coding.documentId, coding.codeId, coding.coderId, coding.start, coding.end, false);
      return { name: "removeCoding", result: removeCoding(model, coding.id, coding.coderId), next };
    }
    if (roll < 0.57) {
      // Half the time at a coded passage's document and code, by its coder or by another.
      const near = coding && random() < 0.5 ? coding : null;
      const documentId = near?.documentId ?? pick(DOCUMENT_IDS)!;
      const codeId = near?.codeId ?? pick(codeIds)!;
      const coderId = near && random() < 0.7 ? near.coderId : pick(CODERS)!;
      const { start, end } = randomRange(documentId);
      setCovered(next, documentId, codeId, coderId, start, end, false);
      return { name: "removeRange", result: removeCodeFromRange(model, { documentId, codeId, start, end, coderId, newId: fresh }), next };
    }
    if (roll < 0.69 && coding) {
      const length = POINTS.get(coding.documentId)!.length;
      const start = Math.min(length - 1, Math.max(0, coding.start + int(21) - 10));
      const end = Math.min(length, Math.max(start + 1, coding.end + int(21) - 10));
      setCovered(next, coding.documentId, coding.codeId, coding.coderId, coding.start, coding.end, false);
      setCovered(next, coding.documentId, coding.codeId, coding.coderId, start, end, true);
      return { name: "adjust", result: adjustCoding(model, coding.id, start, end, coding.coderId), next };
    }
    if (roll < 0.74) {
      const sourceId = pick(codeIds)!;
      const targetId = pick(codeIds.filter((id) => !isUnder(id, sourceId)));
      if (!targetId) return null;
      for (const documentId of DOCUMENT_IDS) {
        for (const coderId of CODERS) {
          const source = next.coverage.get(`${documentId}|${sourceId}|${coderId}`) ?? [];
          source.forEach((on, i) => on && setCovered(next, documentId, targetId, coderId, i, i + 1, true));
          next.coverage.delete(`${documentId}|${sourceId}|${coderId}`);
        }
      }
      next.codes.delete(sourceId);
      return { name: "merge", result: mergeCode(model, sourceId, targetId, fresh), next };
    }
    if (roll < 0.8) {
      const id = fresh();
      next.codes.add(id);
      const args = { id, projectId: "p", name: `Kode ${id}`, parentId: pick([null, ...codeIds]) ?? null, color: null, description: "" };
      return { name: "create", result: createCode(model, args), next };
    }
    return null;
  };

  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.12) {
      const entry = stack.undo();
      if (!entry) expect(past).toHaveLength(0);
      else {
        model = applyDiffToModel(model, entry.diff);
        future.push(ref);
        ref = past.pop()!;
        done.undo = (done.undo ?? 0) + 1;
      }
    } else if (roll < 0.2) {
      const entry = stack.redo();
      if (!entry) expect(future).toHaveLength(0);
      else {
        model = applyDiffToModel(model, entry.diff);
        past.push(ref);
        ref = future.pop()!;
        done.redo = (done.redo ?? 0) + 1;
      }
    } else {
      const made = command();
      if (!made) continue;
      model = applyDiffToModel(model, made.result.diff);
      stack.push(made.result);
      if (isEmptyDiff(made.result.diff)) {
        expect(runs(made.next.coverage)).toEqual(runs(ref.coverage));
      } else {
        past.push(ref);
        if (past.length > LIMIT) past.shift();
        future = [];
        done[made.name] = (done[made.name] ?? 0) + 1;
      }
      ref = made.next;
    }
    checkModel(model, ref);
  }
  return done;
}

describe("commands, undo and redo against a reference", () => {
  it.each([1, 2024])("keeps codings equal to the reference over 600 random steps (seed %i)", (seed) => {
    const done = runScenario(seed, 600);
    for (const name of ["apply", "removeCoding", "removeRange", "adjust", "merge", "create", "undo", "redo"]) {
      expect(done[name] ?? 0, name).toBeGreaterThan(3);
    }
  });
});
