// MetalabRunner: runs Python programs with metalab in a dedicated Worker, so a long or endless
// program never blocks the page and can always be stopped.
//
//   import { MetalabRunner } from "./runner/runner.js";
//   const r = new MetalabRunner();              // or new MetalabRunner({ pkgUrl })
//   await r.ready();                            // optional: load the wasm ahead of the first run
//   const result = await r.run("print('hi')", { maxSteps: 1e6, trace: true });
//   r.stop();                                   // ends a running program at once
//
// `run` resolves to metalab's RunResult ({ stdout, error, events, objects }); a Python exception
// is a normal result with `error` set. It rejects with Error("stopped") when `stop()` is called,
// and with an Error for bad options or a crashed module.
//
// One worker is kept and reused, so the wasm loads once. Several runners (one per embedded lab)
// can share one download: pass the same compiled `module` (a WebAssembly.Module, or a promise of
// one) to each. `stop()` terminates it (immediately,
// whatever the program is doing) and the next `run` spawns a fresh one. Runs are queued: the
// worker runs one program at a time.

const DEFAULT_PKG_URL = new URL("../pkg/metalab.js", import.meta.url);
const WORKER_URL = new URL("./metalab-worker.js", import.meta.url);

/**
 * A worker must come from the page's origin. When metalab is served from another host (a course
 * page embedding it), a same-origin blob module imports the real worker (fetched with CORS).
 */
function workerUrl() {
  if (WORKER_URL.origin === location.origin) return WORKER_URL;
  const shim = `import ${JSON.stringify(WORKER_URL.href)};`;
  return URL.createObjectURL(new Blob([shim], { type: "text/javascript" }));
}

export class MetalabRunner {
  /**
   * @param {{ pkgUrl?: string | URL, module?: WebAssembly.Module | Promise<WebAssembly.Module>,
   *   boot?: { worker: Worker, events: Event[], run?: object } }} [config]
   *   where the web build's `metalab.js` is (its `metalab_bg.wasm` must sit beside it; default
   *   `../pkg/metalab.js` from this file), and optionally its wasm already compiled. `boot`: a
   *   worker the page started before this module loaded (index.html does, while it is parsed)
   *   and already sent its init message, with the events it sent meanwhile (`message` and
   *   `error`, kept by a listener); the runner adopts it as its first worker. `boot.run`: the
   *   `run` message the page already posted to it (a share link's run, queued at once), which
   *   `takeBootRun` hands out.
   */
  constructor(config = {}) {
    this.pkgUrl = new URL(config.pkgUrl ?? DEFAULT_PKG_URL, import.meta.url).href;
    this.module = config.module ?? null;
    this.boot = config.boot ?? null;
    this.bootRun = null; // { source, options, promise } of boot.run
    this.started = null; // resolves once the worker got its init message
    this.worker = null;
    this.readyPromise = null;
    this.pending = new Map(); // id -> { resolve, reject, onProgress }
    this.nextId = 1;
    this.version = null;
  }

  /** Spawns the worker if needed and resolves once its wasm is loaded. */
  ready() {
    this.#spawn();
    return this.readyPromise;
  }

  /**
   * Runs `source` in the worker.
   * @param {string} source
   * @param {{ maxSteps?: number, trace?: boolean, stdin?: string[], filename?: string }} [options]
   * @param {{ onProgress?: (steps: number) => void }} [callbacks]
   * @returns {Promise<import("../../pkg/index.js").RunResult>}
   */
  run(source, options = {}, callbacks = {}) {
    return this.#post(source, options, callbacks, false);
  }

  /**
   * `run`, resolving to the RunResult as JSON text (the same fields), serialized in the worker:
   * cheaper for a page that hands the result on as text than cloning the object and stringifying it.
   * @returns {Promise<string>}
   */
  runJson(source, options = {}, callbacks = {}) {
    return this.#post(source, options, callbacks, true);
  }

  #post(source, options, callbacks, json) {
    this.#spawn();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress: callbacks.onProgress });
      const worker = this.worker;
      this.started.then(() => worker.postMessage({ type: "run", id, source, options, json }));
    });
  }

  /**
   * The boot worker's run (see the constructor), as `runJson(source, options)` would return it,
   * if it is that run (the same source and options); otherwise null, and the caller runs it
   * itself. Taken once.
   * @returns {Promise<string> | null}
   */
  takeBootRun(source, options) {
    this.#spawn();
    const run = this.bootRun;
    this.bootRun = null;
    const same = run && run.source === source && JSON.stringify(run.options) === JSON.stringify(options);
    return same ? run.promise : null;
  }

  /** Whether a program is running or queued. */
  get busy() {
    return this.pending.size > 0;
  }

  /** Stops the running program (and any queued ones): their promises reject with Error("stopped"). */
  stop() {
    this.#discard(new Error("stopped"));
  }

  #spawn() {
    if (this.worker) return;
    const boot = this.boot;
    this.boot = null;
    const worker = boot?.worker ?? new Worker(workerUrl(), { type: "module", name: "metalab" });
    this.worker = worker;
    let markReady, failReady;
    this.readyPromise = new Promise((res, rej) => ((markReady = res), (failReady = rej)));
    this.readyPromise.catch(() => {}); // observed through run() as well; avoid unhandled noise
    worker.onmessage = (event) => {
      if (worker !== this.worker) return; // a message from a worker we already discarded
      const msg = event.data;
      if (msg.type === "ready") {
        this.version = msg.version;
        markReady(msg.version);
        return;
      }
      const job = this.pending.get(msg.id);
      if (msg.type === "progress") {
        job?.onProgress?.(msg.steps);
        return;
      }
      if (msg.type === "result") {
        this.pending.delete(msg.id);
        job?.resolve(msg.result);
        // The worker's instance overflowed its stack: replace it before the next run.
        if (msg.recycle) this.#discard(new Error("metalab restarted after a stack overflow"));
      } else if (msg.type === "error") {
        const err = new Error(msg.message);
        this.pending.delete(msg.id);
        job?.reject(err);
        if (msg.fatal) {
          failReady(err);
          this.#discard(err);
        }
      }
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      event.preventDefault?.();
      const err = new Error(`metalab worker failed: ${event.message ?? "unknown error"}`);
      failReady(err);
      this.#discard(err);
    };
    if (boot) {
      const run = boot.run;
      if (run) {
        const promise = new Promise((resolve, reject) => this.pending.set(run.id, { resolve, reject }));
        this.nextId = run.id + 1;
        this.bootRun = { source: run.source, options: run.options, promise };
      }
      // Its init message went first; the page's listener kept what came before ours.
      for (const event of boot.events) (event.type === "error" ? worker.onerror : worker.onmessage)(event);
      boot.events.length = 0;
      this.started = Promise.resolve();
      return;
    }
    // Messages keep their order, so runs posted after `started` reach the worker after init.
    this.started = Promise.resolve(this.module).then(
      (module) => worker.postMessage({ type: "init", pkgUrl: this.pkgUrl, module }),
      (e) => {
        if (worker !== this.worker) return;
        const err = new Error(`metalab failed to load: ${e?.message ?? e}`);
        failReady(err);
        this.#discard(err);
      },
    );
  }

  #discard(reason) {
    if (this.worker) {
      this.worker.terminate();
      this.worker = null;
      this.readyPromise = null;
    }
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(reason);
  }
}
