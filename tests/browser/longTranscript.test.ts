// A transcript many screens long (1,200 lines, 300 codings, an emoji every tenth line), of which
// only the lines near the view are in the page: a selection
// dragged from the first line to one that was off screen, and one made with Shift+arrows and
// Shift+End across many screens, each coded on exactly the text chosen; the codings drawn at the
// top, in the middle and at the end after scrolling, character by character, against the coding
// records, and the stripes in the margin beside exactly the coded lines; the caret's line kept as it
// was, codings and all, when scrolled far from it; retrieval and a search hit scrolling to a
// passage far away; and axe-core clean on the view.
// The same text with more codings than are read at once: its opening screen's codings read first,
// then all of them, drawn as the records have them, with the counts in the heading once all are read.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { anchorPassage } from "../../src/core/model/anchor";
import type { Coding, ProjectContent } from "../../src/core/model/types";
import { serializeProjectFile } from "../../src/formats/projectFile";
import { seriousViolations } from "../support/axe";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";
import { seededRandom } from "../support/random";
import { FIRST_STEP_SPAN, READ_AT_ONCE } from "../../src/state/documentWithCodings";

const workbench = useBrowserWorkbench();
const LINES = 1200;
const WORDS = ["admin", "akun", "resmi", "lambat", "warga", "kantor", "desa", "surat", "izin", "cepat"];

/** Short lines (one screen line each), as code points. */
const random = seededRandom(17);
const lines = Array.from({ length: LINES }, (_, i) => `Baris ${i}:${i % 10 === 3 ? " 😀" : ""} ${Array.from({ length: 5 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ")}`);
const TEXT = lines.join("\n") + "\n";
const lineStarts = lines.reduce<number[]>((starts, _line, i) => (starts.push(i === 0 ? 0 : starts[i - 1]! + Array.from(lines[i - 1]!).length + 1), starts), []);
const lineLength = (i: number) => Array.from(lines[i]!).length;
const FAR_LINE = 1150;

const TEXT_LENGTH = Array.from(TEXT).length;

/** The long transcript with `count` random codings of 5 to 5 + `spread` code points, and one on the far line. */
function longProject(count = 300, spread = 150): ProjectContent {
  const projectId = "long-project";
  const now = "2026-01-01T00:00:00.000Z";
  const codes = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `code-${i}`, projectId, name: `Kode ${i + 1}`, parentId: null, color: null, description: "", order: i })),
    { id: "code-far", projectId, name: "Jauh di bawah", parentId: null, color: null, description: "", order: 6 },
  ];
  const coding = (id: string, codeId: string, start: number, end: number): Coding => ({ id, projectId, documentId: "long", codeId, start, end, coderId: "coder", created: now, ...anchorPassage(TEXT, start, end) });
  const codings = Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (TEXT_LENGTH - 200));
    return coding(`coding-${i}`, `code-${i % 6}`, start, start + 5 + Math.floor(random() * spread));
  });
  codings.push(coding("coding-far", "code-far", lineStarts[FAR_LINE]!, lineStarts[FAR_LINE]! + lineLength(FAR_LINE)));
  return {
    project: { id: projectId, name: "Transkrip panjang", created: now, modified: now },
    coders: [{ id: "coder", projectId, name: "Coder 1" }],
    documents: [{ id: "long", projectId, name: "Transkrip panjang", text: TEXT, sourceName: "panjang.txt", sourceType: "txt", created: now, modified: now, position: 0 }],
    codes,
    codings,
    attributes: [],
    cases: [],
    caseDocuments: [],
  };
}

async function openLongTranscript(page: Page, project = longProject()): Promise<void> {
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
  await page.getByRole("button", { name: /^Project/ }).click();
  await page.getByLabel("Import project file").setInputFiles({ name: "long.telaah.json", mimeType: "application/json", buffer: Buffer.from(await serializeProjectFile(project)) });
  await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Transkrip panjang/ }).click();
  await expect.poll(() => page.locator(".transcript-editor span.coded").count()).toBeGreaterThan(0);
  // Only the lines near the view are in the page.
  const rendered = await page.locator(".transcript-editor .cm-line").count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(LINES / 4);
}

