// One round of the transcript benchmark in Telaah: a large transcript with many codings arrives
// through the app's own project-file import; then open it (until its codings are painted), apply one
// code to it, scroll to the middle and to the end (each until repainted), and the JS heap after open
// (once every coding is read).
// "Painted" is two animation frames after the editor has drawn (its User Timing mark).
import type { Browser, Page } from "playwright-core";
import { serializeProjectFile } from "../../src/formats/projectFile";
import type { ProjectContent } from "../../src/core/model/types";
import { codeToApply, DOCUMENT_NAME } from "./transcriptData";
import { bounded, heapAfterGc, NOT_FINISHED, type RoundFigures } from "./transcriptTiming";

/** Samples the page's JavaScript until the returned function is called, then prints the top functions by self time. */
async function startProfile(page: Page): Promise<(label: string) => Promise<void>> {
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

// In-page timing scripts, kept as text so that the page runs them exactly as written. DRAWN_AFTER(t)
// is true once the editor has drawn codings after time t; PAINTED resolves one frame after the frame
// that first sees it, so two animation frames after the drawing.
const PAINTED = `const drawnAfter = (t) => performance.getEntriesByName("telaah:highlights-drawn").some((m) => m.startTime > t);
const painted = (began, done) => new Promise((resolve) => {
  const check = () => done() ? requestAnimationFrame(() => resolve(performance.now() - began)) : requestAnimationFrame(check);
  requestAnimationFrame(check);
});`;

const OPEN = `(() => { ${PAINTED}
  const button = [...document.querySelectorAll("button.document-link")].find((b) => b.textContent.startsWith("${DOCUMENT_NAME}"));
  const began = performance.now();
  button.click();
  return painted(began, () => drawnAfter(began) && document.querySelectorAll(".transcript-editor .coded").length > 0);
})()`;

// Started by the Enter key's own event, before the app handles it: the clock and the frame watch
// begin together at the key press, as they begin at the call that adds a highlight in the other
// libraries' pages (a watch already running before the key press would pace the frames of its own).
const APPLY = `new Promise((resolve) => {
  ${PAINTED}
  const onKey = (event) => {
    if (event.key !== "Enter") return;
    removeEventListener("keydown", onKey, true);
    const began = performance.now();
    resolve(painted(began, () => drawnAfter(began)));
  };
  addEventListener("keydown", onKey, true);
})`;

const SCROLL = `(() => { ${PAINTED}
  let scroller = document.querySelector(".transcript-editor").parentElement;
  while (!["auto", "scroll"].includes(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  const began = performance.now();
  scroller.scrollTop = $TO === "end" ? bottom : bottom / 2;
  return painted(began, () => drawnAfter(began));
})()`;

export async function telaahRound(browser: Browser, url: string, project: ProjectContent, round: number): Promise<RoundFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    await page.goto(url);
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    // Open another view first, so that opening the large transcript is measured on its own.
    await page.getByRole("button", { name: /^Project/ }).click();
    await page.getByLabel("Import project file").setInputFiles({ name: "large.telaah.json", mimeType: "application/json", buffer: Buffer.from(await serializeProjectFile(project)) });
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: new RegExp(`^${DOCUMENT_NAME}`) }).waitFor();
    await page.getByRole("button", { name: "Cases" }).click();

    const profile = process.env.BENCH_PROFILE ? await startProfile(page) : null;
    const open = await bounded(page.evaluate(OPEN) as Promise<number>);
    if (open === undefined) return NOT_FINISHED;
    if (profile) await profile("open");
    // A document with many codings shows its opening screen's first; the heap is taken once all are read.
    await page.getByText("Reading codings…", { exact: true }).waitFor({ state: "detached" });
    const heap = await heapAfterGc(page);

    // Select a passage near the top with the keyboard, then apply an existing code from the palette.
    const editor = page.getByRole("textbox", { name: "Transcript text" });
    await editor.locator(".cm-line").nth(2).click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    for (let i = 0; i < 30; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+k");
    const input = page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" });
    await input.fill(codeToApply(project, round));
    const profileApply = process.env.BENCH_PROFILE ? await startProfile(page) : null;
    const applied = page.evaluate(APPLY) as Promise<number>;
    // The watch is in place before the key is pressed.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await input.press("Enter");
    const apply = (await bounded(applied)) ?? NaN;
    if (profileApply) await profileApply("apply");
    await page.waitForTimeout(300);
    const scroll = async (to: "middle" | "end") => {
      const profileScroll = process.env.BENCH_PROFILE ? await startProfile(page) : null;
      const time = (await bounded(page.evaluate(SCROLL.replace("$TO", `"${to}"`)) as Promise<number>)) ?? NaN;
      if (profileScroll) await profileScroll(`scroll to the ${to}`);
      return time;
    };
    const middle = await scroll("middle");
    await page.waitForTimeout(300);
    const end = await scroll("end");
    if (process.env.BENCH_SCREENSHOTS) await page.screenshot({ path: `${process.env.BENCH_SCREENSHOTS}/telaah-${project.documents[0]!.text.length}.png` });
    return { open, apply, middle, end, heap };
  } finally {
    await bounded(context.close(), 20_000);
  }
}
