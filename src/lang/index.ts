// The language module: the workbench's language, `t` over the English and Bahasa Indonesia tables
// (i18next: {placeholders} and plural forms), and numbers, sizes and dates formatted with Intl for
// that language. English is bundled, but for the strings of views loaded when first shown, which
// those views bring (enViews.ts); the Indonesian table is loaded only when it is chosen.
import i18next from "i18next";
import type { StepLabel } from "../core/commands/stepLabel";
import type { RowIssue } from "../core/model/rowIssues";
import type { FileProblem } from "../formats/importTypes";
import { problemWords, type Problem, type ProblemWording } from "../formats/problems";
import type { ReportKind } from "../formats/refiQda/importReport";
import { en, type EnglishKey } from "./en";
import type { enViews } from "./enViews";

export type StringKey = EnglishKey | keyof typeof enViews;
export type Language = "en" | "id";
export const LANGUAGES: readonly Language[] = ["en", "id"];

/** The Intl locale of each language: British English (day before month), Indonesian. */
const LOCALES: Record<Language, string> = { en: "en-GB", id: "id-ID" };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const cacheKey = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

function asLanguage(code: string | undefined): Language {
  return code === "id" ? "id" : "en";
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: "en",
  fallbackLng: "en",
  // A copy: the views' strings are added to it (addEnglishStrings), never to the table itself.
  resources: { en: { translation: { ...en } } },
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: {
    prefix: "{",
    suffix: "}",
    // React escapes what it renders; exports escape for their own format.
    escapeValue: false,
  },
});

const listeners = new Set<() => void>();

/** The language the workbench speaks now. */
export function language(): Language {
  return asLanguage(i18n.language);
}

/** The Intl locale of the current language, for formatting that the helpers below do not cover. */
export function locale(): string {
  return LOCALES[language()];
}

/** Adds English strings of views loaded when first shown (enViews.ts, on its import). */
export function addEnglishStrings(strings: Readonly<Record<string, string>>): void {
  i18n.addResourceBundle("en", "translation", strings, true, false);
}

/** Switches the language, loading its table first when it is not loaded yet. */
export async function setLanguage(next: Language): Promise<void> {
  if (next === "id" && !i18n.hasResourceBundle("id", "translation")) {
    const { id } = await import("./id");
    i18n.addResourceBundle("id", "translation", id);
  }
  if (next === language()) return;
  await i18n.changeLanguage(next);
  for (const listener of listeners) listener();
}

/** Calls `listener` after every change of language; returns the function that stops it. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The string of `key` in the current language with its {placeholders} filled; a numeric `count` also picks the plural form. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return translate(key, values);
}

/** Numbers are filled in as the language writes them (12.345 in Indonesian); `count` stays a number for the plural rule. */
function translate(key: string, values: Record<string, string | number>): string {
  const replace: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) replace[name] = typeof value === "number" ? formatCount(value) : value;
  const { count } = values;
  return i18n.t(key, { replace, ...(typeof count === "number" ? { count } : {}) });
}

/** The nouns that are counted in messages, with their plural forms in the tables (noun_*_one, noun_*_other). */
type CountedNoun = "document" | "code" | "coding" | "case" | "newAttribute" | "reference" | "memo" | "subcode";

/** "1 document", "3 documents"; "1 dokumen", "3 dokumen". */
export function countNoun(count: number, noun: CountedNoun): string {
  return translate(`noun_${noun}`, { count });
}

/** The values of a step's label that are counted nouns: "3 codings", "3 pengodean". */
const STEP_NOUNS: Readonly<Record<string, CountedNoun>> = { codings: "coding", subcodes: "subcode" };

/** A step of undo in words, e.g. `Apply “Gratifikasi”`, `Terapkan “Gratifikasi”` (a `count` chooses the plural form). */
export function stepText(label: StepLabel): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(label.values ?? {})) {
    const noun = STEP_NOUNS[name];
    values[name] = noun && typeof value === "number" ? countNoun(value, noun) : value;
  }
  return translate(`step_${label.step}`, values);
}

const WORDING: ProblemWording = {
  count: formatCount,
  bytes: formatBytes,
  list: (items) => new Intl.ListFormat(locale(), { type: "disjunction" }).format(items),
  words: (key, values) => t(key, values),
};

/** Why a file is refused, in the current language, e.g. "is empty", "kosong". */
export function problemText(problem: Problem): string {
  return problemWords(problem, WORDING);
}

/** A bad file's message in the current language, naming the file: "notes.txt: is empty", "catatan.txt: kosong". */
export function fileProblemText(error: FileProblem): string {
  return t("fileProblem", { file: error.fileName, reason: problemText(error.problem) });
}

/** Why a header, a row or a value of an imported table was not taken, in the current language. */
export function issueText(issue: RowIssue): string {
  return translate(`issue_${issue.code}`, { ...issue.values });
}

/** The label of one kind of thing a REFI-QDA import reports. */
export function reportKindLabel(kind: ReportKind): string {
  return t(`report_${kind}`);
}

/** A count for people: 12,345 in English, 12.345 in Indonesian. */
export function formatCount(n: number): string {
  return numberFormat(language()).format(n);
}

/** A decimal number with at most `digits` places after the decimal separator of the language. */
export function formatDecimal(n: number, digits: number): string {
  return numberFormat(language(), { maximumFractionDigits: digits }).format(n);
}

/** A decimal number with exactly `digits` places after the decimal separator of the language. */
export function formatFixed(n: number, digits: number): string {
  return numberFormat(language(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** Byte sizes for people: 1.2 MB, 830 KB (1,2 MB in Indonesian). */
export function formatBytes(bytes: number): string {
  const fixed = (n: number, digits: number) =>
    numberFormat(language(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${fixed(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${fixed(bytes / 1024, 0)} KB`;
  if (bytes < 1024 ** 3) return `${fixed(bytes / 1024 ** 2, 1)} MB`;
  return `${fixed(bytes / 1024 ** 3, 2)} GB`;
}

/** A day for people, in local time: "3 November", with the year when it is not the year of `now`. */
export function formatDay(iso: string, now: Date): string {
  const date = new Date(iso);
  const withYear = date.getFullYear() !== now.getFullYear();
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}) }).format(date);
}

/** A date with its year, for exports: "3 November 2024", "17 Agustus 2024". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", year: "numeric" }).format(date);
}
