//! The `atexit` module: functions the interpreter calls when the program ends, newest first,
//! before the module's objects are finalized. `weakref.finalize` registers its own exit step
//! here too, as CPython's does.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::value::Value;
use super::PyResult;

/// One registration.
pub enum ExitCall {
    /// `atexit.register(func, *args, **kwargs)`.
    Func(Value, Vec<Value>, Kwargs),
    /// The live `weakref.finalize` objects whose `atexit` is true (`weak_finalize`).
    WeakrefFinalizers,
}

pub fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    vec![
        ("register", it.builtin_fn("register", "register", register, BuiltinKind::Function)),
        ("unregister", it.builtin_fn("unregister", "unregister", unregister, BuiltinKind::Function)),
    ]
}

/// `register(func, *args, **kwargs)`: returns `func`, so it works as a decorator.
fn register(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_error("register() takes at least 1 argument (0 given)");
    }
    let func = args.remove(0);
    if !it.is_callable(&func) {
        return it.type_error("the first argument must be callable");
    }
    it.exit_calls.push(ExitCall::Func(func.clone(), args, kwargs));
    Ok(func)
}

/// `unregister(func)`: drops every registration of a function equal to `func`.
fn unregister(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "unregister", &kwargs)?;
    if args.len() != 1 {
        return it.type_error(format!("atexit.unregister() takes exactly one argument ({} given)", args.len()));
    }
    let mut i = 0;
    while i < it.exit_calls.len() {
        let registered = match &it.exit_calls[i] {
            ExitCall::Func(f, _, _) => Some(f.clone()),
            ExitCall::WeakrefFinalizers => None,
        };
        match registered {
            Some(f) if it.eq(&f, arg(&args, 0))? => {
                it.exit_calls.remove(i);
            }
            _ => i += 1,
        }
    }
    Ok(Value::None)
}

impl Interp {
    /// Interpreter exit: the registered functions, last registered first. A failing one is
    /// reported and the others still run.
    pub fn run_exit_calls(&mut self) {
        while let Some(call) = self.exit_calls.pop() {
            match call {
                ExitCall::Func(func, args, kwargs) => {
                    if let Some(exc) = super::exc_owned(self.call(&func, args, kwargs)) {
                        self.report_unraisable_as("Exception ignored in atexit callback", &func, &exc);
                    }
                }
                ExitCall::WeakrefFinalizers => self.run_finalizers_at_exit(),
            }
            self.run_pending_finalizers();
        }
    }
}
