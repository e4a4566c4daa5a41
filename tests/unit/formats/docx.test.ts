import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/formats/docx";
import { buildDocx, buildDocxFromBody, paragraphXml } from "../../support/buildDocx";
import { problemOfAsync } from "../../support/fileProblem";

const problemOf = (promise: Promise<unknown>) => problemOfAsync(() => promise);

describe("readDocx", () => {
  it("reads paragraphs as lines, keeping non-ASCII, emoji and right-to-left text", async () => {
    const bytes = buildDocx([
      "Pewawancara: Apa pendapat Ibu?",
      "Informan A: Saya 😀 setuju",
      "Kutipan: مرحبا بالعالم و שלום עולם",
    ]);
    expect(await readDocx("wawancara.docx", bytes)).toBe(
      "Pewawancara: Apa pendapat Ibu?\nInforman A: Saya 😀 setuju\nKutipan: مرحبا بالعالم و שלום עולם\n",
    );
  });

  it("keeps a soft line break inside a paragraph and drops empty paragraphs", async () => {
    const bytes = buildDocx(["", "Baris satu\nbaris dua", "", "Paragraf tiga", ""]);
    expect(await readDocx("a.docx", bytes)).toBe("Baris satu\nbaris dua\nParagraf tiga\n");
  });

  it("keeps tabs and markup characters, and puts each table cell on its own line", async () => {
    const cell = (text: string) => `<w:tc>${paragraphXml(text)}</w:tc>`;
    const body =
      '<w:p><w:r><w:t>00:01</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">a &lt; b &amp; "c" &gt; d</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${cell("Kode")}${cell("Makna")}</w:tr><w:tr>${cell("K1")}${cell("Harga")}</w:tr></w:tbl>` +
      paragraphXml("Penutup");
    expect(await readDocx("tabel.docx", buildDocxFromBody(body))).toBe(
      '00:01\ta < b & "c" > d\nKode\nMakna\nK1\nHarga\nPenutup\n',
    );
  });

  it("reads a .docx whose bytes are a view into a larger buffer", async () => {
    const docx = buildDocx(["Halo"]);
    const larger = new Uint8Array(docx.length + 10);
    larger.set(docx, 5);
    expect(await readDocx("a.docx", larger.subarray(5, 5 + docx.length))).toBe("Halo\n");
  });

  it("rejects bytes that are not a zip", async () => {
    const problem = await problemOf(readDocx("rusak.docx", strToU8("this is plain text, not a docx")));
    expect(problem.fileName).toBe("rusak.docx");
    expect(problem.reason).toBe("is not a valid .docx file");
  });

  it("rejects a truncated .docx", async () => {
    const bytes = buildDocx(["Halo"]);
    const problem = await problemOf(readDocx("potong.docx", bytes.subarray(0, bytes.length - 30)));
    expect(problem.reason).toBe("is not a valid .docx file");
  });

  it("rejects a zip without a Word document inside", async () => {
    const bytes = zipSync({ "notes.txt": strToU8("hello") });
    const problem = await problemOf(readDocx("bukan.docx", bytes));
    expect(problem.reason).toBe("is not a valid .docx file");
  });

  it("rejects a .docx with no text", async () => {
    const problem = await problemOf(readDocx("kosong.docx", buildDocx(["", "  "])));
    expect(problem.reason).toBe("is empty");
  });
});
