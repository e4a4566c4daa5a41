// The cases sheet in a real browser: the demo's informants and attributes, a typed attribute
// added and edited in place (a bad value refused), an attribute table imported from CSV, and
// descriptions: a case's edited in the sheet, a document's shown in the documents list.
import { describe, expect, it } from "vitest";
import type { Case, Project } from "../../src/core/model/types";
import type { DocumentRecord } from "../../src/persistence/schema";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench, writeStore } from "../support/browser";

const workbench = useBrowserWorkbench();

describe("cases sheet", () => {
  it("lists the six informants, edits a typed value and imports an attribute table", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Cases" }).click();
    const sheet = page.getByRole("region", { name: "Cases" });
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    expect(await sheet.locator("thead th").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Generasi")]));

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

    // Every change of the sheet is a step of undo and redo, like coding: the import as one step,
    // and a deleted case (with its values) brought back.
    await sheet.locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    expect(await sheet.getByLabel("Age of Informan B").inputValue()).toBe("");
    expect(await sheet.getByLabel("Age of Informan A").inputValue()).toBe("19");
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(7);
    await expect.poll(() => sheet.getByLabel("Age of Informan B").inputValue()).toBe("21");
    await sheet.getByRole("button", { name: "Delete case Informan G" }).click();
    await page.getByRole("alertdialog", { name: "Delete case “Informan G”?" }).getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    // The sheet's own Undo button, titled with the step it undoes.
    const undoButton = sheet.getByRole("button", { name: "Undo", exact: true });
    expect(await undoButton.getAttribute("title")).toBe("Undo Delete case “Informan G”");
    await undoButton.click();
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(7);
    await expect.poll(() => sheet.getByLabel("Kabupaten of Informan G").inputValue()).toBe("Pandeglang");

    await page.reload();
    await page.getByRole("button", { name: "Cases" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Cases" }).getByLabel("Age of Informan B").inputValue()).toBe("21");
    await context.close();
  });

  it("keeps a new number column a number when a value is bad, reports it, and imports the value the user corrects", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Cases" }).click();
    const sheet = page.getByRole("region", { name: "Cases" });
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    const csv = "case,Usia,Kota\nInforman A,21,Serang\nInforman B,abc,Lebak\nInforman C,19,Serang\nInforman D,20,Lebak\nInforman E,dua puluh,Serang\n";
    await sheet.getByLabel("Import attribute table (CSV)").setInputFiles({ name: "usia.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const dialog = page.getByRole("dialog", { name: /Import attribute table/ });
    await dialog.waitFor();
    expect(await dialog.locator(".plain-list li").allTextContents()).toEqual(["Usia number", "Kota choice"]);
    const list = dialog.locator(".bad-value");
    expect(await list.allTextContents()).toEqual([
      expect.stringContaining('Line 3: Informan B, Usia (number): "abc" is not a number'),
      expect.stringContaining('Line 6: Informan E, Usia (number): "dua puluh" is not a number'),
    ]);
    const fixB = dialog.getByLabel("Usia of Informan B, line 3");
    expect(await fixB.inputValue()).toBe("abc");
    await fixB.fill("22");
    await expect.poll(() => fixB.getAttribute("aria-invalid")).toBe("false");
    expect(await list.nth(0).textContent()).toContain("will be imported");
    expect(await list.nth(1).textContent()).toContain("skipped");
    await screenshot(page, "cases-import-bad-values");
    await dialog.getByRole("button", { name: "Apply" }).click();

    const usia = sheet.locator("thead th").filter({ hasText: /^Usia/ });
    await expect.poll(() => usia.locator(".type-tag").textContent()).toBe("number");
    await expect.poll(() => sheet.getByLabel("Usia of Informan B", { exact: true }).inputValue()).toBe("22");
    expect(await sheet.getByLabel("Usia of Informan A", { exact: true }).inputValue()).toBe("21");
    expect(await sheet.getByLabel("Usia of Informan E", { exact: true }).inputValue()).toBe("");
    expect(await sheet.getByLabel("Kota of Informan E").inputValue()).toBe("Serang");
    await context.close();
  });

  it("edits a case's description in place and shows a document's description in the list", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Cases" }).click();
    const sheet = page.getByRole("region", { name: "Cases" });
    await expect.poll(() => sheet.locator("tbody tr").count()).toBe(6);
    expect((await readStore<Project>(page, "projects"))[0]!.unbackedSince).toBeUndefined();

    const descriptionOfA = sheet.getByLabel("Description of Informan A");
    await descriptionOfA.fill("Mahasiswa “Gen Z”");
    await descriptionOfA.press("Shift+Enter");
    await descriptionOfA.pressSequentially("tinggal di Serang");
    await descriptionOfA.press("Enter");
    const storedA = async () => (await readStore<Case>(page, "cases")).find((c) => c.name === "Informan A")?.description;
    await expect.poll(storedA).toBe("Mahasiswa “Gen Z”\ntinggal di Serang");
    expect((await readStore<Project>(page, "projects"))[0]!.unbackedSince).toBeDefined();
    await screenshot(page, "cases-description");

    // Emptied, the case has no description any more.
    const descriptionOfB = sheet.getByLabel("Description of Informan B");
    await descriptionOfB.fill("Sementara");
    await descriptionOfB.press("Enter");
    await expect.poll(async () => (await readStore<Case>(page, "cases")).find((c) => c.name === "Informan B")?.description).toBe("Sementara");
    await descriptionOfB.fill("");
    await descriptionOfB.press("Tab");
    await expect.poll(async () => "description" in (await readStore<Case>(page, "cases")).find((c) => c.name === "Informan B")!).toBe(false);

    const documents = await readStore<DocumentRecord>(page, "documents");
    const informanC = documents.find((d) => d.name === "Informan C")!;
    await writeStore(page, "documents", [{ ...informanC, description: "Wawancara lewat WhatsApp, 12 Juni" }]);
    await page.reload();
    const nav = page.getByRole("navigation", { name: "Documents" });
    await expect.poll(() => nav.locator(".document-description").count()).toBe(1);
    const shown = nav.locator("li", { hasText: "Informan C" }).locator(".document-description");
    expect(await shown.textContent()).toBe("Wawancara lewat WhatsApp, 12 Juni");
    expect(await shown.getAttribute("title")).toBe("Wawancara lewat WhatsApp, 12 Juni");
    await page.getByRole("button", { name: "Cases" }).click();
    expect(await page.getByRole("region", { name: "Cases" }).getByLabel("Description of Informan A").inputValue()).toBe("Mahasiswa “Gen Z”\ntinggal di Serang");
    await screenshot(page, "documents-description");
    await context.close();
  });
});
