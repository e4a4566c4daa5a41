// Two coders in a real browser: the demo coded by "Ana" and then "Budi" by switching coders in the
// header (neither's coding changes hands), blind coding hiding the other's coding, the coding
// comparison's κ checked against a count made here over the stored codings, and an adjudication
// filling the consensus coder (and undone in one step).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Code, Coder, Coding } from "../../src/core/model/types";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();
const CODE = "Uji kesepakatan";

const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });

/** Selects `length` code units of the first paragraph after skipping `skip`, with the keyboard. */
async function selectInFirstParagraph(page: Page, skip: number, length: number): Promise<void> {
  const editor = page.getByRole("textbox", { name: "Transcript text" });
  await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < skip; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
}

async function applyByName(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Apply code" });
  await palette.getByRole("combobox", { name: "Code name" }).fill(name);
  await palette.getByRole("combobox", { name: "Code name" }).press("Enter");
  await palette.waitFor({ state: "hidden" });
}

async function stored(page: Page) {
  const [codes, codings, coders] = await Promise.all([readStore<Code>(page, "codes"), readStore<Coding>(page, "codings"), readStore<Coder>(page, "coders")]);
  const code = codes.find((c) => c.name === CODE);
  const coderId = (name: string) => coders.find((c) => c.name === name)?.id;
  const of = (name: string) => codings.filter((c) => c.codeId === code?.id && c.coderId === coderId(name)).sort((a, b) => a.start - b.start);
  return { code, coders, of };
}

