//! `types.SimpleNamespace`: an object whose attributes are its keyword arguments, with
//! `namespace(a=1)` as repr and equality by attributes. A C type in CPython; here a class made
//! like a class statement's, with native methods.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{make_class, method, untraced};
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// The class, for the `types` module.
pub fn class(it: &mut Interp) -> PyResult<Value> {
    untraced(it, |it| {
        let methods = vec![
            method(it, "SimpleNamespace", "__init__", ns_init, BuiltinKind::Method),
            method(it, "SimpleNamespace", "__repr__", ns_repr, BuiltinKind::Method),
            method(it, "SimpleNamespace", "__eq__", ns_eq, BuiltinKind::Method),
            method(it, "SimpleNamespace", "__reduce__", ns_reduce, BuiltinKind::Method),
        ];
        let object = Value::Obj(it.t.object.clone());
        let cls = make_class(it, "SimpleNamespace", "types", vec![object], methods)?;
        Ok(super::native_class::c_type(cls, "types.SimpleNamespace"))
    })
}

fn this(it: &mut Interp, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if o.dict.is_some() => Ok(o.clone()),
        _ => it.type_error("descriptor requires a 'types.SimpleNamespace' object"),
    }
}

fn ns_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = this(it, &args)?;
    if args.len() > 1 {
        return it.type_error("no positional arguments expected");
    }
    let me = Value::Obj(me);
    for (k, v) in kwargs {
        it.setattr(&me, &k, v)?;
    }
    Ok(Value::None)
}

/// `namespace.__reduce__()`: `(type(self), (), self.__dict__)`, so `copy` calls the class
/// (a subclass's `__init__` runs) and then updates the new `__dict__`.
fn ns_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "__reduce__", &args, &kwargs)?;
    let me = this(it, &args)?;
    let dict = me.dict.clone().map(Value::Obj).unwrap_or(Value::None);
    let empty = it.tuple(vec![]);
    Ok(it.tuple(vec![Value::Obj(me.class()), empty, dict]))
}

/// `namespace(a=1, b='x')` (a subclass shows its own name), `namespace(...)` inside itself.
fn ns_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = this(it, &args)?;
    let cls = me.class();
    let own = cls.class_data().is_some_and(|c| c.bases.borrow().iter().all(|b| Rc::ptr_eq(b, &it.t.object)));
    let name = if own { "namespace".to_string() } else { it.class_name(&cls).to_string() };
    if it.repr_stack.contains(&me.id) {
        return Ok(Value::str(&format!("{name}(...)")));
    }
    let entries: Vec<(Value, Value)> = me
        .dict
        .as_ref()
        .and_then(|d| d.dict_data())
        .map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect())
        .unwrap_or_default();
    it.repr_enter(me.id)?;
    let mut parts = Vec::new();
    for (k, v) in entries {
        let Value::Str(k) = k else { continue };
        match it.repr(&v) {
            Ok(r) => parts.push(format!("{k}={r}")),
            Err(e) => {
                it.repr_leave();
                return Err(e);
            }
        }
    }
    it.repr_leave();
    Ok(Value::str(&format!("{name}({})", parts.join(", "))))
}

/// Equal to another namespace with equal attributes.
fn ns_eq(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::arity(it, "__eq__", &args, 2, 2)?;
    let me = this(it, &args)?;
    let cls = me.class();
    let base = cls.class_data().map(|c| c.mro()).and_then(|m| m.into_iter().rev().nth(1)).unwrap_or(cls);
    let other = match arg(&args, 1) {
        Value::Obj(o) if it.is_subclass(&o.class(), &base) && o.dict.is_some() => o.clone(),
        _ => return Ok(it.not_implemented()),
    };
    let (Some(a), Some(b)) = (me.dict.clone(), other.dict.clone()) else { return Ok(it.not_implemented()) };
    let r = it.eq(&Value::Obj(a), &Value::Obj(b))?;
    Ok(Value::Bool(r))
}
