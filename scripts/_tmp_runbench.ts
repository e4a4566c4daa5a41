import { benchAnalysis } from "./bench/analysis";
console.log((await benchAnalysis()).map((f) => `${f.name}: ${f.value.toFixed(1)} ${f.unit}`));
