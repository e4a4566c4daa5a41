// The transcript benchmark: on a 300,000-character transcript with 2,000 codings and on a
// 2,000,000 / 20,000 one, Telaah, @recogito/text-annotator and @recogito/recogito-js in turn
// (A B C, each round in a fresh browser context) over BENCH_ROUNDS rounds (5 unless told); the
// medians, and Telaah's figure divided by each other library's.
import type { BrowserBench, Figure } from "./harness";
import { telaahRound } from "./largeTranscript";
import { largeProject, peerTranscript, type TranscriptSize } from "./transcriptData";
import { peerRound, PEERS, servePeerPages, type PeerName } from "./transcriptPeers";
import { LIMIT_MS, STEPS, type RoundFigures } from "./transcriptTiming";

export const TRANSCRIPT_TITLE = "Coding a large transcript, beside two annotation libraries (Chromium)";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES: { size: TranscriptSize; aims: Record<(typeof STEPS)[number], string | undefined> }[] = [
  { size: { characters: 300_000, codings: 2_000 }, aims: { open: "< 150 ms", apply: "< 16 ms", middle: "< 16 ms", end: "< 16 ms", heap: undefined } },
  { size: { characters: 2_000_000, codings: 20_000 }, aims: { open: "< 500 ms", apply: "< 16 ms", middle: "< 16 ms", end: "< 16 ms", heap: undefined } },
];
const WHAT = { open: "open (until painted)", apply: "apply one code / add one highlight (until repainted)", middle: "scroll to the middle (until painted)", end: "scroll to the end (until painted)", heap: "JS heap after open (after a GC)" };

function median(values: number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length < values.length || finite.length === 0) return NaN;
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

type Who = "telaah" | PeerName;
const LABEL: Record<Who, string> = { telaah: "Telaah", ...PEERS };

export async function benchTranscript({ browser, url }: BrowserBench): Promise<Figure[]> {
  const pages = await servePeerPages();
  const figures: Figure[] = [];
  try {
    for (const { size, aims } of SIZES) {
      const project = largeProject(size);
      const peerData = peerTranscript(project);
      const rounds: Record<Who, RoundFigures[]> = { telaah: [], textAnnotator: [], recogitoJs: [] };
      // A library that could not open this transcript in time is not made to try again in later rounds.
      const gaveUp = new Set<PeerName>();
      for (let round = 0; round < ROUNDS; round++) {
        rounds.telaah.push(await telaahRound(browser, url, project, round));
        for (const peer of Object.keys(PEERS) as PeerName[]) {
          if (gaveUp.has(peer)) continue;
          const figures = await peerRound(browser, pages.url, peer, peerData);
          if (!Number.isFinite(figures.open)) gaveUp.add(peer);
          rounds[peer].push(figures);
        }
        console.log(`transcript ${size.characters.toLocaleString("en")}, round ${round + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(rounds).map(([who, r]) => [who, r[round]])))}`);
      }
      const sizeName = `${size.characters.toLocaleString("en")} characters / ${size.codings.toLocaleString("en")} codings`;
      for (const step of STEPS) {
        const telaah = median(rounds.telaah.map((r) => r[step]));
        for (const who of ["telaah", ...Object.keys(PEERS)] as Who[]) {
          const value = median(rounds[who].map((r) => r[step]));
          const tried = rounds[who].length;
          const unopened = rounds[who].filter((r) => !Number.isFinite(r.open)).length;
          const unfinished = rounds[who].filter((r) => Number.isFinite(r.open) && !Number.isFinite(r[step])).length;
          const notes = [
            tried === ROUNDS ? `median of ${ROUNDS}` : `tried in ${tried} of ${ROUNDS} rounds, not again after open did not finish`,
            who === "telaah" ? "" : Number.isFinite(value) && Number.isFinite(telaah) ? `Telaah / ${LABEL[who]}: ${(telaah / value).toFixed(2)}` : "",
            unopened ? (step === "open" ? `not finished within ${LIMIT_MS / 1000} s in ${unopened} of ${tried} rounds` : `not measured in the ${unopened} of ${tried} rounds where open did not finish`) : "",
            unfinished ? `not finished within ${LIMIT_MS / 1000} s in ${unfinished} of ${tried} rounds` : "",
          ].filter(Boolean);
          figures.push({ name: `${sizeName}, ${LABEL[who]}: ${WHAT[step]}`, value, unit: step === "heap" ? "MB" : "ms", target: who === "telaah" ? aims[step] : undefined, note: notes.join("; ") });
        }
      }
    }
  } finally {
    await pages.close();
  }
  return figures;
}
