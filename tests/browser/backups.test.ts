// The backup reminder in a real browser: none for a freshly loaded demo; after eight days of
// unbacked work (set in IndexedDB) a banner under the header, which "Export project file" clears
// by exporting (recording the backup) and "Not now" puts off for a day.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Project } from "../../src/core/model/types";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench, writeStore } from "../support/browser";

const workbench = useBrowserWorkbench();
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DEMO = "Pelayanan publik berbasis media sosial";

/** Noon (UTC) eight days ago: the same calendar day in the time zones people work in. */
function eightDaysAgo(): Date {
  const day = new Date(Date.now() - 8 * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12));
}

async function theProject(page: Page): Promise<Project> {
  const projects = await readStore<Project>(page, "projects");
  expect(projects).toHaveLength(1);
  return projects[0]!;
}

async function setUnbackedSince(page: Page, since: Date): Promise<void> {
  await writeStore(page, "projects", [{ ...(await theProject(page)), unbackedSince: since.toISOString() }]);
  await page.reload();
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
}

describe("backup reminder", () => {
  it("reminds after a week of unbacked work; exporting the project file clears it", async () => {
    const { context, page } = await openWorkbench(workbench());
    const banner = page.getByRole("region", { name: "Backup reminder" });
    await expect.poll(() => page.locator("button.document-link").count()).toBe(6);
    expect(await banner.count()).toBe(0);
    const loaded = await theProject(page);
    expect(loaded.unbackedSince).toBeUndefined();
    expect(loaded.lastBackup).toBeUndefined();

    const since = eightDaysAgo();
    await setUnbackedSince(page, since);
    await banner.waitFor();
    const year = since.getUTCFullYear() === new Date().getUTCFullYear() ? "" : ` ${since.getUTCFullYear()}`;
    const day = `${since.getUTCDate()} ${MONTHS[since.getUTCMonth()]}${year}`;
    expect(await banner.textContent()).toContain(`Your work on “${DEMO}” since ${day} has not been backed up.`);
    // Under the header, above the workspace, overlapping neither.
    const [header, box, workspace] = await Promise.all([page.locator("header.header").boundingBox(), banner.boundingBox(), page.locator(".workspace").boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 0.5);
    expect(workspace!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 0.5);
    await screenshot(page, "backup-reminder");

    const clicked = new Date().toISOString();
    const [download] = await Promise.all([page.waitForEvent("download"), banner.getByRole("button", { name: "Export project file" }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, "utf8")) as { version: number; content: { documents: unknown[] } };
    expect(file.version).toBe(3);
    expect(file.content.documents).toHaveLength(6);
    await expect.poll(() => banner.count()).toBe(0);
    const backedUp = await theProject(page);
    expect(backedUp.unbackedSince).toBeUndefined();
    expect(backedUp.lastBackup! >= clicked).toBe(true);
    await context.close();
  });

  it("puts the reminder off for a day with Not now", async () => {
    const { context, page } = await openWorkbench(workbench());
    const banner = page.getByRole("region", { name: "Backup reminder" });
    await expect.poll(() => page.locator("button.document-link").count()).toBe(6);
    const since = eightDaysAgo();
    await setUnbackedSince(page, since);
    await banner.waitFor();
    const clicked = Date.now();
    await banner.getByRole("button", { name: "Not now" }).click();
    await expect.poll(() => banner.count()).toBe(0);
    const settled = Date.now();
    const snoozed = await theProject(page);
    expect(snoozed.unbackedSince).toBe(since.toISOString());
    expect(snoozed.lastBackup).toBeUndefined();
    // A day from the click, which happened between `clicked` and `settled`.
    const snoozeStart = Date.parse(snoozed.backupReminderSnoozedUntil!) - DAY_MS;
    expect(snoozeStart).toBeGreaterThanOrEqual(clicked);
    expect(snoozeStart).toBeLessThanOrEqual(settled);
    await page.reload();
    await expect.poll(() => page.locator("button.document-link").count()).toBe(6);
    expect(await banner.count()).toBe(0);
    await context.close();
  });
});
