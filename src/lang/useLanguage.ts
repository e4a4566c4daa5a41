// React's view of the current language: components that call it render again when it changes.
import { useSyncExternalStore } from "react";
import { language, onLanguageChange, type Language } from "./index";

export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, language, language);
}
