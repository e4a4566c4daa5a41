// Re-anchoring codings after an edit. Every expected offset below is counted by hand (in code
// points) from the literal texts; the codings are built from the old text with anchorPassage.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reanchorCodings, type AnchoredCoding } from "../../../src/core/anchoring/reanchor";
import { anchorPassage } from "../../../src/core/model/anchor";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";

const OLD = "Selama ini jarak antara aparatur itu disekat-sekat. Inilah yang diinginkan oleh publik. Paling tidak kita bisa bertanya.\n";
const QUOTE = "Inilah yang diinginkan oleh publik."; // code points [52, 87) of OLD

function coding(text: string, start: number, end: number, id = "c1"): AnchoredCoding {
  return { id, start, end, ...anchorPassage(text, start, end) };
}

const passage = coding(OLD, 52, 87);

describe("reanchorCodings: offsets mapped through the edit", () => {
  it("checks the fixture of these tests", () => {
    expect(passage.quote).toBe(QUOTE);
  });

  it("shifts a passage when text is inserted before it", () => {
    const result = reanchorCodings(OLD, "Kata informan: " + OLD, [passage]);
    expect(result).toEqual({ placed: [{ id: "c1", start: 67, end: 102, method: "shifted" }], orphaned: [] });
  });

  it("keeps a passage when text is inserted after it", () => {
    const result = reanchorCodings(OLD, OLD.replace("bertanya.", "bertanya kepada admin."), [passage]);
    expect(result).toEqual({ placed: [{ id: "c1", start: 52, end: 87, method: "unchanged" }], orphaned: [] });
  });

  it("keeps a passage right before an insertion and shifts one right after it", () => {
    const next = coding(OLD, 88, 120, "c2"); // "Paling tidak kita bisa bertanya."
    const result = reanchorCodings(OLD, OLD.replace("publik. ", "publik.X "), [passage, next]);
    expect(result.placed).toEqual([
      { id: "c1", start: 52, end: 87, method: "unchanged" },
      { id: "c2", start: 89, end: 121, method: "shifted" },
    ]);
  });

  it("shifts by code points across emoji, combining marks, Arabic and Hebrew inserted before", () => {
    // 👍🏽 (2) + space, e + U+0301 (2) + space, 4 Arabic + space, 4 Hebrew + space: 16 code points, 18 UTF-16 units.
    const result = reanchorCodings(OLD, "👍🏽 e\u0301 سلام שלום " + OLD, [passage]);
    expect(result.placed).toEqual([{ id: "c1", start: 68, end: 103, method: "shifted" }]);
  });

  it("keeps a passage when an emoji before it is swapped for another of the same length", () => {
    // 😀 and 😁 share their high surrogate; the edit must not split the pair.
    const old = "Bagus 😀 sekali. " + QUOTE;
    const result = reanchorCodings(old, "Bagus 😁 sekali. " + QUOTE, [coding(old, 16, 51)]);
    expect(result.placed).toEqual([{ id: "c1", start: 16, end: 51, method: "unchanged" }]);
  });

  it("shifts a passage when new paragraphs (LF only) are inserted before it", () => {
    const edited = OLD.replace("disekat-sekat. ", "disekat-sekat.\n\nInterviewer: Lalu?\n\nInforman E: ");
    expect(reanchorCodings(OLD, edited, [passage]).placed).toEqual([{ id: "c1", start: 85, end: 120, method: "shifted" }]);
  });
});

describe("reanchorCodings: the quote found again", () => {
  const moved = "Paling tidak kita bisa bertanya. Selama ini jarak antara aparatur itu disekat-sekat.\n\n" + QUOTE + "\n";

  it("follows a passage moved elsewhere", () => {
    expect(reanchorCodings(OLD, moved, [passage]).placed).toEqual([{ id: "c1", start: 86, end: 121, method: "quote" }]);
  });

  it("follows a moved passage in code points after Arabic text and an emoji", () => {
    // سلام (4) + space + 👍🏽 (2) + LF: 8 code points, 9 UTF-16 units.
    expect(reanchorCodings(OLD, "سلام 👍🏽\n" + moved, [passage]).placed).toEqual([{ id: "c1", start: 94, end: 129, method: "quote" }]);
  });

  it("picks the occurrence of a repeated quote whose context matches, not the nearer one", () => {
    const old = "Pembuka. Admin kabupaten lambat sekali. Tidak ada jawaban. Admin desa cepat dan ramah. Tidak ada jawaban. Penutup yang cukup panjang untuk dihapus nanti.";
    const edited = "Pembuka baru. Admin kabupaten lambat sekali. Tidak ada jawaban. Admin desa cepat dan ramah. Tidak ada jawaban. Akhir.";
    // The second "Tidak ada jawaban." is coded: old [87, 105). In the new text the occurrences start at 45 and 92;
    // the old position moved by the length difference (-36) is 51, nearer the first.
    const result = reanchorCodings(old, edited, [coding(old, 87, 105)]);
    expect(result.placed).toEqual([{ id: "c1", start: 92, end: 110, method: "quote" }]);
  });

  it("picks the occurrence nearest the old position when contexts tie", () => {
    const old = "Tidak ada jawaban dari admin desa. ".repeat(6); // "jawaban" at 10, 45, 80, 115, 150, 185
    const edited = "X" + old + "Y"; // at 11, 46, 81, 116, 151, 186; 46–151 have the same context
    const result = reanchorCodings(old, edited, [coding(old, 115, 122)]);
    expect(result.placed).toEqual([{ id: "c1", start: 116, end: 123, method: "quote" }]);
  });
});

