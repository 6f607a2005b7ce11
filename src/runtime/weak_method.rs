//! `weakref.WeakMethod`, the `ref` subclass of `Lib/weakref.py` that holds a bound method
//! weakly: a bound method is made per access and would die at once, so it keeps a weak
//! reference to the method's `__self__` (itself, as a `ref`) and one to its `__func__`
//! (`_func_ref`), and remakes the method when called while both live. Either death calls the
//! user's callback once (`_alive`). The steps are the Python code's, in its order: the
//! slots are real `__slots__` members, the callback `_cb` reads `self` through a weak
//! reference as CPython's closure does.

use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, make_class, method};
use super::value::{Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

const DOC: &str = "\n    A custom `weakref.ref` subclass which simulates a weak reference to\n    a bound method, \
                   working around the lifetime problem of bound methods.\n    ";

/// The class, a Python class of the `weakref` module deriving from `ref`.
pub(super) fn class(it: &mut Interp, ref_class: &Value) -> PyResult<Value> {
    let hash = ref_class
        .as_obj()
        .and_then(|c| c.dict.as_ref())
        .and_then(|d| d.dict_data())
        .and_then(|d| d.borrow().get_str("__hash__").cloned())
        .unwrap_or(Value::None);
    let slots = ["_func_ref", "_meth_type", "_alive", "__weakref__"].map(Value::str).to_vec();
    let entries = vec![
        ("__doc__", Value::str(DOC)),
        ("__slots__", it.tuple(slots)),
        method(it, "WeakMethod", "__new__", wm_new, BuiltinKind::Static),
        method(it, "WeakMethod", "__call__", wm_call, BuiltinKind::Method),
        method(it, "WeakMethod", "__eq__", wm_eq, BuiltinKind::Method),
        method(it, "WeakMethod", "__ne__", wm_ne, BuiltinKind::Method),
        ("__hash__", hash),
    ];
    let cls = make_class(it, "WeakMethod", "weakref", vec![ref_class.clone()], entries)?;
    it.weakref.weak_method = cls.as_obj().cloned();
    Ok(cls)
}

fn attr(it: &mut Interp, obj: &Value, name: &str) -> PyResult<Value> {
    it.getattr(obj, &Rc::from(name))
}

fn set(it: &mut Interp, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    it.setattr(obj, &Rc::from(name), v)
}

/// `WeakMethod(meth, callback=None)`.
fn wm_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls, meth, callback] =
        bind::<3>(it, "WeakMethod.__new__", &["cls", "meth", "callback"], 2, &[], args, kwargs)?;
    let (Some(cls), Some(meth)) = (cls, meth) else { return Ok(Value::None) };
    let callback = callback.unwrap_or(Value::None);
    let parts = attr(it, &meth, "__self__").and_then(|obj| Ok((obj, attr(it, &meth, "__func__")?)));
    let (obj, func) = match parts {
        Ok(p) => p,
        Err(e) if it.is_exc(&e, "AttributeError") => {
            let e = e.into_exc()?;
            let t = Value::Obj(it.type_of(&meth));
            let ts = it.str_of(&t)?;
            let err = it.new_exc("TypeError", &format!("argument should be a bound method, not {ts}"));
            if let Payload::Exception(d) = &err.payload {
                drop(d.context.replace(Value::Obj(e)));
                d.suppress_context.set(true);
            }
            return Err(Unwind::exception(err));
        }
        Err(e) => return Err(e),
    };
    // `_cb`'s closure: the weak reference to `self` (filled in below) and the callback.
    let cells = it.list(vec![Value::None, callback]);
    let cb_fn = it.builtin_fn("_cb", "WeakMethod.__new__.<locals>._cb", wm_callback, BuiltinKind::Function);
    let cb = it.bound_method(cb_fn, cells.clone());
    // `ref.__new__(cls, obj, _cb)`: ReferenceType's own `__new__`.
    let ref_new = it
        .weakref
        .ref_class
        .as_ref()
        .and_then(|c| c.dict.as_ref())
        .and_then(|d| d.dict_data())
        .and_then(|d| d.borrow().get_str("__new__").cloned())
        .unwrap_or(Value::None);
    let me = it.call(&ref_new, vec![cls, obj, cb.clone()], vec![])?;
    let func_ref = super::weakref::new_ref(it, &func, cb)?;
    set(it, &me, "_func_ref", Value::Obj(func_ref))?;
    let meth_type = Value::Obj(it.type_of(&meth));
    set(it, &me, "_meth_type", meth_type)?;
    set(it, &me, "_alive", Value::Bool(true))?;
    let self_wr = super::weakref::new_ref(it, &me, Value::None)?;
    if let Value::Obj(l) = &cells {
        if let Payload::List(items) = &l.payload {
            items.borrow_mut()[0] = Value::Obj(self_wr);
        }
    }
    Ok(me)
}

