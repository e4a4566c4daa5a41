// The demo project file must be what the study's plain files say: rebuilt from fixtures/banten/
// it is identical, and every coding covers exactly its passage (checked here with Array.from,
// not with the app's offset code).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
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
});
