
// ---- appended by scripts/build-pkg.sh from pkg-template/fresh-stacks.js ----
// Runs on fresh engine stacks (JSPI), so deep Python recursion fits a Worker's small stack.
// Uses the glue's own helpers above (wasm-bindgen 0.2.130, pinned).

let promisingRun = null;
let promisingTask = null;

/** Whether this engine has JSPI (`WebAssembly.promising` and `WebAssembly.Suspending`). */
export const freshStacksSupported =
  typeof WebAssembly.promising === "function" && typeof WebAssembly.Suspending === "function";

/**
 * `run`, but Python calls move to a new engine stack every 100 frames, so recursion reaches
 * Python's limit (1000) even in a Worker. Resolves to the same RunResult; falls back to `run`
 * where JSPI is missing.
 */
export async function runOnFreshStacks(source, options) {
  if (!freshStacksSupported) return run(source, options);
  promisingRun ??= WebAssembly.promising(wasm.runFreshStacks);
  const ptr0 = passStringToWasm0(source, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len0 = WASM_VECTOR_LEN;
  const ret = await promisingRun(ptr0, len0, options);
  if (ret[2]) throw takeFromExternrefTable0(ret[1]);
  return takeFromExternrefTable0(ret[0]);
}

/** Called by metalab_stack.js (the wasm import): runs a task on a fresh stack. */
export function __runStackTask(task) {
  promisingTask ??= WebAssembly.promising(wasm.metalab_stack_task);
  return promisingTask(task);
}
