// Opens a 300,000-character transcript with 2,000 codings in Chromium (time until its codings
// are drawn and painted) and applies one code to it (time until the new highlight is painted).
// The project arrives through the app's own project-file import.
import { anchorPassage } from "../../src/core/model/anchor";
import type { ProjectContent } from "../../src/core/model/types";
import { serializeProjectFile } from "../../src/formats/projectFile";
import type { BrowserBench, Figure } from "./harness";

const CHARACTERS = 300_000;
const CODINGS = 2_000;
const CODES = 20;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function largeProject(): ProjectContent {
  const next = random(7);
  const words = "pelayanan publik media sosial akun resmi admin respon cepat kantor desa surat izin warga 😀 informasi".split(" ");
  let text = "";
  for (let turn = 0; text.length < CHARACTERS; turn++) {
    const line: string[] = [turn % 2 ? "Informan A:" : "Pewawancara:"];
    for (let w = 0; w < 30; w++) line.push(words[Math.floor(next() * words.length)]!);
    text += `${line.join(" ")}.\n`;
  }
  text = Array.from(text).slice(0, CHARACTERS - 1).join("") + "\n";
  const length = Array.from(text).length;
  const projectId = "bench-project";
  const now = "2026-01-01T00:00:00.000Z";
  const codes = Array.from({ length: CODES }, (_, i) => ({
    id: `code-${i}`, projectId, name: `Code ${i + 1}`, parentId: null, color: null, description: "", order: i,
  }));
  const codings = Array.from({ length: CODINGS }, (_, i) => {
    const start = Math.floor(next() * (length - 500));
    const end = start + 20 + Math.floor(next() * 400);
    return { id: `coding-${i}`, projectId, documentId: "doc", codeId: `code-${i % CODES}`, start, end, coderId: "me", created: now, ...anchorPassage(text, start, end) };
  });
  return {
    project: { id: projectId, name: "Benchmark: large transcript", created: now, modified: now },
    coders: [{ id: "me", projectId, name: "me" }],
    documents: [{ id: "doc", projectId, name: "Large transcript", text, sourceName: "large.txt", sourceType: "txt", created: now, modified: now }],
    codes,
    codings,
    attributes: [],
    cases: [],
    caseDocuments: [],
  };
}

/** Samples the page's JavaScript until the returned function is called, then prints the top functions by self time. */
async function startProfile(page: import("playwright-core").Page): Promise<(label: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return async (label) => {
    const { profile } = await cdp.send("Profiler.stop");
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    (profile.samples ?? []).forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 18);
    console.log(`profile of ${label}:\n${top.map(([k, v]) => `  ${v.toFixed(1)} ms  ${k}`).join("\n")}`);
  };
}

// In-page timing scripts, kept as text so that the page runs them exactly as written.
const OPEN_LARGE_TRANSCRIPT = `new Promise((resolve) => {
  const button = [...document.querySelectorAll("button.document-link")].find((b) => b.textContent.startsWith("Large transcript"));
  const began = performance.now();
  button.click();
  (function check() {
    const drawn = performance.getEntriesByName("telaah:highlights-drawn").some((m) => m.startTime > began);
    if (drawn && document.querySelectorAll(".transcript-editor .coded").length > 0) requestAnimationFrame(() => resolve(performance.now() - began));
    else requestAnimationFrame(check);
  })();
})`;

const TIME_APPLY = `new Promise((resolve) => {
  (function check() {
    const started = performance.getEntriesByName("telaah:apply-started").find((m) => m.startTime > AFTER);
    const drawn = started && performance.getEntriesByName("telaah:highlights-drawn").find((m) => m.startTime > started.startTime);
    if (started && drawn) requestAnimationFrame(() => resolve(performance.now() - started.startTime));
    else requestAnimationFrame(check);
  })();
})`;

export async function benchLargeTranscript({ browser, url }: BrowserBench): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
  // Open another project first, so that opening the large transcript is measured on its own.
  await page.getByRole("button", { name: /^Project/ }).click();
  await page.getByLabel("Import project file").setInputFiles({ name: "large.telaah.json", mimeType: "application/json", buffer: Buffer.from(await serializeProjectFile(largeProject())) });
  await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Large transcript/ }).waitFor();
  await page.getByRole("button", { name: "Cases" }).click();

  const profile = process.env.BENCH_PROFILE ? await startProfile(page) : null;
  const openMs = Number(await page.evaluate(OPEN_LARGE_TRANSCRIPT));
  if (profile) await profile("open");

  // Select a passage near the top with the keyboard, then apply an existing code from the palette.
  const editor = page.getByRole("textbox", { name: "Transcript text" });
  await editor.locator("p").nth(2).click({ position: { x: 1, y: 8 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < 30; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Control+k");
  const input = page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" });
  await input.fill("Code 7");
  const before = await page.evaluate(() => performance.now());
  const profileApply = process.env.BENCH_PROFILE ? await startProfile(page) : null;
  await input.press("Enter");
  const applyMs = Number(await page.evaluate(TIME_APPLY.replace("AFTER", String(before))));
  if (profileApply) await profileApply("apply");
  await context.close();
  return [
    { name: `open a ${CHARACTERS.toLocaleString("en")}-character transcript with ${CODINGS.toLocaleString("en")} codings (until painted)`, value: openMs, unit: "ms", target: "< 500 ms" },
    { name: "apply one code to it (until repainted)", value: applyMs, unit: "ms", target: "< 50 ms" },
  ];
}
