// Memos in the project file: optional, kept whole through a round trip (rich text, author, dates,
// links of every kind), checked for shape and for a missing author.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { problemOfAsync } from "../../support/fileProblem";
import { withSampleMemos } from "../../support/memoSamples";

const demo = () => parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));

describe("memos in the project file", () => {
  it("are optional, and kept through a round trip with their links to each kind of record", async () => {
    const content = await demo();
    expect(content.memos).toBeUndefined();
    const withMemos = withSampleMemos(content);
    const again = await parseProjectFile("again.json", await serializeProjectFile(withMemos));
    expect(again.memos).toEqual(withMemos.memos);
    expect(new Set(again.memos!.flatMap((m) => m.links.map((l) => l.kind)))).toEqual(new Set(["project", "document", "case", "code", "coding"]));
  });

  it("are refused with a missing author or a text that is not a memo text", async () => {
    const withMemos = withSampleMemos(await demo());
    const orphan = { ...withMemos, memos: [{ ...withMemos.memos[0]!, author: "nobody" }] };
    expect((await problemOfAsync(async () => parseProjectFile("bad.json", await serializeProjectFile(orphan)))).message).toMatch(/memo "Project memo" refers to a missing author/);
    const odd = { ...withMemos, memos: [{ ...withMemos.memos[0]!, text: { type: "doc", content: [{ type: "image", src: "x" }] } }] };
    // @ts-expect-error: a text the editor never writes
    const text = await serializeProjectFile(odd);
    expect((await problemOfAsync(() => parseProjectFile("bad.json", text))).message).toMatch(/is damaged: memos\.0\.text/);
  });
});
