// Coding in a real browser: on a fresh project, import a transcript, select a passage with the
// keyboard, create and apply a code through the palette, reload (the passage still carries the
// code), undo (code and coding are gone, one step), and the code's reference count follows each step.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { newProjectWithTranscript } from "../support/transcript";

const workbench = useBrowserWorkbench();

const TEXT = "Pewawancara: Bagaimana pengalaman Anda?\nInforman K: Admin 😀 akun resmi lambat sekali menjawab.\n";

/** Puts the caret at the start of the transcript's second line, moves `skip` characters and selects `length` more with Shift+Right. */
async function selectOnSecondLine(page: Page, skip: number, length: number): Promise<void> {
  const editor = page.getByRole("textbox", { name: "Transcript text" });
  await editor.locator(".cm-line").nth(1).click({ position: { x: 1, y: 8 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < skip; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
}

const codedSpans = (page: Page) => page.getByRole("region", { name: "Transcript" }).locator("span.coded");
const treeItem = (page: Page, name: string) => page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").filter({ hasText: name });

describe("coding a passage", () => {
  it("applies a new code from the palette, survives a reload, and undoes", async () => {
    const { context, page } = await openWorkbench(workbench());
    await newProjectWithTranscript(page, "Fresh", { name: "Informan K.txt", text: TEXT });
    // Skip "Informan K: " (12 characters) and select "Admin 😀 akun resmi lambat" (25 characters, the emoji one).
    await selectOnSecondLine(page, 12, 25);
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Apply code" });
    await palette.getByRole("combobox", { name: "Code name" }).fill("Respon lambat");
    await palette.getByRole("combobox", { name: "Code name" }).press("Enter");

    await expect.poll(() => codedSpans(page).count()).toBeGreaterThan(0);
    const coded = (await codedSpans(page).allTextContents()).join("");
    expect(coded).toBe("Admin 😀 akun resmi lambat");
    expect(await codedSpans(page).first().getAttribute("title")).toBe("Codes: Respon lambat");
    await expect.poll(() => treeItem(page, "Respon lambat").locator(".refs").textContent()).toBe("1");
    await screenshot(page, "coding-applied");

    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    await expect.poll(() => codedSpans(page).count()).toBeGreaterThan(0);
    expect((await codedSpans(page).allTextContents()).join("")).toBe("Admin 😀 akun resmi lambat");
    expect(await codedSpans(page).first().getAttribute("title")).toBe("Codes: Respon lambat");

    // The undo history lives as long as the tab: after the reload, undo still removes the coding,
    // and with it the code it created (creating and applying is one step).
    await page.getByRole("textbox", { name: "Transcript text" }).click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => codedSpans(page).count()).toBe(0);
    // Creating the code and applying it was one step: undoing it takes the code away too.
    await expect.poll(() => treeItem(page, "Respon lambat").count()).toBe(0);
    await page.getByRole("region", { name: "Transcript" }).getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => treeItem(page, "Respon lambat").locator(".refs").textContent()).toBe("1");

    // "ekal" snaps to the whole word "sekali"; the palette's key 1 applies the most recent code.
    await selectOnSecondLine(page, 39, 4);
    await page.keyboard.press("Control+k");
    await page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" }).press("1");
    await expect.poll(() => treeItem(page, "Respon lambat").locator(".refs").textContent()).toBe("2");
    expect(await codedSpans(page).allTextContents()).toEqual(["Admin 😀 akun resmi lambat", "sekali"]);
    await page.getByRole("region", { name: "Transcript" }).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => treeItem(page, "Respon lambat").locator(".refs").textContent()).toBe("1");
    await context.close();
  });
});

describe("adjusting and removing codings", () => {
  it("asks which code to remove where two overlap, and drags a coding's end", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Informan E/ }).click();
    const region = page.getByRole("region", { name: "Transcript" });
    // "Inilah yang diinginkan…" is coded at both Partisipasi publik and Memperpendek jarak.
    const shared = region.locator("span.coded", { hasText: "Inilah yang diinginkan" }).first();
    await expect.poll(() => shared.getAttribute("title")).toMatch(/Partisipasi publik/);
    expect(await shared.getAttribute("title")).toMatch(/Memperpendek jarak/);
    // The span may wrap over lines: start the drag at its first line's start.
    const box = await shared.evaluate((el) => {
      const r = el.getClientRects()[0]!;
      return { x: r.x, y: r.y, height: r.height };
    });
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await region.getByRole("button", { name: "Remove code" }).click();
    const ask = page.getByRole("dialog", { name: "Remove which code from this passage?" });
    expect((await ask.getByRole("button").allTextContents()).sort()).toEqual(["Memperpendek jarak", "Partisipasi publik"]);
    await ask.getByRole("button", { name: "Memperpendek jarak" }).click();
    // The selection snapped to whole words; only there was the code taken off.
    const first = region.locator("span.coded", { hasText: "Inilah" }).first();
    await expect.poll(() => first.getAttribute("title")).toBe("Codes: Partisipasi publik");
    expect(await first.textContent()).toMatch(/^Inilah yang\b/);
    expect(await first.textContent()).not.toMatch(/\s$/);

    // Click "Menurut…"-like single coding: select the Informasi cepat passage and drag its end back.
    const informasi = region.locator("span.coded[title='Codes: Informasi cepat']").first();
    const before = (await region.locator("span.coded[title='Codes: Informasi cepat']").allTextContents()).join("");
    await informasi.click();
    const handle = region.locator(".coding-handle-end");
    await handle.waitFor();
    const from = (await handle.boundingBox())!;
    const target = (await informasi.boundingBox())!;
    await page.mouse.move(from.x + 1, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + 40, target.y + 8, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await region.locator("span.coded[title='Codes: Informasi cepat']").allTextContents()).join("").length).toBeLessThan(before.length);
    const after = (await region.locator("span.coded[title='Codes: Informasi cepat']").allTextContents()).join("");
    expect(before.startsWith(after)).toBe(true);
    await screenshot(page, "coding-adjusted");
    await context.close();
  });
});