/** A line of the transcript in the page, found by its number ("Baris 12: …"). */
const lineElement = (page: Page, i: number) => page.locator(".transcript-editor .cm-line", { hasText: new RegExp(`^Baris ${i}:`) });

/** The numbers of the lines whose box is inside the scrolling pane's view. */
function visibleLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const pane = document.querySelector(".main-pane")!.getBoundingClientRect();
    return [...document.querySelectorAll(".transcript-editor .cm-line")].flatMap((line) => {
      const box = line.getBoundingClientRect();
      const number = /^Baris (\d+):/.exec(line.textContent ?? "")?.[1];
      return number !== undefined && box.bottom > pane.top && box.top < pane.bottom ? [Number(number)] : [];
    });
  });
}

/**
 * How far, in pixels, the run of lines in the page around the view reaches above and below the
 * scrolling pane's view (a line kept apart from that run, such as the caret's, is not counted).
 */
function renderedBeyondView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector(".main-pane")!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll(".transcript-editor .cm-line")].map((line) => line.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    const inView = boxes.findIndex((box) => box.bottom > pane.top && box.top < pane.bottom);
    let first = inView;
    let last = inView;
    while (first > 0 && boxes[first]!.top - boxes[first - 1]!.bottom < 2) first--;
    while (last + 1 < boxes.length && boxes[last + 1]!.top - boxes[last]!.bottom < 2) last++;
    return Math.max(0, pane.top - boxes[first]!.top) + Math.max(0, boxes[last]!.bottom - pane.bottom);
  });
}

/** The code points of each line that are drawn as coded, read from the page. */
function drawnCoded(page: Page, indices: number[]): Promise<number[][]> {
  return page.evaluate((indices) => {
    const byNumber = new Map([...document.querySelectorAll(".transcript-editor .cm-line")].map((line) => [Number(/^Baris (\d+):/.exec(line.textContent ?? "")?.[1]), line]));
    return indices.map((i) => {
      const coded: number[] = [];
      let at = 0;
      const walker = document.createTreeWalker(byNumber.get(i)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const inside = node.parentElement?.closest("span.coded") !== null;
        const length = Array.from((node as Text).data).length;
        if (inside) for (let k = 0; k < length; k++) coded.push(at + k);
        at += length;
      }
      return coded;
    });
  }, indices);
}

/** For each given line in the page: whether a coding stripe in the margin runs beside it. */
function stripedLines(page: Page, indices: number[]): Promise<boolean[]> {
  return page.evaluate((indices) => {
    const stripes = [...document.querySelectorAll(".coding-stripe")].map((s) => s.getBoundingClientRect());
    const byNumber = new Map([...document.querySelectorAll(".transcript-editor .cm-line")].map((line) => [Number(/^Baris (\d+):/.exec(line.textContent ?? "")?.[1]), line]));
    return indices.map((i) => {
      const box = byNumber.get(i)!.getBoundingClientRect();
      const middle = (box.top + box.bottom) / 2;
      return stripes.some((s) => s.top <= middle && middle <= s.bottom);
    });
  }, indices);
}

/** The code points of each line that some coding covers, from the records. */
function expectedCoded(codings: readonly Coding[], indices: number[]): number[][] {
  return indices.map((i) => {
    // The empty paragraph after the text's last line feed holds nothing.
    if (i >= LINES) return [];
    const [start, end] = [lineStarts[i]!, lineStarts[i]! + lineLength(i)];
    const covered = new Set<number>();
    for (const c of codings) for (let p = Math.max(start, c.start); p < Math.min(end, c.end); p++) covered.add(p - start);
    return [...covered].sort((a, b) => a - b);
  });
}

async function scrollPane(page: Page, where: "middle" | "end"): Promise<void> {
  await page.evaluate((where) => {
    const pane = document.querySelector(".main-pane")!;
    pane.scrollTop = where === "end" ? pane.scrollHeight : (pane.scrollHeight - pane.clientHeight) / 2;
  }, where);
}

