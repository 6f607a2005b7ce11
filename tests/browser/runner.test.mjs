// The page (index.html: the yew UI) and the Worker runner (www/runner/) in headless Chromium via
// playwright-core, served from dist/ like `make serve` does. Run: node --test tests/browser/ (after make dist)
// The UI itself (stepping, panels, share links, language) is tested in ui.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "./harness.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
let server, browser, page, base;

before(async () => {
  ({ base, server } = await serve(dist));
  browser = await launchChromium();
  page = await browser.newPage({ locale: "en-US" });
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(base);
  await page.waitForFunction(() => !document.getElementById("run").disabled, null, { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test("the page loads the wasm in its worker", async () => {
  const status = await page.textContent("#status");
  assert.match(status, /^Ready \(metalab \d+\.\d+\.\d+\)$/);
});

test("Run shows the program's stdout", async () => {
  await page.evaluate(() => window.metalabUi.setText("print('hi')\n"));
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("status").textContent === "Done");
  assert.equal(await page.textContent("#stdout"), "hi\n");
});

test("stop() ends `while True: pass` at once and the page stays responsive", async () => {
  const r = await page.evaluate(async () => {
    const runner = window.metalabRunner;
    let settled = null;
    const p = runner.run("while True:\n    pass\n", { maxSteps: 1e15 }).then(
      () => (settled = "finished"),
      (e) => (settled = e.message),
    );
    // Watch the main thread while the program runs: a 10 ms timer must keep firing.
    let last = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    await new Promise((res) => setTimeout(res, 300));
    clearInterval(timer);
    const before = settled;
    const t0 = performance.now();
    runner.stop();
    await p;
    const stopMs = performance.now() - t0;
    // The next run gets a fresh worker.
    const next = await runner.run("x = 1\n");
    return { before, settled, stopMs, maxGap, nextError: next.error };
  });
  assert.equal(r.before, null, `the endless program ended by itself before stop(): ${r.before}`);
  assert.equal(r.settled, "stopped");
  assert.ok(r.stopMs < 100, `stop took ${r.stopMs} ms`);
  assert.ok(r.maxGap < 100, `the main thread stalled for ${r.maxGap} ms`);
  assert.equal(r.nextError, null);
});

test("recursion past the worker's stack is a RecursionError result, then runs go on", async () => {
  const r = await page.evaluate(async () => {
    const runner = window.metalabRunner;
    // Deep enough to exhaust a worker's stack before Python's limit on any current build.
    const deep = await runner.run("def f(n):\n    for i in [1]:\n        f(n + 1)\nf(0)\n");
    const next = await runner.run("print('still here')\n");
    return { type: deep.error?.type, message: deep.error?.message, next: next.stdout };
  });
  assert.equal(r.type, "RecursionError");
  assert.match(r.message, /^maximum recursion depth exceeded/);
  assert.equal(r.next, "still here\n");
});
