// Projects in a real browser: create, paste a transcript, rename, load the demo again as a new
// project, and delete with a confirmation that names what will be lost.
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { countRecords, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

describe("projects", () => {
  it("creates, fills, renames, reloads the demo and deletes projects", async () => {
    const { context, page } = await openWorkbench(workbench());
    const documents = page.getByRole("navigation", { name: "Documents" }).locator("button.document-link");
    await expect.poll(() => documents.count()).toBe(6);

    await page.getByRole("button", { name: /^Project/ }).click();
    let dialog = page.getByRole("dialog", { name: "Projects" });
    await dialog.getByLabel("Name of the new project").fill("Pilot interviews");
    await dialog.getByRole("button", { name: "New project", exact: true }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Project/ }).textContent()).toContain("Pilot interviews");
    await expect.poll(() => documents.count()).toBe(0);

    await page.getByRole("button", { name: "Paste text" }).click();
    const paste = page.getByRole("dialog", { name: "Paste a transcript" });
    await paste.getByLabel("Document name").fill("Interview 1");
    await paste.getByLabel("Transcript text").fill("Interviewer: How do you reach the office?\nSiti: Through Instagram, mostly.\n");
    await paste.getByRole("button", { name: "Add document" }).click();
    await expect.poll(() => documents.count()).toBe(1);
    await page.getByRole("region", { name: "Import" }).getByRole("button", { name: "Link to case “Siti”" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Transcript" }).textContent()).toContain("Case: Siti");

    await page.getByRole("button", { name: /^Project/ }).click();
    dialog = page.getByRole("dialog", { name: "Projects" });
    await dialog.getByRole("button", { name: "Rename project Pilot interviews" }).click();
    await dialog.getByRole("textbox", { name: "Rename project Pilot interviews" }).fill("Pilot study");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => dialog.getByRole("button", { name: "Open project Pilot study" }).count()).toBe(1);
    await dialog.getByRole("button", { name: "Load the Banten study as a new project" }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Project/ }).textContent()).toContain("Pelayanan publik berbasis media sosial (2)");
    await expect.poll(() => documents.count()).toBe(6);

    await page.getByRole("button", { name: /^Project/ }).click();
    dialog = page.getByRole("dialog", { name: "Projects" });
    await screenshot(page, "projects-dialog");
    // The demo as REFI-QDA: a zip with project.qde and one source per document.
    const [qdpx] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Export .qdpx: Pelayanan publik berbasis media sosial (2)" }).click(),
    ]);
    const entries = unzipSync(new Uint8Array(await readFile((await qdpx.path())!)));
    expect(Object.keys(entries).filter((name) => name.startsWith("sources/"))).toHaveLength(6);
    expect(strFromU8(entries["project.qde"]!)).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
    await dialog.getByRole("button", { name: "Delete project Pilot study" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete “Pilot study”?" });
    expect(await confirm.textContent()).toContain("1 document, 0 codes, 0 codings and 1 case");
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => dialog.locator(".project-list li").count()).toBe(2);
    const counts = await countRecords(page);
    expect(counts.projects).toBe(2);
    expect(counts.documents).toBe(12);
    expect(counts.codings).toBe(60);
    await context.close();
  });
});
