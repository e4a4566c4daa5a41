// Whose codings the transcript shows: mine, all, or chosen coders, and coding stripes split by
// coder. Under blind coding only a note is shown: other coders' codings stay hidden.
import type { Coder } from "../../core/model/types";
import { useCoderStore, useProjectCoding, type CoderFilterMode } from "../../state/coderStore";
import { t, type StringKey } from "../../lang";

const MODES: { mode: CoderFilterMode; label: StringKey }[] = [
  { mode: "mine", label: "codersMine" },
  { mode: "all", label: "codersAll" },
  { mode: "chosen", label: "codersChosen" },
];

export function CoderFilterBar({ projectId, coders }: { projectId: string; coders: Coder[] }) {
  const { filter, blind, stripesByCoder } = useProjectCoding(projectId);
  const setFilter = useCoderStore((s) => s.setFilter);
  const setStripesByCoder = useCoderStore((s) => s.setStripesByCoder);
  if (blind) return <p className="filter-note coder-filter">{t("blindNote")}</p>;
  if (coders.length < 2) return null;
  const toggle = (coderId: string, on: boolean) =>
    setFilter(projectId, { mode: "chosen", chosen: on ? [...filter.chosen, coderId] : filter.chosen.filter((id) => id !== coderId) });
  return (
    <div className="coder-filter" role="group" aria-label={t("codersShown")}>
      <span className="muted">{t("codersShown")}:</span>
      {MODES.map(({ mode, label }) => (
        <label key={mode}>
          <input type="radio" name="coder-filter" checked={filter.mode === mode} onChange={() => setFilter(projectId, { ...filter, mode })} />
          {t(label)}
        </label>
      ))}
      {filter.mode === "chosen" &&
        coders.map((c) => (
          <label key={c.id} className="coder-choice">
            <input type="checkbox" checked={filter.chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.name}
          </label>
        ))}
      <label className="stripes-toggle">
        <input type="checkbox" checked={stripesByCoder} onChange={(e) => setStripesByCoder(projectId, e.target.checked)} />
        {t("stripesByCoder")}
      </label>
    </div>
  );
}
