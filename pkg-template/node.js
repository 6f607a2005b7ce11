// Node: the wasm is loaded synchronously on import, so `run` works straight away.
//   import { run } from "metalab";
//   const { stdout, error } = run("print('hi')");
// `init()` is exported too (a no-op here), so code written for browsers runs unchanged.
import { readFileSync } from "node:fs";
import { initSync } from "./metalab.js";

initSync({ module: readFileSync(new URL("./metalab_bg.wasm", import.meta.url)) });

export { initSync, run, version, runOnFreshStacks, freshStacksSupported } from "./metalab.js";

/** Already initialized on import; kept for code that also targets browsers. */
export default async function init() {}
export { init };
