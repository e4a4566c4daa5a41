// Typed case-attribute values: reading a raw table cell as a typed value, guessing a column's
// type from its cells, and writing a value back out for display or CSV.
import type { AttributeType, AttributeValue } from "./types";
import type { RowIssue } from "./rowIssues";

export type ParsedAttributeValue = { ok: true; value: AttributeValue } | { ok: false; reason: RowIssue };

/** The most choices a column may have for its type to be guessed as `choice`. */
const MAX_INFERRED_CHOICES = 8;

/** Reads one cell as a value of `type`; an empty or blank cell is `null` (no value). */
export function parseAttributeValue(type: AttributeType, raw: string, choices: string[]): ParsedAttributeValue {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  switch (type) {
    case "text":
      return { ok: true, value: text };
    case "number": {
      const value = parseNumber(text);
      return value === null ? { ok: false, reason: { code: "valueNotNumber", values: { value: text } } } : { ok: true, value };
    }
    case "date": {
      const value = parseDate(text);
      return value === null
        ? { ok: false, reason: { code: "valueNotDate", values: { value: text } } }
        : { ok: true, value };
    }
    case "choice": {
      const value = matchChoice(text, choices);
      return value === null
        ? { ok: false, reason: { code: "valueNotChoice", values: { value: text, choices: choices.join(", ") } } }
        : { ok: true, value };
    }
  }
}

/**
 * Guesses a column's type from its cells (blank cells are ignored): all numbers → number, all dates → date,
 * a few values that repeat (at most 8 distinct, fewer distinct than filled cells) → choice, otherwise text.
 */
export function inferAttributeType(values: string[]): { type: AttributeType; choices: string[] } {
  const filled = values.map((value) => value.trim()).filter((value) => value !== "");
  if (filled.length === 0) return { type: "text", choices: [] };
  if (filled.every((value) => parseNumber(value) !== null)) return { type: "number", choices: [] };
  if (filled.every((value) => parseDate(value) !== null)) return { type: "date", choices: [] };
  const distinct = new Map<string, string>();
  for (const value of filled) {
    const key = value.toLowerCase();
    if (!distinct.has(key)) distinct.set(key, value);
  }
  if (distinct.size <= MAX_INFERRED_CHOICES && distinct.size < filled.length) {
    return { type: "choice", choices: [...distinct.values()].sort((a, b) => a.localeCompare(b)) };
  }
  return { type: "text", choices: [] };
}

/**
 * A table column's type, forgiving a few bad cells: when more than half of the filled cells are numbers (or
 * dates), the column is a number (or date) column and the other cells are bad values to report, not a reason
 * to make the column text. Otherwise as inferAttributeType.
 */
export function inferColumnType(values: string[]): { type: AttributeType; choices: string[] } {
  const filled = values.map((value) => value.trim()).filter((value) => value !== "");
  if (filled.filter((value) => parseNumber(value) !== null).length * 2 > filled.length) return { type: "number", choices: [] };
  if (filled.filter((value) => parseDate(value) !== null).length * 2 > filled.length) return { type: "date", choices: [] };
  return inferAttributeType(filled);
}

/** A value as text for display or CSV: "" for no value, numbers as plain decimals (no grouping, no exponent). */
export function formatAttributeValue(type: AttributeType, value: AttributeValue): string {
  if (value === null) return "";
  if (type === "number" && typeof value === "number") {
    return value.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 21 });
  }
  return String(value);
}

/** "12", "-3.5", "+4"; "1,5" when the comma is the only separator (decimal comma). */
function parseNumber(text: string): number | null {
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^[+-]?\d+,\d+$/.test(text)) return Number(text.replace(",", "."));
  return null;
}

/** An ISO date "YYYY-MM-DD" from itself, "DD/MM/YYYY" or "DD-MM-YYYY", if it is a real calendar date. */
function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dayFirst = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The listed spelling of `text`: an exact match, else the first choice that matches ignoring case. */
function matchChoice(text: string, choices: string[]): string | null {
  const exact = choices.find((choice) => choice.trim() === text);
  if (exact !== undefined) return exact;
  return choices.find((choice) => choice.trim().toLowerCase() === text.toLowerCase()) ?? null;
}
