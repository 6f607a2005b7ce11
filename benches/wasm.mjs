// wasm vs native: every benches/programs/*.py natively (target/release/metalab run, wall time of
// the process), through pkg/ in node (wasm, `run()` timed in this process) and through pkg/ in
// headless Chromium (a page on a loopback server imports pkg/metalab.js; `run()` timed with
// performance.now() in the page), best of N each, in one run, the N rounds interleaved. Checks that all three print the
// same output.
//
//   node benches/wasm.mjs [--repeat N] [--trace] [--pkg DIR]...   (make bench-wasm: builds first)
//
// --cpu times CPU instead of wall time: the native process (getrusage of children, through
// python3), node's process (process.cpuUsage) and the Chromium page's main thread (DevTools
// Performance metrics in thread ticks).
// --trace times `run(src, {trace: true})` in wasm against `metalab trace --json` natively.
// --pkg DIR measures another build of the package (benches/wasm-variant.sh builds them); several
// --pkg options compare builds in the same run. --native BIN (repeatable, paired with the --pkg
// options in order) times each package against its own CLI build, e.g. the old build's binary kept
// beside the old package; default: target/release/metalab for all.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve, launchChromium } from "../tests/browser/harness.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const repeat = Number(opt("--repeat", "5"));
const trace = args.includes("--trace");
// --cpu: CPU time instead of wall time (the native process's, node's, the page's main thread's),
// for comparing builds on a machine busy with other work, where wall time mostly measures the load.
const cpu = args.includes("--cpu");
// --pkg may be given several times (or as a comma-separated list): one set of rows per package.
const pkgDirs = args.flatMap((a, i) => (args[i - 1] === "--pkg" ? a.split(",") : [])).map((d) => resolve(root, d));
if (pkgDirs.length === 0) pkgDirs.push(resolve(root, "pkg"));
for (const d of pkgDirs) if (relative(root, d).startsWith("..")) throw new Error(`--pkg ${d}: must be inside ${root}`);
const natives = args.flatMap((a, i) => (args[i - 1] === "--native" ? a.split(",") : [])).map((b) => resolve(root, b));
if (natives.length === 0) natives.push(resolve(root, "target/release/metalab"));
if (natives.length !== 1 && natives.length !== pkgDirs.length) throw new Error("--native: one binary, or one per --pkg");
// The distinct binaries, and which one each package is timed against.
const nativeBins = [...new Set(natives)];
const nativeOf = pkgDirs.map((_, k) => nativeBins.indexOf(natives[natives.length === 1 ? 0 : k]));
const progDir = resolve(root, "benches/programs");
const programs = readdirSync(progDir).filter((n) => n.endsWith(".py")).sort();
const sources = Object.fromEntries(programs.map((n) => [n, readFileSync(resolve(progDir, n), "utf8")]));

