import { describe, expect, it } from "vitest";
import { readPastedText, readTranscriptFile } from "../../../src/formats/readTranscript";
import { buildDocx } from "../../support/buildDocx";
import { problemOfAsync } from "../../support/fileProblem";
import { englishProblem } from "../../../src/formats/problems";

const utf8 = (text: string) => new TextEncoder().encode(text);

const problemOf = (promise: Promise<unknown>) => problemOfAsync(() => promise);

describe("readTranscriptFile", () => {
  it("reads a .txt file, whatever the case of its extension, naming it without folder or extension", async () => {
    expect(await readTranscriptFile("data/Wawancara 1.TXT", utf8("Pewawancara: Halo\r\n"))).toEqual({
      name: "Wawancara 1",
      text: "Pewawancara: Halo\n",
      sourceName: "data/Wawancara 1.TXT",
      sourceType: "txt",
      notes: [],
    });
  });

  it("reads Markdown as plain text and drops a Windows folder path from the name", async () => {
    const result = await readTranscriptFile("C:\\riset\\catatan.lapangan.md", utf8("# Judul\n\n**Informan A:** ya\n"));
    expect(result.name).toBe("catatan.lapangan");
    expect(result.sourceType).toBe("md");
    expect(result.text).toBe("Judul\nInforman A: ya\n");
  });

  it("refuses a Markdown file that holds only markup", async () => {
    await expect(readTranscriptFile("kosong.md", utf8("---\n\n[a]: http://x\n"))).rejects.toThrow("kosong.md: has no text besides its Markdown markup");
  });

  it("reads .vtt and .srt through the subtitle parsers", async () => {
    const vtt = await readTranscriptFile("rekaman.vtt", utf8("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ani>Halo</v>\n"));
    expect(vtt).toMatchObject({ name: "rekaman", sourceType: "vtt", text: "[00:00:01.000 - 00:00:02.000] Ani: Halo\n" });
    const srt = await readTranscriptFile("rekaman.srt", utf8("1\n00:00:01,000 --> 00:00:02,000\nHalo\n"));
    expect(srt).toMatchObject({ name: "rekaman", sourceType: "srt", text: "[00:00:01.000 - 00:00:02.000] Halo\n" });
  });

  it("passes decoding notes through", async () => {
    // "Café" with é as the Windows-1252 byte E9, which is not valid UTF-8.
    const bytes = new Uint8Array([...utf8("1\n00:00:01,000 --> 00:00:02,000\nCaf"), 0xe9, 0x0a]);
    const result = await readTranscriptFile("lama.srt", bytes);
    expect(result.text).toBe("[00:00:01.000 - 00:00:02.000] Café\n");
    expect(result.notes.map(englishProblem)).toEqual(["not valid UTF-8; read as Windows-1252"]);
  });

  it("reads a .docx", async () => {
    const result = await readTranscriptFile("Transkrip.DOCX", buildDocx(["Pewawancara: Mulai?", "Informan A: Ya."]));
    expect(result).toEqual({
      name: "Transkrip",
      text: "Pewawancara: Mulai?\nInforman A: Ya.\n",
      sourceName: "Transkrip.DOCX",
      sourceType: "docx",
      notes: [],
    });
  });

  it.each([
    ["laporan.pdf", "is a PDF; export it as .txt or .docx first"],
    ["lama.DOC", "is an old Word .doc file; save it as .docx or .txt first"],
    ["format.rtf", "is an RTF file; save it as .docx or .txt first"],
    ["libre.odt", "is an OpenDocument text file; save it as .docx or .txt first"],
    ["kode.xlsx", "is a spreadsheet; Telaah reads .txt, .md, .docx, .vtt and .srt files"],
    ["rekaman.m4a", "is an audio or video recording; transcribe it first, then import the transcript"],
    ["nvivo export.qdpx", "is a REFI-QDA project; open it with Import project file in the Projects dialog"],
    ["kodebuku.qdc", "is a REFI-QDA codebook; import it from the codebook panel"],
  ])("refuses %s by its type", async (fileName, reason) => {
    const problem = await problemOf(readTranscriptFile(fileName, utf8("whatever is inside")));
    expect(problem.fileName).toBe(fileName);
    expect(problem.reason).toBe(reason);
  });

  it("reads a file with an unknown extension or none as text", async () => {
    expect(await readTranscriptFile("sesi.log", utf8("Informan A: ya\n"))).toMatchObject({ name: "sesi", sourceType: "txt" });
    expect(await readTranscriptFile("README", utf8("teks\n"))).toMatchObject({ name: "README", text: "teks\n" });
  });

  it("refuses a binary file with an unknown extension", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
    expect((await problemOf(readTranscriptFile("foto.dat", png))).reason).toBe("is a PNG image, not text");
  });

  it("refuses an empty file", async () => {
    expect((await problemOf(readTranscriptFile("kosong.txt", new Uint8Array()))).reason).toBe("is empty");
  });
});

describe("readPastedText", () => {
  it("canonicalizes pasted text", () => {
    expect(readPastedText("Tempelan", "\ufeffsatu\r\ndua\rtiga")).toEqual({
      name: "Tempelan",
      text: "satu\ndua\ntiga",
      sourceName: "Tempelan",
      sourceType: "paste",
      notes: [],
    });
  });

  it("refuses blank text", () => {
    expect(() => readPastedText("Tempelan", " \n\t ")).toThrow("Tempelan: is empty");
  });
});
