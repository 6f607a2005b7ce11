// The embeds end to end in headless Chromium, on dist/ as `make serve` serves it: the demo course
// page (three <metalab-lab> elements from one wasm download, each independent, a Markdown code
// block turned into a lab, under the Content-Security-Policy the README documents), the iframe
// mode and its fragment, the postMessage API (same origin answered, another origin ignored) and
// learner output shown as text. Expected outputs are CPython's (the lessons' .expected files).
// Run: node --test tests/browser/embed.test.mjs (after make dist). Screenshots: test-output/embed/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "./harness.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const lessons = new URL("../../www/lessons/", import.meta.url);
const shots = fileURLToPath(new URL("../../test-output/embed/", import.meta.url));
const expected = (name) => readFileSync(new URL(`${name}.expected`, lessons), "utf8");
let server, browser, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  ({ base, server } = await serve(dist));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** What CPython prints for `code`. */
const cpython = (code) => execFileSync("python3", ["-c", code], { encoding: "utf8" });
const b64url = (text) => Buffer.from(text, "utf8").toString("base64url");

/** A page that records wasm downloads, CSP violations and page errors. */
async function openPage(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const log = { wasm: [], csp: [], errors: [] };
  page.on("request", (r) => {
    // The demo's iframe is a page of its own; requests from the page and its workers count.
    let frame = null;
    try {
      frame = r.frame();
    } catch {} // a worker's request
    if (r.url().endsWith(".wasm") && (!frame || frame === page.mainFrame())) log.wasm.push(new URL(r.url()).pathname);
  });
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && log.csp.push(m.text()));
  await page.goto(url);
  return { page, log };
}

/** Text inside a lab's shadow root. */
const labText = (page, id, sel) =>
  page.$eval(`#${id}`, (lab, sel) => lab.shadowRoot.querySelector(sel)?.textContent ?? null, sel);
const waitReady = (page, id) =>
  page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector("button.run")?.disabled === false, id, {
    timeout: 20000,
  });
const runLab = async (page, id) => {
  await waitReady(page, id);
  return page.$eval(`#${id}`, async (lab) => {
    const r = await lab.run();
    return { stdout: r.stdout, error: r.error, steps: r.events.length };
  });
};

test("demo page: three labs from one wasm download, each runs on its own, under the documented CSP", async () => {
  const { page, log } = await openPage(`${base}demo.html`);
  // The singleton lab has `autorun`: its output appears without a click.
  await page.waitForFunction(
    () => document.getElementById("lab-singleton")?.shadowRoot?.querySelector(".stdout")?.textContent.includes("True"),
    null,
    { timeout: 20000 },
  );
  assert.equal(await labText(page, "lab-singleton", ".stdout"), expected("06-metaclass-singleton"));

  // Clicking Run in the first lab runs only that lab.
  await waitReady(page, "lab-new-init");
  const mroBefore = await labText(page, "lab-mro", ".stdout");
  await page.locator("#lab-new-init button.run").click();
  await page.waitForFunction(
    () => document.getElementById("lab-new-init").shadowRoot.querySelector(".stdout").textContent.length > 0,
  );
  assert.equal(await labText(page, "lab-new-init", ".stdout"), expected("01-new-before-init"));
  assert.equal(await labText(page, "lab-mro", ".stdout"), mroBefore, "the third lab did not run");
  const mro = await runLab(page, "lab-mro");
  assert.equal(mro.stdout, expected("08-mro-diamond-super"));
  assert.equal(mro.error, null);

  // One download of the core wasm for all labs (plus the view model's), no matter how many workers.
  const core = log.wasm.filter((p) => p.endsWith("/pkg/metalab_bg.wasm"));
  assert.equal(core.length, 1, `core wasm requests: ${JSON.stringify(log.wasm)}`);
  assert.equal(log.wasm.filter((p) => p.endsWith("metalab_view_bg.wasm")).length, 1, JSON.stringify(log.wasm));

  // Panels follow the attribute: the MRO lab has no graph.
  assert.equal(await page.$eval("#lab-mro", (l) => l.shadowRoot.querySelector(".graph").hidden), true);
  // Chinese UI where asked, English where asked.
  assert.equal(await labText(page, "lab-new-init", "button.run"), "运行");
  assert.equal(await labText(page, "lab-singleton", "button.run"), "Run");

  assert.deepEqual(log.csp, [], "no CSP violations");
  assert.deepEqual(log.errors, [], "no page errors");
  await page.screenshot({ path: `${shots}demo.png`, fullPage: true });
  await page.close();
});