/// `_cb(arg)`: the first death of the object or the function marks the method dead and calls
/// the user's callback with the `WeakMethod`.
fn wm_callback(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let cells = args.first().and_then(|c| it.seq_items(c)).unwrap_or_default();
    let (self_wr, callback) = match cells.as_slice() {
        [w, c] => (w.clone(), c.clone()),
        _ => return Ok(Value::None),
    };
    let me = it.call(&self_wr, vec![], vec![])?;
    let alive = attr(it, &me, "_alive")?;
    if it.truthy(&alive)? {
        set(it, &me, "_alive", Value::Bool(false))?;
        if !callback.is_none() {
            it.call(&callback, vec![me], vec![])?;
        }
    }
    Ok(Value::None)
}

/// `wm()`: the bound method again, or None once the object or the function died.
fn wm_call(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me] = bind::<1>(it, "WeakMethod.__call__", &["self"], 1, &[], args, kwargs)?;
    let Some(me) = me else { return Ok(Value::None) };
    let obj = match super::weakref::referent(&me) {
        Some(Some(o)) => Value::Obj(o),
        _ => Value::None,
    };
    let func_ref = attr(it, &me, "_func_ref")?;
    let func = it.call(&func_ref, vec![], vec![])?;
    if obj.is_none() || func.is_none() {
        return Ok(Value::None);
    }
    let meth_type = attr(it, &me, "_meth_type")?;
    it.call(&meth_type, vec![func, obj], vec![])
}

fn wm_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, "WeakMethod.__eq__", CmpOp::Eq, args, kwargs)
}

fn wm_ne(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, "WeakMethod.__ne__", CmpOp::NotEq, args, kwargs)
}

/// `__eq__`/`__ne__`: two live `WeakMethod`s are equal when their objects and their
/// functions are (`ref.__eq__(self, other) and self._func_ref == other._func_ref`); a dead one
/// equals only itself.
fn compare(it: &mut Interp, name: &str, op: CmpOp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, other] = bind::<2>(it, name, &["self", "other"], 2, &[], args, kwargs)?;
    let (Some(me), Some(other)) = (me, other) else { return Ok(Value::None) };
    let Some(cls) = it.weakref.weak_method.clone() else { return Ok(it.not_implemented()) };
    if !it.instance_check(&other, &cls)? {
        return Ok(it.not_implemented());
    }
    let eq = op == CmpOp::Eq;
    let (a, b) = (attr(it, &me, "_alive")?, attr(it, &other, "_alive")?);
    if !it.truthy(&a)? || !it.truthy(&b)? {
        return Ok(Value::Bool(me.is(&other) == eq));
    }
    let first = super::weakref::compare_refs(it, &me, &other, op)?;
    // `and` for `==`, `or` for `!=`: the first operand decides when it can.
    if it.truthy(&first)? != eq {
        return Ok(first);
    }
    let (fa, fb) = (attr(it, &me, "_func_ref")?, attr(it, &other, "_func_ref")?);
    it.compare(op, &fa, &fb)
}
