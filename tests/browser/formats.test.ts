// Transcript formats through the browser's own code paths (mammoth's browser build, the
// browser's TextDecoder): a .docx, a WebVTT file and a Windows-1252 text imported at once; a
// Markdown transcript read as plain text, its bold speaker found, and the suggested case renamed.
import { describe, expect, it } from "vitest";
import { buildDocx } from "../support/buildDocx";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

describe("importing several formats at once", () => {
  it("reads .docx paragraphs as lines, VTT cues as lines, and reports a Windows-1252 fallback", async () => {
    const { context, page } = await openWorkbench(workbench());
    const docx = buildDocx(["Pewawancara: Bagaimana layanan?", "Informan H: Bagus 😀 — שלום"]);
    const vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n<v Pewawancara>Halo</v>\n\n00:00:04.000 --> 00:00:06.000\n<v Informan I>Halo juga &amp; terima kasih</v>\n";
    const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x0a]); // "Café €5\n"
    await page.locator("#import-files").setInputFiles([
      { name: "Wawancara H.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(docx) },
      { name: "Wawancara I.vtt", mimeType: "text/vtt", buffer: Buffer.from(vtt) },
      { name: "Catatan.txt", mimeType: "text/plain", buffer: cp1252 },
    ]);
    const panel = page.getByRole("region", { name: "Import" });
    // The first import loads the readers (mammoth for .docx) on demand: give a cold, loaded dev server time.
    await expect.poll(() => panel.locator("li[data-status=imported]").count(), { timeout: 20_000 }).toBe(3);
    expect(await panel.locator("li").nth(2).textContent()).toMatch(/Windows-1252/);
    expect(await panel.getByRole("button", { name: "Link to case “Informan H”" }).count()).toBe(1);
    expect(await panel.getByRole("button", { name: "Link to case “Informan I”" }).count()).toBe(1);

    const transcript = page.getByRole("region", { name: "Transcript" });
    const lines = () => transcript.locator(".transcript-editor .cm-line").allTextContents();
    await panel.getByRole("button", { name: "Wawancara H.docx" }).click();
    await expect.poll(lines).toEqual(["Pewawancara: Bagaimana layanan?", "Informan H: Bagus 😀 — שלום", ""]);
    await panel.getByRole("button", { name: "Wawancara I.vtt" }).click();
    await expect.poll(lines).toEqual([
      "[00:00:01.000 - 00:00:03.500] Pewawancara: Halo",
      "[00:00:04.000 - 00:00:06.000] Informan I: Halo juga & terima kasih",
      "",
    ]);
    await panel.getByRole("button", { name: "Catatan.txt" }).click();
    await expect.poll(lines).toEqual(["Café €5", ""]);
    await context.close();
  });

  it("reads Markdown as plain text, finds a bold speaker, and links to a case named as the user corrects it", async () => {
    const { context, page } = await openWorkbench(workbench());
    const md = "# Wawancara dengan *Siti*\n\n**Pewawancara:** Bagaimana layanan di **kantor desa**?\n\n**Siti:** Saya lebih suka _Instagram_ daripada aplikasi.\n\n**Siti:** Jawabannya cepat.\n\n- catatan satu\n- catatan dua\n";
    await page.locator("#import-files").setInputFiles([{ name: "Wawancara Siti.md", mimeType: "text/markdown", buffer: Buffer.from(md) }]);
    const panel = page.getByRole("region", { name: "Import" });
    // The first import loads the readers (mammoth for .docx) on demand: give a cold, loaded dev server time.
    await expect.poll(() => panel.locator("li[data-status=imported]").count(), { timeout: 20_000 }).toBe(1);
    const caseName = panel.getByLabel("Case for Wawancara Siti.md");
    expect(await caseName.inputValue()).toBe("Siti");

    const transcript = page.getByRole("region", { name: "Transcript" });
    await panel.getByRole("button", { name: "Wawancara Siti.md" }).click();
    await expect.poll(() => transcript.locator(".transcript-editor .cm-line").allTextContents()).toEqual([
      "Wawancara dengan Siti",
      "Pewawancara: Bagaimana layanan di kantor desa?",
      "Siti: Saya lebih suka Instagram daripada aplikasi.",
      "Siti: Jawabannya cepat.",
      "catatan satu",
      "catatan dua",
      "",
    ]);

    await caseName.fill("Siti Rahmawati");
    await screenshot(page, "import-markdown-case");
    await panel.getByRole("button", { name: "Link to case “Siti Rahmawati”" }).click();
    await expect.poll(() => panel.locator(".import-linked").textContent()).toContain("Siti Rahmawati");
    await expect.poll(() => transcript.locator(".transcript-meta").textContent()).toContain("Siti Rahmawati");
    await context.close();
  });
});
