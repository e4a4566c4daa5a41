// The matrix's measures with the keys of their names, for the measure menu and export file names.
import type { Measure } from "../../core/analysis/matrix";
import type { StringKey } from "../../lang";
import "../../lang/enViews";

export const MEASURES: { value: Measure; label: StringKey }[] = [
  { value: "references", label: "measureReferences" },
  { value: "coded", label: "measureCoded" },
  { value: "characters", label: "measureCharacters" },
  { value: "words", label: "measureWords" },
  { value: "coverage", label: "measureCoverage" },
];
