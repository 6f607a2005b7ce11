//! The `time` module: `sleep`, `time`, `perf_counter`, `monotonic`.
//!
//! `time.sleep(s)` checks its argument as CPython does but does not wait: a lab that replays a
//! trace gains nothing from a frozen tab. It moves the module's clocks forward by `s` instead,
//! so `time.time() - start` after `sleep(1)` is still at least 1.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::value::Value;
use super::PyResult;

pub fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    let fns: [(&'static str, NativeFn); 4] =
        [("sleep", sleep), ("time", time), ("perf_counter", time), ("monotonic", time)];
    fns.into_iter().map(|(name, f)| (name, it.builtin_fn(name, name, f, BuiltinKind::Function))).collect()
}

fn sleep(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "time.sleep", &kwargs)?;
    super::builtins::arity(it, "time.sleep", &args, 1, 1)?;
    let secs = seconds(it, arg(&args, 0))?;
    if secs < 0.0 {
        return it.value_error("sleep length must be non-negative");
    }
    it.slept += secs;
    Ok(Value::None)
}

/// The clock in seconds, plus what the program has slept.
fn time(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "time", &kwargs)?;
    super::builtins::arity(it, "time", &args, 0, 0)?;
    Ok(Value::float((it.clock)() + it.slept))
}

/// A number of seconds (`_PyTime_FromSecondsObject`): an int or a float.
pub fn seconds(it: &mut Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f, _) if f.is_nan() => it.value_error("Invalid value NaN (not a number)"),
        Value::Float(f, _) => Ok(*f),
        _ => Ok(it.index_arg(v)? as f64),
    }
}