/** Applies a new code to the selection through the palette, and returns its one coding's range. */
async function codeSelection(page: Page, name: string): Promise<{ start: number; end: number; quote: string }> {
  await page.keyboard.press("Control+k");
  const input = page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" });
  await input.fill(name);
  await input.press("Enter");
  const codingOf = async () => {
    const code = (await readStore<{ id: string; name: string }>(page, "codes")).find((c) => c.name === name);
    return code ? (await readStore<Coding>(page, "codings")).find((c) => c.codeId === code.id) : undefined;
  };
  await expect.poll(codingOf).toBeDefined();
  const { start, end, quote } = (await codingOf())!;
  return { start, end, quote };
}

const slice = (start: number, end: number) => Array.from(TEXT).slice(start, end).join("");

describe("a transcript many screens long", () => {
  it("codes a selection dragged from the first line to one that was off screen", async () => {
    const { context, page } = await openWorkbench(workbench());
    await openLongTranscript(page);
    const first = (await lineElement(page, 0).boundingBox())!;
    await page.mouse.move(first.x + 1, first.y + first.height / 2);
    await page.mouse.down();
    // Scroll while the button is held, as a researcher does with the wheel, then drag onto a line now in view.
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    await expect.poll(async () => (await visibleLines(page))[0] ?? 0).toBeGreaterThan(100);
    // The wheel's scrolling may still be under way on a busy machine: the target is chosen once it has stopped.
    const scrollTop = () => page.evaluate(() => document.querySelector(".main-pane")!.scrollTop);
    let settled = -1;
    await expect.poll(async () => settled === (settled = await scrollTop())).toBe(true);
    const visible = await visibleLines(page);
    const target = visible[Math.floor(visible.length / 2)]!;
    const box = (await lineElement(page, target).boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const coding = await codeSelection(page, "Seret panjang");
    expect(coding.start).toBe(0);
    expect(coding.end).toBeGreaterThan(lineStarts[target]!);
    expect(coding.end).toBeLessThanOrEqual(lineStarts[target]! + lineLength(target));
    expect(coding.quote).toBe(slice(coding.start, coding.end));
    await context.close();
  });

  it("codes a selection made with Shift+arrows and Shift+End across many screens", async () => {
    const { context, page } = await openWorkbench(workbench());
    await openLongTranscript(page);
    await lineElement(page, 5).click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    for (let i = 0; i < 300; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+End");
    // The caret's line, far past the lines in the page at first, is in view after moving down.
    expect(await visibleLines(page)).toContain(305);
    const coding = await codeSelection(page, "Tombol panjang");
    expect([coding.start, coding.end]).toEqual([lineStarts[5]!, lineStarts[305]! + lineLength(305)]);
    expect(coding.quote).toBe(slice(coding.start, coding.end));
    await context.close();
  });

  it("draws the codings at the top, in the middle and at the end as the records have them, and scrolls retrieval and search far away", async () => {
    const { context, page } = await openWorkbench(workbench());
    await openLongTranscript(page);
    const codings = (await readStore<Coding>(page, "codings")).filter((c) => c.documentId === "long");
    expect(codings).toHaveLength(301);
    const check = async () => {
      const lines = await visibleLines(page);
      return { lines: lines.length > 0, drawn: await drawnCoded(page, lines), expected: expectedCoded(codings, lines) };
    };
    const matches = async () => {
      const { lines, drawn, expected } = await check();
      // A line is striped in the margin exactly when some coding covers part of it.
      const striped = await stripedLines(page, await visibleLines(page));
      return lines && JSON.stringify(drawn) === JSON.stringify(expected) && JSON.stringify(striped) === JSON.stringify(expected.map((e) => e.length > 0));
    };
    await expect.poll(matches).toBe(true);
    await scrollPane(page, "middle");
    await expect.poll(matches).toBe(true);
    // Rendered beyond the view: 250 px and the rest of a line at each end, not CodeMirror's usual 1000 px (patches/).
    expect(await renderedBeyondView(page)).toBeLessThan(250 + 2 * 30);
    await screenshot(page, "long-transcript-middle");
    await scrollPane(page, "end");
    await expect.poll(matches).toBe(true);
    const { expected } = await check();
    expect(expected.flat().length).toBeGreaterThan(0);

    await scrollPane(page, "middle");
    await page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").filter({ hasText: "Jauh di bawah" }).click();
    await page.getByRole("button", { name: "Coded passages" }).click();
    await page.getByRole("region", { name: "Coded passages" }).locator("button.passage").first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(lines[FAR_LINE]);
    await expect.poll(() => visibleLines(page)).toContain(FAR_LINE);

    // A search hit far down, shown in a transcript opened again at its top, through the app's own search (the browser's cannot see lines not in the page).
    await page.getByRole("button", { name: "Explore", exact: true }).click();
    const explore = page.getByRole("region", { name: "Explore" });
    await explore.getByRole("searchbox", { name: "Search the transcripts" }).fill("Baris 1100:");
    await explore.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => explore.locator("li.hit").count()).toBe(1);
    await explore.locator("li.hit button.passage").click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Baris 1100:");
    await expect.poll(() => visibleLines(page)).toContain(1100);
    await context.close();
  });

  it("keeps the caret's line, with its codings, as it was when scrolled far from it, so the page's selection is not set again", async () => {
    const { context, page } = await openWorkbench(workbench());
    await openLongTranscript(page);
    const codings = (await readStore<Coding>(page, "codings")).filter((c) => c.documentId === "long");
    const caretLine = Array.from({ length: 15 }, (_, i) => i).find((i) => expectedCoded(codings, [i])[0]!.length > 0)!;
    await lineElement(page, caretLine).click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("End");
    await page.evaluate(() => ((window as unknown as { caretNode: Node | null }).caretNode = window.getSelection()!.focusNode));
    await scrollPane(page, "end");
    await expect.poll(() => visibleLines(page)).toContain(LINES - 1);
    // Had the line been rebuilt, the browser would have moved the selection out of its old text and the editor would have set it again.
    const caret = await page.evaluate(() => {
      const selection = window.getSelection()!;
      return { same: selection.focusNode === (window as unknown as { caretNode: Node | null }).caretNode, connected: selection.focusNode?.isConnected, collapsed: selection.isCollapsed };
    });
    expect(caret).toEqual({ same: true, connected: true, collapsed: true });
    expect(await drawnCoded(page, [caretLine])).toEqual(expectedCoded(codings, [caretLine]));
    await context.close();
  });

  it("has no serious or critical accessibility violation", async () => {
    const { context, page } = await openWorkbench(workbench());
    await openLongTranscript(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("a transcript with more codings than are read at once", () => {
  it("draws its opening screen's codings, then all of them, as the records have them, and counts them once all are read", async () => {
    const { context, page } = await openWorkbench(workbench());
    // Short codings, so that lines are coded in part and the drawing can be told from the records.
    const project = longProject(READ_AT_ONCE + 500, 12);
    expect(project.codings.some((c) => c.start >= FIRST_STEP_SPAN)).toBe(true);
    // Whether the heading ever says the codings are still being read (the first of the two steps).
    await page.evaluate(() => {
      const seen = (window as unknown as { readingSeen: boolean });
      seen.readingSeen = false;
      new MutationObserver(() => {
        if (document.querySelector(".transcript-pane")?.textContent?.includes("Reading codings…")) seen.readingSeen = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openLongTranscript(page, project);
    const heading = page.locator(".transcript-pane");
    const words = TEXT.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    await expect.poll(() => heading.textContent()).toContain(`${project.codings.length.toLocaleString("en")} codings`);
    await expect.poll(() => heading.textContent()).toContain(`${words.toLocaleString("en")} words`);
    expect(await page.evaluate(() => (window as unknown as { readingSeen: boolean }).readingSeen)).toBe(true);

    const codings = (await readStore<Coding>(page, "codings")).filter((c) => c.documentId === "long");
    expect(codings).toHaveLength(project.codings.length);
    const matches = async () => {
      const lines = await visibleLines(page);
      return lines.length > 0 && JSON.stringify(await drawnCoded(page, lines)) === JSON.stringify(expectedCoded(codings, lines));
    };
    await expect.poll(matches).toBe(true);
    // The end lies past the codings of the first step.
    expect(lineStarts[LINES - 40]!).toBeGreaterThan(FIRST_STEP_SPAN);
    await scrollPane(page, "end");
    await expect.poll(matches).toBe(true);
    await context.close();
  });
});
