// The foundation in a real browser: the demo study on a first visit, a .txt import that survives
// a reload, and a bad file that is refused without touching the database.
import { describe, expect, it } from "vitest";
import { countRecords, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

const documentButtons = (page: import("playwright-core").Page) =>
  page.getByRole("navigation", { name: "Documents" }).locator("button.document-link");

describe("first visit", () => {
  it("shows the Banten study with its six documents", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => documentButtons(page).count()).toBe(6);
    const names = await documentButtons(page).locator(".document-name").allTextContents();
    expect(names).toEqual(["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`));
    await documentButtons(page).first().click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect.poll(() => transcript.locator("h1").textContent()).toBe("Informan A");
    expect(await transcript.textContent()).toContain("Case: Informan A");
    await screenshot(page, "demo-transcript");
    await context.close();
  });
});

describe("importing a .txt file", () => {
  it("adds the document, offers its case, and keeps both after a reload", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => documentButtons(page).count()).toBe(6);
    const text = "Pewawancara: Apa pendapat Anda?\r\nInforman G: Media sosial 😀 sangat membantu.\r\n";
    await page.locator("#import-files").setInputFiles({ name: "Wawancara G.txt", mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
    const panel = page.getByRole("region", { name: "Import" });
    await expect.poll(() => panel.locator("li[data-status=imported]").count()).toBe(1);
    await panel.getByRole("button", { name: "Link to case “Informan G”" }).click();
    await expect.poll(() => panel.textContent()).toContain("Linked to case “Informan G”");
    await screenshot(page, "import-result");

    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    await expect.poll(() => documentButtons(page).count()).toBe(7);
    await page.getByRole("button", { name: /^Wawancara G/ }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    // One paragraph per line of the canonical text (CRLF became LF).
    const shownText = async () =>
      (await transcript.locator(".transcript-editor .cm-line").allTextContents()).join("\n");
    await expect.poll(shownText).toBe("Pewawancara: Apa pendapat Anda?\nInforman G: Media sosial 😀 sangat membantu.\n");
    expect(await transcript.textContent()).toContain("Case: Informan G");
    await context.close();
  });
});

describe("a bad file", () => {
  it("shows an error naming the file and leaves the database unchanged", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => documentButtons(page).count()).toBe(6);
    const before = await countRecords(page);
    expect(before.documents).toBe(6);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    await page.locator("#import-files").setInputFiles([
      { name: "photo.txt", mimeType: "text/plain", buffer: png },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    ]);
    const panel = page.getByRole("region", { name: "Import" });
    await expect.poll(() => panel.locator("li[data-status=failed]").count()).toBe(2);
    const messages = await panel.locator(".import-message").allTextContents();
    expect(messages[0]).toMatch(/^photo\.txt: .*PNG/);
    expect(messages[1]).toMatch(/^empty\.txt: .*empty/);
    expect(await countRecords(page)).toEqual(before);
    await screenshot(page, "import-errors");
    await context.close();
  });
});
