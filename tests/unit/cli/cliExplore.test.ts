// telaah search, query, words and saturation, run as the built bin on the Banten study; expected
// values come from the study's plain files (transcripts and codings.csv), not from the app's code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE, FIXTURES } from "../../../scripts/bantenStudyFiles";
import { useBuiltCli } from "../../support/cli";
import { studyRows } from "../../support/studyReference";

const cli = useBuiltCli();
const FOLDER = join(FIXTURES, "banten", "transcripts");
const transcripts = readdirSync(FOLDER).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(FOLDER, f), "utf8") }));

describe("telaah search", () => {
  it("lists every occurrence in document order with code-point offsets, as JSON and CSV", async () => {
    const result = await cli.run("search", BANTEN_FIXTURE, "admin", "--format", "json");
    expect(result.code).toBe(0);
    const { query, hits } = JSON.parse(result.stdout) as { query: string; hits: { document: string; start: number; end: number; text: string }[] };
    expect(query).toBe("admin");
    const expected = transcripts.flatMap((t) => {
      const points = Array.from(t.text.toLowerCase());
      const found: { document: string; start: number; end: number }[] = [];
      for (let i = 0; i + 5 <= points.length; i++) if (points.slice(i, i + 5).join("") === "admin") found.push({ document: t.name, start: i, end: i + 5 });
      return found;
    });
    expect(hits.map(({ document, start, end }) => ({ document, start, end }))).toEqual(expected);
    for (const hit of hits) expect(hit.text.toLowerCase()).toBe("admin");
    const csv = await cli.run("search", BANTEN_FIXTURE, "admin", "--whole-word", "--case-sensitive");
    expect(csv.stdout.split("\r\n")[0]).toBe("document,start,end,text");
    expect(csv.stdout.trim().split("\r\n").length - 1).toBeLessThanOrEqual(expected.length);
  });
});

describe("telaah query", () => {
  it("gives the two passages Kompetensi aparatur kurang shares with Peningkatan kompetensi", async () => {
    const result = await cli.run("query", BANTEN_FIXTURE, '"Kendala tata kelola/Kompetensi aparatur kurang" AND "Harapan dan rekomendasi"', "--format", "json");
    expect(result.code).toBe(0);
    const { passages } = JSON.parse(result.stdout) as { passages: { document: string; text: string }[] };
    const shared = studyRows().filter((r) => r.code === "Peningkatan kompetensi");
    expect(passages.map((p) => p.document)).toEqual(shared.map((r) => r.document).sort());
  });

  it("points at the position where a query goes wrong, in one line", async () => {
    const result = await cli.run("query", BANTEN_FIXTURE, '"Gratifikasi" AND');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("telaah: the query: a code is missing at position 18\n");
    const unknown = await cli.run("query", BANTEN_FIXTURE, '"Tidak ada"');
    expect(unknown.stderr).toMatch(/^telaah: the query: no code "Tidak ada" at position 1, in .*banten-study\.json\n$/);
  });
});

describe("telaah words", () => {
  it("counts the word segments with a letter, sorted by count then word, without stop words when asked", async () => {
    const result = await cli.run("words", BANTEN_FIXTURE, "--stopwords", "none", "--format", "json");
    const { words } = JSON.parse(result.stdout) as { words: { word: string; count: number; documents: number }[] };
    const counts = new Map<string, number>();
    for (const t of transcripts) for (const w of t.text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) if (/\p{L}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    expect(new Map(words.map((w) => [w.word, w.count]))).toEqual(counts);
    const yang = words.find((w) => w.word === "yang")!;
    expect(yang.documents).toBe(transcripts.filter((t) => /(?<![\p{L}])yang(?![\p{L}])/iu.test(t.text)).length);
    const filtered = JSON.parse((await cli.run("words", BANTEN_FIXTURE, "--min-length", "4", "--format", "json")).stdout) as { words: { word: string }[] };
    expect(filtered.words.some((w) => w.word === "yang" || w.word === "dan" || Array.from(w.word).length < 4)).toBe(false);
    expect((await cli.run("words", BANTEN_FIXTURE, "--stopwords", "fr")).code).toBe(2);
  });
});

describe("telaah saturation", () => {
  it("gives the codes each informant's transcript brings first, by name", async () => {
    const result = await cli.run("saturation", BANTEN_FIXTURE, "--order", "name", "--format", "json");
    const { points } = JSON.parse(result.stdout) as { points: { document: string; newCodes: string[]; total: number }[] };
    const seen = new Set<string>();
    const expected = transcripts.map((t) => {
      const fresh = [...new Set(studyRows().filter((r) => r.document === t.name).map((r) => `${r.theme}/${r.code}`))].filter((c) => !seen.has(c)).sort();
      fresh.forEach((c) => seen.add(c));
      return { document: t.name, newCodes: fresh, total: seen.size };
    });
    expect(points).toEqual(expected);
  });
});