// One timed run each; the caller interleaves them (native, then every package in node and in
// Chromium, N rounds) so that load from elsewhere on the machine hits all columns alike.
function nativeOnce(native, name) {
  const argv = trace ? ["trace", "--json", resolve(progDir, name)] : ["run", resolve(progDir, name)];
  const t0 = performance.now();
  const r = cpu
    ? spawnSync("python3", ["-c", CHILD_CPU, native, ...argv], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(native, argv, { encoding: "utf8", maxBuffer: 1 << 30 });
  let ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${native} ${name} failed: ${r.stderr}`);
  let stdout = r.stdout;
  if (cpu) {
    const cut = stdout.lastIndexOf("\n", stdout.length - 2) + 1;
    ms = Number(stdout.slice(cut)) * 1000;
    stdout = stdout.slice(0, cut);
  }
  return { ms, stdout: trace ? JSON.parse(stdout).stdout : stdout };
}
// Runs argv[1:], passes its stdout on and appends the child's CPU seconds (user + system) as a last line.
const CHILD_CPU = `import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)
sys.stdout.buffer.write(r.stdout)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_utime + u.ru_stime)
sys.exit(r.returncode)`;

// node: each package's node entry, in this process.
const nodePkgs = await Promise.all(pkgDirs.map((d) => import(pathToFileURL(resolve(d, "node.js")))));
function nodeOnce(k, name) {
  const t0 = performance.now(), c0 = process.cpuUsage();
  const r = nodePkgs[k].run(sources[name], { trace, filename: name });
  const c = process.cpuUsage(c0);
  const ms = cpu ? (c.user + c.system) / 1000 : performance.now() - t0;
  if (r.error) throw new Error(`node: ${name}: ${r.error.traceback}`);
  return { ms, stdout: r.stdout };
}

// Chromium: the repository served on loopback, as tests/browser/runner.test.mjs serves dist/; one
// page per package.
const { base, server } = await serve(root);
let browser;
try {
  browser = await launchChromium();
  const pages = [];
  const cdps = [];
  // The main thread's CPU seconds spent in tasks so far (Performance.enable in thread ticks).
  const taskSeconds = async (k) =>
    (await cdps[k].send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  let version;
  for (const d of pkgDirs) {
    const page = await browser.newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(`${base}${relative(root, d)}/`);
    version = await page.evaluate(async () => {
      const m = await import(new URL("metalab.js", location.href).href);
      await m.default();
      window.metalab = m;
      return m.version();
    });
    pages.push(page);
    if (cpu) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
      cdps.push(cdp);
    }
  }

  const chromiumOnce = async (k, name) => {
    const before = cpu ? await taskSeconds(k) : 0;
    const r = await pages[k].evaluate(
      ({ source, name, trace }) => {
        const t0 = performance.now();
        const r = window.metalab.run(source, { trace, filename: name });
        const ms = performance.now() - t0;
        return { ms, stdout: r.stdout, error: r.error && r.error.traceback };
      },
      { source: sources[name], name, trace },
    );
    if (cpu) r.ms = ((await taskSeconds(k)) - before) * 1000;
    return r;
  };

  const rows = [];
  for (const name of programs) {
    const best = { native: nativeBins.map(() => Infinity), node: pkgDirs.map(() => Infinity), chromium: pkgDirs.map(() => Infinity) };
    for (let i = 0; i < repeat; i++) {
      let n;
      for (let b = 0; b < nativeBins.length; b++) {
        n = nativeOnce(nativeBins[b], name);
        best.native[b] = Math.min(best.native[b], n.ms);
      }
      for (let k = 0; k < pkgDirs.length; k++) {
        const nd = nodeOnce(k, name);
        const c = await chromiumOnce(k, name);
        if (c.error) throw new Error(`chromium: ${name}: ${c.error}`);
        for (const [who, out] of [["node", nd.stdout], ["chromium", c.stdout]]) {
          if (out !== n.stdout) throw new Error(`${name}: ${who} printed ${JSON.stringify(out)}, native ${JSON.stringify(n.stdout)}`);
        }
        best.node[k] = Math.min(best.node[k], nd.ms);
        best.chromium[k] = Math.min(best.chromium[k], c.ms);
      }
    }
    for (let k = 0; k < pkgDirs.length; k++) {
      rows.push({ name: name.slice(0, -3), pkg: k, native: best.native[nativeOf[k]], node: best.node[k], chromium: best.chromium[k] });
    }
  }

  console.log(`metalab ${version}, Chromium ${browser.version()}, node ${process.version}, best of ${repeat}${trace ? ", trace on" : ""}${cpu ? ", CPU time" : ""}`);
  pkgDirs.forEach((d, k) => {
    const w = resolve(d, "metalab_bg.wasm");
    // gzip(1) -9, as scripts/wasm-size.sh measures it.
    const gz = spawnSync("gzip", ["-9", "-c", w], { maxBuffer: 1 << 30 }).stdout.length;
    const label = pkgDirs.length > 1 ? `[${k + 1}] ` : "";
    const nat = nativeBins.length > 1 ? ` (native: ${relative(root, nativeBins[nativeOf[k]])})` : "";
    console.log(`${label}${relative(root, d)}: metalab_bg.wasm ${readFileSync(w).length} bytes, ${gz} bytes gzip -9${nat}`);
  });
  const s = (ms) => `${(ms / 1000).toFixed(3)}s`.padStart(9);
  const x = (r) => `${r.toFixed(2)}x`.padStart(8);
  const multi = pkgDirs.length > 1;
  const pk = (k) => (multi ? ` ${`[${k + 1}]`.padStart(4)}` : "");
  console.log(`${"program".padEnd(20)}${multi ? " pkg" : ""} ${"native".padStart(9)} ${"chromium".padStart(9)} ${"chr/nat".padStart(8)} ${"node".padStart(9)} ${"node/nat".padStart(8)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(20)}${pk(r.pkg)} ${s(r.native)} ${s(r.chromium)} ${x(r.chromium / r.native)} ${s(r.node)} ${x(r.node / r.native)}`);
  }
  for (let k = 0; k < pkgDirs.length; k++) {
    const mine = rows.filter((r) => r.pkg === k);
    const worst = Math.max(...mine.map((r) => r.chromium / r.native));
    console.log(`${multi ? `[${k + 1}] ` : ""}worst Chromium/native ratio: ${worst.toFixed(2)}x (target <= 1.5x: ${worst <= 1.5 ? "met" : "MISSED"})`);
  }
} finally {
  await browser?.close();
  server.kill();
}
