// The yew lab page end to end in headless Chromium (playwright-core), served from dist/ like
// `make serve`: the metaclass-singleton lesson stepped to `Singleton.__call__`, the graph after
// two calls, 中文, a share link, and Stop on a runaway program. Screenshots: test-output/ui/.
// Run: node --test tests/browser/ui.test.mjs (after make dist)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "./harness.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../test-output/ui/", import.meta.url));
let server, browser, page, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  ({ base, server } = await serve(dist));
  browser = await launchChromium(["--lang=en-US"]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(base);
  await page.waitForSelector("#run:not([disabled])", { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const counter = async () => {
  const [cur, total] = (await page.textContent("#counter")).split("/").map((s) => Number(s.trim()));
  return { cur, total };
};

async function runLesson(pattern) {
  const value = await page.$$eval(
    "#lesson option",
    (os, src) => os.find((o) => new RegExp(src).test(o.textContent))?.value,
    pattern.source,
  );
  assert.ok(value !== undefined, `no lesson matching ${pattern}`);
  await page.selectOption("#lesson", value);
  await page.click("#run");
  await page.waitForFunction(() => !/^\s*0\s*\//.test(document.getElementById("counter").textContent), null, {
    timeout: 20000,
  });
}

/** Steps forward until the current chain row matches `re`; returns its text. */
async function stepTo(re) {
  const { total } = await counter();
  for (let i = 0; i < total; i++) {
    const text = (await page.textContent("#chain li.current").catch(() => "")) ?? "";
    if (re.test(text)) return text;
    await page.click("#forward");
  }
  throw new Error(`no step matching ${re}`);
}

test("the singleton lesson steps to Singleton.__call__ with the right line and chain", async () => {
  await runLesson(/Singleton with a metaclass/);
  const row = await stepTo(/Singleton\.__call__/);
  assert.match(row, /Singleton\.__call__/);
  // The line of the current step is marked in the editor: the `def __call__` line.
  const marked = await page.textContent(".cm-ml-step");
  assert.match(marked, /def __call__\(cls/);
  // Builtin steps are labelled as CPython's C code.
  assert.ok((await page.$$("#chain li.builtin")).length > 0, "no builtin steps in the chain");
  assert.match(await page.textContent("#stdout"), /True/);
  await page.screenshot({ path: `${shots}singleton-call.png` });
});

test("after both calls the graph shows one Config instance", async () => {
  await page.click("#to-end");
  const instances = await page.$$eval("#graph-svg g.node.instance title", (ts) => ts.map((t) => t.textContent));
  const configs = instances.filter((t) => /Config object/.test(t));
  assert.equal(configs.length, 1, `instances: ${JSON.stringify(instances)}`);
  await page.screenshot({ path: `${shots}singleton-end.png` });
});

test("the language toggle switches the UI to 中文", async () => {
  const before = await page.textContent("#run");
  await page.click("#lang");
  await page.waitForFunction((b) => document.getElementById("run").textContent !== b, before);
  const after = await page.textContent("#run");
  assert.match(after, /[\u4e00-\u9fff]/, `Run button after toggle: ${after}`);
  assert.match(await page.getAttribute("html", "lang"), /^zh/);
  await page.click("#lang");
  await page.waitForFunction((b) => document.getElementById("run").textContent === b, before);
});

test("a share link opens the same code at the same step", async () => {
  await page.click("#to-start");
  for (let i = 0; i < 5; i++) await page.click("#forward");
  const want = await counter();
  const url = page.url();
  assert.match(url, /#.*code=/, `no share fragment in ${url}`);
  const other = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await other.goto(url);
  await other.waitForFunction(
    (n) => document.getElementById("counter")?.textContent.trim().startsWith(`${n} /`),
    want.cur,
    { timeout: 20000 },
  );
  const code = await other.textContent(".cm-content");
  assert.match(code, /class Singleton\(type\)/);
  await other.screenshot({ path: `${shots}share-link.png` });
  await other.close();
});

test("Stop ends `while True: pass` and the page stays responsive", async () => {
  await page.selectOption("#lesson", { index: 0 });
  await page.click(".cm-content");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("while True:\n    pass\n");
  await page.click("#run");
  await page.waitForTimeout(300);
  const stillRunning = await page.isEnabled("#stop");
  assert.ok(stillRunning, "Stop is not enabled while the program runs");
  const t0 = Date.now();
  await page.click("#stop");
  await page.waitForSelector("#stop[disabled]", { timeout: 2000 });
  assert.ok(Date.now() - t0 < 2000);
  // Responsive: the language toggle still works and a new run finishes.
  await page.click(".cm-content");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("print(6 * 7)\n");
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("stdout")?.textContent.includes("42"), null, {
    timeout: 20000,
  });
  await page.screenshot({ path: `${shots}after-stop.png` });
});
