// The dark-mode switch in the header: on is the dark scheme. Until it is used, the workbench
// follows the system's setting; the choice is then kept for this browser.
import { useColorScheme } from "../state/colorScheme";
import { useLayout } from "../state/layoutStore";
import { t } from "../lang";

export function ColorSchemeSwitch() {
  const scheme = useColorScheme();
  const setColorScheme = useLayout((s) => s.setColorScheme);
  const dark = scheme === "dark";
  return (
    <button type="button" role="switch" aria-checked={dark} aria-label={t("darkMode")} title={t("darkMode")} className="scheme-switch" onClick={() => setColorScheme(dark ? "light" : "dark")}>
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span> <span className="scheme-switch-label">{t("darkMode")}</span>
    </button>
  );
}
