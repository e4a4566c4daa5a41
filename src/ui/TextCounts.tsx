// A transcript's size, for its heading: characters (code points) and words. Words are counted once
// the transcript is shown, when the browser is idle: over millions of characters the count takes
// tens of milliseconds, which opening the transcript does not wait for.
import { useEffect, useMemo, useState } from "react";
import { whenIdle } from "../app/whenIdle";
import { countWords } from "../core/text/canonical";
import { codePointLength } from "../core/text/offsets";
import { formatCount, t } from "../lang";

export function TextCounts({ text }: { text: string }) {
  const characters = useMemo(() => codePointLength(text), [text]);
  const [counted, setCounted] = useState<{ text: string; words: number } | null>(null);
  useEffect(() => whenIdle(() => setCounted({ text, words: countWords(text) })), [text]);
  return (
    <>
      <span>{t("characters", { count: formatCount(characters) })}</span>
      <span>{t("words", { count: counted?.text === text ? formatCount(counted.words) : "…" })}</span>
    </>
  );
}
