// Stop words of Bahasa Indonesia and English from stopwords-iso (a maintained collection), as
// lowercased sets for word frequency. Only these two languages of the collection are bundled.
import { en, id } from "stopwords-iso/stopwords-iso.json";

export type StopwordLanguage = "id" | "en";

const LISTS: Record<StopwordLanguage, readonly string[]> = { id, en };

/** The stop words of the chosen languages, and the user's own words, lowercased and trimmed. */
export function stopwordSet(languages: readonly StopwordLanguage[], ownWords: readonly string[] = []): Set<string> {
  const words = new Set<string>();
  for (const language of languages) for (const word of LISTS[language]) words.add(word.toLowerCase());
  for (const word of ownWords) if (word.trim()) words.add(word.trim().toLowerCase());
  return words;
}
