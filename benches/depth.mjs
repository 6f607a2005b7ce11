// How deep a plain `run()` (no fresh stacks) gets on a page's main thread in headless Chromium,
// once with every function compiled by V8's optimizing tier (--js-flags=--no-liftoff, what a hot
// page runs) and once with the engine's defaults: the deepest Python recursion through a function
// and through `__init__`, and the deepest bracket nesting the parser finishes (CPython: 998, 498, 199).
//
//   node benches/depth.mjs [PKG_DIR...]     (default: pkg; make pkg first)
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "../tests/browser/harness.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const dirs = process.argv.length > 2 ? process.argv.slice(2) : ["pkg"];
// Each is the text of a function from n to a program that prints "ok" when it finishes.
const programs = {
  call: "(n) => `def f(n):\\n    return 0 if n == 0 else 1 + f(n - 1)\\nf(${n})\\nprint('ok')\\n`",
  init: "(n) => `class A:\\n    def __init__(self, n):\\n        self.c = A(n - 1) if n else None\\nA(${n})\\nprint('ok')\\n`",
  brackets: "(n) => 'x = ' + '('.repeat(n) + '1' + ')'.repeat(n) + \"\\nprint('ok')\\n\"",
};
const { base, server } = await serve(root);
try {
  for (const flags of [["--js-flags=--no-liftoff"], []]) {
    const browser = await launchChromium(flags);
    for (const d of dirs) {
      const page = await browser.newPage();
      await page.goto(`${base}${relative(root, resolve(root, d))}/`);
      const depths = await page.evaluate(async (programs) => {
        const m = await import(new URL("metalab.js", location.href).href);
        await m.default();
        const out = {};
        for (const [name, text] of Object.entries(programs)) {
          const program = (0, eval)(text);
          let [lo, hi] = [1, name === "brackets" ? 199 : 999];
          while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            let ok = false;
            try {
              ok = m.run(program(mid)).stdout === "ok\n";
            } catch {
              // "Maximum call stack size exceeded": the engine's stack ran out.
            }
            [lo, hi] = ok ? [mid, hi] : [lo, mid - 1];
          }
          out[name] = lo;
        }
        return out;
      }, programs);
      console.log(`${(flags[0] ?? "engine defaults").padEnd(24)} ${d.padEnd(16)} ${JSON.stringify(depths)}`);
      await page.close();
    }
    await browser.close();
  }
} finally {
  server.kill();
}
