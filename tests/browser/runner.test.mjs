// The page (index.html: the yew UI) and the Worker runner (www/runner/) in headless Chromium via
// playwright-core, served from dist/ like `make serve` does. Run: node --test tests/browser/ (after make dist)
// The UI itself (stepping, panels, share links, language) is tested in ui.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve, launchChromium, cpython } from "./harness.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
// JS_FLAGS=--no-liftoff: V8 compiles everything with its optimizing tier, as a page does with the
// interpreter once a learner has run a few dozen programs; its engine frames are larger than the
// baseline tier's, which a fresh test page would otherwise run (make test runs this file both ways).
const jsFlags = process.env.JS_FLAGS ?? "";
const tier = jsFlags ? ` (${jsFlags})` : "";
let server, browser, page, base;

before(async () => {
  ({ base, server } = await serve(dist));
  browser = await launchChromium(jsFlags ? [`--js-flags=${jsFlags}`] : []);
  page = await browser.newPage({ locale: "en-US" });
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(base);
  // The UI module loads after the page's load event: wait for its Run button, enabled.
  await page.waitForFunction(() => document.getElementById("run")?.disabled === false, null, { timeout: 15000 });
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

// Python-level recursion in a Worker (whose engine stack is about half a page's) reaches CPython's
// limit on every call path, through fresh JSPI stacks (src/runtime/fresh_stack.rs): the result is
// CPython's, byte for byte, output and traceback.
const DEEP = {
  plain: "def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + 1\nprint(f(990))\n",
  dunder: "class A:\n    def __add__(self, n):\n        if n == 0:\n            return 0\n        return (self + (n - 1)) + 1\nprint(A() + 990)\n",
  loop: "def f(n):\n    for i in range(1):\n        if n == 0:\n            return 0\n        return f(n - 1) + 1\nprint(f(990))\n",
  init: "class A:\n    def __init__(self, n):\n        if n:\n            A(n - 1)\nA(990)\nprint('ok')\n",
  endless: "def f(n):\n    for i in [1]:\n        f(n + 1)\nf(0)\n",
  endless_init: "class B:\n    def __init__(self):\n        B()\nB()\n",
};

/** CPython's stdout and stderr for `code`, run as main.py (metalab's default file name). */
test(`recursion to Python's limit in the Worker: the same output and traceback as CPython${tier}`, async () => {
  const got = await page.evaluate(async (programs) => {
    const out = {};
    for (const [name, code] of Object.entries(programs)) {
      const r = await window.metalabRunner.run(code);
      out[name] = { stdout: r.stdout, traceback: r.error?.traceback ?? "" };
    }
    out.next = (await window.metalabRunner.run("print('still here')\n")).stdout;
    return out;
  }, DEEP);
  for (const [name, code] of Object.entries(DEEP)) {
    const want = cpython(code);
    assert.equal(got[name].stdout, want.stdout, `${name}: stdout`);
    assert.equal(got[name].traceback, want.stderr, `${name}: traceback`);
  }
  assert.match(got.endless.traceback, /RecursionError: maximum recursion depth exceeded\n$/);
  assert.equal(got.next, "still here\n");
});

test("runJson resolves to the same result as run, as JSON text", async () => {
  const code = "class A:\n    def __init__(self):\n        print('init')\nA()\n";
  const [obj, text] = await page.evaluate(
    async (src) => [await window.metalabRunner.run(src, { trace: true }), await window.metalabRunner.runJson(src, { trace: true })],
    code,
  );
  assert.equal(typeof text, "string");
  assert.deepEqual(JSON.parse(text), obj);
  assert.equal(obj.stdout, cpython(code).stdout);
  assert.ok(obj.events.some((e) => e.qualname === "A.__init__"), "the trace has A.__init__");
});