describe("reanchorCodings: fuzzy matches and orphans", () => {
  it("follows a passage through a small typo fix inside it", () => {
    const old = OLD.replace("diinginkan", "diinginkn"); // the passage is [52, 86), 34 code points: up to 6 errors
    const result = reanchorCodings(old, OLD, [coding(old, 52, 86)]);
    expect(result).toEqual({ placed: [{ id: "c1", start: 52, end: 87, method: "fuzzy" }], orphaned: [] });
  });

  it("follows a passage through a short insertion inside it", () => {
    const edited = OLD.replace("diinginkan oleh", "diinginkan pula oleh"); // 5 inserted, within 7 errors
    expect(reanchorCodings(OLD, edited, [passage]).placed).toEqual([{ id: "c1", start: 52, end: 92, method: "fuzzy" }]);
  });

  it("orphans a passage grown by more than the error bound", () => {
    const edited = OLD.replace("yang diinginkan", "yang, menurut banyak informan di Pandeglang, diinginkan");
    expect(reanchorCodings(OLD, edited, [passage])).toEqual({ placed: [], orphaned: ["c1"] });
  });

  it("orphans a deleted passage rather than move it onto similar text the edit did not touch", () => {
    const coded = "Admin desa tidak menjawab pertanyaan kami."; // [0, 42): up to 8 errors
    const old = `${coded} ${OLD}Admin desa tidak menjawab pertanyaan saya.`; // 3 errors from the quote, at 164
    const result = reanchorCodings(old, old.replace(coded + " ", ""), [coding(old, 0, 42)]);
    expect(result).toEqual({ placed: [], orphaned: ["c1"] });
  });

  it("orphans a deleted passage", () => {
    expect(reanchorCodings(OLD, OLD.replace(QUOTE + " ", ""), [passage])).toEqual({ placed: [], orphaned: ["c1"] });
  });

  it("orphans a rewritten passage", () => {
    const edited = OLD.replace(QUOTE, "Masyarakat menuntut jawaban yang cepat.");
    expect(reanchorCodings(OLD, edited, [passage])).toEqual({ placed: [], orphaned: ["c1"] });
  });

  it("does not fuzzily match a quote shorter than five code points", () => {
    const old = "Ya. Kok. Ya.";
    expect(reanchorCodings(old, "Ya. Kog. Ya.", [coding(old, 4, 8)]).orphaned).toEqual(["c1"]);
  });

  it("places several codings at once, each by its own route", () => {
    const first = coding(OLD, 0, 51, "first"); // "Selama ini … disekat-sekat."
    const last = coding(OLD, 88, 120, "last"); // "Paling tidak kita bisa bertanya."
    const edited = OLD.replace(QUOTE + " ", "");
    expect(reanchorCodings(OLD, edited, [first, passage, last])).toEqual({
      placed: [
        { id: "first", start: 0, end: 51, method: "unchanged" },
        { id: "last", start: 52, end: 84, method: "shifted" },
      ],
      orphaned: ["c1"],
    });
  });
});

describe("reanchorCodings on the Banten study", () => {
  it("keeps every coding of Informan E on its quote when the interviewer's question is added on top", async () => {
    const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    const document = content.documents.find((d) => d.name === "Informan E")!;
    const codings = content.codings.filter((c) => c.documentId === document.id);
    const edited = "Interviewer: Apa manfaat media sosial? 📱\n\n" + document.text; // 42 code points
    const result = reanchorCodings(document.text, edited, codings);
    expect(result.orphaned).toEqual([]);
    expect(result.placed.map((p) => [p.start, p.end, p.method])).toEqual(codings.map((c) => [c.start + 42, c.end + 42, "shifted"]));
    for (const [i, p] of result.placed.entries()) {
      expect(Array.from(edited).slice(p.start, p.end).join("")).toBe(codings[i]!.quote);
    }
  });
});
