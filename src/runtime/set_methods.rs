//! Methods of `set` and `frozenset`: argument handling around `set_ops`, which runs CPython's
//! algorithms.

use super::builtins::arity;
use super::function::arg;
use super::function::{BuiltinKind::Method as M, Kwargs, Sig};
use super::interp::Interp;
use super::methods::reg_sig;
use super::set_ops::{set_cell, set_snapshot};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::BinOp;
use std::rc::Rc;
use Sig::{NoArgs, One, Varargs};

pub fn install(it: &mut Interp) {
    let s = it.t.set.clone();
    reg_sig(it, &s, "add", M, One, set_add);
    reg_sig(it, &s, "discard", M, One, set_discard);
    reg_sig(it, &s, "remove", M, One, set_remove);
    install_more(it);
}

/// The receiver's live table (these methods are `set`'s only).
fn cell_of(args: &[Value]) -> Option<&super::refcell::RefCell<super::dict::DictData>> {
    match args.first() {
        Some(Value::Obj(o)) => set_cell(o),
        _ => None,
    }
}

fn set_add(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "add", &args, 2, 2)?;
    if let Some(s) = cell_of(&args) {
        it.set_add(s, arg(&args, 1).clone())?;
    }
    Ok(Value::None)
}

/// `set_discard_key` (a set key looked up as a frozenset): whether it was there.
fn discard(it: &mut Interp, args: &[Value]) -> PyResult<bool> {
    let Some(s) = cell_of(args) else { return Ok(false) };
    let (k, h) = it.set_key(arg(args, 1))?;
    it.set_discard_h(s, &k, h)
}

fn set_discard(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "discard", &args, 2, 2)?;
    discard(it, &args)?;
    Ok(Value::None)
}

fn set_remove(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "remove", &args, 2, 2)?;
    if !discard(it, &args)? {
        return it.key_error(arg(&args, 1).clone());
    }
    Ok(Value::None)
}

/// `set.copy()` a new set; `frozenset.copy()` the frozenset itself when it is exact.
fn set_copy(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.copy", &args, &kw)?;
    arity(it, "copy", &args, 1, 1)?;
    let me = arg(&args, 0);
    if matches!(me, Value::Obj(o) if Rc::ptr_eq(&o.class(), &it.t.frozenset)) {
        return Ok(me.clone());
    }
    let d = set_snapshot(me).map(|t| t.set_copy()).unwrap_or_else(super::dict::DictData::new_set);
    Ok(it.set_result(me, d))
}

fn set_union(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.set_multi(BinOp::BitOr, arg(&args, 0), &args[1..])
}
fn set_intersection(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.set_multi(BinOp::BitAnd, arg(&args, 0), &args[1..])
}
fn set_difference(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.set_multi(BinOp::Sub, arg(&args, 0), &args[1..])
}
fn set_symmetric_difference(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "symmetric_difference", &args, 2, 2)?;
    it.set_binop(BinOp::BitXor, arg(&args, 0), arg(&args, 1))
}

fn set_update(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    if let Some(s) = cell_of(&args) {
        for other in &args[1..] {
            it.set_update(s, Some(arg(&args, 0)), other)?;
        }
    }
    Ok(Value::None)
}
fn set_intersection_update(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let d = it.set_multi_table(BinOp::BitAnd, arg(&args, 0), &args[1..])?;
    if let Some(s) = cell_of(&args) {
        it.set_swap_in(s, d);
    }
    Ok(Value::None)
}
fn set_difference_update(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    if let Some(s) = cell_of(&args) {
        for other in &args[1..] {
            it.set_difference_update(s, Some(arg(&args, 0)), other)?;
        }
    }
    Ok(Value::None)
}
fn set_symmetric_difference_update(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "symmetric_difference_update", &args, 2, 2)?;
    if let Some(s) = cell_of(&args) {
        it.set_symmetric_difference_update(s, Some(arg(&args, 0)), arg(&args, 1))?;
    }
    Ok(Value::None)
}

fn set_issubset(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "issubset", &args, 2, 2)?;
    Ok(Value::Bool(it.set_subset_method(arg(&args, 0), arg(&args, 1), false)?))
}
fn set_issuperset(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "issuperset", &args, 2, 2)?;
    Ok(Value::Bool(it.set_subset_method(arg(&args, 0), arg(&args, 1), true)?))
}
fn set_isdisjoint(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "isdisjoint", &args, 2, 2)?;
    Ok(Value::Bool(it.set_isdisjoint(arg(&args, 0), arg(&args, 1))?))
}

/// `set.pop()`: the element at or after the finger the previous pop left.
fn set_pop(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.pop", &args, &kw)?;
    arity(it, "pop", &args, 1, 1)?;
    let popped = cell_of(&args).and_then(|s| s.borrow_mut().set_pop());
    match popped {
        Some(e) => Ok(e.key),
        None => it.key_error(Value::str("pop from an empty set")),
    }
}

fn set_clear(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.clear", &args, &kw)?;
    arity(it, "clear", &args, 1, 1)?;
    if let Some(s) = cell_of(&args) {
        it.set_clear(s)?;
    }
    Ok(Value::None)
}

pub fn install_more(it: &mut Interp) {
    let s = it.t.set.clone();
    let fs = it.t.frozenset.clone();
    let any = Varargs(0, u8::MAX);
    let both: &[(&str, Sig, super::function::NativeFn)] = &[
        ("union", any, set_union),
        ("intersection", any, set_intersection),
        ("difference", any, set_difference),
        ("symmetric_difference", One, set_symmetric_difference),
        ("issubset", One, set_issubset),
        ("issuperset", One, set_issuperset),
        ("isdisjoint", One, set_isdisjoint),
        ("copy", NoArgs, set_copy),
    ];
    for (n, sig, f) in both {
        reg_sig(it, &s, n, M, *sig, *f);
        reg_sig(it, &fs, n, M, *sig, *f);
    }
    let only: &[(&str, Sig, super::function::NativeFn)] = &[
        ("update", any, set_update),
        ("intersection_update", any, set_intersection_update),
        ("difference_update", any, set_difference_update),
        ("symmetric_difference_update", One, set_symmetric_difference_update),
        ("pop", NoArgs, set_pop),
        ("clear", NoArgs, set_clear),
    ];
    for (n, sig, f) in only {
        reg_sig(it, &s, n, M, *sig, *f);
    }
}
