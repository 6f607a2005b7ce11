// Browsers and bundlers: load the wasm once with `await init()`, then call `run` as often as needed.
//   import init, { run } from "metalab";
//   await init();                          // fetches metalab_bg.wasm beside this file
//   const { stdout, error } = run("print('hi')");
export { default, default as init, initSync, run, version, runOnFreshStacks, freshStacksSupported } from "./metalab.js";
