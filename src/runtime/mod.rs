//! The interpreter: objects, types, MRO, attribute lookup, calls, builtins, exceptions.

use crate::{RunOptions, RunResult};

pub fn run(source: &str, options: &RunOptions) -> RunResult {
    let _ = (source, options);
    RunResult { stdout: String::new(), error: None, events: Vec::new(), objects: Vec::new() }
}
