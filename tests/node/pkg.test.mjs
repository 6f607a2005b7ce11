// A course author's use of the npm package built by `make pkg`: `import { run } from "metalab"`
// in node, resolved through package.json "exports" exactly as an installed dependency would be.
// Run: node --test tests/node/pkg.test.mjs   (after make pkg)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);
const pkgDir = fileURLToPath(new URL("pkg/", root));
const cargoVersion = readFileSync(new URL("Cargo.toml", root), "utf8").match(/^version = "(.*)"/m)[1];

// test-output/consumer/ is a throwaway project with node_modules/metalab -> pkg/.
const consumer = new URL("test-output/consumer/", root);
rmSync(consumer, { recursive: true, force: true });
mkdirSync(new URL("node_modules/", consumer), { recursive: true });
symlinkSync(pkgDir, new URL("node_modules/metalab", consumer), "dir");
writeFileSync(new URL("package.json", consumer), JSON.stringify({ type: "module", dependencies: { metalab: "file:../../pkg" } }));

/** Runs an ES module in the consumer project and returns what it printed, parsed as JSON. */
function consume(code) {
  const file = new URL(`case-${Math.random().toString(36).slice(2)}.mjs`, consumer);
  writeFileSync(file, code);
  return JSON.parse(execFileSync(process.execPath, [fileURLToPath(file)], { encoding: "utf8" }));
}

test("package.json describes an ESM package with types and node/browser entries", () => {
  const pkg = JSON.parse(readFileSync(new URL("package.json", `file://${pkgDir}`), "utf8"));
  assert.equal(pkg.name, "metalab");
  assert.equal(pkg.version, cargoVersion);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.types, "./index.d.ts");
  assert.deepEqual(pkg.exports["."], { types: "./index.d.ts", node: "./node.js", default: "./index.js" });
  for (const f of pkg.files) readFileSync(new URL(f, `file://${pkgDir}`)); // every listed file exists
});

test("import { run } from 'metalab' works in node without init", () => {
  const out = consume(`
    import { run, version } from "metalab";
    const r = run("x = 1\\n");
    console.log(JSON.stringify({ version: version(), keys: Object.keys(r), proto: Object.getPrototypeOf(r) === Object.prototype }));
  `);
  assert.deepEqual(out, { version: cargoVersion, keys: ["stdout", "stderr", "error", "events", "objects"], proto: true });
});

test("run('print(\\'hi\\')') prints hi", () => {
  const out = consume(`
    import { run } from "metalab";
    console.log(JSON.stringify(run("print('hi')")));
  `);
  assert.equal(out.stdout, "hi\n");
  assert.equal(out.error, null);
});

test("a course author's lesson: trace a class instantiation", () => {
  const out = consume(`
    import init, { run } from "metalab";
    await init(); // harmless in node; needed in browsers
    const src = "class Meta(type):\\n    def __call__(cls, *a):\\n        return super().__call__(*a)\\nclass A(metaclass=Meta):\\n    def __init__(self):\\n        print('init')\\nA()\\n";
    const r = run(src, { trace: true, filename: "lesson.py" });
    console.log(JSON.stringify({ stdout: r.stdout, error: r.error, calls: r.events.filter(e => e.kind === "call").map(e => e.qualname) }));
  `);
  assert.equal(out.stdout, "init\n");
  assert.equal(out.error, null);
  const i = (q) => out.calls.indexOf(q);
  assert.ok(i("Meta.__call__") >= 0 && i("A.__init__") > i("Meta.__call__"), `call order: ${out.calls}`);
});

test("bad options throw an Error, and the module keeps working", () => {
  const out = consume(`
    import { run } from "metalab";
    const messages = [];
    for (const o of [{ maxSteps: -1 }, { maxstep: 1 }, { stdin: "x" }, 42]) {
      try { run("x = 1", o); messages.push("no error"); } catch (e) { messages.push((e instanceof Error) + " " + e.message); }
    }
    console.log(JSON.stringify({ messages, after: run("x = 1").error }));
  `);
  assert.equal(out.messages.length, 4);
  for (const m of out.messages) assert.match(m, /^true metalab\.run: invalid options: /);
  assert.equal(out.after, null);
});

test("the browser entry (index.js) works after init", async () => {
  const m = await import(new URL("index.js", `file://${pkgDir}`));
  await m.default({ module_or_path: readFileSync(new URL("metalab_bg.wasm", `file://${pkgDir}`)) });
  assert.equal(m.version(), cargoVersion);
  assert.deepEqual(Object.keys(m.run("x = 1")), ["stdout", "stderr", "error", "events", "objects"]);
});

test("index.d.ts types run() precisely", () => {
  const dts = readFileSync(new URL("metalab.d.ts", `file://${pkgDir}`), "utf8");
  for (const decl of [
    "export function run(source: string, options?: RunOptions): RunResult;",
    "export function version(): string;",
    "export interface RunOptions",
    "export interface RunResult",
    "export interface TraceEvent",
    "export interface ErrorInfo",
    "export interface ObjectInfo",
  ]) {
    assert.ok(dts.includes(decl), `metalab.d.ts lacks ${decl}`);
  }
  assert.ok(!/export function run\(source: string, options: any\)/.test(dts), "run is typed as any");
});
