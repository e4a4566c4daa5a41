// Why a file is refused, in both languages: every problem code has its words in each, every value
// filled in, each its own; the message names the file; English from the language module reads as the command
// line's (sizes aside, which the UI writes with a decimal); hand-checked examples, notes on a file
// read with a change among them.
import { afterAll, describe, expect, it } from "vitest";
import { FileProblem } from "../../../src/formats/importTypes";
import { ROW_ISSUE_CODES } from "../../../src/core/model/rowIssues";
import { englishIssue, PROBLEM_CODES } from "../../../src/formats/problems";
import { fileProblemText, issueText, problemText, setLanguage } from "../../../src/lang";

/** A value for every name any problem mentions (no size among them: see below). */
const VALUES = {
  limit: 10, columns: ["theme", "code"], expected: "theme,code", column: "code", line: 3, detail: "d", entry: "e.txt", ratio: "100", size: "9", method: "12",
  first: "a", second: "b", root: "<X>", attribute: "name", element: "Code", name: "N", guid: "g", owner: "O", target: "t", selection: "s", source: "S",
  code: "c", from: "1", to: "2", length: "3", path: "p", names: "a.qde, b.qde", encoding: "UTF-8", version: "9", supported: "3", count: 12, lines: "1, 2", more: 2,
};

describe("file problems", () => {
  afterAll(() => setLanguage("en"));

  it("read in English, from the language module, as the command line writes them", async () => {
    await setLanguage("en");
    const inner = new FileProblem("x", "empty").problem;
    const unlike = PROBLEM_CODES.map((code) => new FileProblem("notes.txt", code, VALUES, code === "sourceTextBad" ? inner : undefined)).filter((error) => fileProblemText(error) !== error.message);
    expect(unlike.map((e) => e.message)).toEqual([]);
  });

  for (const language of ["en", "id"] as const) {
    it(`have words for every code in ${language}, naming the file, with no placeholder left`, async () => {
      await setLanguage(language);
      const inner = new FileProblem("x", "notText").problem;
      const texts = PROBLEM_CODES.map((code) => fileProblemText(new FileProblem("wawancara.txt", code, { ...VALUES, limitBytes: 1024 ** 2 }, code === "sourceTextBad" ? inner : undefined)));
      expect(texts.filter((text) => !text.startsWith("wawancara.txt: ") || text.includes("problem_") || /[{}]/.test(text))).toEqual([]);
      expect(new Set(texts).size).toBe(PROBLEM_CODES.length);
    });
  }

  it("read as hand-written in Indonesian", async () => {
    await setLanguage("id");
    expect(fileProblemText(new FileProblem("catatan.txt", "empty"))).toBe("catatan.txt: kosong");
    expect(fileProblemText(new FileProblem("foto.txt", "pngImage"))).toBe("foto.txt: berupa gambar PNG, bukan teks");
    expect(fileProblemText(new FileProblem("atribut.csv", "csvTooLarge", { limitBytes: 64 * 1024 ** 2 }))).toBe("atribut.csv: ditolak: ukurannya lebih dari 64,0 MB, batas yang dibaca Telaah untuk berkas CSV");
    expect(fileProblemText(new FileProblem("transkrip.md", "textTooLong", { limit: 10_000_000 }))).toBe("transkrip.md: ditolak: teksnya lebih dari 10.000.000 karakter, batas yang dibaca Telaah dalam satu teks");
    expect(problemText(new FileProblem("k.csv", "codebookColumnsMissing", { columns: ["theme", "code"], expected: "theme,code,description,color" }).problem)).toBe(
      "tidak memiliki kolom theme atau code (yang diharapkan: theme,code,description,color)",
    );
    const inner = new FileProblem("sources/a.txt", "pdf").problem;
    expect(fileProblemText(new FileProblem("studi.qdpx", "sourceTextBad", { entry: "sources/a.txt" }, inner))).toBe("studi.qdpx: memiliki teks sumber sources/a.txt yang berupa PDF, bukan teks");
    expect(fileProblemText(new FileProblem("proyek.telaah.json", "checksumMismatch"))).toBe("proyek.telaah.json: rusak: checksum-nya tidak cocok dengan isinya");
    expect(problemText({ code: "brokenCuesMore", values: { count: 1200, lines: "3, 9", more: 1198 } })).toBe(
      "1.200 penggalan dengan penanda waktu rusak atau hilang (baris 3, 9, dan 1.198 lainnya) disimpan sebagai teks tanpa waktu",
    );
  });

  it("say what was changed in reading a file, in English as before", async () => {
    await setLanguage("en");
    expect(problemText({ code: "brokenCue", values: { lines: "5" } })).toBe("a cue with a broken or missing timestamp (line 5) kept as text without a time");
    expect(problemText({ code: "brokenCues", values: { count: 3, lines: "3, 9, 12" } })).toBe("3 cues with a broken or missing timestamp (line 3, 9, 12) kept as text without a time");
    expect(problemText({ code: "readAsWindows1252" })).toBe("not valid UTF-8; read as Windows-1252");
  });

  it("say why a table's header, row or value was not taken, in both languages", async () => {
    const values = { cells: 3, header: 2, name: "N", firstLine: 5, code: "K", theme: "T", colour: "merah", value: "x", choices: "a, b", column: 4 };
    await setLanguage("en");
    expect(ROW_ISSUE_CODES.filter((code) => issueText({ code, values }) !== englishIssue({ code, values }))).toEqual([]);
    for (const language of ["en", "id"] as const) {
      await setLanguage(language);
      const texts = ROW_ISSUE_CODES.map((code) => issueText({ code, values }));
      expect(texts.filter((text) => text.startsWith("issue_") || /[{}]/.test(text))).toEqual([]);
      expect(new Set(texts).size).toBe(ROW_ISSUE_CODES.length);
    }
    expect(issueText({ code: "rowCaseRepeated", values: { name: "Informan C", firstLine: 5 } })).toBe("kasus \"Informan C\" sudah ada di baris 5");
    expect(issueText({ code: "valueNotChoice", values: { value: "Pria", choices: "Laki-laki, Perempuan" } })).toBe("\"Pria\" tidak termasuk pilihan (Laki-laki, Perempuan)");
  });
});
