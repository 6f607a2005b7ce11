//! metalab: a model of CPython 3.11's object model that records every dispatch step.
//!
//! `run` is the one entry point shared by the CLI, the wasm API and the tests.

pub mod runtime;
pub mod syntax;
pub mod trace;

#[cfg(feature = "wasm")]
pub mod wasm;
#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
mod wasm_alloc;

pub use runtime::Stream;
use serde::{Deserialize, Serialize};

/// How to run a program.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Shown in tracebacks (`File "main.py", line 3`).
    pub filename: String,
    /// Record the dispatch trace.
    pub trace: bool,
    /// Stop runaway programs after this many interpreter steps.
    pub max_steps: u64,
    /// Lines fed to `input()`.
    pub stdin: Vec<String>,
    /// Seconds since the epoch, for `time.time()`: the system clock natively; the wasm API
    /// passes JavaScript's `Date.now()` (Rust's clocks panic in `wasm32-unknown-unknown`).
    pub clock: fn() -> f64,
    /// Called with each piece of output as the program writes it, besides collecting it in
    /// `RunResult`: the CLI prints at once, so stdout and stderr interleave as on a terminal
    /// and a prompt shows before `input()` waits. The uncaught error's traceback
    /// (`ErrorInfo::traceback`) comes through it too, before the exit's `__del__` output.
    pub on_output: Option<fn(Stream, &str)>,
    /// Reads one more line for `input()` once `stdin` is used up (the CLI reads its own stdin
    /// as the program asks); `None` at end of input.
    pub read_line: Option<fn() -> Option<String>>,
}

/// The system clock where Rust has one.
fn system_clock() -> f64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
    }
    #[cfg(target_arch = "wasm32")]
    {
        0.0
    }
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            filename: "main.py".into(),
            trace: false,
            max_steps: 200_000_000,
            stdin: Vec::new(),
            clock: system_clock,
            on_output: None,
            read_line: None,
        }
    }
}

/// An uncaught exception (or syntax error) as the learner sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorInfo {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub line: Option<u32>,
    /// CPython-format traceback text, ending with a newline.
    pub traceback: String,
}

/// One object the program created, so a UI can draw the class/instance graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectInfo {
    pub id: u64,
    /// `class` or `instance`.
    pub kind: String,
    #[serde(rename = "type")]
    pub type_name: String,
    pub repr: String,
    /// For classes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bases: Vec<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metaclass: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mro: Vec<u64>,
    /// For instances: the class's object number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<u64>,
}

/// What a run produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunResult {
    pub stdout: String,
    /// What CPython writes to stderr while the program goes on: the "Exception ignored in"
    /// report of a `__del__` that raised. (The uncaught error is `error`.)
    #[serde(default)]
    pub stderr: String,
    pub error: Option<ErrorInfo>,
    pub events: Vec<trace::Event>,
    pub objects: Vec<ObjectInfo>,
}

/// Runs a program to completion (or to its first uncaught exception).
pub fn run(source: &str, options: &RunOptions) -> RunResult {
    runtime::run(source, options)
}
