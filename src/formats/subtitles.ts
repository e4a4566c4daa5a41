// Turns WebVTT and SRT subtitle files into transcript text: one line per cue (one per voice in
// WebVTT), each prefixed with "[HH:MM:SS.mmm - HH:MM:SS.mmm] ". A cue whose timestamp is broken
// keeps its text, without a time, and is reported by its line.
import { FileProblem } from "./importTypes";
import type { Problem } from "./problems";

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;
const VOICE_TAG = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>|<\/v\s*>/g;
const ANY_TAG = /<[^>]*>/g;
/** Ruby text (<rt>) is a reading aid for the base text, not more words. */
const RUBY_TEXT = /<rt>.*?<\/rt>/g;
const SRT_TAG = /<\/?(?:i|b|u|font)(?:\s[^>]*)?>/gi;
const SKIPPED_VTT_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)/;
const ENTITIES = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["nbsp", "\u00a0"], ["lrm", "\u200e"], ["rlm", "\u200f"]]);

export interface SubtitleText {
  text: string;
  /** What the user should know, e.g. cues whose timestamps were broken. */
  notes: Problem[];
}

export function parseVtt(fileName: string, text: string): SubtitleText {
  // The header is the first block; NOTE, STYLE and REGION blocks carry no cue text.
  const blocks = splitBlocks(text).filter(({ lines }) => !SKIPPED_VTT_BLOCK.test(lines[0] ?? ""));
  return renderCues(fileName, blocks, vttCueLines);
}

export function parseSrt(fileName: string, text: string): SubtitleText {
  return renderCues(fileName, splitBlocks(text), (lines) => {
    const cueText = collapse(joinLines(lines).replace(SRT_TAG, ""));
    return cueText ? [cueText] : [];
  });
}

interface Block {
  /** The line the block starts on, counting from 1. */
  line: number;
  lines: string[];
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") current = null;
      else if (current) current.lines.push(line);
      else blocks.push((current = { line: index + 1, lines: [line] }));
    });
  return blocks;
}

/** An SRT cue number, or a line that looks like a timing line without its arrow ("00:01,000 - 00:02,000"). */
const CUE_NUMBER = /^\s*\d+\s*$/;
const BROKEN_TIMING = /^[\d:.,\s>-]+$/;

/**
 * Renders each block that has a timing line in its first two lines (an identifier may come first).
 * A cue whose timing line is malformed or missing keeps its text, without a time, and is named by its
 * line in a note; a file without one well-timed cue is refused.
 */
function renderCues(fileName: string, blocks: Block[], cueLines: (lines: string[]) => string[]): SubtitleText {
  let cues = 0;
  let timed = 0;
  const brokenLines: number[] = [];
  const out: string[] = [];
  for (const { line, lines } of blocks) {
    const timingIndex = lines.slice(0, 2).findIndex((text) => text.includes("-->"));
    const prefix = timingIndex < 0 ? null : timingPrefix(lines[timingIndex] ?? "");
    if (timingIndex >= 0) cues++;
    if (prefix !== null) {
      timed++;
      for (const text of cueLines(lines.slice(timingIndex + 1))) out.push(prefix + text);
      continue;
    }
    let body = timingIndex >= 0 ? lines.slice(timingIndex + 1) : lines;
    if (timingIndex < 0 && CUE_NUMBER.test(body[0] ?? "")) body = body.slice(1);
    if (timingIndex < 0 && BROKEN_TIMING.test(body[0] ?? "")) body = body.slice(1);
    const kept = cueLines(body);
    if (kept.length === 0) continue;
    brokenLines.push(line);
    out.push(...kept);
  }
  if (cues === 0) throw new FileProblem(fileName, "noCues");
  if (timed === 0) throw new FileProblem(fileName, "noUsableCues");
  const notes = brokenLines.length === 0 ? [] : [brokenCuesNote(brokenLines)];
  return { text: out.join("\n") + "\n", notes };
}

function brokenCuesNote(lines: number[]): Problem {
  const shown = lines.slice(0, 10).join(", ");
  if (lines.length === 1) return { code: "brokenCue", values: { lines: shown } };
  if (lines.length <= 10) return { code: "brokenCues", values: { count: lines.length, lines: shown } };
  return { code: "brokenCuesMore", values: { count: lines.length, lines: shown, more: lines.length - 10 } };
}

/** "00:01.000 --> 00:04,5 align:start" becomes "[00:00:01.000 - 00:00:04.500] "; null when malformed. */
function timingPrefix(line: string): string | null {
  const [startPart, endPart] = line.split("-->");
  const start = normalizeTimestamp(startPart?.trim() ?? "");
  const end = normalizeTimestamp(endPart?.trim().split(/\s+/)[0] ?? "");
  return start && end ? `[${start} - ${end}] ` : null;
}

function normalizeTimestamp(stamp: string): string | null {
  const m = TIMESTAMP.exec(stamp);
  if (!m) return null;
  const [, hours = "0", minutes = "", seconds = "", millis = ""] = m;
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${hours.padStart(2, "0")}:${minutes.padStart(2, "0")}:${seconds}.${millis.padEnd(3, "0")}`;
}

/** One line per voice span ("Name: text"); text outside voice spans stands on its own line. */
function vttCueLines(lines: string[]): string[] {
  const joined = joinLines(lines);
  const out: string[] = [];
  let speaker = "";
  let from = 0;
  const flush = (to: number) => {
    const spoken = decodeEntities(collapse(joined.slice(from, to).replace(RUBY_TEXT, "").replace(ANY_TAG, "")));
    if (spoken) out.push(speaker ? `${speaker}: ${spoken}` : spoken);
  };
  for (const tag of joined.matchAll(VOICE_TAG)) {
    flush(tag.index);
    speaker = decodeEntities(collapse(tag[1] ?? ""));
    from = tag.index + tag[0].length;
  }
  flush(joined.length);
  return out;
}

function joinLines(lines: string[]): string {
  return lines.map((line) => line.trim()).join(" ");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return ENTITIES.get(name) ?? whole;
    const codePoint = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : whole;
  });
}
