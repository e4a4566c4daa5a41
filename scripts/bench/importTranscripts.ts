// Imports 300 transcripts of 60,000 characters each through the workbench's file input, into
// IndexedDB, and reads the import's own start-to-finish time from the page.
import type { BrowserBench, Figure } from "./harness";

const FILES = 300;
const CHARACTERS = 60_000;

const WORDS = "saya kalau mau mengurus surat menyurat seperti KTP atau perizinan penting lainnya masih dibantu oleh kerabat media sosial pelayanan publik akun resmi admin respon cepat 😀 é".split(" ");

/** A transcript of exactly CHARACTERS UTF-16 units: alternating interviewer and informant turns. */
function transcript(seed: number): string {
  let text = "";
  let turn = 0;
  let state = seed * 7919 + 1;
  while (text.length < CHARACTERS) {
    const speaker = turn++ % 2 === 0 ? "Pewawancara" : `Informan ${seed}`;
    const words: string[] = [];
    for (let i = 0; i < 40; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      words.push(WORDS[state % WORDS.length]!);
    }
    text += `${speaker}: ${words.join(" ")}.\n`;
  }
  return text.slice(0, CHARACTERS - 1).replace(/[\ud800-\udbff]$/, "x") + "\n";
}

export async function benchImport({ browser, url }: BrowserBench): Promise<Figure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
  const files = Array.from({ length: FILES }, (_, i) => ({
    name: `Interview ${String(i + 1).padStart(3, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(transcript(i + 1), "utf8"),
  }));
  const megabytes = files.reduce((sum, f) => sum + f.buffer.length, 0) / 2 ** 20;
  await page.locator("#import-files").setInputFiles(files);
  const heading = page.locator("section.import-panel h2[data-duration-ms]");
  await heading.waitFor({ timeout: 600_000 });
  const milliseconds = Number(await heading.getAttribute("data-duration-ms"));
  const imported = await page.locator("li[data-status=imported]").count();
  await context.close();
  if (imported !== FILES) throw new Error(`only ${imported} of ${FILES} files were imported`);
  const seconds = milliseconds / 1000;
  return [
    { name: `import ${FILES} transcripts × ${CHARACTERS.toLocaleString("en")} characters (${megabytes.toFixed(1)} MB)`, value: seconds, unit: "s", target: "< 10 s" },
    { name: "import time per MB", value: milliseconds / megabytes, unit: "ms/MB" },
  ];
}
