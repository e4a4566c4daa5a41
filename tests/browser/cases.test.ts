// The cases sheet in a real browser: the demo's informants and attributes, a typed attribute
// added and edited in place (a bad value refused), and an attribute table imported from CSV.
import { describe, expect, it } from "vitest";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

describe("cases sheet", () => {
  it("lists the six informants, edits a typed value and imports an attribute table", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Cases" }).click();
    const sheet = page.getByRole("region", { name: "Cases" });
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    expect(await sheet.locator("thead th").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Generation")]));

    await sheet.getByLabel("Attribute name").fill("Age");
    await sheet.getByLabel("Type").selectOption("number");
    await sheet.getByRole("button", { name: "Add attribute" }).click();
    const ageOfA = sheet.getByLabel("Age of Informan A");
    await ageOfA.fill("19 years");
    await ageOfA.press("Enter");
    await expect.poll(() => ageOfA.getAttribute("aria-invalid")).toBe("true");
    await ageOfA.fill("19");
    await ageOfA.press("Enter");
    await expect.poll(() => ageOfA.getAttribute("aria-invalid")).toBe(null);

    const csv = "case;Age;Kabupaten\nInforman B;21;Lebak\nInforman C;abc;Serang\nInforman G;18;Pandeglang\n";
    await sheet.getByLabel("Import attribute table (CSV)").setInputFiles({ name: "informants.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const dialog = page.getByRole("dialog", { name: /Import attribute table/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Informan G");
    expect(await dialog.locator(".problem-list").textContent()).toMatch(/Line 3/);
    await screenshot(page, "cases-import-plan");
    await dialog.getByRole("button", { name: "Apply" }).click();

    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(7);
    await expect.poll(() => sheet.getByLabel("Age of Informan B").inputValue()).toBe("21");
    expect(await sheet.getByLabel("Kabupaten of Informan G").inputValue()).toBe("Pandeglang");
    expect(await sheet.getByLabel("Age of Informan C").inputValue()).toBe("");
    expect(await sheet.getByLabel("Age of Informan A").inputValue()).toBe("19");
    await screenshot(page, "cases-sheet");

    await page.reload();
    await page.getByRole("button", { name: "Cases" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Cases" }).getByLabel("Age of Informan B").inputValue()).toBe("21");
    await context.close();
  });
});
