// The Explore view: search, coding queries, word frequency and the saturation curve, as tabs over
// the project's transcripts and codings (read live, so results follow every change).
import { useState, type KeyboardEvent } from "react";
import { useAnalysisInput } from "../../state/liveQueries";
import { t, type StringKey } from "../../lang";
import { QueryTab } from "./QueryTab";
import { SaturationTab } from "./SaturationTab";
import { SearchTab } from "./SearchTab";
import { WordsTab } from "./WordsTab";
import "./explore.css";
import "../../lang/enViews";

type Tab = "search" | "query" | "words" | "saturation";
const TABS: { tab: Tab; label: StringKey }[] = [
  { tab: "search", label: "searchTab" },
  { tab: "query", label: "queryTab" },
  { tab: "words", label: "wordsTab" },
  { tab: "saturation", label: "saturationTab" },
];

export function ExploreView({ projectId }: { projectId: string }) {
  const input = useAnalysisInput(projectId);
  const [tab, setTab] = useState<Tab>("search");
  const [searchFor, setSearchFor] = useState({ query: "", generation: 0 });

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.findIndex((x) => x.tab === tab) + step + TABS.length) % TABS.length]!.tab;
    setTab(next);
    document.getElementById(`explore-tab-${next}`)?.focus();
  };

  return (
    <section className="analysis explore" role="region" aria-label={t("explore")}>
      <header className="sheet-head">
        <h1>{t("explore")}</h1>
        <div role="tablist" aria-label={t("exploreTabs")} className="tabs" onKeyDown={onKeyDown}>
          {TABS.map(({ tab: name, label }) => (
            <button
              key={name}
              id={`explore-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls="explore-panel"
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </header>
      <div id="explore-panel" role="tabpanel" aria-labelledby={`explore-tab-${tab}`}>
        {input && tab === "search" && <SearchTab key={searchFor.generation} projectId={projectId} input={input} initialQuery={searchFor.query} />}
        {input && tab === "query" && <QueryTab projectId={projectId} input={input} />}
        {input && tab === "words" && (
          <WordsTab
            projectId={projectId}
            input={input}
            onSearch={(query) => {
              setSearchFor((s) => ({ query, generation: s.generation + 1 }));
              setTab("search");
            }}
          />
        )}
        {input && tab === "saturation" && <SaturationTab projectId={projectId} input={input} />}
      </div>
    </section>
  );
}
