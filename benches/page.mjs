// The lab page's two numbers (issue 5): the payload it downloads (gzip -9 of each file, the
// budget is 300 KB) and the time from navigation to the first trace drawn in headless
// Chromium (a share link with code and a step, so the page runs the program on load; the
// budget is 200 ms), timed inside the page from navigation start to the animation frame that
// draws it. Run after `make dist`: node benches/page.mjs [--repeat N] [--dist DIR ...]
// Each --dist (default dist/) is served on its own; the cold loads alternate between them, so a
// before/after comparison (another build's dist copied aside) sees the same machine load.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "../tests/browser/harness.mjs";

const args = process.argv.slice(2);
const dists = args.flatMap((a, i) => (args[i - 1] === "--dist" ? [a.replace(/\/?$/, "/")] : []));
if (dists.length === 0) dists.push(fileURLToPath(new URL("../dist/", import.meta.url)));
const dist = dists[0];
const repeat = Number(process.argv[process.argv.indexOf("--repeat") + 1]) || 5;
const served = [];
for (const d of dists) served.push(await serve(d));
const { base } = served[0];
const browser = await launchChromium();
const code = "class Meta(type):\n    def __call__(cls, *a):\n        return super().__call__(*a)\nclass A(metaclass=Meta):\n    pass\nA()\n";
const fragment = `#code=${Buffer.from(code).toString("base64url")}&step=3&lang=en`;
/**
 * Runs in the page from its first script on: checks on every animation frame whether the trace
 * (or the lab's output) is in the DOM, and records `performance.now()` (time since navigation
 * started) at the first frame that has it, i.e. the frame that draws it. Measured in the page, so
 * the browser-automation round trips are not counted.
 */
function drawnProbe(what) {
  const done = {
    chainDrawn: () => document.querySelector("#chain li.current"),
    labOutputDrawn: () =>
      document.getElementById("lab-singleton")?.shadowRoot?.querySelector(".stdout")?.textContent.includes("True"),
  }[what];
  const check = () => (done() ? (window.__drawnAt = performance.now()) : requestAnimationFrame(check));
  requestAnimationFrame(check);
}
const drawnAt = async (page) => {
  await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 30000 });
  return Math.round(await page.evaluate(() => window.__drawnAt));
};
const runs = dists.map(() => []);
let files = new Set();
for (let i = 0; i < repeat; i++) {
  for (let k = 0; k < dists.length; k++) {
    const context = await browser.newContext(); // a cold cache each time
    const page = await context.newPage();
    if (k === 0) page.on("request", (r) => files.add(new URL(r.url()).pathname));
    await page.addInitScript(drawnProbe, "chainDrawn");
    await page.goto(served[k].base + fragment);
    runs[k].push(await drawnAt(page));
    await context.close();
  }
}
// The embeds: a course page with one autorun lab (the demo's singleton lab): navigation to its
// output, and what it downloads.
const embedTimes = [];
const embedFiles = new Set();
for (let i = 0; i < repeat; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("request", (r) => {
    const f = r.frame?.();
    if (!f || f === page.mainFrame()) embedFiles.add(new URL(r.url()).pathname);
  });
  await page.addInitScript(drawnProbe, "labOutputDrawn");
  await page.goto(`${base}demo.html`);
  embedTimes.push(await drawnAt(page));
  await context.close();
}
await browser.close();
for (const s of served) s.server.kill();
const embedCode = [...embedFiles].filter((f) => !/\.(html|css|py)$/.test(f));
let embedTotal = 0;
for (const f of embedCode) embedTotal += gzipSync(readFileSync(dist + f.slice(1)), { level: 9 }).length;
let total = 0;
console.log("file                               raw bytes   gzip -9");
for (const f of [...files].sort()) {
  const path = f === "/" ? "index.html" : f.slice(1);
  let raw;
  try {
    raw = readFileSync(dist + path);
  } catch {
    continue;
  }
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${path.padEnd(32)} ${String(raw.length).padStart(11)} ${String(gz).padStart(9)}`);
}
console.log(`payload: ${(total / 1024).toFixed(0)} KB gzip -9 (budget 300 KB)`);
for (let k = 0; k < dists.length; k++) {
  const t = runs[k].sort((a, b) => a - b);
  const which = dists.length > 1 ? ` (${dists[k]})` : "";
  console.log(`navigation to first trace drawn${which}: best ${t[0]} ms, median ${t[t.length >> 1]} ms of ${repeat} cold loads (budget 200 ms)`);
}
embedTimes.sort((a, b) => a - b);
console.log(`embed (demo.html): ${embedCode.sort().join(", ")}: ${(embedTotal / 1024).toFixed(0)} KB gzip -9`);
console.log(`embed: navigation to the autorun lab's output: best ${embedTimes[0]} ms, median ${embedTimes[embedTimes.length >> 1]} ms of ${repeat} cold loads`);