async function newCoder(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "New coder" }).click();
  const dialog = page.getByRole("dialog", { name: "New coder" });
  await dialog.getByLabel("Your name as coder").fill(name);
  await dialog.getByRole("button", { name: "Create" }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe("two coders", () => {
  it("code the demo by switching coders, compare, and adjudicate", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Informan A/ }).click();

    // The demo's coder renamed: an undoable command, and every coding keeps its coder.
    await page.getByRole("button", { name: "Rename the coder Coder 1" }).click();
    const renameDialog = page.getByRole("dialog", { name: "Your name as coder" });
    await renameDialog.getByLabel("Your name as coder").fill("Ana");
    await renameDialog.getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => (await readStore<Coder>(page, "coders")).map((c) => c.name)).toEqual(["Ana"]);

    await selectInFirstParagraph(page, 0, 30);
    await applyByName(page, CODE);
    await expect.poll(async () => (await stored(page)).of("Ana").length).toBe(1);
    const [anas] = (await stored(page)).of("Ana");

    // Budi codes over Ana's passage and elsewhere: Ana's coding is neither absorbed nor changed.
    await newCoder(page, "Budi");
    // The picker lists the new coder once the coders are read again: wait for it to show as chosen.
    await expect.poll(() => page.getByLabel("Coding as").locator("option:checked").textContent()).toBe("Budi");
    await selectInFirstParagraph(page, 10, 50);
    await applyByName(page, CODE);
    await selectInFirstParagraph(page, 150, 40);
    await applyByName(page, CODE);
    await expect.poll(async () => (await stored(page)).of("Budi").length).toBe(2);
    expect((await stored(page)).of("Ana")).toEqual([anas]);

    // Back to Ana: switching changes no coding; her stripes and Budi's can be told apart.
    await page.getByLabel("Coding as").selectOption({ label: "Ana" });
    const all = async () => (await stored(page)).of("Ana").length + (await stored(page)).of("Budi").length;
    expect(await all()).toBe(3);
    await transcript(page).getByLabel("Stripes by coder").check();
    await screenshot(page, "coders-transcript");

    // Blind coding: only Ana's coding is drawn and counted.
    const codedIds = async () => (await transcript(page).locator("span.coded").evaluateAll((spans) => spans.flatMap((s) => (s.getAttribute("data-coding-ids") ?? "").split(" ")))).filter(Boolean);
    const { of } = await stored(page);
    const budiIds = of("Budi").map((c) => c.id);
    await expect.poll(async () => (await codedIds()).some((id) => budiIds.includes(id))).toBe(true);
    const refs = () => page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").filter({ hasText: CODE }).locator(".refs").first().textContent();
    await expect.poll(refs).not.toBe("1");
    await page.getByLabel("Show only my coding").check();
    await expect.poll(async () => (await codedIds()).some((id) => budiIds.includes(id))).toBe(false);
    expect((await codedIds()).includes(anas!.id)).toBe(true);
    await expect.poll(refs).toBe("1");
    await page.getByLabel("Show only my coding").uncheck();

    // The comparison: Ana against Budi on the test code in Informan A, in characters.
    await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Coding comparison" }).click();
    const view = page.getByRole("region", { name: "Coding comparison" });
    await view.getByRole("group", { name: /^Codes/ }).getByLabel(CODE).check();
    await view.getByRole("group", { name: /^Documents/ }).getByLabel("Informan A").check();
    const documents = await readStore<{ id: string; name: string }>(page, "documents");
    const documentId = documents.find((d) => d.name === "Informan A")!.id;
    const texts = await readStore<{ id: string; text: string }>(page, "documentTexts");
    const length = Array.from(texts.find((t) => t.id === documentId)!.text).length;
    // κ by brute force over the code points: each coder's coverage, observed and chance agreement.
    const covered = (codings: Coding[]) => Array.from({ length }, (_, i) => codings.some((c) => c.start <= i && i < c.end));
    const a = covered(of("Ana"));
    const b = covered(of("Budi"));
    const agree = a.filter((x, i) => x === b[i]).length / length;
    const pa = a.filter(Boolean).length / length;
    const pb = b.filter(Boolean).length / length;
    const chance = pa * pb + (1 - pa) * (1 - pb);
    const kappa = (agree - chance) / (1 - chance);
    const row = view.locator(`tr[data-document-id="${documentId}"]`);
    await row.waitFor();
    const cells = await row.locator("td").allTextContents();
    expect(cells[0]).toBe("Informan A");
    expect(cells[1]).toBe(String(length));
    expect(cells[2]).toBe(`${(agree * 100).toFixed(1)}%`);
    expect(cells[3]).toBe(kappa.toFixed(3));
    expect(Number(cells[6])).toBe(a.filter((x, i) => x && !b[i]).length);
    expect(Number(cells[7])).toBe(b.filter((x, i) => x && !a[i]).length);
    await screenshot(page, "coders-comparison");

    // The disagreements in the transcript, and Ana's side of the first taken into the consensus.
    await view.getByRole("button", { name: "Show disagreements in the transcript" }).click();
    const bar = page.getByRole("toolbar", { name: "Disagreements" });
    await expect.poll(() => bar.getByText(/^1 of \d+$/).count()).toBe(1);
    for (const kind of ["a", "b", "both"]) await expect.poll(() => transcript(page).locator(`[data-overlay="${kind}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, "coders-disagreements");
    await bar.getByRole("button", { name: "Next disagreement" }).click();
    await expect.poll(() => bar.getByText(/^2 of \d+$/).count()).toBe(1);
    await bar.getByRole("button", { name: "Previous disagreement" }).click();
    await bar.getByRole("button", { name: "Take A’s" }).click();
    await expect.poll(async () => (await stored(page)).of("Consensus").map((c) => [c.start, c.end])).toEqual([[anas!.start, anas!.end]]);
    expect((await stored(page)).of("Ana")).toEqual([anas]);
    expect((await stored(page)).of("Budi").map((c) => c.id).sort()).toEqual([...budiIds].sort());

    // One undo step takes the decision back, and the consensus coder created with it.
    await transcript(page).locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await readStore<Coder>(page, "coders")).map((c) => c.name).sort()).toEqual(["Ana", "Budi"]);
    await context.close();
  });
});
