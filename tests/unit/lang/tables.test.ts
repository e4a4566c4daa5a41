// The two language tables: the same keys (Indonesian has one plural form, so a counted noun has
// only its _other key there), the same {placeholders} in every string, and Indonesian strings
// that are not English left in place; every module that uses a string of the views' English table
// imports it. Then `t`, the plural forms and Intl formatting per language.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { en } from "../../../src/lang/en";
import { enViews } from "../../../src/lang/enViews";
import { id } from "../../../src/lang/id";
import { countNoun, formatBytes, formatCount, formatDay, language, setLanguage, t } from "../../../src/lang";

const english: Record<string, string> = { ...en, ...enViews };
const indonesian: Record<string, string> = id;

/** The names of the {placeholders} in a string, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** The key Indonesian uses for an English key: a counted noun's singular goes to its one form. */
function indonesianKey(key: string): string {
  return key.endsWith("_one") ? `${key.slice(0, -"_one".length)}_other` : key;
}

/** Strings that are the same in both languages: names, symbols and placeholders only. */
const SAME_IN_BOTH = new Set(["appName", "fileProblem", "problem_csvUnreadable", "problem_other", "inVivo", "cellLabel", "mapNodeTitle", "mapLinkTitle", "exchangeReportCount", "exportTarget_atlas", "exportTarget_maxqda", "languageName_en", "languageName_id"]);

describe("the language tables", () => {
  it("have the same keys, counted nouns with both English forms and the one Indonesian form", () => {
    const expected = new Set(Object.keys(english).map(indonesianKey));
    const missingInIndonesian = [...expected].filter((key) => !(key in indonesian));
    const missingInEnglish = Object.keys(indonesian).filter((key) => !expected.has(key));
    expect(missingInIndonesian).toEqual([]);
    expect(missingInEnglish).toEqual([]);
    for (const key of Object.keys(english).filter((k) => k.endsWith("_one"))) {
      expect(english, key).toHaveProperty(`${key.slice(0, -4)}_other`);
    }
  });

  it("use the same placeholders in both languages and in both English plural forms", () => {
    const differing = Object.keys(english)
      .filter((key) => placeholders(english[key]!).join() !== placeholders(indonesian[indonesianKey(key)] ?? "").join())
      .map((key) => `${key}: ${english[key]} | ${indonesian[indonesianKey(key)]}`);
    expect(differing).toEqual([]);
  });

  it("leave no English string in the Indonesian table but names and symbols", () => {
    const untranslated = Object.keys(indonesian).filter((key) => indonesian[key] === english[key] && !SAME_IN_BOTH.has(key));
    expect(untranslated).toEqual([]);
  });

  it("are split without overlap, and each module naming a string of the views' table imports it", () => {
    expect(Object.keys(enViews).filter((key) => key in en)).toEqual([]);
    // The layers without user-facing strings of their own (core, formats, the command line) are not read.
    const root = join(import.meta.dirname, "..", "..", "..", "src");
    const modules = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((path) => /\.tsx?$/.test(path) && !/^(lang|core|formats|cli)\//.test(path));
    const missing = modules.flatMap((path) => {
      const source = readFileSync(join(root, path), "utf8");
      const named = Object.keys(enViews).filter((key) => new RegExp(`["'\`]${key}["'\`]`).test(source));
      return named.length > 0 && !/^import "(\.\.?\/)+lang\/enViews";$/m.test(source) ? [`${path}: ${named.slice(0, 3).join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it("have no empty string", () => {
    expect(Object.keys(english).filter((key) => !english[key]!.trim())).toEqual([]);
    expect(Object.keys(indonesian).filter((key) => !indonesian[key]!.trim())).toEqual([]);
  });
});

describe("t and formatting", () => {
  afterAll(() => setLanguage("en"));

  it("fills placeholders, picks English plural forms and writes English numbers", () => {
    expect(language()).toBe("en");
    expect(t("renameProject", { name: "Banten" })).toBe("Rename project Banten");
    expect(t("importProgress", { done: 2, total: 12345 })).toBe("Importing 2 of 12,345 files");
    expect(countNoun(1, "document")).toBe("1 document");
    expect(countNoun(0, "document")).toBe("0 documents");
    expect(countNoun(12345, "coding")).toBe("12,345 codings");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatDay("2024-11-03T12:00:00", new Date("2024-12-01T12:00:00"))).toBe("3 November");
    expect(formatDay("2023-11-03T12:00:00", new Date("2024-12-01T12:00:00"))).toBe("3 November 2023");
  });

  it("switches to Indonesian, loading its table, with its numbers, dates and one plural form", async () => {
    await setLanguage("id");
    expect(language()).toBe("id");
    expect(t("renameProject", { name: "Banten" })).toBe("Ganti nama proyek Banten");
    expect(t("importProgress", { done: 2, total: 12345 })).toBe("Mengimpor 2 dari 12.345 berkas");
    expect(countNoun(1, "document")).toBe("1 dokumen");
    expect(countNoun(12345, "coding")).toBe("12.345 pengodean");
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1,5 MB");
    expect(formatDay("2024-11-03T12:00:00", new Date("2024-12-01T12:00:00"))).toBe("3 November");
    expect(formatDay("2023-08-17T12:00:00", new Date("2024-12-01T12:00:00"))).toBe("17 Agustus 2023");
  });

  it("tells listeners when the language changes", async () => {
    const { onLanguageChange } = await import("../../../src/lang");
    const seen: string[] = [];
    const stop = onLanguageChange(() => seen.push(language()));
    await setLanguage("en");
    await setLanguage("en");
    await setLanguage("id");
    stop();
    await setLanguage("en");
    expect(seen).toEqual(["en", "id"]);
  });
});
