// Memos in a real browser: a segment memo (from a coded passage), a code memo (from the codebook,
// with a bullet list) and a project memo are written; the segment memo's mark shows in the margin;
// the memo panel finds them by search, by what they are attached to and by author, and jumps to a
// memo's passage; the HTML report holds them; all three survive a reload and an export–import of the project file and of a
// .qdpx. The panel is photographed in English and Bahasa Indonesia.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Memo } from "../../src/core/model/memo";
import { memoPlainText } from "../../src/core/model/memo";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";
import { transcript } from "../support/transcript";

const workbench = useBrowserWorkbench();
const panel = (page: Page) => page.getByRole("region", { name: "Memos" });
const listed = (page: Page) => panel(page).getByRole("list", { name: "Memo list" }).getByRole("listitem");

/** Writes the open memo's text: clicks into it, types, then leaves it (which saves). */
async function writeText(page: Page, type: () => Promise<void>): Promise<void> {
  await panel(page).getByRole("textbox", { name: "Memo text" }).click();
  await type();
  await panel(page).getByRole("textbox", { name: "Title" }).focus();
}

async function newMemo(page: Page, button: RegExp | string, title: string): Promise<void> {
  await panel(page).getByRole("button", { name: button }).click();
  const field = panel(page).getByRole("textbox", { name: "Title" });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Title");
  await field.fill(title);
  await field.press("Enter");
}

/** The memos of one project, as "title|kinds|plain text", sorted. */
async function memoSummary(page: Page, projectId: string): Promise<string[]> {
  const memos = (await readStore<Memo>(page, "memos")).filter((m) => m.projectId === projectId);
  return memos.map((m) => `${m.title}|${m.links.map((l) => l.kind).sort().join(",")}|${memoPlainText(m.text)}`).sort();
}

