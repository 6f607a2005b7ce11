//! The JavaScript API (feature `wasm`): `run(source, options)` and `version()`.
//!
//! Built by `make pkg` into the npm package `pkg/` (`import { run } from "metalab"`), and run in a
//! Worker by `www/runner/`. Nothing here may panic: the wasm build aborts on panic, which would
//! leave the module unusable. Bad input becomes a JS `Error` instead.

use js_sys::{Array, Object, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Per-size free lists in front of talc instead of Rust's default wasm allocator (dlmalloc):
/// faster on the interpreter's many small allocations (see `wasm_alloc`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: crate::wasm_alloc::FreeLists = crate::wasm_alloc::FreeLists::new();

/// The largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// `run`'s second argument, as JavaScript spells it. Every field is optional; `null` counts as
/// absent.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct JsRunOptions {
    max_steps: Option<f64>,
    trace: Option<bool>,
    stdin: Option<Vec<String>>,
    filename: Option<String>,
}

/// The option names `JsRunOptions` accepts (its fields, camelCased).
const OPTION_NAMES: [&str; 4] = ["maxSteps", "trace", "stdin", "filename"];

impl JsRunOptions {
    fn parse(options: JsValue) -> Result<crate::RunOptions, String> {
        let js: JsRunOptions = if options.is_undefined() || options.is_null() {
            JsRunOptions::default()
        } else {
            Self::check_shape(&options)?;
            serde_wasm_bindgen::from_value(options).map_err(|e| {
                let e = e.to_string();
                e.strip_prefix("Error: ").map(str::to_string).unwrap_or(e)
            })?
        };
        let mut out = crate::RunOptions { clock: || js_sys::Date::now() / 1000.0, ..Default::default() };
        if let Some(n) = js.max_steps {
            if !(n.is_finite() && n >= 1.0 && n.fract() == 0.0 && n <= MAX_SAFE_INTEGER) {
                return Err(format!("maxSteps must be a positive integer, got {n}"));
            }
            out.max_steps = n as u64;
        }
        if let Some(trace) = js.trace {
            out.trace = trace;
        }
        if let Some(stdin) = js.stdin {
            out.stdin = stdin;
        }
        if let Some(filename) = js.filename {
            out.filename = filename;
        }
        Ok(out)
    }

    /// What serde-wasm-bindgen does not check, with messages a JS author understands: the options
    /// are a plain object, name only known options (so a typo like `maxstep` is not silently
    /// ignored), and `stdin` is an array of strings.
    fn check_shape(options: &JsValue) -> Result<(), String> {
        if !options.is_object() || Array::is_array(options) {
            let got = if Array::is_array(options) {
                "array".to_string()
            } else {
                options.js_typeof().as_string().unwrap_or_default()
            };
            return Err(format!("options must be an object like {{ maxSteps, trace, stdin, filename }}, got {got}"));
        }
        for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!("unknown option `{key}` (expected one of {})", OPTION_NAMES.join(", ")));
            }
        }
        let stdin = Reflect::get(options, &JsValue::from_str("stdin")).unwrap_or(JsValue::UNDEFINED);
        let absent = stdin.is_undefined() || stdin.is_null();
        let strings = Array::is_array(&stdin) && Array::from(&stdin).every(&mut |line, _, _| line.is_string());
        if !absent && !strings {
            return Err("stdin must be an array of strings (one per input() line)".to_string());
        }
        Ok(())
    }
}

/// Runs a Python program and returns its `RunResult` as a plain object
/// (`{ stdout, stderr, error, events, objects }`).
///
/// Throws an `Error` only for bad arguments; a Python exception is a normal result with `error`
/// set.
// Progress hook: when the core grows a progress callback, take `onProgress?: (steps) => void`
// in the options here and call it every N steps; `www/runner/metalab-worker.js` already forwards
// such calls as `{ type: "progress", steps }` messages.
#[wasm_bindgen(skip_typescript)]
pub fn run(source: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options =
        JsRunOptions::parse(options).map_err(|e| JsError::new(&format!("metalab.run: invalid options: {e}")))?;
    let result = crate::run(source, &options);
    result
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("metalab.run: cannot convert the result: {e}")))
}

