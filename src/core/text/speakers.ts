// Finds speaker turns ("Informan A: ...", optionally after a "[timestamp]") in a transcript and
// guesses the interviewee: the speaker who is not an interviewer and says the most.

export interface SpeakerStats {
  name: string;
  turns: number;
  /** Characters (code points) spoken in the speaker's turns, continuation lines included. */
  characters: number;
}

export interface DetectedSpeakers {
  speakers: SpeakerStats[];
  interviewee: string | null;
}

/** Optional "[...]" prefix, a label starting with an uppercase letter, a colon, then the words. */
const TURN = /^(?:\[[^\]\n]*\]\s*)?(\p{Lu}[\p{L}\p{M}\p{N} .'’()-]{0,39}):(.*)$/u;
const TIMESTAMP_PREFIX = /^\[[^\]\n]*\]\s*/;
const MAX_LABEL_WORDS = 5;
const INTERVIEWER_LABELS = new Set([
  "interviewer", "interviewers", "pewawancara", "peneliti", "researcher", "moderator",
  "facilitator", "fasilitator", "penanya", "q", "i", "int", "tanya", "p",
]);

export function detectSpeakers(text: string): DetectedSpeakers {
  const byName = new Map<string, SpeakerStats>();
  let current: SpeakerStats | null = null;
  let turns = 0;
  for (const line of text.split("\n")) {
    const turn = parseTurn(line);
    if (turn) {
      current = byName.get(turn.name) ?? { name: turn.name, turns: 0, characters: 0 };
      byName.set(turn.name, current);
      current.turns++;
      turns++;
      current.characters += countChars(turn.spoken);
    } else if (current) {
      current.characters += countChars(line.replace(TIMESTAMP_PREFIX, ""));
    }
  }
  if (turns < 2) return { speakers: [], interviewee: null };
  const speakers = [...byName.values()];
  const interviewee = speakers
    .filter((s) => !isInterviewerLabel(s.name))
    .reduce<SpeakerStats | null>((best, s) => (best === null || s.characters > best.characters ? s : best), null);
  return { speakers, interviewee: interviewee?.name ?? null };
}

function isInterviewerLabel(name: string): boolean {
  // "Interviewer 1", "Pewawancara 2": a numbered interviewer is still an interviewer.
  return INTERVIEWER_LABELS.has(name.toLowerCase().replace(/\s+\d+$/, ""));
}

function parseTurn(line: string): { name: string; spoken: string } | null {
  const m = TURN.exec(line);
  if (!m) return null;
  const name = (m[1] ?? "").trim().replace(/\s+/g, " ");
  const rest = m[2] ?? "";
  // "10:30" is a time and "http://" a URL, not a speaker's colon.
  if (/^(?:\d|\/\/)/.test(rest)) return null;
  const spoken = rest.trim();
  if (spoken === "" || name.split(" ").length > MAX_LABEL_WORDS) return null;
  return { name, spoken };
}

function countChars(text: string): number {
  return [...text.trim()].length;
}
