// A word cloud of the most frequent words, laid out by d3-cloud with a seeded random source, so the
// same counts always give the same picture. Sizes grow with the square root of the count. The SVG
// has a title and a description; every word is a button (Enter or a click searches for it), and the
// table of the same counts stays the accessible form.
import { useEffect, useState, type KeyboardEvent } from "react";
import cloud from "d3-cloud";
import type { WordCount } from "../../core/analysis/wordFrequency";
import { t } from "../../lang";
import "../../lang/enViews";

const WIDTH = 760;
const HEIGHT = 420;
const FONT = "system-ui, 'Segoe UI', 'Noto Sans', Roboto, sans-serif";
/** Okabe–Ito colours that keep contrast on the light and the dark background alike. */
const COLORS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];

interface Placed {
  text: string;
  count: number;
  size: number;
  x: number;
  y: number;
}

/** The mulberry32 generator from a fixed seed: the layout's only source of chance. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function WordCloud({ words, onWord }: { words: readonly WordCount[]; onWord(word: string): void }) {
  const [placed, setPlaced] = useState<{ words: readonly WordCount[]; layout: Placed[] } | null>(null);
  useEffect(() => {
    const most = Math.max(1, ...words.map((w) => w.count));
    const layout = cloud<Placed>()
      .size([WIDTH, HEIGHT])
      .words(words.map((w) => ({ text: w.word, count: w.count, size: 12 + 44 * Math.sqrt(w.count / most), x: 0, y: 0 })))
      .font(FONT)
      .fontWeight(600)
      .fontSize((d) => d.size)
      .padding(2)
      .rotate(0)
      .random(seeded(1))
      .timeInterval(Infinity)
      .on("end", (done) => setPlaced({ words, layout: done }));
    layout.start();
    return () => void layout.stop();
  }, [words]);
  const layout = placed?.words === words ? placed.layout : [];
  const keyDown = (event: KeyboardEvent, word: string) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onWord(word);
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="group"
      aria-labelledby="word-cloud-title"
      aria-describedby="word-cloud-description"
      className="word-cloud"
      data-placed={placed?.words === words ? layout.length : undefined}
      style={{ fontFamily: FONT, maxWidth: WIDTH }}
    >
      <title id="word-cloud-title">{t("wordCloudTitle", { count: words.length })}</title>
      <desc id="word-cloud-description">{t("wordCloudDescription")}</desc>
      {layout.map((w, i) => (
        <text
          key={w.text}
          role="button"
          tabIndex={0}
          aria-label={t("wordsSearch", { word: w.text })}
          textAnchor="middle"
          transform={`translate(${w.x},${w.y})`}
          fontSize={w.size}
          fontWeight={600}
          fill={COLORS[i % COLORS.length]}
          onClick={() => onWord(w.text)}
          onKeyDown={(e) => keyDown(e, w.text)}
        >
          <title>{t("wordCloudWord", { word: w.text, count: w.count })}</title>
          {w.text}
        </text>
      ))}
    </svg>
  );
}
