// The synthetic transcripts of the transcript benchmark: lines of interview turns with Indonesian
// words and an emoji, and codings at random places, as a Telaah project and as the same text and
// ranges in W3C Web Annotations (UTF-16 offsets into the text of the paragraphs) for other libraries.
import { anchorPassage } from "../../src/core/model/anchor";
import type { ProjectContent } from "../../src/core/model/types";

export interface TranscriptSize {
  characters: number;
  codings: number;
}

export const CODES = 20;
export const DOCUMENT_NAME = "Large transcript";

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function largeProject({ characters, codings: count }: TranscriptSize): ProjectContent {
  const next = random(7);
  const words = "pelayanan publik media sosial akun resmi admin respon cepat kantor desa surat izin warga 😀 informasi".split(" ");
  const turns: string[] = [];
  for (let turn = 0, length = 0; length < characters; turn++) {
    const line: string[] = [turn % 2 ? "Informan A:" : "Pewawancara:"];
    for (let w = 0; w < 30; w++) line.push(words[Math.floor(next() * words.length)]!);
    turns.push(`${line.join(" ")}.\n`);
    length += turns[turns.length - 1]!.length;
  }
  const text = Array.from(turns.join("")).slice(0, characters - 1).join("") + "\n";
  const length = Array.from(text).length;
  const projectId = "bench-project";
  const now = "2026-01-01T00:00:00.000Z";
  const codes = Array.from({ length: CODES }, (_, i) => ({
    id: `code-${i}`, projectId, name: `Code ${i + 1}`, parentId: null, color: null, description: "", order: i,
  }));
  const codings = Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * (length - 500));
    const end = start + 20 + Math.floor(next() * 400);
    return { id: `coding-${i}`, projectId, documentId: "doc", codeId: `code-${i % CODES}`, start, end, coderId: "me", created: now, ...anchorPassage(text, start, end) };
  });
  return {
    project: { id: projectId, name: "Benchmark: large transcript", created: now, modified: now },
    coders: [{ id: "me", projectId, name: "me" }],
    documents: [{ id: "doc", projectId, name: DOCUMENT_NAME, text, sourceName: "large.txt", sourceType: "txt", created: now, modified: now }],
    codes,
    codings,
    attributes: [],
    cases: [],
    caseDocuments: [],
  };
}

export interface W3CTextAnnotation {
  "@context": string;
  type: "Annotation";
  id: string;
  body: { type: "TextualBody"; purpose: "tagging"; value: string }[];
  target: { selector: [{ type: "TextQuoteSelector"; exact: string }, { type: "TextPositionSelector"; start: number; end: number }] };
}

/** The transcript as the other libraries get it: one paragraph per line, and its codings as annotations. */
export interface PeerTranscript {
  lines: string[];
  annotations: W3CTextAnnotation[];
  /** One more annotation, the first 30 characters of the third line, for "add one highlight". */
  extra: W3CTextAnnotation;
}

export function peerTranscript(project: ProjectContent): PeerTranscript {
  const text = project.documents[0]!.text;
  const lines = text.split("\n").slice(0, -1);
  // Code point offset → UTF-16 offset into the paragraphs' text (the line breaks are not in it).
  const offsets = new Int32Array(Array.from(text).length + 1);
  let cp = 0;
  let at = 0;
  for (const ch of text) {
    offsets[cp++] = at;
    if (ch !== "\n") at += ch.length;
  }
  offsets[cp] = at;
  const flat = lines.join("");
  const codeName = new Map(project.codes.map((c) => [c.id, c.name]));
  const annotation = (id: string, code: string, start: number, end: number): W3CTextAnnotation => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    id: `#${id}`,
    body: [{ type: "TextualBody", purpose: "tagging", value: code }],
    target: { selector: [{ type: "TextQuoteSelector", exact: flat.slice(start, end) }, { type: "TextPositionSelector", start, end }] },
  });
  const annotations = project.codings.map((c) => annotation(c.id, codeName.get(c.codeId)!, offsets[c.start]!, offsets[c.end]!));
  const third = lines[0]!.length + lines[1]!.length;
  return { lines, annotations, extra: annotation("extra", "Code 8", third, third + 30) };
}

/**
 * A code to apply to the start of the third line (where "apply one code" selects) that no coding there
 * already has, so that applying it always adds a coding; another one each round.
 */
export function codeToApply(project: ProjectContent, round: number): string {
  const text = project.documents[0]!.text;
  const lineStart = Array.from(text.slice(0, text.split("\n", 2).join("\n").length + 1)).length;
  const passage = { start: lineStart, end: lineStart + 60 };
  const used = new Set(project.codings.filter((c) => c.start < passage.end && c.end > passage.start).map((c) => c.codeId));
  const free = project.codes.filter((c) => !used.has(c.id));
  return free[round % free.length]!.name;
}
