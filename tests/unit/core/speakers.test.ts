import { describe, expect, it } from "vitest";
import { detectSpeakers } from "../../../src/core/text/speakers";

describe("detectSpeakers", () => {
  it("finds Pewawancara and Informan A in an Indonesian interview; the informant is the interviewee", () => {
    const text = [
      "Wawancara dengan Informan A, 12 Maret 2024",
      "",
      "Pewawancara: Selamat pagi, Bu. Boleh saya mulai?",
      "Informan A: Silakan, Mas.",
      "Pewawancara: Sejak kapan Ibu berjualan di pasar?",
      "Informan A: Sejak tahun 1998. Waktu itu harga beras masih murah.",
      "Saya berjualan bersama suami.",
      "",
    ].join("\n");
    // Pewawancara: 35 + 35 characters. Informan A: 13 + 52, plus 29 on the continuation line.
    expect(detectSpeakers(text)).toEqual({
      speakers: [
        { name: "Pewawancara", turns: 2, characters: 70 },
        { name: "Informan A", turns: 2, characters: 94 },
      ],
      interviewee: "Informan A",
    });
  });

  it("never picks an interviewer as interviewee, even one who talks the most", () => {
    const text = "Peneliti: Ceritakan tentang keluarga Ibu, pekerjaan, dan rumah.\nIbu Siti: Baik.\nPeneliti: Lalu?\n";
    expect(detectSpeakers(text).interviewee).toBe("Ibu Siti");
  });

  it("reads labels after [timestamp] prefixes and counts numbered interviewers as interviewers", () => {
    const text = [
      "[00:00:01.000 - 00:00:03.000] Interviewer 1: How long have you lived here?",
      "[00:00:03.500 - 00:00:05.000] Ibu Siti: Twenty years.",
      "[00:00:05.000 - 00:00:06.000] P1: Same for me.",
      "[00:00:06.500 - 00:00:08.000] Ibu Siti: Since the flood.",
    ].join("\n");
    expect(detectSpeakers(text)).toEqual({
      speakers: [
        { name: "Interviewer 1", turns: 1, characters: 29 },
        { name: "Ibu Siti", turns: 2, characters: 29 },
        { name: "P1", turns: 1, characters: 12 },
      ],
      interviewee: "Ibu Siti",
    });
  });

  it("reads labels with non-ASCII capitals and ignores trailing spaces before the colon", () => {
    const text = "Ñoño : Hola.\nÉlodie: Bonjour à tous.\n";
    expect(detectSpeakers(text)).toEqual({
      speakers: [
        { name: "Ñoño", turns: 1, characters: 5 },
        { name: "Élodie", turns: 1, characters: 15 },
      ],
      interviewee: "Élodie",
    });
  });

  it("finds no speakers in text without turns", () => {
    const text = [
      "Catatan lapangan",
      "Pukul 10:30 kami tiba di desa.",
      "Lihat http://contoh.id untuk peta.",
      "HTTPS://contoh.id juga.",
      "Ini satu dua tiga empat lima: terlalu banyak kata untuk label.",
      "catatan: huruf kecil bukan pembicara.",
      "Kesimpulan:",
      "",
    ].join("\n");
    expect(detectSpeakers(text)).toEqual({ speakers: [], interviewee: null });
  });

  it("reports nothing for a single turn", () => {
    expect(detectSpeakers("Informan A: hanya satu baris.\nLalu teks biasa.\n")).toEqual({ speakers: [], interviewee: null });
  });

  it("has no interviewee when only interviewers speak", () => {
    const result = detectSpeakers("Q: Pertanyaan?\nPewawancara: Lagi?\nTanya: Dan?\n");
    expect(result.speakers.map((s) => s.name)).toEqual(["Q", "Pewawancara", "Tanya"]);
    expect(result.interviewee).toBeNull();
  });
});