test("a lab steps through the chain: Singleton.__call__ with its line, the explanation and one instance", async () => {
  const { page } = await openPage(`${base}demo.html`);
  await runLab(page, "lab-singleton");
  const lab = page.locator("#lab-singleton");
  const state = () =>
    page.$eval("#lab-singleton", (l) => {
      const r = l.shadowRoot;
      return {
        row: r.querySelector(".rows li.current")?.textContent,
        line: r.querySelector(".listing li.current")?.textContent,
        explain: r.querySelector(".explain").textContent,
        counter: r.querySelector(".counter").textContent,
      };
    });
  let s = await state();
  for (let i = 0; i < 100 && !/Singleton\.__call__/.test(s.row ?? ""); i++) {
    await lab.locator("button[aria-keyshortcuts=ArrowRight]").click();
    s = await state();
  }
  assert.match(s.row, /Singleton\.__call__/);
  assert.match(s.line, /def __call__\(cls/);
  assert.match(s.explain, /Singleton\.__call__ runs instead of type\.__call__/);
  // Keys step when focus is in the lab (not in the editor).
  await lab.locator(".rows li.current").click();
  const before = s.counter;
  await page.keyboard.press("ArrowRight");
  assert.notEqual((await state()).counter, before);
  await page.keyboard.press("End");
  const instances = await page.$$eval("#lab-singleton", (ls) =>
    [...ls[0].shadowRoot.querySelectorAll(".graph .node.instance")].map((g) => g.textContent),
  );
  assert.equal(instances.length, 1, instances.join(" | "));
  assert.match(instances[0], /returned by 2 calls/);
  await page.close();
});

test("a Markdown code block becomes a runnable lab", async () => {
  const { page } = await openPage(`${base}demo.html`);
  assert.equal(await page.$$eval("#code-block pre > code.language-python", (c) => c.length), 0);
  const id = await page.$eval("#code-block metalab-lab", (l) => (l.id = "lab-block"));
  const r = await runLab(page, id);
  assert.equal(r.stdout, cpython(await page.$eval(`#${id}`, (l) => l.code)));
  assert.equal(await labText(page, id, "button.run"), "运行", "language from the surrounding lang=zh-CN");
  await page.close();
});

test("iframe mode honours the fragment: code, language, step and panels", async () => {
  const code = "class A:\n    def __init__(self):\n        print('init')\n\nA()\n";
  const { page } = await openPage(`${base}embed.html#code=${b64url(code)}&step=2&lang=zh&panels=chain,output`);
  await page.waitForFunction(() => document.getElementById("lab")?.result != null, null, { timeout: 20000 });
  const info = await page.$eval("#lab", (l) => ({
    step: l.step,
    counter: l.shadowRoot.querySelector(".counter").textContent,
    stdout: l.shadowRoot.querySelector(".stdout").textContent,
    run: l.shadowRoot.querySelector("button.run").textContent,
    graphHidden: l.shadowRoot.querySelector(".graph").hidden,
    code: l.code,
  }));
  assert.equal(info.code, code);
  assert.equal(info.step, 2);
  assert.match(info.counter, /^3 \/ \d+$/);
  assert.equal(info.stdout, cpython(code));
  assert.equal(info.run, "运行");
  assert.equal(info.graphHidden, true);
  await page.close();
});

/** A host page (at `hostBase`) with the iframe; returns what the iframe posted back. */
async function hostAndIframe(hostBase, frameFragment, send) {
  const { page } = await openPage(`${hostBase}lessons/01-new-before-init.py`);
  const src = `${base}embed.html#${frameFragment}`;
  return page.evaluate(
    async ({ src, send }) => {
      const got = [];
      window.addEventListener("message", (e) => got.push({ origin: e.origin, data: e.data }));
      const frame = document.createElement("iframe");
      frame.src = src;
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener("load", r, { once: true }));
      // Wait for the lab to load its wasm, then drive it.
      await new Promise((r) => setTimeout(r, 1500));
      for (const m of send) {
        frame.contentWindow.postMessage(m, new URL(src).origin);
        await new Promise((r) => setTimeout(r, 700));
      }
      return got;
    },
    { src, send },
  ).finally(() => page.close());
}

