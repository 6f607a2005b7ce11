//! `weakref.finalize(obj, func, /, *args, **kwargs)`: calls `func(*args, **kwargs)` once,
//! when `obj` dies (its weak reference calls the finalizer back), when the finalizer is
//! called, or at exit (`atexit`, newest first). The registry keeps the live finalizers, in
//! the order they were made, as CPython's `finalize._registry` does; a finalizer that ran
//! or was detached is dead.

use super::atexit::ExitCall;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{make_class, method, property};
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// A live finalizer (CPython's `finalize._Info`).
pub struct FinInfo {
    finalizer: ObjRef,
    weakref: ObjRef,
    func: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
    atexit: bool,
}

/// The class, for the module.
pub fn class(it: &mut Interp) -> PyResult<Value> {
    let alive = property(it, "finalize", "alive", fin_alive, None);
    let atexit = property(it, "finalize", "atexit", fin_atexit, Some(fin_set_atexit));
    let methods = vec![
        method(it, "finalize", "__init__", fin_init, BuiltinKind::Method),
        method(it, "finalize", "__call__", fin_call, BuiltinKind::Method),
        method(it, "finalize", "detach", fin_detach, BuiltinKind::Method),
        method(it, "finalize", "peek", fin_peek, BuiltinKind::Method),
        method(it, "finalize", "__repr__", fin_repr, BuiltinKind::Method),
        ("alive", alive),
        ("atexit", atexit),
        ("__slots__", it.tuple(Vec::new())),
    ];
    let object = Value::Obj(it.t.object.clone());
    make_class(it, "finalize", "weakref", vec![object], methods)
}

fn me(args: &[Value]) -> Option<ObjRef> {
    args.first().and_then(|v| v.as_obj().cloned())
}

fn position(it: &Interp, me: &Option<ObjRef>) -> Option<usize> {
    let me = me.as_ref()?;
    it.weakref.finalizers.iter().position(|f| Rc::ptr_eq(&f.finalizer, me))
}

/// `finalize(obj, func, /, *args, **kwargs)`.
fn fin_init(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(finalizer) = me(&args) else { return Ok(Value::None) };
    match args.len() {
        1 => return it.type_error("finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'"),
        2 => return it.type_error("finalize.__init__() missing 1 required positional argument: 'func'"),
        _ => {}
    }
    let rest = args.split_off(3);
    let func = args.pop().unwrap_or(Value::None);
    let obj = args.pop().unwrap_or(Value::None);
    if !it.weakref.finalizers_at_exit {
        it.weakref.finalizers_at_exit = true;
        it.exit_calls.push(ExitCall::WeakrefFinalizers);
    }
    let weakref = super::weakref::new_ref(it, &obj, Value::Obj(finalizer.clone()))?;
    it.weakref.finalizers.push(FinInfo { finalizer, weakref, func, args: rest, kwargs, atexit: true });
    Ok(Value::None)
}

/// `f()` (also the weak reference's callback): runs `func` if the finalizer is alive.
fn fin_call(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    if args.len() > 2 {
        return it.type_error(format!(
            "finalize.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        ));
    }
    let Some(i) = position(it, &me) else { return Ok(Value::None) };
    let info = it.weakref.finalizers.remove(i);
    if it.weakref.shut_down {
        return Ok(Value::None);
    }
    it.call(&info.func, info.args, info.kwargs)
}

/// `(obj, func, args, kwargs)` while the referent lives.
fn state(it: &mut Interp, i: usize) -> Option<Value> {
    let info = &it.weakref.finalizers[i];
    let obj = it.call(&Value::Obj(info.weakref.clone()), vec![], vec![]).ok()?;
    if obj.is_none() {
        return None;
    }
    let info = &it.weakref.finalizers[i];
    let (func, args, kwargs) = (info.func.clone(), info.args.clone(), info.kwargs.clone());
    let args = it.tuple(args);
    let mut d = super::dict::DictData::new();
    for (k, v) in kwargs {
        d.set_str(k, v);
    }
    let kwargs = it.dict_from(d);
    Some(it.tuple(vec![obj, func, args, kwargs]))
}

fn fin_detach(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    let Some(i) = position(it, &me) else { return Ok(Value::None) };
    match state(it, i) {
        Some(s) => {
            it.weakref.finalizers.remove(i);
            Ok(s)
        }
        None => Ok(Value::None),
    }
}

fn fin_peek(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    let Some(i) = position(it, &me) else { return Ok(Value::None) };
    Ok(state(it, i).unwrap_or(Value::None))
}

fn fin_alive(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    Ok(Value::Bool(position(it, &me).is_some()))
}

fn fin_atexit(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    Ok(Value::Bool(position(it, &me).is_some_and(|i| it.weakref.finalizers[i].atexit)))
}

fn fin_set_atexit(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = me(&args);
    let value = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(i) = position(it, &me) {
        let on = it.truthy(&value)?;
        if let Some(info) = it.weakref.finalizers.get_mut(i) {
            info.atexit = on;
        }
    }
    Ok(Value::None)
}

/// `<finalize object at 0x…; for 'T' at 0x…>`, or `; dead>`.
fn fin_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = me(&args) else { return Ok(Value::None) };
    let name = it.short_class_name(&me.class());
    let at = it.addr(&me);
    let referent = match position(it, &Some(me)) {
        Some(i) => {
            let r = it.weakref.finalizers[i].weakref.clone();
            it.call(&Value::Obj(r), vec![], vec![])?
        }
        None => Value::None,
    };
    Ok(Value::str(&match referent {
        Value::Obj(o) => {
            format!("<{name} object at {at}; for '{}' at {}>", it.short_class_name(&o.class()), it.addr(&o))
        }
        Value::None => format!("<{name} object at {at}; dead>"),
        other => format!("<{name} object at {at}; for '{}'>", it.type_name(&other)),
    }))
}

impl Interp {
    /// CPython's `finalize._exitfunc`: the live finalizers marked for exit, newest first
    /// (looking again after each, since one may make another); then no finalizer runs again.
    pub(super) fn run_finalizers_at_exit(&mut self) {
        while let Some(f) = self.weakref.finalizers.iter().rev().find(|f| f.atexit).map(|f| f.finalizer.clone()) {
            if let Some(exc) = super::exc_owned(self.call(&Value::Obj(f.clone()), vec![], vec![])) {
                // `sys.excepthook`'s report, which ignores what a replaced stderr raises.
                let tb = self.error_info(&exc).traceback;
                let _ = self.write_report(&tb);
            }
            // A finalizer that did not leave the registry (a subclass's own `__call__`) is dropped.
            self.weakref.finalizers.retain(|x| !Rc::ptr_eq(&x.finalizer, &f));
            self.run_pending_finalizers();
        }
        self.weakref.shut_down = true;
    }
}
