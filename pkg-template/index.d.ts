// In node, `init()` is a no-op (the module is ready on import); in browsers it must be awaited
// once before `run`.
export * from "./metalab.js";
export { default, default as init } from "./metalab.js";
