import { describe, expect, it } from "vitest";
import { formatAttributeValue, inferAttributeType, parseAttributeValue, type ParsedAttributeValue } from "../../../src/core/model/attributes";
import { englishIssue } from "../../../src/formats/problems";

/** A refused value with its reason in English. */
const inEnglish = (parsed: ParsedAttributeValue) => (parsed.ok ? parsed : { ok: false, reason: englishIssue(parsed.reason) });

describe("parseAttributeValue", () => {
  it("reads an empty or blank cell as no value, whatever the type", () => {
    expect(parseAttributeValue("number", "", [])).toEqual({ ok: true, value: null });
    expect(parseAttributeValue("choice", "   ", ["a"])).toEqual({ ok: true, value: null });
    expect(parseAttributeValue("date", "\t", [])).toEqual({ ok: true, value: null });
  });

  it("keeps text trimmed", () => {
    expect(parseAttributeValue("text", "  Guru honorer ", [])).toEqual({ ok: true, value: "Guru honorer" });
  });

  it("reads integers, signed decimals and a decimal comma", () => {
    expect(parseAttributeValue("number", "12", [])).toEqual({ ok: true, value: 12 });
    expect(parseAttributeValue("number", " -3.5 ", [])).toEqual({ ok: true, value: -3.5 });
    expect(parseAttributeValue("number", "1,5", [])).toEqual({ ok: true, value: 1.5 });
  });

  it("rejects what is not a plain number", () => {
    for (const raw of ["12abc", "1,234.5", "1.2.3", "1,2,3", "abc", "--1", "1e3"]) {
      const result = parseAttributeValue("number", raw, []);
      expect(result.ok, raw).toBe(false);
    }
    expect(inEnglish(parseAttributeValue("number", "12abc", []))).toEqual({ ok: false, reason: '"12abc" is not a number' });
  });

  it("reads ISO dates and day-first dates, normalised to ISO", () => {
    expect(parseAttributeValue("date", "2024-02-29", [])).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseAttributeValue("date", "05/03/2023", [])).toEqual({ ok: true, value: "2023-03-05" });
    expect(parseAttributeValue("date", "5-3-2023", [])).toEqual({ ok: true, value: "2023-03-05" });
    expect(parseAttributeValue("date", "31/12/1999", [])).toEqual({ ok: true, value: "1999-12-31" });
  });

  it("rejects dates that are not on the calendar or in another shape", () => {
    const bad = ["2023-02-29", "2023-13-01", "2023-04-31", "31/04/2023", "00/01/2023", "1900-02-29"];
    for (const raw of [...bad, "2023/01/05", "05/03-2023", "5 Maret 2023"]) {
      expect(parseAttributeValue("date", raw, []).ok, raw).toBe(false);
    }
    expect(parseAttributeValue("date", "2000-02-29", [])).toEqual({ ok: true, value: "2000-02-29" });
  });

  it("accepts a listed choice, normalising its case to the listed spelling", () => {
    const choices = ["Laki-laki", "Perempuan"];
    expect(parseAttributeValue("choice", " Perempuan ", choices)).toEqual({ ok: true, value: "Perempuan" });
    expect(parseAttributeValue("choice", "LAKI-LAKI", choices)).toEqual({ ok: true, value: "Laki-laki" });
    expect(inEnglish(parseAttributeValue("choice", "Pria", choices))).toEqual({
      ok: false,
      reason: '"Pria" is not one of the choices (Laki-laki, Perempuan)',
    });
  });
});

describe("inferAttributeType", () => {
  it("guesses number when every filled cell is a number", () => {
    expect(inferAttributeType(["34", "", "41,5", "-2"])).toEqual({ type: "number", choices: [] });
  });

  it("guesses date when every filled cell is a date", () => {
    expect(inferAttributeType(["2023-03-05", "06/03/2023", " "])).toEqual({ type: "date", choices: [] });
  });

  it("guesses choice for a few repeated values, sorted", () => {
    expect(inferAttributeType(["Serang", "Pandeglang", "Serang", "Lebak", ""])).toEqual({
      type: "choice",
      choices: ["Lebak", "Pandeglang", "Serang"],
    });
  });

  it("treats values differing only in case as one choice, keeping the first spelling", () => {
    expect(inferAttributeType(["Ya", "tidak", "ya"])).toEqual({ type: "choice", choices: ["tidak", "Ya"] });
  });

  it("falls back to text when values do not repeat or are too many", () => {
    expect(inferAttributeType(["Guru", "Petani", "Pedagang"])).toEqual({ type: "text", choices: [] });
    const nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    expect(inferAttributeType([...nine, ...nine])).toEqual({ type: "text", choices: [] });
    expect(inferAttributeType(["", "  "])).toEqual({ type: "text", choices: [] });
  });

  it("takes eight repeated values as a choice", () => {
    const eight = ["a", "b", "c", "d", "e", "f", "g", "h"];
    expect(inferAttributeType([...eight, "a"])).toEqual({ type: "choice", choices: eight });
  });
});

describe("formatAttributeValue", () => {
  it("writes no value as an empty string", () => {
    expect(formatAttributeValue("number", null)).toBe("");
    expect(formatAttributeValue("text", null)).toBe("");
  });

  it("writes numbers as plain decimals without grouping or exponent", () => {
    expect(formatAttributeValue("number", 1.5)).toBe("1.5");
    expect(formatAttributeValue("number", -12)).toBe("-12");
    expect(formatAttributeValue("number", 1234567)).toBe("1234567");
    expect(formatAttributeValue("number", 0.0000001)).toBe("0.0000001");
  });

  it("writes text, dates and choices as they are", () => {
    expect(formatAttributeValue("date", "2023-03-05")).toBe("2023-03-05");
    expect(formatAttributeValue("choice", "Perempuan")).toBe("Perempuan");
    expect(formatAttributeValue("text", "a, \"b\"")).toBe('a, "b"');
  });
});
