// The header's language switch. Each language is named in itself (English, Bahasa Indonesia).
// The workbench renders afresh in the new language, so the switch takes the focus back.
import { useEffect, useRef } from "react";
import { useWorkbench } from "../state/workbenchStore";
import { LANGUAGES, t, type Language } from "../lang";
import { useLanguage } from "../lang/useLanguage";
import { chooseLanguage } from "../app/languageChoice";

const NAMES: Record<Language, string> = { en: "English", id: "Bahasa Indonesia" };

/** Set while a switch is under way, so that the switch rendered in the new language is focused. */
let switching = false;

export function LanguageSwitch() {
  const current = useLanguage();
  const notify = useWorkbench((s) => s.notify);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (switching) {
      switching = false;
      select.current?.focus();
    }
  }, []);
  return (
    <select
      ref={select}
      className="language-switch"
      aria-label={t("language")}
      value={current}
      onChange={(event) => {
        switching = true;
        chooseLanguage(event.target.value as Language).catch((error: unknown) => {
          switching = false;
          notify("error", String(error));
        });
      }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {NAMES[code]}
        </option>
      ))}
    </select>
  );
}
