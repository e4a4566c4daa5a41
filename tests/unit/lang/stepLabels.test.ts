// Steps of undo put in words: every kind of step has its words in both languages, with every
// value filled in; counted values take the plural form of the language; hand-checked examples.
import { afterAll, describe, expect, it } from "vitest";
import { STEP_KINDS, stepLabel } from "../../../src/core/commands/stepLabel";
import { setLanguage, stepText } from "../../../src/lang";

/** A value for every name any step mentions. */
const VALUES = { title: "T", code: "K", name: "N", from: "F", to: "U", source: "S", codings: 2, subcodes: 3, count: 4, names: "Ana", consensus: "C", attribute: "A", file: "f.csv" };

describe("step labels", () => {
  afterAll(() => setLanguage("en"));

  for (const language of ["en", "id"] as const) {
    it(`name every kind of step in ${language}, with no placeholder left`, async () => {
      await setLanguage(language);
      const unfilled = STEP_KINDS.map((step) => [step, stepText(stepLabel(step, VALUES))]).filter(([, text]) => text!.startsWith("step_") || /[{}]/.test(text!));
      expect(unfilled).toEqual([]);
    });
  }

  it("read as hand-written in English and in Indonesian", async () => {
    await setLanguage("en");
    expect(stepText(stepLabel("applyCode", { code: "Gratifikasi" }))).toBe("Apply “Gratifikasi”");
    expect(stepText(stepLabel("codePassages", { count: 1, code: "Suap" }))).toBe("Code 1 passage at “Suap”");
    expect(stepText(stepLabel("codePassages", { count: 1200, code: "Suap" }))).toBe("Code 1,200 passages at “Suap”");
    expect(stepText(stepLabel("deleteCodeAndSubcodes", { name: "Tata kelola", subcodes: 1, codings: 3 }))).toBe("Delete “Tata kelola”, 1 subcode and 3 codings");
    expect(stepText(stepLabel("removeCodingOfDeletedCode"))).toBe("Remove a coding of a deleted code");
    await setLanguage("id");
    expect(stepText(stepLabel("applyCode", { code: "Gratifikasi" }))).toBe("Terapkan “Gratifikasi”");
    expect(stepText(stepLabel("codePassages", { count: 1200, code: "Suap" }))).toBe("Kodekan 1.200 bagian teks dengan “Suap”");
    expect(stepText(stepLabel("deleteCodeAndSubcodes", { name: "Tata kelola", subcodes: 1, codings: 3 }))).toBe("Hapus “Tata kelola”, 1 subkode, dan 3 pengodean");
    expect(stepText(stepLabel("renameCoder", { from: "Pengode 1", to: "Dewi" }))).toBe("Ganti nama pengode “Pengode 1” menjadi “Dewi”");
  });
});
