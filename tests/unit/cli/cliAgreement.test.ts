// telaah agreement (and --merge-coders of matrix and cooccurrence), run as the built bin on the
// Banten study with a second and third coder added: the JSON's shape, Cohen's κ against a count
// of code points made here, the errors for unknown coders and too few coders.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import type { Coding, ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { expectOneProblem, useBuiltCli } from "../../support/cli";
import { seededRandom } from "../../support/random";

const cli = useBuiltCli();

interface AgreementJson {
  unit: string;
  coders: string[];
  rows: { path: string[]; document: string | null; units: number; agreement: number | null; kappa: number | null; fleiss: number | null; alpha: number | null; aOnly: number; bOnly: number; both: number; neither: number }[];
}

/** The study as coded by "me", plus Budi (a shifted, partial copy) and Citra (an exact copy of me's codings). */
async function teamProject(): Promise<ProjectContent> {
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const random = seededRandom(11);
  const copy = (c: Coding, coderId: string, start: number, end: number): Coding => ({ ...c, id: `${coderId}-${c.id}`, coderId, start, end });
  const length = new Map(content.documents.map((d) => [d.id, [...d.text].length]));
  const budi: Coding[] = content.codings
    .filter(() => random() < 0.7)
    .map((c) => copy(c, "budi", c.start + Math.floor(random() * 20), Math.min(length.get(c.documentId)!, c.end + Math.floor(random() * 20))));
  const citra = content.codings.map((c) => copy(c, "citra", c.start, c.end));
  return {
    ...content,
    coders: [...content.coders, { id: "budi", projectId: content.project.id, name: "Budi" }, { id: "citra", projectId: content.project.id, name: "Citra" }],
    codings: [...content.codings, ...budi, ...citra],
  };
}

