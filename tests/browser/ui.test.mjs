// The metalab UI (yew + CodeMirror + the Worker runner) end to end in headless Chromium via
// playwright-core, served from dist/ like `make serve` does. Run: node --test tests/browser/ (after
// make dist). Screenshots are saved in test-output/. The tests share one page and run in order.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, launchChromium, cpython } from "./harness.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../test-output/", import.meta.url));
let server, browser, page, base;

const shot = (name, p = page) => p.screenshot({ path: `${shots}ui-${name}.png`, fullPage: true });
const text = (sel, p = page) => p.textContent(sel);
const currentQualname = (p = page) =>
  p.evaluate(() => document.querySelector("#chain li.current .qualname")?.textContent ?? null);
const counter = async (p = page) => {
  const m = (await text("#counter", p)).match(/^(\d+) \/ (\d+)$/);
  assert.ok(m, "counter looks like `12 / 40`");
  return [Number(m[1]), Number(m[2])];
};
const waitStatus = (re, p = page) =>
  p.waitForFunction((src) => new RegExp(src).test(document.getElementById("status")?.textContent ?? ""), re.source, {
    timeout: 15000,
  });
const launchPage = async (url) => {
  const p = await browser.newPage({ locale: "en-US", viewport: { width: 1300, height: 1000 } });
  p.on("pageerror", (e) => console.log("pageerror:", e.message));
  await p.goto(url);
  // The UI module loads after the page's load event: wait for its Run button, enabled.
  await p.waitForFunction(() => document.getElementById("run")?.disabled === false, null, { timeout: 15000 });
  // CodeMirror replaces the code's plain-text placeholder once the runner is ready (and a share
  // link's first trace is drawn).
  await p.waitForSelector(".cm-editor", { timeout: 15000 });
  return p;
};
/** Clicks "Step forward" until the current chain row is `qualname` (a call row). */
async function stepUntil(qualname, kind = "call") {
  for (let i = 0; i < 200; i++) {
    const row = await page.evaluate(() => {
      const li = document.querySelector("#chain li.current");
      return li && { q: li.querySelector(".qualname")?.textContent, call: li.classList.contains("call") };
    });
    if (row?.q === qualname && (kind !== "call" || row.call)) return;
    await page.click("#forward");
  }
  assert.fail(`never reached ${qualname}`);
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  ({ base, server } = await serve(dist));
  browser = await launchChromium(["--lang=en-US"]);
  page = await launchPage(base);
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test("loads in English with the lessons, nothing to step yet", async () => {
  assert.match(await text("#status"), /^Ready \(metalab \d+\.\d+\.\d+\)$/);
  assert.equal(await text("#run"), "Run");
  assert.equal(await text("#counter"), "0 / 0");
  assert.equal(await page.isDisabled("#forward"), true);
  const options = await page.$$eval("#lesson option", (os) => os.map((o) => o.textContent));
  assert.ok(options.includes("Singleton with a metaclass"), options.join(" | "));
  // The first lesson's code, fetched from lessons/ (the UI's wasm has only titles and notes).
  await page.waitForFunction(() => /^class Dog:/m.test(window.metalabUi.getText()));
});

test("a lesson that cannot be fetched (offline) says so and leaves the code alone", async () => {
  const p = await launchPage(base);
  try {
    await p.waitForFunction(() => /^class Dog:/m.test(window.metalabUi.getText()));
    await p.route("**/lessons/**", (route) => route.abort("internetdisconnected"));
    await p.selectOption("#lesson", { label: "Singleton with a metaclass" });
    await p.waitForFunction(() => document.querySelector(".copied")?.textContent !== "");
    assert.equal(await text(".copied", p), "Could not load the lesson (offline?)");
    assert.match(await p.evaluate(() => window.metalabUi.getText()), /^class Dog:/m);
  } finally {
    await p.close();
  }
});

test("metaclass singleton: the chain reaches Singleton.__call__, the editor marks its line", async () => {
  await page.selectOption("#lesson", { label: "Singleton with a metaclass" });
  // The lesson's code is fetched (dist/lessons/) when it is picked.
  await page.waitForFunction(() => /class Singleton\(type\)/.test(window.metalabUi.getText()));
  const source = await page.evaluate(() => window.metalabUi.getText());
  await page.click("#run");
  await waitStatus(/^Done$/);
  assert.equal(await text("#stdout"), "creating the only Config\nConfig.__init__ runs with a.ini\nTrue\na.ini\n");
  const [, total] = await counter();
  assert.ok(total > 20, `a real trace (${total} steps)`);

  await stepUntil("Singleton.__call__");
  const row = await page.textContent("#chain li.current");
  assert.match(row, /Singleton\.__call__\s*\(<class 'Config'>\)/);
  assert.doesNotMatch(row, /in C/, "user code is not labelled as C");
  const explain = await text("#explain");
  assert.match(explain, /its metaclass defines __call__, so Singleton\.__call__ runs instead of type\.__call__/);
  // Steps CPython does in C are visibly different and labelled.
  const builtin = await page.$$eval("#chain li.builtin", (lis) => lis.map((li) => li.textContent));
  assert.ok(builtin.some((t) => /type\.__call__.*in C/.test(t)), builtin.join("\n"));

  // The editor highlights the `def __call__` line of Singleton (where the call enters).
  const expected = source.split("\n").findIndex((l) => l.includes("def __call__")) + 1;
  const marked = await page.$$eval(".cm-ml-step", (ls) => ls.map((l) => Number(l.dataset.mlLine)));
  assert.deepEqual(marked, [expected]);
  assert.match(await page.textContent(".cm-ml-step"), /def __call__\(cls/);
  await shot("singleton-call");

  // Step over skips the inside of the call: the next row is its return.
  const [before] = await counter();
  await page.click("#over");
  const [afterOver] = await counter();
  assert.ok(afterOver > before + 5, `step over jumped from ${before} to ${afterOver}`);
  assert.equal(await currentQualname(), "Singleton.__call__");
  assert.equal(await page.$eval("#chain li.current", (li) => li.classList.contains("return")), true);
  assert.match(await text("#explain"), /Config\(\.\.\.\) gives <Config object #\d+>/);
});

test("the graph shows one Config instance, returned by both calls", async () => {
  await page.click("#to-end");
  const [step, total] = await counter();
  assert.equal(step, total);
  const instances = await page.$$eval("#graph-svg g.node.instance", (gs) => gs.map((g) => g.textContent));
  assert.equal(instances.length, 1, instances.join(" | "));
  assert.match(instances[0], /<Config object #\d+>/);
  assert.match(instances[0], /returned by 2 calls/);
  const classes = await page.$$eval("#graph-svg g.node.class text", (ts) => ts.map((t) => t.textContent));
  const metas = await page.$$eval("#graph-svg g.node.metaclass text", (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(classes, ["object", "Config"]); // object: the base every class has
  assert.ok(metas.includes("Singleton") && metas.includes("type"), metas.join(","));
  // instance-of is dashed, subclass-of solid.
  assert.ok((await page.$$("#graph-svg path.edge.instance-of")).length >= 2);
  assert.ok((await page.$$("#graph-svg path.edge.subclass-of")).length >= 1);
  const dash = await page.$eval("#graph-svg path.edge.instance-of", (p) => getComputedStyle(p).strokeDasharray);
  assert.notEqual(dash, "none");
  // Clicking a class selects it: the MRO panel shows its MRO.
  await page.locator("#graph-svg g.node.metaclass", { has: page.locator("text", { hasText: /^Singleton$/ }) }).click();
  assert.match(await text("#mro"), /Singleton\.__mro__/);
  assert.deepEqual(await page.$$eval("#mro .mro-list li code", (cs) => cs.map((c) => c.textContent)), [
    "Singleton",
    "type",
    "object",
  ]);
  await shot("singleton-end");
});

test("keyboard: arrows step when focus is not in the editor", async () => {
  await page.click("#to-start");
  await page.focus("#forward");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.deepEqual((await counter())[0], 3);
  await page.keyboard.press("End");
  const [s, n] = await counter();
  assert.equal(s, n);
  await page.keyboard.press("Home");
  assert.equal((await counter())[0], 1);
});

let shareUrl, shareStep;

test("中文: the interface switches language", async () => {
  await stepUntil("Singleton.__call__");
  await page.click("#lang");
  assert.equal(await text("#run"), "运行");
  assert.equal(await text("#chain h2"), "调用链");
  assert.equal(await text("#lang"), "English");
  assert.match(await text("#explain"), /元类定义了 __call__/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
  shareStep = (await counter())[0];
  shareUrl = page.url();
  assert.match(shareUrl, new RegExp(`#code=[A-Za-z0-9_-]+&step=${shareStep - 1}&lang=zh$`));
  await shot("zh");
});

test("a share link opens the same code on the same step, in the same language", async () => {
  const p = await launchPage(shareUrl);
  try {
    await waitStatus(/^完成$/, p);
    assert.equal((await counter(p))[0], shareStep);
    assert.equal(await currentQualname(p), "Singleton.__call__");
    assert.equal(await text("#run", p), "运行");
    // The UI took the run index.html queued while it was parsed, instead of running it again.
    assert.equal(await p.evaluate(() => window.metalabRunner.nextId), 2);
    const [a, b] = await Promise.all([page, p].map((x) => x.evaluate(() => window.metalabUi.getText())));
    assert.equal(b, a);
    assert.equal(await p.$eval(".cm-ml-step", (l) => l.dataset.mlLine), await page.$eval(".cm-ml-step", (l) => l.dataset.mlLine));
    await shot("shared", p);
  } finally {
    await p.close();
  }
});

test("output is text, and an error highlights its line", async () => {
  await page.click("#lang"); // back to English
  await page.evaluate(() => window.metalabUi.setText("print('<b>bold</b>')\nx = 1\ny = x / 0\n"));
  assert.match(await text(".status-line"), /The code changed since this run/);
  await page.click("#run");
  await waitStatus(/^Done$/);
  assert.equal(await text("#stdout"), "<b>bold</b>\n");
  assert.equal(await page.$$eval("#stdout b", (bs) => bs.length), 0);
  assert.match(await text("#error"), /line 3[\s\S]*ZeroDivisionError: division by zero/);
  assert.deepEqual(await page.$$eval(".cm-ml-error", (ls) => ls.map((l) => l.dataset.mlLine)), ["3"]);
});

test("stderr (a SyntaxWarning, a failing __del__) is shown apart from stdout, as CPython writes it", async () => {
  const code =
    "x = 1\nif x is 1:\n    print('one')\nclass D:\n    def __del__(self):\n        raise ValueError('in __del__')\nd = D()\ndel d\nprint('end')\n";
  await page.evaluate((c) => window.metalabUi.setText(c), code);
  await page.click("#run");
  await waitStatus(/^Done$/);
  const want = cpython(code);
  assert.equal(await text("#stdout"), want.stdout);
  assert.equal((await text("#stderr")).replace(/ 0x[0-9a-f]+>/g, " 0x…>"), want.stderr.replace(/ 0x[0-9a-f]+>/g, " 0x…>"));
  assert.match(want.stderr, /SyntaxWarning[\s\S]*Exception ignored in/);
});

test("an MRO conflict: the panel replays C3 up to where it gets stuck", async () => {
  await page.evaluate(() =>
    window.metalabUi.setText("class A:\n    pass\nclass B(A):\n    pass\nclass C(A, B):\n    pass\n"),
  );
  await page.click("#run");
  await waitStatus(/^Done$/);
  assert.match(await text("#error"), /TypeError: Cannot create a consistent method resolution\norder \(MRO\) for bases A, B/);
  assert.match(await text("#mro-conflict .mro-of"), /class C\(A, B\)/);
  assert.equal(await text("#mro-conflict li.stuck code"), "merge([A, object], [B, A, object], [A, B])");
});

test("input() lines come from the stdin box", async () => {
  await page.fill("#stdin", "Ada\n");
  await page.evaluate(() => window.metalabUi.setText("name = input()\nprint('hi', name)\n"));
  await page.click("#run");
  await waitStatus(/^Done$/);
  assert.equal(await text("#stdout"), "hi Ada\n");
});

test("Stop ends `while True: pass` and the page keeps working", async () => {
  await page.evaluate(() => window.metalabUi.setText("while True:\n    pass\n"));
  await page.click("#run");
  await waitStatus(/^Running/);
  await page.waitForTimeout(300);
  assert.match(await text("#status"), /^Running/, "still running before Stop");
  assert.equal(await page.isDisabled("#run"), true);
  const t0 = Date.now();
  await page.click("#stop");
  await waitStatus(/^Stopped$/);
  assert.ok(Date.now() - t0 < 2000, `stopped after ${Date.now() - t0} ms`);
  // The page responds: a new run works and shows separate instances for separate calls.
  await page.evaluate(() => window.metalabUi.setText("class A:\n    pass\nx = A()\ny = A()\nprint(x is y)\n"));
  await page.click("#run");
  await waitStatus(/^Done$/);
  assert.equal(await text("#stdout"), "False\n");
  await page.click("#to-end");
  assert.equal((await page.$$("#graph-svg g.node.instance")).length, 2);
  await shot("after-stop");
});

test("narrow screens (360px): panels stack, nothing overflows sideways", async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(100);
  const { scrollWidth, chainTop, codeBottom } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    chainTop: document.getElementById("chain").getBoundingClientRect().top,
    codeBottom: document.querySelector(".code-panel").getBoundingClientRect().bottom,
  }));
  assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide`);
  assert.ok(chainTop >= codeBottom, "the chain panel is below the code panel");
  await shot("narrow");
});