describe("memos", () => {
  it("are written on a passage, a code and the project, found in the panel, and kept through reload, project file and .qdpx", async () => {
    const { context, page } = await openWorkbench(workbench());
    const [project] = await readStore<{ id: string; name: string }>(page, "projects");
    const codes = await readStore<{ id: string; name: string }>(page, "codes");
    const codings = await readStore<{ id: string; documentId: string; codeId: string; quote: string }>(page, "codings");
    const documents = await readStore<{ id: string; name: string }>(page, "documents");

    // A segment memo: a coded passage clicked in the transcript, then its "Memos" button.
    const document = documents.slice().sort((a, b) => a.name.localeCompare(b.name))[0]!;
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: new RegExp(`^${document.name}`) }).click();
    const spans = transcript(page).locator("span.coded");
    await spans.first().waitFor();
    const alone = await spans.evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.codingIds ?? "").find((ids) => ids !== "" && !ids.includes(" ")));
    const coding = codings.find((c) => c.id === alone)!;
    await transcript(page).locator(`span.coded[data-coding-ids="${coding.id}"]`).first().click();
    const codeName = codes.find((c) => c.id === coding.codeId)!.name;
    await transcript(page).getByRole("button", { name: new RegExp(`^Memos on ${codeName}: .*: 0$`) }).click();
    await newMemo(page, /^New memo on /, "Admin lambat");
    await writeText(page, async () => {
      await page.keyboard.type("Admin sering ");
      await panel(page).getByRole("button", { name: "Bold" }).click();
      await page.keyboard.type("lambat");
    });
    await expect.poll(async () => (await readStore<Memo>(page, "memos")).map((m) => JSON.stringify(m.text))).toEqual([expect.stringContaining('"marks":[{"type":"bold"}],"text":"lambat"')]);
    await page.getByRole("button", { name: "Transcript", exact: true }).click();
    await expect.poll(() => transcript(page).locator(`.memo-mark[data-memo-for="${coding.id}"]`).count()).toBe(1);
    await screenshot(page, "memos-margin-mark");

    // A code memo, from the code's details in the codebook, with a bullet list.
    const tree = page.getByRole("tree", { name: "Codes" });
    await tree.getByRole("treeitem").filter({ has: page.locator(".code-name", { hasText: new RegExp(`^${codeName}$`) }) }).first().click();
    await page.getByRole("button", { name: `Memos on ${codeName}: 0` }).click();
    await newMemo(page, /^New memo on /, "Tentang kode ini");
    await writeText(page, async () => {
      await panel(page).getByRole("button", { name: "Bullet list" }).click();
      await page.keyboard.type("satu");
      await page.keyboard.press("Enter");
      await page.keyboard.type("dua");
    });

    // A project memo, from the whole panel.
    await page.getByRole("button", { name: "Memos", exact: true }).click();
    await newMemo(page, "New project memo", "Kesimpulan awal");
    await writeText(page, () => page.keyboard.type("Kompetensi aparatur menjadi tema utama."));
    const expected = [
      "Admin lambat|coding|Admin sering lambat",
      "Kesimpulan awal|project|Kompetensi aparatur menjadi tema utama.",
      "Tentang kode ini|code|- satu\n- dua",
    ];
    await expect.poll(() => memoSummary(page, project!.id)).toEqual(expected);

    // The panel: all three, then by search, by type and by author.
    await expect.poll(() => listed(page).count()).toBe(3);
    await panel(page).getByRole("searchbox", { name: "Search memos" }).fill("LAMBAT");
    await expect.poll(() => listed(page).allTextContents()).toEqual([expect.stringContaining("Admin lambat")]);
    await panel(page).getByRole("searchbox", { name: "Search memos" }).fill("");
    await panel(page).getByLabel("Type", { exact: true }).selectOption("code");
    await expect.poll(() => listed(page).allTextContents()).toEqual([expect.stringContaining("Tentang kode ini")]);
    await panel(page).getByLabel("Type", { exact: true }).selectOption("");
    const coders = await readStore<{ id: string; name: string; projectId: string }>(page, "coders");
    const author = (await readStore<Memo>(page, "memos"))[0]!.author;
    await panel(page).getByLabel("Author").selectOption(author);
    await expect.poll(() => listed(page).count()).toBe(3);
    const other = coders.find((c) => c.projectId === project!.id && c.id !== author);
    if (other) {
      await panel(page).getByLabel("Author").selectOption(other.id);
      await expect.poll(() => panel(page).textContent()).toContain("No memo matches.");
    }
    await panel(page).getByLabel("Author").selectOption("");
    await listed(page).filter({ hasText: "Tentang kode ini" }).getByRole("button").click();
    await screenshot(page, "memos-panel");
    await page.locator("select.language-switch").selectOption("id");
    await page.getByRole("region", { name: "Memo" }).waitFor();
    await page.getByRole("region", { name: "Memo" }).getByRole("list", { name: "Daftar memo" }).getByRole("button").filter({ hasText: "Tentang kode ini" }).click();
    await screenshot(page, "memos-panel-id");
    await page.locator("select.language-switch").selectOption("en");
    await panel(page).waitFor();

    // From the segment memo to its passage.
    await listed(page).filter({ hasText: "Admin lambat" }).getByRole("button").click();
    await panel(page).getByRole("button", { name: /^Go to Coded segment: / }).click();
    await expect.poll(() => transcript(page).getByRole("heading", { level: 1 }).textContent()).toBe(document.name);

    // The HTML report holds them, with their rich text.
    await page.getByRole("button", { name: "Concept map", exact: true }).click();
    await page.locator('svg[data-settled="true"]').waitFor();
    const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export report (HTML)", exact: true }).click()]);
    const html = await readFile((await report.path())!, "utf8");
    const memos = /<section id="memos">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    for (const title of ["Admin lambat", "Tentang kode ini", "Kesimpulan awal"]) expect(memos).toContain(`<h3>${title}</h3>`);
    expect(memos).toContain("<p>Admin sering <strong>lambat</strong></p>");
    expect(memos).toContain("<ul><li><p>satu</p></li><li><p>dua</p></li></ul>");

    // A reload keeps them.
    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    expect(await memoSummary(page, project!.id)).toEqual(expected);

    // The project file and the .qdpx carry them into new projects.
    for (const [button, file] of [["Export project file", "again.telaah.json"], ["Export .qdpx", "again.qdpx"]] as const) {
      await page.getByRole("button", { name: /^Project/ }).click();
      const dialog = page.getByRole("dialog", { name: "Projects" });
      const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: `${button}: ${project!.name}`, exact: true }).click()]);
      const bytes = await readFile((await download.path())!);
      const before = (await readStore<{ id: string }>(page, "projects")).map((p) => p.id);
      await dialog.getByLabel("Import project file").setInputFiles({ name: file, mimeType: "application/octet-stream", buffer: bytes });
      await expect.poll(async () => (await readStore<{ id: string }>(page, "projects")).length).toBe(before.length + 1);
      const added = (await readStore<{ id: string }>(page, "projects")).find((p) => !before.includes(p.id))!;
      // REFI-QDA carries a memo's text as plain text: the list comes back as its lines.
      await expect.poll(() => memoSummary(page, added.id)).toEqual(expected);
      await page.keyboard.press("Escape");
    }
    await context.close();
  });
});