describe("telaah agreement", async () => {
  const content = await teamProject();
  const file = () => cli.path("team.telaah.json");
  const write = async () => writeFileSync(file(), await serializeProjectFile(content));

  it("compares two coders per code and document, and pooled, with kappa from an independent count", async () => {
    await write();
    const result = await cli.run("agreement", file(), "--coders", "me,Budi", "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as AgreementJson;
    expect(Object.keys(json)).toEqual(["unit", "coders", "rows"]);
    expect(json.unit).toBe("character");
    expect(json.coders).toEqual(["me", "Budi"]);
    const codeCount = content.codes.length;
    expect(json.rows).toHaveLength(codeCount * (content.documents.length + 1));
    expect(Object.keys(json.rows[0]!)).toEqual(["path", "document", "units", "agreement", "kappa", "fleiss", "alpha", "aOnly", "bOnly", "both", "neither"]);
    expect(json.rows.filter((r) => r.document === null)).toHaveLength(codeCount);

    // Every pooled row against a code-point count over all documents.
    for (const row of json.rows.filter((r) => r.document === null)) {
      const inRow = new Set(content.codes.filter((c) => row.path.length === 1 ? c.name === row.path[0] || content.codes.find((p) => p.id === c.parentId)?.name === row.path[0] : c.name === row.path.at(-1)).map((c) => c.id));
      const table = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };
      for (const document of content.documents) {
        const length = [...document.text].length;
        const covered = (coderId: string) => {
          const marks = new Uint8Array(length);
          for (const c of content.codings) if (c.documentId === document.id && c.coderId === coderId && inRow.has(c.codeId)) marks.fill(1, c.start, Math.min(c.end, length));
          return marks;
        };
        const [a, b] = [covered(content.coders[0]!.id), covered("budi")];
        for (let i = 0; i < length; i++) table[a[i] ? (b[i] ? "both" : "aOnly") : b[i] ? "bOnly" : "neither"]++;
      }
      const n = table.both + table.aOnly + table.bOnly + table.neither;
      const pa = (table.both + table.aOnly) / n;
      const pb = (table.both + table.bOnly) / n;
      const pe = pa * pb + (1 - pa) * (1 - pb);
      const kappa = ((table.both + table.neither) / n - pe) / (1 - pe);
      expect({ path: row.path, ...table, units: n }).toEqual({ path: row.path, aOnly: row.aOnly, bOnly: row.bOnly, both: row.both, neither: row.neither, units: row.units });
      expect(row.kappa).toBeCloseTo(kappa, 10);
      expect(row.agreement).toBeCloseTo(((table.both + table.neither) / n) * 100, 10);
    }
  });

  it("compares every coder by default, with kappa null for three", async () => {
    await write();
    const json = JSON.parse((await cli.run("agreement", file(), "--format", "json", "--unit", "paragraph")).stdout) as AgreementJson;
    expect(json.coders).toEqual(["Budi", "Citra", "me"]);
    expect(json.unit).toBe("paragraph");
    expect(json.rows.every((r) => r.kappa === null)).toBe(true);
    expect(json.rows.some((r) => r.fleiss !== null && r.alpha !== null)).toBe(true);
    // Paragraph units: the non-empty lines of each transcript.
    for (const document of content.documents) {
      const row = json.rows.find((r) => r.document === document.name)!;
      expect(row.units).toBe(document.text.split("\n").filter((line) => line.trim() !== "").length);
    }
  });

  it("writes CSV with one column per path level", async () => {
    await write();
    const result = await cli.run("agreement", file(), "--coders", "me,citra", "--unit", "sentence");
    expect(result.code).toBe(0);
    const [header, first] = result.stdout.split("\r\n");
    expect(header).toBe("theme,code,document,units,agreement,kappa,fleiss,alpha,a_only,b_only,both,neither");
    // Citra's codings are a copy of me's: full agreement wherever there is variation.
    expect(first).toMatch(/^[^,]+,,Informan A,\d+,100,(1|),(1|),(1|),0,0,\d+,\d+$/);
    const indonesian = await cli.run("agreement", file(), "--coders", "me,citra", "--lang", "id");
    expect(indonesian.stdout.split("\r\n")[0]).toBe("tema,kode,dokumen,unit,kesepakatan,kappa_cohen,kappa_fleiss,alfa_krippendorff,hanya_a,hanya_b,keduanya,tidak_keduanya");
  });

  it("names the project's coders when a coder is unknown, and says when there are too few", async () => {
    await write();
    expectOneProblem(await cli.run("agreement", file(), "--coders", "me,Nobody"), file(), /has no coder named "Nobody" \(its coders are Budi, Citra, me\)$/);
    expectOneProblem(await cli.run("agreement", BANTEN_FIXTURE), BANTEN_FIXTURE, /has fewer than two coders \(its coders are me\)/);
    const one = await cli.run("agreement", file(), "--coders", "me");
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/--coders needs at least two coders/);
  });
});

describe("--merge-coders", async () => {
  const content = await teamProject();

  it("counts a passage once whatever its coder in the matrix and co-occurrence", async () => {
    const file = cli.path("team-merge.telaah.json");
    writeFileSync(file, await serializeProjectFile({ ...content, codings: content.codings.filter((c) => c.coderId !== "budi") }));
    const single = JSON.parse((await cli.run("matrix", BANTEN_FIXTURE, "--format", "json")).stdout) as { rows: { values: number[] }[] };
    const perCoder = JSON.parse((await cli.run("matrix", file, "--format", "json")).stdout) as typeof single;
    const merged = JSON.parse((await cli.run("matrix", file, "--merge-coders", "--format", "json")).stdout) as typeof single;
    // Citra coded exactly what me coded: twice the references by coder, the same merged.
    expect(perCoder.rows.map((r) => r.values)).toEqual(single.rows.map((r) => r.values.map((v) => 2 * v)));
    expect(merged.rows).toEqual(single.rows);
    const characters = await Promise.all([BANTEN_FIXTURE, file].map(async (f) => (await cli.run("matrix", f, "--measure", "characters")).stdout));
    expect(characters[1]).toBe(characters[0]);
    const co = async (...args: string[]) => (JSON.parse((await cli.run("cooccurrence", ...args, "--format", "json")).stdout) as { counts: number[][] }).counts;
    expect(await co(file, "--merge-coders")).toEqual(await co(BANTEN_FIXTURE));
    expect(await co(file)).toEqual((await co(BANTEN_FIXTURE)).map((row) => row.map((v) => 2 * v)));
  }, 60_000);
});
