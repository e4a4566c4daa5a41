// The memos CSV: one row per memo, its text as plain text, its author by name, its dates and what it
// is attached to by name or path, read back with PapaParse and checked against the sample memos
// written out by hand.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DEFAULT_CSV_OPTIONS } from "../../../src/formats/csvOptions";
import { memosCsv } from "../../../src/formats/memosCsv";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { withSampleMemos } from "../../support/memoSamples";

describe("the memos CSV", () => {
  it("has a row per memo with its plain text, author, dates and what it is attached to", async () => {
    const content = withSampleMemos(await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
    content.memos[2]!.links.push({ kind: "document", id: "gone" });
    const rows = Papa.parse<string[]>(memosCsv(content, { ...DEFAULT_CSV_OPTIONS, bom: false }).trimEnd(), { newline: "\r\n" }).data;
    expect(rows[0]).toEqual(["title", "text", "author", "created", "modified", "attached_to"]);
    expect(rows).toHaveLength(7);
    const coding = content.codings[0]!;
    const code = content.codes.find((c) => c.id === coding.codeId)!;
    const theme = content.codes.find((c) => c.id === code.parentId);
    const path = theme ? `${theme.name} / ${code.name}` : code.name;
    const document = content.documents.find((d) => d.id === coding.documentId)!.name;
    const segment = `Coded segment: ${path} — ${document}: “${Array.from(coding.quote).length > 50 ? `${Array.from(coding.quote).slice(0, 50).join("")}…` : coding.quote}”`;
    const coderName = (i: number) => content.coders.find((c) => c.id === content.memos[i]!.author)!.name;
    expect(rows.slice(1)).toEqual([
      ["Project memo", "What the study is about.", coderName(0), "2026-11-01T08:00:00.000Z", "2026-11-01T09:30:00.000Z", `Project: ${content.project.name}`],
      ["Document memo", "Interview ran long.", coderName(1), "2026-11-02T08:00:00.000Z", "2026-11-02T09:30:00.000Z", `Document: ${document}`],
      ["Case memo", "Informant was cautious.", coderName(2), "2026-11-03T08:00:00.000Z", "2026-11-03T09:30:00.000Z", `Case: ${content.cases[0]!.name}; Document: (deleted)`],
      ["Code memo", 'Replies are slow on WhatsApp\n- admin < 3 staff & "busy"\n1. ask again', coderName(3), "2026-11-04T08:00:00.000Z", "2026-11-04T09:30:00.000Z", `Code: ${path}`],
      ["Segment memo", "Key passage.", coderName(4), "2026-11-05T08:00:00.000Z", "2026-11-05T09:30:00.000Z", segment],
      ["Free memo", "Links a code, a case and a passage.", coderName(5), "2026-11-06T08:00:00.000Z", "2026-11-06T09:30:00.000Z", `Code: ${path}; Case: ${content.cases[0]!.name}; ${segment}`],
    ]);
  });
});