test("postMessage: a same-origin host runs, steps and reads the trace; unknown messages are ignored", async () => {
  const code = "class M(type):\n    pass\nclass C(metaclass=M):\n    pass\nprint(C())\n";
  const got = await hostAndIframe(base, `code=${b64url("print(1)\n")}&autorun=0`, [
    { hello: "not for metalab" },
    { metalab: "nonsense" },
    { metalab: "run", code },
    { metalab: "step", step: 3 },
    { metalab: "getTrace" },
    { metalab: "getState" },
  ]);
  const kinds = got.map((m) => m.data?.metalab);
  assert.ok(kinds.includes("ready"), kinds.join(","));
  const result = got.find((m) => m.data.metalab === "result")?.data;
  assert.ok(result, kinds.join(","));
  assert.match(result.stdout, /^<__main__\.C object at 0x[0-9a-f]+>\n$/);
  assert.equal(result.error, null);
  const steps = got.filter((m) => m.data.metalab === "step").map((m) => m.data.step);
  assert.deepEqual(steps, [0, 3]);
  const trace = got.find((m) => m.data.metalab === "trace")?.data;
  assert.equal(trace.events.length, result.steps);
  assert.ok(trace.events.some((e) => e.qualname === "M.__new__" || e.qualname === "type.__new__"), "class creation traced");
  const state = got.find((m) => m.data.metalab === "state")?.data;
  assert.deepEqual({ code: state.code, step: state.step }, { code, step: 3 });
  assert.equal(new Set(got.map((m) => m.origin)).size, 1);
});

test("postMessage: a host on another origin is ignored unless the fragment allows it", async () => {
  const other = base.replace("127.0.0.1", "localhost");
  const send = [{ metalab: "run", code: "print('x')\n" }, { metalab: "getState" }];
  const ignored = await hostAndIframe(other, `code=${b64url("print(1)\n")}&autorun=0`, send);
  assert.deepEqual(ignored, [], JSON.stringify(ignored));
  const allowed = await hostAndIframe(other, `code=${b64url("print(1)\n")}&autorun=0&origin=${other.slice(0, -1)}`, send);
  assert.equal(allowed.find((m) => m.data.metalab === "result")?.data.stdout, cpython(send[0].code));
});

test("learner output and code are text, never HTML", async () => {
  const payload = "<img src=x onerror=alert(1)>";
  const { page } = await openPage(`${base}demo.html`);
  let dialogs = 0;
  page.on("dialog", (d) => (dialogs++, d.dismiss()));
  await waitReady(page, "lab-mro");
  await page.$eval("#lab-mro", (l, p) => (l.code = `print(${JSON.stringify(p)})\nraise ValueError(${JSON.stringify(p)})\n`), payload);
  const r = await runLab(page, "lab-mro");
  assert.equal(r.stdout, `${payload}\n`);
  assert.equal(await labText(page, "lab-mro", ".stdout"), `${payload}\n`);
  assert.match(await labText(page, "lab-mro", ".error-text"), /ValueError: <img src=x onerror=alert\(1\)>/);
  const imgs = await page.$eval("#lab-mro", (l) => l.shadowRoot.querySelectorAll("img").length);
  assert.equal(imgs, 0);
  const listing = await labText(page, "lab-mro", ".listing");
  assert.match(listing, /print\("<img src=x onerror=alert\(1\)>"\)/);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  await page.screenshot({ path: `${shots}xss.png`, fullPage: true });
  await page.close();
});

test("a page on another origin embeds a lab from metalab's host (CORS modules, blob worker shim)", async () => {
  const other = base.replace("127.0.0.1", "localhost");
  const { page, log } = await openPage(`${other}lessons/01-new-before-init.py`);
  const code = "class A:\n    def __new__(cls):\n        print('new')\n        return super().__new__(cls)\nA()\n";
  const out = await page.evaluate(
    async ({ base, code }) => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = `${base}metalab-embed.js`;
      document.head.append(script);
      await customElements.whenDefined("metalab-lab");
      const lab = document.createElement("metalab-lab");
      lab.code = code;
      document.body.append(lab);
      await new Promise((r) => lab.addEventListener("metalab-ready", r, { once: true }));
      const r = await lab.run();
      return { stdout: r?.stdout, origin: location.origin };
    },
    { base, code },
  );
  assert.notEqual(`${out.origin}/`, base);
  assert.equal(out.stdout, cpython(code));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("a lab answers input() from its input box", async () => {
  const { page } = await openPage(`${base}demo.html`);
  await waitReady(page, "lab-mro");
  const code = "name = input()\nprint('hello', name)\n";
  await page.$eval("#lab-mro", (l, c) => (l.code = c), code);
  const box = page.locator("#lab-mro .stdin");
  assert.equal(await box.isVisible(), true, "the input box shows for code that calls input()");
  await box.fill("Ada\n");
  await page.locator("#lab-mro button.run").click();
  await page.waitForFunction(() => document.getElementById("lab-mro").shadowRoot.querySelector(".stdout").textContent.includes("hello"));
  const want = spawnSync("python3", ["-c", code], { input: "Ada\n", encoding: "utf8" }).stdout;
  assert.equal(await labText(page, "lab-mro", ".stdout"), want);
  await page.close();
});
