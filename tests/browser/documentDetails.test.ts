// Renaming and describing a document from the transcript's heading, by keyboard: the documents
// list and the stored record follow, and each change is one step of undo.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

const heading = (page: Page) => page.getByRole("region", { name: "Transcript" }).getByRole("heading", { level: 1 });
const listed = (page: Page) => page.getByRole("navigation", { name: "Documents" }).locator(".document-link[aria-current=page]");
const stored = async (page: Page, id: string) => (await readStore<{ id: string; name: string; description?: string }>(page, "documents")).find((d) => d.id === id);

describe("a document's name and description", () => {
  it("are changed in place, shown in the list, and undone one step each", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => heading(page).textContent()).toBe("Informan A");
    const id = (await readStore<{ id: string; name: string }>(page, "documents")).find((d) => d.name === "Informan A")!.id;
    const demoDescription = (await stored(page, id))?.description;

    await page.getByRole("button", { name: "Rename document Informan A" }).focus();
    await page.keyboard.press("Enter");
    const name = page.getByLabel("Document name");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Document name");
    await name.fill("Informan A (Serang)");
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe("Informan A (Serang)");
    expect(await listed(page).locator(".document-name").textContent()).toBe("Informan A (Serang)");
    expect((await stored(page, id))?.name).toBe("Informan A (Serang)");

    await page.getByRole("button", { name: /^(Add a description|Edit description)$/ }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Pegawai kelurahan, wawancara kedua");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await stored(page, id))?.description).toBe("Pegawai kelurahan, wawancara kedua");
    expect(await listed(page).locator(".document-description").textContent()).toBe("Pegawai kelurahan, wawancara kedua");
    await screenshot(page, "document-described");

    // A name another document has is refused, and nothing changes.
    await page.getByRole("button", { name: "Rename document Informan A (Serang)" }).click();
    await name.fill("informan b");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".notice").textContent()).toContain("already exists");
    expect((await stored(page, id))?.name).toBe("Informan A (Serang)");

    // Undo: first the description, then the name.
    await page.locator("body").press("Control+z");
    await expect.poll(async () => (await stored(page, id))?.description).toBe(demoDescription);
    expect((await stored(page, id))?.name).toBe("Informan A (Serang)");
    await page.locator("body").press("Control+z");
    await expect.poll(() => heading(page).textContent()).toBe("Informan A");
    expect((await stored(page, id))?.name).toBe("Informan A");
    await context.close();
  });
});
