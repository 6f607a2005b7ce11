// The Worker half of MetalabRunner (see runner.js). A plain ES module worker:
//   new Worker(new URL("./metalab-worker.js", import.meta.url), { type: "module" })
//
// Protocol (all messages are plain objects):
//   page -> worker  { type: "init", pkgUrl, module }  once, first message: where metalab.js is,
//                                                     and its wasm compiled (optional)
//   page -> worker  { type: "run", id, source, options, json }
//                                                     json: send the result as JSON text
//   worker -> page  { type: "ready", version }        the wasm is loaded (once per worker)
//   worker -> page  { type: "result", id, result }    a RunResult (or its JSON text)
//   worker -> page  { type: "error", id, message, fatal }
//                                                     bad options (fatal: false), or the module
//                                                     failed to load / trapped (fatal: true: the
//                                                     runner discards this worker)
//   worker -> page  { type: "progress", id, steps }   reserved, see below
//
// Progress hook: the core has no progress callback yet. When it does (an `onProgress(steps)`
// option on `run`), pass `onProgress: (steps) => self.postMessage({ type: "progress", id, steps })`
// in `runOptions` below; runner.js already routes these messages to the `onProgress` callback of
// `MetalabRunner#run`. (Functions cannot cross postMessage, which is why the worker adds it.)

let wasm = null; // the loaded metalab.js module
let loading = null; // Promise<void> while loading
let poisoned = null; // set after a trap: the instance's memory may be inconsistent

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    loading = load(msg.pkgUrl, msg.module);
    loading.catch((e) => {
      self.postMessage({ type: "error", id: 0, message: `metalab failed to load: ${describe(e)}`, fatal: true });
    });
    return;
  }
  if (msg.type !== "run") return;
  const { id, source, options, json } = msg;
  try {
    await loading;
  } catch (e) {
    self.postMessage({ type: "error", id, message: `metalab failed to load: ${describe(e)}`, fatal: true });
    return;
  }
  if (poisoned) {
    self.postMessage({ type: "error", id, message: poisoned, fatal: true });
    return;
  }
  const runOptions = { ...(options ?? {}) };
  let result;
  try {
    // With JSPI, Python calls hop to fresh stacks, so recursion reaches Python's limit of 1000
    // in a Worker too; without it, a deep program may exhaust the stack (handled below).
    result = await wasm.runOnFreshStacks(source, runOptions);
  } catch (e) {
    // The engine's stack ran out before Python's recursion limit (workers get a smaller stack
    // than pages): report it as the RecursionError it stands for, then start a fresh instance.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      poisoned = `metalab crashed: ${describe(e)}`;
      const result = stackOverflowResult();
      self.postMessage({ type: "result", id, result: json ? JSON.stringify(result) : result, recycle: true });
      return;
    }
    // A plain Error is metalab's own "bad arguments" error; anything else (WebAssembly.RuntimeError
    // from a trap) leaves the instance unusable.
    const fatal = !(e instanceof Error) || e.constructor !== Error;
    if (fatal) poisoned = `metalab crashed: ${describe(e)}`;
    self.postMessage({ type: "error", id, message: fatal ? poisoned : e.message, fatal });
    return;
  }
  self.postMessage({ type: "result", id, result: json ? JSON.stringify(result) : result });
};

async function load(pkgUrl, module) {
  // The wasm downloads and compiles while the glue loads, instead of after it.
  const compiled = module ?? compile(new URL("metalab_bg.wasm", pkgUrl));
  // metalab.js imports metalab_stack.js: fetching both at once saves a round trip (the module
  // map shares the one load). A failure shows up through the glue's import.
  import(new URL("metalab_stack.js", pkgUrl)).catch(() => {});
  const mod = await import(pkgUrl);
  await mod.default({ module_or_path: await compiled });
  wasm = mod;
  self.postMessage({ type: "ready", version: mod.version() });
}

async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Streaming compilation needs the wasm MIME type, which not every server sends.
  if (response.headers.get("Content-Type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function stackOverflowResult() {
  const message =
    "maximum recursion depth exceeded (the browser's stack ran out before Python's limit of 1000 calls)";
  return {
    stdout: "",
    error: { type: "RecursionError", message, line: null, traceback: `RecursionError: ${message}\n` },
    events: [],
    objects: [],
  };
}

function describe(e) {
  return e && e.name ? `${e.name}: ${e.message}` : String(e);
}
