// `npm run bench`: runs every benchmark, prints the figures and writes docs/benchmarks.md.
import { withBrowser, writeReport } from "./bench/harness";
import { benchAgreement } from "./bench/agreement";
import { benchAnalysis } from "./bench/analysis";
import { benchConceptMap } from "./bench/conceptMap";
import { benchExchange } from "./bench/exchange";
import { benchExplore, EXPLORE_TITLE } from "./bench/explore";
import { benchFirstLoad } from "./bench/firstLoad";
import { benchImport } from "./bench/importTranscripts";
import { benchLargeTranscript } from "./bench/largeTranscript";

const firstLoad = { title: "First load (production build)", figures: await benchFirstLoad() };
console.log(`First load: ${firstLoad.figures[0]!.value} KB of JavaScript, gzip`);
const analysis = { title: "Counting (Node, on the core)", figures: await benchAnalysis() };
const agreement = { title: "Coding comparison (Node, on the core)", figures: await benchAgreement() };
const exchange = { title: "REFI-QDA exchange (Node)", figures: await benchExchange() };
const explore = { title: EXPLORE_TITLE, figures: await benchExplore() };
const sections = await withBrowser(async (bench) => [
  firstLoad,
  { title: "Importing transcripts into IndexedDB (Chromium)", figures: await benchImport(bench) },
  { title: "Coding a large transcript (Chromium)", figures: await benchLargeTranscript(bench) },
  { title: "Concept map (Chromium)", figures: await benchConceptMap(bench) },
  analysis,
  agreement,
  exchange,
  explore,
]);
console.log(writeReport(sections));
