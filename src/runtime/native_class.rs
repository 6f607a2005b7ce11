//! Helpers for modules whose Python code CPython ships (`abc`, `threading`) and metalab writes
//! natively: their classes are made by `type.__new__` like a class statement's, and their
//! steps show in the trace as builtin steps.

use super::call::too_many_positional_msg;
use super::function::{BuiltinKind, NativeFn};
use super::interp::Interp;
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// A class entry: a native method named `Class.name` in the trace.
pub fn method(
    it: &mut Interp,
    class: &str,
    name: &'static str,
    f: NativeFn,
    kind: BuiltinKind,
) -> (&'static str, Value) {
    (name, it.builtin_fn(name, &format!("{class}.{name}"), f, kind))
}

/// A module entry: a native function.
pub fn function(it: &mut Interp, name: &'static str, f: NativeFn) -> (&'static str, Value) {
    (name, it.builtin_fn(name, name, f, BuiltinKind::Function))
}

/// A class namespace with `__module__` and `__qualname__`, as a class body starts one.
pub fn namespace(it: &mut Interp, name: &str, module: &str, entries: Vec<(&str, Value)>) -> ObjRef {
    let ns = it.new_dict_obj();
    if let Some(d) = ns.dict_data() {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__module__"), Value::str(module));
        d.set_str(Rc::from("__qualname__"), Value::str(name));
        for (k, v) in entries {
            d.set_str(Rc::from(k), v);
        }
    }
    ns
}

/// `type(name, bases, namespace)` for a class of module `module`.
pub fn make_class(
    it: &mut Interp,
    name: &str,
    module: &str,
    bases: Vec<Value>,
    entries: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let ns = namespace(it, name, module, entries);
    let type_ = it.t.type_.clone();
    let bases = it.tuple(bases);
    it.type_new(&type_, vec![Value::str(name), bases, Value::Obj(ns)], vec![])
}

/// A `property` whose accessors are native methods named `Class.name` (a C type's getset,
/// or a Python class's property that metalab writes natively).
pub fn property(it: &mut Interp, class: &str, name: &'static str, get: NativeFn, set: Option<NativeFn>) -> Value {
    let qual = format!("{class}.{name}");
    let fget = it.builtin_fn(name, &qual, get, BuiltinKind::Method);
    let fset = set.map_or(Value::None, |f| it.builtin_fn(name, &qual, f, BuiltinKind::Method));
    let payload = super::value::Payload::Property {
        fget,
        fset,
        fdel: Value::None,
        doc: Value::None,
        name: super::refcell::RefCell::new(None),
    };
    Value::Obj(it.heap.alloc(Some(it.t.property.clone()), None, payload))
}

/// Marks a class made by `make_class` as one of CPython's C types, named `tp_name` in messages.
pub fn c_type(class: Value, tp_name: &str) -> Value {
    if let Some(cd) = class.as_obj().and_then(|c| c.class_data()) {
        *cd.tp_name.borrow_mut() = Some(Rc::from(tp_name));
    }
    class
}

/// Marks a class made by `make_class` as a C type no class may derive from.
pub fn final_type(class: &Value) {
    if let Some(cd) = class.as_obj().and_then(|c| c.class_data()) {
        cd.final_type.set(true);
    }
}

/// The message of a Python function called with the wrong number of positional arguments.
pub fn positional(it: &mut Interp, func: &str, params: &[&str], args: &[Value]) -> PyResult<()> {
    let (n, want) = (args.len(), params.len());
    if n > want {
        return it.type_error(too_many_positional_msg(func, want, 0, n, 0));
    }
    if n == want {
        return Ok(());
    }
    let missing: Vec<Rc<str>> = params[n..].iter().map(|p| Rc::from(*p)).collect();
    it.missing_args(func, "positional", &missing)
}

/// Runs a builtin step, marked in the trace.
pub fn traced(
    it: &mut Interp,
    qualname: &str,
    receiver: &Value,
    body: impl FnOnce(&mut Interp) -> PyResult<Value>,
) -> PyResult<Value> {
    it.trace_builtin_call(qualname, Some(receiver));
    let r = body(it);
    it.trace_builtin_exit(qualname, &r);
    r
}

/// Builds a module's entries with the tracer off: importing runs no code of the learner's.
pub fn untraced<T>(it: &mut Interp, build: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    let tracer = it.tracer.take();
    let r = build(it);
    it.tracer = tracer;
    r
}

/// Binds a call to a Python signature: `params` positional-or-keyword, the first `required`
/// of them without a default, then keyword-only `kw_only`. One slot per name, in order.
pub fn bind<const N: usize>(
    it: &mut Interp,
    func: &str,
    params: &[&str],
    required: usize,
    kw_only: &[&str],
    args: Vec<Value>,
    kwargs: super::function::Kwargs,
) -> PyResult<[Option<Value>; N]> {
    let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
    let (n, max) = (args.len(), params.len());
    if n > max {
        let kwonly_given = kwargs.iter().filter(|(k, _)| kw_only.contains(&&**k)).count();
        return it.type_error(too_many_positional_msg(func, max, max - required, n, kwonly_given));
    }
    for (slot, v) in slots.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for (k, v) in kwargs {
        let Some(i) = params.iter().chain(kw_only).position(|p| **p == *k) else {
            return it.type_error(format!("{func}() got an unexpected keyword argument '{k}'"));
        };
        if slots[i].is_some() {
            return it.type_error(format!("{func}() got multiple values for argument '{k}'"));
        }
        slots[i] = Some(v);
    }
    let missing: Vec<Rc<str>> =
        params[..required].iter().zip(&slots).filter(|(_, s)| s.is_none()).map(|(p, _)| Rc::from(*p)).collect();
    if !missing.is_empty() {
        return it.missing_args(func, "positional", &missing);
    }
    Ok(slots)
}
