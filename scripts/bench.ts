// `npm run bench`: runs every benchmark, prints the figures and writes docs/benchmarks.md.
import { withBrowser, writeReport } from "./bench/harness";
import { benchImport } from "./bench/importTranscripts";
import { benchLargeTranscript } from "./bench/largeTranscript";

const sections = await withBrowser(async (bench) => [
  { title: "Importing transcripts into IndexedDB (Chromium)", figures: await benchImport(bench) },
  { title: "Coding a large transcript (Chromium)", figures: await benchLargeTranscript(bench) },
]);
console.log(writeReport(sections));
