// The codebook tree in a real browser, on the Banten demo: counts that agree with an independent
// count of the study's data, keyboard navigation, creating and nesting a code, merging (one undo
// step), deleting with a confirmation that says how many codings go, and importing a REFI-QDA
// codebook that shares some codes with the project, merged by name (one undo step).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { referenceCount } from "../support/studyReference";

const workbench = useBrowserWorkbench();

const tree = (page: Page) => page.getByRole("tree", { name: "Codes" });
const item = (page: Page, name: string) => tree(page).getByRole("treeitem").filter({ has: page.locator(".code-name", { hasText: new RegExp(`^${name}$`) }) });
const counts = async (page: Page, name: string) => ({
  references: Number(await item(page, name).locator(".refs").textContent()),
  documents: Number(await item(page, name).locator(".docs").textContent()),
});

describe("codebook", () => {
  it("counts like the study's data, and merges, deletes and undoes", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => tree(page).getByRole("treeitem").count()).toBe(18);
    for (const name of ["Respon admin lambat", "Efisiensi layanan", "Informasi cepat"]) expect(await counts(page, name)).toEqual(referenceCount([name]));
    // A theme rolls up its codes: passages coded at two of its codes count once.
    expect(await counts(page, "Manfaat media sosial")).toEqual(referenceCount(["Informasi cepat", "Partisipasi publik", "Memperpendek jarak", "Efisiensi layanan"]));

    // Keyboard: from the first theme, ArrowDown moves to its first code.
    await item(page, "Manfaat media sosial").click();
    await page.keyboard.press("ArrowDown");
    expect(await tree(page).locator("[aria-selected=true] .code-name").textContent()).toBe("Informasi cepat");

    // Merge "Respons cepat akun resmi" into "Respon admin lambat".
    await item(page, "Respons cepat akun resmi").click();
    await page.getByLabel("Merge Respons cepat akun resmi into").selectOption({ label: "Kendala tata kelola / Respon admin lambat" });
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect.poll(() => item(page, "Respons cepat akun resmi").count()).toBe(0);
    await expect.poll(() => counts(page, "Respon admin lambat")).toEqual(referenceCount(["Respon admin lambat", "Respons cepat akun resmi"]));
    await screenshot(page, "codebook-merged");
    await item(page, "Respon admin lambat").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => item(page, "Respons cepat akun resmi").count()).toBe(1);
    await expect.poll(() => counts(page, "Respon admin lambat")).toEqual(referenceCount(["Respon admin lambat"]));
    await expect.poll(() => counts(page, "Respons cepat akun resmi")).toEqual(referenceCount(["Respons cepat akun resmi"]));

    // Delete asks, saying how many codings go; undo brings the code and its codings back.
    await item(page, "Gratifikasi").click();
    await item(page, "Gratifikasi").press("Delete");
    const confirm = page.getByRole("alertdialog", { name: "Delete code “Gratifikasi”?" });
    expect(await confirm.textContent()).toContain(`${referenceCount(["Gratifikasi"]).references} coding`);
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => item(page, "Gratifikasi").count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => item(page, "Gratifikasi").count()).toBe(1);
    await expect.poll(() => counts(page, "Gratifikasi")).toEqual(referenceCount(["Gratifikasi"]));

    // A new code under a theme, then moved out of it with Alt+Left.
    await item(page, "Pelayanan manual").click();
    await page.getByRole("button", { name: "New code", exact: true }).click();
    await page.getByLabel("Name of the new code").fill("Calo");
    await page.getByLabel("Name of the new code").press("Enter");
    await expect.poll(() => item(page, "Calo").getAttribute("aria-level")).toBe("2");
    await item(page, "Calo").click();
    await item(page, "Calo").press("Alt+ArrowLeft");
    await expect.poll(() => item(page, "Calo").getAttribute("aria-level")).toBe("1");
    // The codebook as REFI-QDA.
    const [qdc] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export codebook (.qdc)" }).click()]);
    const xml = await readFile((await qdc.path())!, "utf8");
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    for (const theme of ["Manfaat media sosial", "Kendala tata kelola", "Kanal digital lain", "Pelayanan manual", "Harapan dan rekomendasi"]) {
      expect(xml).toContain(`name="${theme}"`);
    }
    await context.close();
  });

  it("imports a .qdc sharing some codes, after asking, merged by name without duplicates, and undoes it", async () => {
    const { context, page } = await openWorkbench(workbench());
    await expect.poll(() => tree(page).getByRole("treeitem").count()).toBe(18);
    // "Pelayanan manual" and its "Gratifikasi" are in the study (here in other spellings); four codes are not.
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="Another tool">
  <qda:Codes>
    <qda:Code guid="t-1" name="pelayanan MANUAL" isCodable="true">
      <qda:Code guid="c-1" name="Gratifikasi " isCodable="true">
        <qda:Code guid="c-2" name="Uang rokok" isCodable="true" color="#2E7D32"/>
      </qda:Code>
      <qda:Code guid="c-3" name="Calo" isCodable="true"><qda:Description>Brokers</qda:Description></qda:Code>
    </qda:Code>
    <qda:Code guid="t-2" name="Literasi digital" isCodable="true">
      <qda:Code guid="c-4" name="Pelatihan admin" isCodable="true"/>
    </qda:Code>
  </qda:Codes>
</qda:CodeBook>`;
    await page.getByLabel("Import codebook (CSV or .qdc)").setInputFiles({ name: "shared.qdc", mimeType: "application/xml", buffer: Buffer.from(qdc) });
    const dialog = page.getByRole("dialog", { name: "Import codebook “shared.qdc”" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Already in the codebook (same names on the same path): 2 of the 6 codes in this file.");
    expect(await dialog.textContent()).toContain("and adds 4 codes.");
    await screenshot(page, "codebook-import-choice");
    await dialog.getByRole("button", { name: "Merge by name" }).click();

    const added = ["Uang rokok", "Calo", "Literasi digital", "Pelatihan admin"];
    await expect.poll(() => tree(page).getByRole("treeitem").count()).toBe(22);
    for (const name of [...added, "Gratifikasi", "Pelayanan manual"]) expect(await item(page, name).count()).toBe(1);
    expect(await item(page, "Uang rokok").getAttribute("aria-level")).toBe("3");
    expect(await item(page, "Calo").getAttribute("aria-level")).toBe("2");
    expect(await item(page, "Literasi digital").getAttribute("aria-level")).toBe("1");
    expect(await page.locator(".notice").textContent()).toContain("Codebook imported from shared.qdc: 4 codes added, 2 already there.");

    await item(page, "Calo").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => tree(page).getByRole("treeitem").count()).toBe(18);
    for (const name of added) expect(await item(page, name).count()).toBe(0);
    await context.close();
  });
});
