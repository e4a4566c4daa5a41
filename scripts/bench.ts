// `npm run bench`: runs every benchmark, prints the figures and writes docs/benchmarks.md.
// `npm run bench -- sync` (or `-- exchange`, `-- explore`, `-- transcript`) runs only that section and rewrites only its part of the report.
import { updateReportSection, withBrowser, writeReport } from "./bench/harness";
import { benchAgreement } from "./bench/agreement";
import { benchAnalysis } from "./bench/analysis";
import { benchConceptMap } from "./bench/conceptMap";
import { benchExchange } from "./bench/exchange";
import { benchExplore, EXPLORE_TITLE } from "./bench/explore";
import { benchFirstLoad } from "./bench/firstLoad";
import { benchImport } from "./bench/importTranscripts";
import { benchSync } from "./bench/sync";
import { benchTranscript, TRANSCRIPT_TITLE } from "./bench/transcript";

const alone = {
  exchange: async () => ({ title: "REFI-QDA exchange (Node)", figures: await benchExchange() }),
  sync: async () => ({ title: "Team sync (Node, sync server processes)", figures: await benchSync() }),
  explore: async () => ({ title: EXPLORE_TITLE, figures: await benchExplore() }),
  transcript: async () => ({ title: TRANSCRIPT_TITLE, figures: await withBrowser(benchTranscript) }),
};
const only = process.argv[2];
if (only !== undefined) {
  if (!(only in alone)) throw new Error(`no benchmark section "${only}" to run alone; there is: ${Object.keys(alone).join(", ")}`);
  console.log(updateReportSection(await alone[only as keyof typeof alone](), `npm run bench -- ${only}`));
  process.exit(0);
}

const firstLoad = { title: "First load (production build)", figures: await benchFirstLoad() };
console.log(`First load: ${firstLoad.figures[0]!.value} KB of JavaScript, gzip; opening a transcript adds ${firstLoad.figures[1]!.value} KB`);
const analysis = { title: "Counting (Node, on the core)", figures: await benchAnalysis() };
const agreement = { title: "Coding comparison (Node, on the core)", figures: await benchAgreement() };
const exchange = await alone.exchange();
const sync = await alone.sync();
const explore = await alone.explore();
const sections = await withBrowser(async (bench) => [
  firstLoad,
  { title: "Importing transcripts into IndexedDB (Chromium)", figures: await benchImport(bench) },
  { title: TRANSCRIPT_TITLE, figures: await benchTranscript(bench) },
  { title: "Concept map (Chromium)", figures: await benchConceptMap(bench) },
  analysis,
  agreement,
  exchange,
  sync,
  explore,
]);
console.log(writeReport(sections));
