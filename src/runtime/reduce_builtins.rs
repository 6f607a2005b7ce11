//! The builtin types' own parts of the reduce protocol, so copying one of them (or an
//! instance of a subclass) takes CPython's path: `__getnewargs__` of `int`, `float`, `str`
//! and `tuple` (a subclass instance is rebuilt by `cls.__new__(cls, value)`), `__reduce__` of
//! exceptions (`type(e)(*e.args)`, so a subclass's `__init__` runs, then `__setstate__` with
//! the `__dict__`), sets (`type(s)(list(s))`), methods and method descriptors (`getattr(obj,
//! name)`), slices, ranges, `...` and `NotImplemented` (their names: copy returns them as they
//! are).

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, Sig};
use super::interp::Interp;
use super::methods::reg_sig;
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub fn install(it: &mut Interp) {
    use BuiltinKind::Method as M;
    for cls in [it.t.int.clone(), it.t.float.clone(), it.t.str_.clone(), it.t.tuple.clone()] {
        reg_sig(it, &cls, "__getnewargs__", M, Sig::NoArgs, getnewargs);
    }
    let be = it.t.exc("BaseException");
    reg_sig(it, &be, "__reduce__", M, Sig::NoArgs, exception_reduce);
    reg_sig(it, &be, "__setstate__", M, Sig::One, exception_setstate);
    for cls in [it.t.set.clone(), it.t.frozenset.clone()] {
        reg_sig(it, &cls, "__reduce__", M, Sig::NoArgs, set_reduce);
    }
    for cls in [it.t.method.clone(), it.t.method_wrapper.clone()] {
        reg_sig(it, &cls, "__reduce__", M, Sig::NoArgs, method_reduce);
    }
    for cls in [it.t.method_descriptor.clone(), it.t.wrapper_descriptor.clone()] {
        reg_sig(it, &cls, "__reduce__", M, Sig::NoArgs, descriptor_reduce);
    }
    for cls in [it.t.slice.clone(), it.t.range.clone()] {
        reg_sig(it, &cls, "__reduce__", M, Sig::NoArgs, three_field_reduce);
    }
    for cls in [it.t.ellipsis_type.clone(), it.t.not_implemented_type.clone()] {
        reg_sig(it, &cls, "__reduce__", M, Sig::NoArgs, singleton_reduce);
    }
}

/// `int.__getnewargs__()` and the like: `(the plain value,)`.
fn getnewargs(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = arg(&args, 0);
    let value = match me {
        Value::Bool(b) => Value::int(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Boxed(inner) => match inner {
                Value::Bool(b) => Value::int(*b as i64),
                v => v.clone(),
            },
            Payload::Tuple(_) if Rc::ptr_eq(&o.class(), &it.t.tuple) => me.clone(),
            Payload::Tuple(items) => it.tuple(items.clone()),
            _ => me.clone(),
        },
        v => v.clone(),
    };
    Ok(it.tuple(vec![value]))
}

/// `BaseException.__reduce__()`: `(type(self), self.args)`, plus the `__dict__` when it holds
/// anything.
fn exception_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = arg(&args, 0);
    let Value::Obj(o) = me else { return Ok(Value::None) };
    let exc_args = match &o.payload {
        Payload::Exception(e) => e.args.borrow().clone(),
        _ => it.tuple(vec![]),
    };
    let cls = Value::Obj(o.class());
    match &o.dict {
        Some(d) if d.dict_data().is_some_and(|x| !x.borrow().is_empty()) => {
            Ok(it.tuple(vec![cls, exc_args, Value::Obj(d.clone())]))
        }
        _ => Ok(it.tuple(vec![cls, exc_args])),
    }
}

/// `BaseException.__setstate__(state)`: sets each item of the dict as an attribute.
fn exception_setstate(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (me, state) = (arg(&args, 0).clone(), arg(&args, 1).clone());
    if state.is_none() {
        return Ok(Value::None);
    }
    if !it.is_instance(&state, &it.t.dict) {
        return it.type_error("state is not a dictionary");
    }
    let items: Vec<(Value, Value)> = match it.as_dict_data(&state) {
        Some(d) => d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        None => Vec::new(),
    };
    for (k, v) in items {
        let Value::Str(name) = &k else {
            let tn = it.type_name(&k);
            return it.type_error(format!("attribute name must be string, not '{tn}'"));
        };
        it.setattr(&me, name, v)?;
    }
    Ok(Value::None)
}

/// `set.__reduce__()`: `(type(self), (list(self),), state)`, the state from `__getstate__`.
fn set_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = arg(&args, 0).clone();
    let keys = it.collect(&me)?;
    let keys = it.list(keys);
    let call_args = it.tuple(vec![keys]);
    let state = super::reduce::object_getstate(it, &me, false)?;
    let cls = Value::Obj(it.type_of(&me));
    Ok(it.tuple(vec![cls, call_args, state]))
}

/// `method.__reduce__()`: `(getattr, (self.__self__, self.__func__.__name__))`.
fn method_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Value::Obj(o) = arg(&args, 0) else { return Ok(Value::None) };
    let Payload::BoundMethod { func, receiver } = &o.payload else { return Ok(Value::None) };
    let (func, receiver) = (func.clone(), receiver.clone());
    let name = it.getattr(&func, &Rc::from("__name__"))?;
    let getattr = it.builtins.dict_data().and_then(|d| d.borrow().get_str("getattr").cloned());
    let pair = it.tuple(vec![receiver, name]);
    Ok(it.tuple(vec![getattr.unwrap_or(Value::None), pair]))
}

/// `method_descriptor.__reduce__()` (`list.append`, `int.__add__`): `(getattr, (its class,
/// its name))`, which finds the same object again. A `copy`-module function stands for a
/// Python function, which cannot be pickled.
fn descriptor_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Value::Obj(o) = arg(&args, 0) else { return Ok(Value::None) };
    let Payload::Builtin(b) = &o.payload else { return Ok(Value::None) };
    let (name, owner) = (b.name.clone(), b.owner.as_ref().and_then(|w| w.upgrade()));
    let Some(owner) = owner else { return it.type_error("cannot pickle 'function' object") };
    let getattr = it.builtins.dict_data().and_then(|d| d.borrow().get_str("getattr").cloned());
    let pair = it.tuple(vec![Value::Obj(owner), Value::Str(name)]);
    Ok(it.tuple(vec![getattr.unwrap_or(Value::None), pair]))
}

/// `slice.__reduce__()` and `range.__reduce__()`: `(type(self), (start, stop, step))`.
fn three_field_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Value::Obj(o) = arg(&args, 0) else { return Ok(Value::None) };
    let fields = match &o.payload {
        Payload::Slice { start, stop, step } => vec![start.clone(), stop.clone(), step.clone()],
        Payload::Range { start, stop, step } => {
            vec![Value::from_i128(*start), Value::from_i128(*stop), Value::from_i128(*step)]
        }
        _ => return Ok(Value::None),
    };
    let fields = it.tuple(fields);
    Ok(it.tuple(vec![Value::Obj(o.class()), fields]))
}

/// `NotImplemented.__reduce__()`: the name pickle stores it under; `copy` returns it as it
/// is.
fn singleton_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = if it.is_not_implemented(arg(&args, 0)) { "NotImplemented" } else { "Ellipsis" };
    Ok(Value::str(name))
}
