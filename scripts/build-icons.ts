// Draws the app's PNG icons from public/icon.svg in Chromium: 192 and 512 pixels for the web app
// manifest, and a maskable 512 (full-bleed background, the lines inside the safe zone) for
// launchers that crop icons to their own shape. Run by `npm run build:icons`; the PNGs are committed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const PUBLIC = join(import.meta.dirname, "..", "public");
const CHROMIUM_PATH = process.env.TELAAH_CHROMIUM ?? "/usr/bin/chromium";

const icon = readFileSync(join(PUBLIC, "icon.svg"), "utf8");
/** The same lines at 70 % around the centre, on a square without rounded corners. */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#1f4e5f"/><g transform="translate(256 256) scale(0.7) translate(-256 -256)"><path d="M128 160h256M128 256h160M128 352h208" stroke="#f4c95d" stroke-width="48" stroke-linecap="round"/></g></svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const [name, svg, size] of [
    ["icon-192.png", icon, 192],
    ["icon-512.png", icon, 512],
    ["icon-maskable-512.png", maskable, 512],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${data}" width="${size}" height="${size}" style="display:block">`);
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(PUBLIC, name), omitBackground: true });
    await page.close();
    console.log(`wrote public/${name}`);
  }
} finally {
  await browser.close();
}
