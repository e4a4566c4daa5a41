// The limits every reader holds files to (src/formats/inputLimits.ts), and the names they clean:
// each limit is met exactly at its value and refused one past it, with a message naming the limit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { parseAttributeCsv } from "../../../src/formats/attributeCsv";
import { parseCodebookCsv } from "../../../src/formats/codebookCsv";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { readPastedText, readTranscriptFile } from "../../../src/formats/readTranscript";
import { problemOf, problemOfAsync } from "../../support/fileProblem";
import { utf8 } from "../../support/refiFiles";
import { englishIssue } from "../../../src/formats/problems";

const demoText = readFileSync(BANTEN_FIXTURE, "utf8");

describe("project file limits", () => {
  it("refuses JSON nested more than 1,000 deep before parsing it", async () => {
    const deep = `{"format":"telaah-project","content":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const problem = await problemOfAsync(() => parseProjectFile("deep.telaah.json", deep));
    expect(problem.reason).toBe("is refused: its JSON is nested more than 1,000 deep, the most Telaah reads");
    // Brackets inside strings are text, not nesting.
    const quoted = demoText.replace('"name": "', `"name": "${"[{".repeat(2000)}\\"`);
    await expect(parseProjectFile("quoted.telaah.json", quoted)).rejects.toThrow(/checksum/);
  });

  it("refuses codes nested more than 256 deep, in one line", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    const chain = (depth: number) => {
      const codes = Array.from({ length: depth }, (_, i) => ({ ...content.codes[0]!, id: `chain-${i}`, name: `C${i}`, parentId: i === 0 ? null : `chain-${i - 1}`, order: 0 }));
      return serializeProjectFile({ ...content, codes: [...content.codes, ...codes] });
    };
    await expect(parseProjectFile("ok.json", await chain(257))).resolves.toBeDefined(); // 256 steps up from the deepest
    const problem = await problemOfAsync(async () => parseProjectFile("deep.json", await chain(1000)));
    expect(problem.reason).toBe('is damaged: 743 codes (the first "C257") are nested more than 256 deep, the most Telaah reads');
  });

  it("drops control characters from names in a project file", async () => {
    const content = await parseProjectFile("demo.json", demoText);
    content.codes[0]!.name = "Ke\u0000perc\u0007ayaan\tpublik";
    content.documents[0]!.name = "Informan\u001b A";
    const again = await parseProjectFile("again.json", await serializeProjectFile(content));
    expect(again.codes[0]!.name).toBe("Kepercayaan publik");
    expect(again.documents[0]!.name).toBe("Informan A");
  });
});

describe("CSV limits", () => {
  it("refuses a row of more than 1,000 columns, and more than 100,000 rows, naming the limit", () => {
    const wide = `case,${Array.from({ length: 1000 }, (_, i) => `a${i}`).join(",")}\nA,1\n`;
    expect(problemOf(() => parseAttributeCsv("wide.csv", wide)).reason).toBe("is refused: line 1 has 1,001 columns, more than the 1,000 Telaah reads");
    expect(parseAttributeCsv("ok.csv", `case,${Array.from({ length: 999 }, (_, i) => `a${i}`).join(",")}\n`).header).toHaveLength(1000);
    const long = (rows: number) => "case,age\n" + "A,1\n".repeat(rows - 1);
    expect(parseAttributeCsv("ok.csv", long(100_000)).rows).toHaveLength(99_999);
    expect(problemOf(() => parseAttributeCsv("long.csv", long(100_001))).reason).toBe("is refused: it has more than 100,000 rows, the most Telaah reads");
    expect(problemOf(() => parseCodebookCsv("long.csv", long(100_001))).reason).toMatch(/more than 100,000 rows/);
  });

  it("reports codebook cells beyond the header by line, and drops control characters in names", () => {
    const csv = "theme,code\nLay\u0000anan,Res\u0001pons,extra\nLayanan,Akses\n";
    const { rows, problems } = parseCodebookCsv("codebook.csv", csv);
    expect(rows.map((row) => [row.theme, row.code])).toEqual([["Layanan", "Respons"], ["Layanan", "Akses"]]);
    expect(problems.map(({ line, issue }) => ({ line, message: englishIssue(issue) }))).toEqual([{ line: 2, message: "has 3 cells, but the header has 2; the cells beyond it are left out" }]);
    expect(parseAttributeCsv("a.csv", "case,us\u0000ia\nA,1\n").header).toEqual(["case", "usia"]);
  });
});

describe("transcript names", () => {
  it("drops control characters from a document's name", async () => {
    expect((await readTranscriptFile("Wawan\u0000cara\u0007 1.txt", utf8("Halo"))).name).toBe("Wawancara 1");
    expect(readPastedText("Catatan\u0000 lapangan", "Halo").name).toBe("Catatan lapangan");
  });
});
