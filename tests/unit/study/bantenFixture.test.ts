// The demo project file must be what the study's plain files say: rebuilt from fixtures/banten/
// it is identical, and every coding covers exactly its passage (checked here with Array.from,
// not with the app's offset code).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { CODE_PALETTE } from "../../../src/core/model/palette";
import { buildStudyFromFiles } from "../../../src/formats/studyFiles";
import { BANTEN_FIXTURE, FIXTURES, readBantenStudyFiles } from "../../../scripts/bantenStudyFiles";

const committed = readFileSync(BANTEN_FIXTURE, "utf8");

describe("fixtures/banten-study.json", () => {
  it("is up to date with fixtures/banten/ (run npm run build:fixture if not)", async () => {
    const rebuilt = await serializeProjectFile(buildStudyFromFiles(readBantenStudyFiles()));
    expect(rebuilt).toBe(committed);
  });

  it("holds six documents linked to cases Informan A–F, 5 themes, 13 codes and 30 codings", async () => {
    const content = await parseProjectFile("banten-study.json", committed);
    expect(content.documents.map((d) => d.name).sort()).toEqual(["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`));
    const themes = content.codes.filter((c) => c.parentId === null);
    expect(themes).toHaveLength(5);
    expect(content.codes.filter((c) => c.parentId !== null)).toHaveLength(13);
    expect(content.codings).toHaveLength(30);
    for (const document of content.documents) {
      const links = content.caseDocuments.filter((l) => l.documentId === document.id);
      expect(links).toHaveLength(1);
      expect(content.cases.find((c) => c.id === links[0]!.caseId)?.name).toBe(document.name);
    }
  });

  it("places every coding on its passage, in code points, with the quote stored", async () => {
    const content = await parseProjectFile("banten-study.json", committed);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(FIXTURES, "banten", "codings.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      const document = content.documents.find((d) => d.name === row.document)!;
      const code = content.codes.find((c) => c.name === row.code)!;
      const theme = content.codes.find((c) => c.id === code.parentId)!;
      expect(theme.name).toBe(row.theme);
      const matches = content.codings.filter((c) => c.documentId === document.id && c.codeId === code.id && c.quote === row.passage);
      expect(matches).toHaveLength(1);
      const chars = Array.from(document.text);
      expect(chars.slice(matches[0]!.start, matches[0]!.end).join("")).toBe(row.passage);
    }
  });

  it("colours its codes from the palette in codebook order, colour-blind-safe first, with no red beside a green", async () => {
    const content = await parseProjectFile("banten-study.json", committed);
    const codes = content.codes.filter((c) => c.parentId !== null);
    expect(codes.map((c) => c.color)).toEqual(CODE_PALETTE.slice(0, codes.length));
    // The Okabe–Ito set (Wong, Nature Methods 8:441, 2011) takes the first eight codes.
    expect(codes.slice(0, 8).map((c) => c.color)).toEqual(["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999"]);
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      if (d < 0.15) return null; // grey
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const kind = (hex: string) => {
      const h = hue(hex);
      return h === null ? "grey" : h < 30 || h >= 330 ? "red" : h >= 75 && h < 165 ? "green" : "other";
    };
    // Codes in the order the codebook tree shows them, themes between them.
    const shown = content.codes.filter((c) => c.color !== null).map((c) => kind(c.color!));
    for (let i = 1; i < shown.length; i++) expect([shown[i - 1], shown[i]].sort()).not.toEqual(["green", "red"]);
  });

  it("gives every informant the attributes of the study's attributes.csv", async () => {
    const content = await parseProjectFile("banten-study.json", committed);
    const table = Papa.parse<Record<string, string>>(readFileSync(join(FIXTURES, "banten", "attributes.csv"), "utf8"), { header: true, skipEmptyLines: true });
    expect(content.attributes.map((a) => a.name)).toEqual(["Generasi", "Pekerjaan", "Rentang usia", "Domisili"]);
    for (const row of table.data) {
      const kase = content.cases.find((c) => c.name === row.case)!;
      const values = Object.fromEntries(content.attributes.map((a) => [a.name, kase.attributes[a.id]]));
      expect(values).toEqual({ Generasi: row.Generasi, Pekerjaan: row.Pekerjaan, "Rentang usia": row["Rentang usia"], Domisili: row.Domisili });
    }
    expect(table.data).toHaveLength(6);
  });
});
