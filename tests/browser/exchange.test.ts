// REFI-QDA exchange in a real browser: a .qdpx shaped like NVivo writes it (CRLF, an emoji, UTF-16
// positions, a PDF source it cannot carry) imported through the projects dialog's file input; the
// report names what was left out; the matrix shows the hand-counted references. A truncated
// archive is refused with its name and changes nothing; exported and imported again, nothing is lost.
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { countRecords, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { zipOf } from "../support/refiFiles";

const workbench = useBrowserWorkbench();

const SITI = "I: Bagaimana layanan?\r\nSiti: Saya percaya 😀 petugasnya.\r\nSiti: Aksesnya mudah lewat Instagram.\r\nSiti: Tapi saya percaya juga pada kantor.\r\n";
const BUDI = "I: Bagaimana?\r\nBudi: Saya percaya pada admin.\r\n";

/** NVivo's position of a passage: UTF-16 units over the text as written. */
function at(text: string, passage: string): [number, number] {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`no "${passage}"`);
  return [start, start + passage.length];
}

function selection(id: string, text: string, passage: string, code: string): string {
  const [start, end] = at(text, passage);
  return `<PlainTextSelection guid="${id}" startPosition="${start}" endPosition="${end}" creatingUser="u1"><Coding guid="${id}-c" creatingUser="u1"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

// By hand: Trust × Siti 2, Trust × Budi 1, Access × Siti 1, Access × Budi 0; the theme rolls up
// to Siti 3 (no passages touch), Budi 1.
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Layanan publik (NVivo)" origin="NVivo 14.23.0">
<Users><User guid="u1" name="Rina"/></Users>
<CodeBook><Codes><Code guid="th" name="Relations" isCodable="true" color="#3366CC">
  <Code guid="trust" name="Trust" isCodable="true" color="#CC3311"/><Code guid="access" name="Access" isCodable="true" color="#009988"/>
</Code></Codes></CodeBook>
<Cases><Case guid="k1" name="Siti"><SourceRef targetGUID="d1"/></Case><Case guid="k2" name="Budi"><SourceRef targetGUID="d2"/></Case></Cases>
<Sources>
<TextSource guid="d1" name="Wawancara Siti" plainTextPath="internal://d1.txt">${selection("s1", SITI, "Saya percaya 😀 petugasnya.", "trust")}${selection("s2", SITI, "Aksesnya mudah", "access")}${selection("s3", SITI, "saya percaya juga", "trust")}</TextSource>
<TextSource guid="d2" name="Wawancara Budi" plainTextPath="internal://d2.txt">${selection("s4", BUDI, "percaya pada admin", "trust")}</TextSource>
<PDFSource guid="p1" name="Laporan tahunan.pdf" path="internal://p1.pdf"/>
</Sources>
<Sets><Set guid="set1" name="Urban"/></Sets>
</Project>`;

describe("REFI-QDA import", () => {
  it("imports a .qdpx through the file input, reports what it left out and shows its matrix", async () => {
    const { context, page } = await openWorkbench(workbench());
    const documents = page.getByRole("navigation", { name: "Documents" }).locator("button.document-link");
    await expect.poll(() => documents.count()).toBe(6);
    const before = await countRecords(page);

    // A truncated archive: one message naming it, nothing written.
    const qdpx = Buffer.from(zipOf({ "project.qde": QDE, "sources/d1.txt": SITI, "sources/d2.txt": BUDI, "sources/p1.pdf": "%PDF-1.4" }));
    await page.getByRole("button", { name: /^Project/ }).click();
    let dialog = page.getByRole("dialog", { name: "Projects" });
    await dialog.getByLabel("Import project file").setInputFiles({ name: "broken.qdpx", mimeType: "application/zip", buffer: qdpx.subarray(0, 200) });
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("broken.qdpx: is damaged");
    expect(await countRecords(page)).toEqual(before);

    await page.getByRole("button", { name: /^Project/ }).click();
    dialog = page.getByRole("dialog", { name: "Projects" });
    await dialog.getByLabel("Import project file").setInputFiles({ name: "layanan.qdpx", mimeType: "application/zip", buffer: qdpx });
    const report = page.getByRole("dialog", { name: "Imported “Layanan publik (NVivo)”" });
    await report.waitFor();
    const text = (await report.textContent()) ?? "";
    expect(text).toContain("From layanan.qdpx: 2 documents, 3 codes, 4 codings and 2 cases.");
    expect(text).toContain("Written by NVivo 14.23.0");
    expect(text).toContain("PDF sources (Telaah holds text only): 1");
    expect(text).toContain("Laporan tahunan.pdf");
    expect(text).toContain("Sets: 1");
    await screenshot(page, "exchange-report");
    await report.getByRole("button", { name: "Close" }).click();

    await expect.poll(() => documents.count()).toBe(2);
    await documents.filter({ hasText: "Wawancara Siti" }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    // The source line names the file the text had, never the id the archive stores it under.
    await expect.poll(() => transcript.locator(".transcript-meta").textContent()).toContain("Source: Wawancara Siti.txt");
    await expect.poll(() => transcript.locator('[title*="Trust"]').allTextContents().then((texts) => texts.filter(Boolean))).toEqual(["Saya percaya 😀 petugasnya.", "saya percaya juga"]);

    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matrix" });
    await matrix.locator("table").waitFor();
    expect(await matrix.locator("thead th").allTextContents()).toEqual(["Codes", "Budi", "Siti", "Total"]);
    const expected: [string, string, number][] = [
      ["Trust", "Siti", 2],
      ["Trust", "Budi", 1],
      ["Access", "Siti", 1],
      ["Access", "Budi", 0],
      ["Relations", "Siti", 3],
      ["Relations", "Budi", 1],
    ];
    for (const [code, kase, count] of expected) {
      await expect.poll(() => matrix.getByRole("button", { name: `${code} × ${kase}: ${count}`, exact: true }).count()).toBe(1);
    }
    await screenshot(page, "exchange-matrix");
    const after = await countRecords(page);
    expect(after.projects).toBe(before.projects! + 1);
    expect(after.codings).toBe(before.codings! + 4);

    // Round trip in the browser: the imported project exported as .qdpx (in the worker) and
    // imported again carries everything, with the same matrix.
    await page.getByRole("button", { name: /^Project/ }).click();
    dialog = page.getByRole("dialog", { name: "Projects" });
    // Exported for NVivo: its positions in UTF-16 units over the LF text Telaah writes.
    await dialog.getByLabel("Export .qdpx for").selectOption("nvivo");
    await expect.poll(() => dialog.textContent()).toContain("an emoji counts as two");
    await screenshot(page, "projects-export-for");
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Export .qdpx: Layanan publik (NVivo)" }).click()]);
    const exported = await readFile((await download.path())!);
    const qde = strFromU8(unzipSync(exported)["project.qde"]!);
    expect(qde).toContain('origin="Telaah (positions in UTF-16 units, for NVivo)"');
    const lf = SITI.replace(/\r\n/g, "\n");
    for (const passage of ["Saya percaya 😀 petugasnya.", "Aksesnya mudah"]) {
      const [start, end] = at(lf, passage);
      expect(qde).toContain(`startPosition="${start}" endPosition="${end}"`);
    }
    await dialog.getByLabel("Import project file").setInputFiles({ name: "again.qdpx", mimeType: "application/zip", buffer: exported });
    // A second import of the same project gets a name of its own.
    const again = page.getByRole("dialog", { name: "Imported “Layanan publik (NVivo) (2)”" });
    await again.waitFor();
    expect(await again.textContent()).toContain("From again.qdpx: 2 documents, 3 codes, 4 codings and 2 cases.");
    expect(await again.textContent()).toContain("Everything in the file was carried over.");
    await again.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    await matrix.locator("table").waitFor();
    for (const [code, kase, count] of expected) {
      await expect.poll(() => matrix.getByRole("button", { name: `${code} × ${kase}: ${count}`, exact: true }).count()).toBe(1);
    }
    expect((await countRecords(page)).codings).toBe(before.codings! + 8);

    // A source without a name (qc writes them) is named after its file, without the extension.
    const qc = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Board" origin="qc"><Sources><TextSource guid="0f8fad5b-d9cb-469f-a165-70867728950e" plainTextPath="internal://board_2017.txt"/></Sources></Project>`;
    await page.getByRole("button", { name: /^Project/ }).click();
    dialog = page.getByRole("dialog", { name: "Projects" });
    const board = Buffer.from(zipOf({ "project.qde": qc, "sources/board_2017.txt": "Notulen rapat dewan 2017." }));
    await dialog.getByLabel("Import project file").setInputFiles({ name: "board.qdpx", mimeType: "application/zip", buffer: board });
    await page.getByRole("dialog", { name: "Imported “Board”" }).getByRole("button", { name: "Close" }).click();
    await documents.filter({ hasText: "board_2017" }).click();
    await expect.poll(() => transcript.locator("h1").textContent()).toBe("board_2017");
    await expect.poll(() => transcript.locator(".transcript-meta").textContent()).toContain("Source: board_2017.txt");
    await screenshot(page, "exchange-source-name");
    await context.close();
  });
});
