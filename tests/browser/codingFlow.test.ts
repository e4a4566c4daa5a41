// The keyboard flow of coding: after a code is applied the focus is back in the transcript with
// the caret after the passage, so Shift+arrows, Ctrl+K and Enter code the next passage at once;
// F2 on a code puts the cursor in its name. New codes go where the researcher says ("Theme / Code"
// in the palette, its "Create under" list, "New code" under the selected theme) and are shown
// selected in the codebook.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";
import { backInTranscript, focusedLabel, newProjectWithTranscript } from "../support/transcript";

const workbench = useBrowserWorkbench();

const LINE = "alpha beta gamma delta epsilon";

const tree = (page: Page) => page.getByRole("tree", { name: "Codes" });
const item = (page: Page, name: string) => tree(page).getByRole("treeitem").filter({ has: page.locator(".code-name", { hasText: new RegExp(`^${name}$`) }) });
const palette = (page: Page) => page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" });

/** Code-point ranges of the codings of the document "Flow", in the order they start. */
async function codedRanges(page: Page): Promise<[number, number][]> {
  const flow = (await readStore<{ id: string; name: string }>(page, "documents")).find((d) => d.name === "Flow");
  const codings = (await readStore<{ start: number; end: number; documentId: string }>(page, "codings")).filter((c) => c.documentId === flow?.id);
  return codings.map((c): [number, number] => [c.start, c.end]).sort((a, b) => a[0] - b[0]);
}

async function shiftRight(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press("Shift+ArrowRight");
}

describe("the keyboard flow of coding", () => {
  it("returns the focus to the transcript after the passage, so the next passage is coded without the mouse", async () => {
    const { context, page } = await openWorkbench(workbench());
    await newProjectWithTranscript(page, "Flow", { name: "Flow.txt", text: `${LINE}\n` });
    const editor = page.getByRole("textbox", { name: "Transcript text" });
    await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    await shiftRight(page, 5); // "alpha"
    await page.keyboard.press("Control+k");
    await palette(page).fill("Satu");
    await palette(page).press("Enter");
    await expect.poll(() => codedRanges(page)).toEqual([[0, 5]]);
    await backInTranscript(page);

    await shiftRight(page, 5); // " beta", snapped to "beta"
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Dua");
    await page.keyboard.press("Enter");
    await expect.poll(() => codedRanges(page)).toEqual([[0, 5], [6, 10]]);
    await backInTranscript(page);

    await shiftRight(page, 6); // " gamma"; key 1 applies the most recent code
    await page.keyboard.press("Control+k");
    await page.keyboard.press("1");
    await expect.poll(() => codedRanges(page)).toEqual([[0, 5], [6, 10], [11, 16]]);
    await expect.poll(() => focusedLabel(page)).toBe("Transcript text");

    // Escape leaves the palette for the transcript, the selection as it was.
    await shiftRight(page, 6);
    await page.keyboard.press("Control+k");
    await page.keyboard.press("Escape");
    await expect.poll(() => focusedLabel(page)).toBe("Transcript text");
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(" delta");

    // F2 on a code: the cursor is in its name field; Enter renames and gives the tree the focus again.
    await item(page, "Satu").click();
    await page.keyboard.press("F2");
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("Satu");
    await page.keyboard.type("Pertama");
    await page.keyboard.press("Enter");
    await expect.poll(() => item(page, "Pertama").count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("treeitem");
    const flowProject = (await readStore<{ projectId: string; name: string }>(page, "documents")).find((d) => d.name === "Flow")!.projectId;
    const codes = (await readStore<{ name: string; projectId: string }>(page, "codes")).filter((c) => c.projectId === flowProject);
    expect(codes.map((c) => c.name).sort()).toEqual(["Dua", "Pertama"]);
    await context.close();
  });
});

describe("where new codes go", () => {
  it("creates under the theme typed as a path or chosen in the palette, and under the selected theme, each shown selected", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => tree(page).getByRole("treeitem").count()).toBe(18);
    const editor = page.getByRole("textbox", { name: "Transcript text" });
    const select = async (paragraph: number) => {
      await editor.locator(".cm-line").nth(paragraph).click({ position: { x: 1, y: 8 } });
      await page.keyboard.press("Home");
      await shiftRight(page, 12);
    };

    // "Theme / Code" in the palette.
    await select(2);
    await page.keyboard.press("Control+k");
    await palette(page).fill("pelayanan manual / Calo");
    expect(await page.getByRole("option", { name: "Create code “Calo” under “Pelayanan manual” and apply" }).count()).toBe(1);
    await palette(page).press("Enter");
    await expect.poll(() => item(page, "Calo").getAttribute("aria-level")).toBe("2");
    await expect.poll(() => item(page, "Calo").getAttribute("aria-selected")).toBe("true");
    const codes = await readStore<{ id: string; name: string; parentId: string | null }>(page, "codes");
    const theme = codes.find((c) => c.name === "Pelayanan manual")!;
    expect(codes.find((c) => c.name === "Calo")?.parentId).toBe(theme.id);
    expect(codes.some((c) => c.name.includes("/"))).toBe(false);

    // A theme that does not exist is said so; nothing is offered to create.
    await select(0);
    await page.keyboard.press("Control+k");
    await palette(page).fill("Literasi / Video");
    expect(await page.getByRole("dialog", { name: "Apply code" }).getByRole("status").textContent()).toContain("There is no theme “Literasi”");
    expect(await page.getByRole("option", { name: /^Create code/ }).count()).toBe(0);

    // The "Create under" list.
    await palette(page).fill("Antrean panjang");
    await page.getByLabel("Create under").selectOption({ label: "Kendala tata kelola" });
    await palette(page).press("Enter");
    await expect.poll(() => item(page, "Antrean panjang").getAttribute("aria-level")).toBe("2");
    const kendala = (await readStore<{ id: string; name: string; parentId: string | null }>(page, "codes")).find((c) => c.name === "Kendala tata kelola")!;
    expect((await readStore<{ name: string; parentId: string | null }>(page, "codes")).find((c) => c.name === "Antrean panjang")?.parentId).toBe(kendala.id);

    // "New code" with a code selected goes beside it, under its theme; the new row is in view.
    await item(page, "Gratifikasi").click();
    await page.getByRole("button", { name: "New code", exact: true }).click();
    await page.getByLabel("Name of the new code").fill("Pungutan liar");
    await page.getByLabel("Name of the new code").press("Enter");
    await expect.poll(() => item(page, "Pungutan liar").getAttribute("aria-selected")).toBe("true");
    expect(await item(page, "Pungutan liar").getAttribute("aria-level")).toBe("2");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Pungutan liar");
    const row = (await item(page, "Pungutan liar").boundingBox())!;
    const box = (await page.locator(".codebook-tree-scroll").boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(box.y);
    expect(row.y + row.height).toBeLessThanOrEqual(box.y + box.height + 1);
    await screenshot(page, "codebook-new-code-in-view");
    await context.close();
  });
});
