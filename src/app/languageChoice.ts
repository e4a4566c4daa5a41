// Which language the workbench speaks: the one chosen in the header (kept in localStorage), else
// the browser's on the first visit (`id`, `id-ID`, … give Bahasa Indonesia, anything else English).
// `<html lang>` follows the language.
import { setLanguage, type Language } from "../lang";

const STORAGE_KEY = "telaah.language";

/** The language to start in: a kept choice wins, then the first of the browser's languages that Telaah speaks. */
export function preferredLanguage(kept: string | null, browserLanguages: readonly string[]): Language {
  if (kept === "en" || kept === "id") return kept;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "id" || primary === "in") return "id";
    if (primary === "en") return "en";
  }
  return "en";
}

function keptChoice(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Sets the start-up language; resolves once its table is loaded, before the first render. */
export async function startLanguage(): Promise<void> {
  const next = preferredLanguage(keptChoice(), navigator.languages?.length ? navigator.languages : [navigator.language]);
  await setLanguage(next);
  document.documentElement.lang = next;
}

/** The header's switch: changes the language and keeps the choice for the next visit. */
export async function chooseLanguage(next: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage refused (a private window): the choice lasts for this visit.
  }
  await setLanguage(next);
  document.documentElement.lang = next;
}
