// Every tests/programs/*.py through the wasm package (pkg/, built by `make pkg`) in node, compared
// byte for byte with what CPython 3.11 printed (.expected = stdout, .expected_err = "Type: message"
// of an uncaught exception, .expected_tb = its whole traceback, .stdin = input lines), like
// tests/programs.rs and tests/tracebacks.rs do natively.
// Run: node --test tests/node/programs.test.mjs     Filter: METALAB_PROGRAMS=substring
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";

// The web build's glue, initialized by hand so that a crashed instance (a trap, or RangeError from
// the engine's stack limit) can be replaced by a fresh one instead of poisoning later programs.
const wasmBytes = readFileSync(new URL("../../pkg/metalab_bg.wasm", import.meta.url));
let instances = 0;
async function freshInstance() {
  const m = await import(`../../pkg/metalab.js?instance=${instances++}`);
  m.initSync({ module: wasmBytes });
  return m;
}


const dir = new URL("../programs/", import.meta.url);
const read = (name) => (existsSync(new URL(name, dir)) ? readFileSync(new URL(name, dir), "utf8") : null);

test("tests/programs/*.py match CPython through the wasm API", async () => {
  let metalab = await freshInstance();
  const filter = process.env.METALAB_PROGRAMS ?? "";
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".py") && n.includes(filter)).sort() : [];
  const failures = [];
  for (const name of names) {
    const base = name.slice(0, -3);
    const expected = read(`${base}.expected`);
    if (expected === null) {
      failures.push(`${name}: missing .expected (run tests/gen_expected.py)`);
      continue;
    }
    const expectedErr = read(`${base}.expected_err`)?.trimEnd() ?? null;
    const stdin = read(`${base}.stdin`)?.split("\n") ?? [];
    if (stdin.at(-1) === "") stdin.pop();
    let r;
    const t0 = performance.now();
    try {
      r = metalab.run(readFileSync(new URL(name, dir), "utf8"), { filename: name, stdin });
    } catch (e) {
      failures.push(`${name}: threw ${e}`);
      metalab = await freshInstance();
      continue;
    } finally {
      const ms = performance.now() - t0;
      if (ms > 2000) console.log(`slow: ${name} took ${(ms / 1000).toFixed(1)} s`);
    }
    if (r.stdout !== expected) {
      const a = r.stdout.split("\n");
      const b = expected.split("\n");
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      const err = r.error ? ` [error: ${r.error.type}: ${r.error.message}]` : "";
      failures.push(`${name}: stdout line ${i + 1}: got ${JSON.stringify(a[i])}, CPython ${JSON.stringify(b[i])}${err}`);
      continue;
    }
    // The last line CPython prints for an uncaught exception (includes "Did you mean" hints).
    const got = r.error ? r.error.traceback.trimEnd().split("\n").pop() : null;
    if (got !== expectedErr) failures.push(`${name}: error: got ${JSON.stringify(got)}, CPython ${JSON.stringify(expectedErr)}`);
    // What CPython writes to stderr while the program goes on (SyntaxWarnings, "Exception
    // ignored in"), object addresses left out.
    const stderr = r.stderr.replace(/ 0x[0-9a-f]+>/g, " 0x…>");
    if (stderr !== (read(`${base}.expected_stderr`) ?? "")) {
      failures.push(`${name}: stderr differs:\n${stderr}--- CPython:\n${read(`${base}.expected_stderr`)}`);
    }
    // And the whole traceback, `^^^` markers included.
    const expectedTb = read(`${base}.expected_tb`);
    if (got === expectedErr && expectedTb !== null && r.error?.traceback !== expectedTb) {
      failures.push(`${name}: traceback differs:\n${r.error?.traceback}--- CPython:\n${expectedTb}`);
    }
  }
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`programs (wasm): ${names.length - failures.length} passed, ${failures.length} failed`);
  assert.equal(failures.length, 0, `${failures.length} programs differ from CPython`);
});
