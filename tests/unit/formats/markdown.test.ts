import { describe, expect, it } from "vitest";
import { detectSpeakers } from "../../../src/core/text/speakers";
import { markdownToText } from "../../../src/formats/markdown";

describe("markdownToText", () => {
  it("gives headings and paragraphs as lines, without the markup", () => {
    const md = "# Wawancara *Siti*\n\nTanggal: 3 Maret 2023, di **Serang**.\n\n## Bagian _satu_\n\nTeks dengan `kode` dan ~tanda~ \\*bintang\\*.\n";
    expect(markdownToText(md)).toBe("Wawancara Siti\nTanggal: 3 Maret 2023, di Serang.\nBagian satu\nTeks dengan kode dan ~tanda~ *bintang*.\n");
  });

  it("keeps the lines of a paragraph, and hard breaks", () => {
    expect(markdownToText("**Pewawancara:** Bagaimana?\n**Siti:** Baik.  \nSekali.\n")).toBe("Pewawancara: Bagaimana?\nSiti: Baik.\nSekali.\n");
  });

  it("gives list items as lines, numbered when the list is, and quotes and code as their lines", () => {
    const md = "- satu\n- **dua**\n  - tiga\n\n3. empat\n4. lima\n\n> kutipan\n> lanjut\n\n```\nx = 1\n```\n\n---\n";
    expect(markdownToText(md)).toBe("satu\ndua\ntiga\n3. empat\n4. lima\nkutipan\nlanjut\nx = 1\n");
  });

  it("keeps a link's text, an image's alt text, character references, and drops link definitions", () => {
    const md = "Lihat [situs resmi](https://banten.go.id) &amp; ![logo Banten](logo.png) [ref][r].\n\n[r]: https://x.test\n";
    expect(markdownToText(md)).toBe("Lihat situs resmi & logo Banten ref.\n");
  });

  it("makes bold speaker names turns the speaker detection finds, also with the colon outside", () => {
    const text = markdownToText("**Pewawancara:** Apa pengalaman Anda?\n\n**Siti:** Saya bertanya lewat Instagram.\n\n**Siti**: Jawabannya lambat sekali.\n");
    expect(text).toBe("Pewawancara: Apa pengalaman Anda?\nSiti: Saya bertanya lewat Instagram.\nSiti: Jawabannya lambat sekali.\n");
    const { speakers, interviewee } = detectSpeakers(text);
    expect(speakers.map((s) => [s.name, s.turns])).toEqual([["Pewawancara", 1], ["Siti", 2]]);
    expect(interviewee).toBe("Siti");
  });

  it("gives nothing for markup alone", () => {
    expect(markdownToText("---\n\n[a]: http://x\n")).toBe("");
  });
});
