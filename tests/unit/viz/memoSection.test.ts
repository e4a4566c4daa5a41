// The memos in the HTML report: rich text as the few HTML elements a memo holds, every text escaped,
// what each memo is attached to by name (a deleted record named as such), no section without memos.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { memoSectionHtml, memoTextHtml } from "../../../src/viz/conceptMap/memoSection";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { RICH_MEMO_TEXT, withSampleMemos } from "../../support/memoSamples";

describe("memos in the report", () => {
  it("write a memo's rich text as paragraphs, strong, em and lists, escaped", () => {
    expect(memoTextHtml(RICH_MEMO_TEXT.content)).toBe(
      '<p>Replies are <strong>slow</strong> on <em>WhatsApp</em></p><ul><li><p>admin &lt; 3 staff &amp; &quot;busy&quot;</p></li></ul><ol><li><p>ask again</p></li></ol>',
    );
  });

  it("list each memo with its author and what it is attached to, and are left out when there are none", async () => {
    const content = withSampleMemos(await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
    content.memos[1]!.links.push({ kind: "case", id: "gone" });
    const records = { ...content, project: { name: content.project.name } };
    const html = memoSectionHtml(content.memos, records, content.coders);
    expect(html.match(/<article class="memo">/g)).toHaveLength(6);
    expect(html).toContain(`<h3>Document memo</h3><p class="source">by ${content.coders.find((c) => c.id === content.memos[1]!.author)!.name} · changed 2 November 2026</p>`);
    expect(html).toContain(`Attached to: Document: ${content.documents.find((d) => d.id === content.memos[1]!.links[0]!.id)!.name}; Case: (deleted)`);
    expect(memoSectionHtml([], records, content.coders)).toBe("");
  });
});
