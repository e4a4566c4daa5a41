// How the tool that wrote a REFI-QDA project (its `origin` attribute) counts PlainTextSelection
// positions. The standard counts Unicode code points of the source text as written; NVivo counts
// UTF-16 code units, a CRLF as two; ATLAS.ti writes CRLF line endings but counts each as one.
import { CODE_POINT_CONVENTION, type OffsetConvention } from "../../core/text/producerOffsets";

export type ProducerKind = "standard" | "nvivo" | "atlasti";

export interface Producer {
  kind: ProducerKind;
  convention: OffsetConvention;
}

export function producerOf(origin: string | undefined): Producer {
  const name = (origin ?? "").toLowerCase();
  if (name.includes("nvivo")) return { kind: "nvivo", convention: { unit: "utf16", crlfCountsAs: 2 } };
  if (name.includes("atlas")) return { kind: "atlasti", convention: { unit: "codePoint", crlfCountsAs: 1 } };
  return { kind: "standard", convention: CODE_POINT_CONVENTION };
}