/// `run`, with Python calls moved to a fresh engine stack every 100 frames (see
/// `runtime::fresh_stack`), so a Worker's small stack reaches Python's recursion limit. Only
/// callable through `WebAssembly.promising` (JSPI): `runOnFreshStacks` in the glue, appended by
/// scripts/build-pkg.sh from pkg-template/fresh-stacks.js, does that.
#[cfg(feature = "jspi")]
#[wasm_bindgen(js_name = runFreshStacks, skip_typescript)]
pub fn run_fresh_stacks(source: &str, options: JsValue) -> Result<JsValue, JsError> {
    let previous = crate::runtime::fresh_stack::set_grower(Some(fresh_stacks::grow));
    let result = run(source, options);
    crate::runtime::fresh_stack::set_grower(previous);
    result
}

#[cfg(feature = "jspi")]
/// The JSPI side of `run_fresh_stacks`: the import suspends this stack while the glue runs
/// `metalab_stack_task` on a new one (`WebAssembly.promising`), and resumes when it finishes.
mod fresh_stacks {
    #[link(wasm_import_module = "./metalab_stack.js")]
    extern "C" {
        fn metalab_fresh_stack(task: usize);
    }

    type Task<'a> = &'a mut dyn FnMut();

    pub fn grow(f: &mut dyn FnMut()) {
        let mut task: Task = f;
        // SAFETY: the pointer is only used by `metalab_stack_task` below, which runs while this
        // frame is suspended inside the import call, so `task` outlives every use.
        unsafe { metalab_fresh_stack(&mut task as *mut Task as usize) };
    }

    /// Runs a task handed over by `grow` (called from the glue on a fresh stack).
    #[no_mangle]
    pub extern "C" fn metalab_stack_task(task: usize) {
        // SAFETY: `task` is the address `grow` passed, whose frame is suspended until we return.
        let task = unsafe { &mut *(task as *mut Task) };
        task();
    }
}

/// The metalab version (the crate version, e.g. `"0.1.0"`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

// Keep in step with `RunOptions`/`RunResult`/`ErrorInfo`/`ObjectInfo` in src/lib.rs and `Event`/
// `ObjRef` in src/trace/mod.rs (serde names: `type_name` is `type`; `Option` fields without
// `skip_serializing_if` are `null` when absent, the others are left out).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `run`; every field is optional. */
export interface RunOptions {
  /** Stop runaway programs after this many interpreter steps (default 200000000). */
  maxSteps?: number;
  /** Record the dispatch trace into `events` (default false). */
  trace?: boolean;
  /** Lines fed to `input()`, without newlines. */
  stdin?: string[];
  /** Shown in tracebacks, e.g. `File "main.py", line 3` (default "main.py"). */
  filename?: string;
}

/** An object as the trace shows it: its stable number within the run plus a short label. */
export interface ObjRef {
  id: number;
  type: string;
  repr: string;
}

/** One step the interpreter takes for the object model. */
export interface TraceEvent {
  kind: "call" | "return" | "raise" | "lookup";
  /** What runs: `type.__call__`, `Meta.__call__`, `Foo.__init__`, `Foo` for a class body. */
  qualname: string;
  /** True for steps CPython performs in C rather than in Python code. */
  builtin: boolean;
  line: number;
  depth: number;
  receiver?: ObjRef;
  /** On `return`: short repr of the result. On `raise`: `Type: message`. */
  result?: string;
  /** On `return`: the result as an object, when it is one worth numbering. */
  result_obj?: ObjRef;
  /** On `lookup`: the attribute name. */
  attr?: string;
  /** On `lookup`: where the value was found, e.g. `data descriptor in Foo`, `instance __dict__`. */
  found?: string;
}

/** An uncaught exception (or syntax error) as the learner sees it. */
export interface ErrorInfo {
  /** The exception type, e.g. `RecursionError`. */
  type: string;
  message: string;
  line: number | null;
  /** CPython-format traceback text, ending with a newline. */
  traceback: string;
}

/** One object the program created, for drawing the class/instance graph. */
export interface ObjectInfo {
  id: number;
  kind: "class" | "instance";
  type: string;
  repr: string;
  /** For classes. */
  name?: string;
  bases?: number[];
  metaclass?: number;
  mro?: number[];
  /** For instances: the class's object number. */
  class?: number;
}

/** What a run produced. */
export interface RunResult {
  stdout: string;
  /** What the program wrote to stderr while it went on: "Exception ignored in: ..." reports
   * of a `__del__` that raised. The uncaught error, if any, is `error`. */
  stderr: string;
  error: ErrorInfo | null;
  events: TraceEvent[];
  objects: ObjectInfo[];
}

/**
 * Runs a Python program and returns what it produced. A Python exception is a normal result
 * with `error` set; only bad arguments throw.
 */
export function run(source: string, options?: RunOptions): RunResult;
"#;
