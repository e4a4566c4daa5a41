// How REFI-QDA tools count PlainTextSelection positions, both ways. On import, from the tool that
// wrote a project (its `origin` attribute): the standard counts Unicode code points of the source
// text as written; NVivo counts UTF-16 code units, a CRLF as two; ATLAS.ti writes CRLF line endings
// but counts each as one. On export, for the tool that will read it (the target): the offsets are
// converted at the edge and the origin says how they were counted, so that Telaah reads its own
// files back exactly. What is known about each tool, and from where, is in docs/refi-qda-offsets.md.
import { CODE_POINT_CONVENTION, type OffsetConvention } from "../../core/text/producerOffsets";

export type ProducerKind = "standard" | "nvivo" | "atlasti" | "maxqdaTarget";

export interface Producer {
  kind: ProducerKind;
  convention: OffsetConvention;
}

export type ExportTarget = "standard" | "nvivo" | "atlas" | "maxqda";

export const EXPORT_TARGETS: readonly ExportTarget[] = ["standard", "nvivo", "atlas", "maxqda"];

export interface ExportTargetSpec {
  /** The project's `origin`, which names Telaah and how its positions were counted. */
  origin: string;
  convention: OffsetConvention;
  /** How each line break of the canonical text is written in the source files. */
  lineBreak: "\n" | "\r\n";
}

const TARGETS: Record<ExportTarget, ExportTargetSpec> = {
  standard: { origin: "Telaah", convention: CODE_POINT_CONVENTION, lineBreak: "\n" },
  nvivo: { origin: "Telaah (positions in UTF-16 units, for NVivo)", convention: { unit: "utf16", crlfCountsAs: 2 }, lineBreak: "\n" },
  atlas: { origin: "Telaah (for ATLAS.ti)", convention: { unit: "codePoint", crlfCountsAs: 1 }, lineBreak: "\n" },
  maxqda: { origin: "Telaah (for MAXQDA: Windows line breaks, each counted as one position)", convention: { unit: "codePoint", crlfCountsAs: 1 }, lineBreak: "\r\n" },
};

export function exportTargetSpec(target: ExportTarget): ExportTargetSpec {
  return TARGETS[target];
}

export function producerOf(origin: string | undefined): Producer {
  const name = (origin ?? "").trim();
  if (name === TARGETS.maxqda.origin) return { kind: "maxqdaTarget", convention: TARGETS.maxqda.convention };
  const lower = name.toLowerCase();
  if (lower.includes("nvivo")) return { kind: "nvivo", convention: { unit: "utf16", crlfCountsAs: 2 } };
  if (lower.includes("atlas")) return { kind: "atlasti", convention: { unit: "codePoint", crlfCountsAs: 1 } };
  return { kind: "standard", convention: CODE_POINT_CONVENTION };
}
