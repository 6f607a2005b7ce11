// The wasm import `metalab_fresh_stack(task)` (src/wasm.rs): with JSPI it suspends the calling
// stack until the task has run on a fresh one. Only `runFreshStacks` calls it, and only under
// `WebAssembly.promising`; without JSPI it is never called.
import { __runStackTask } from "./metalab.js";

export const metalab_fresh_stack =
  typeof WebAssembly.Suspending === "function"
    ? new WebAssembly.Suspending(__runStackTask)
    : () => {
        throw new Error("metalab: fresh stacks need JSPI");
      };
