//! Methods of `set` and `frozenset`.

use super::builtins::arity;
use super::function::{BuiltinKind::Method as M, Kwargs, Sig};
use super::interp::Interp;
use super::methods::reg_sig;
use super::value::{Payload, Value};
use super::PyResult;
use Sig::{NoArgs, One, Varargs};

pub fn install(it: &mut Interp) {
    let s = it.t.set.clone();
    reg_sig(it, &s, "add", M, One, set_add);
    reg_sig(it, &s, "discard", M, One, set_discard);
    reg_sig(it, &s, "remove", M, One, set_remove);
    reg_sig(it, &s, "copy", M, NoArgs, set_copy);
    install_more(it);
}

fn set_add(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "add", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        it.dict_set(o, args[1].clone(), Value::None)?;
    }
    Ok(Value::None)
}

fn set_discard(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "discard", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        it.dict_del(o, &args[1])?;
    }
    Ok(Value::None)
}

fn set_remove(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "remove", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        if it.dict_del(o, &args[1])?.is_none() {
            return it.key_error(args[1].clone());
        }
    }
    Ok(Value::None)
}

fn set_copy(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.copy", &args, &kw)?;
    arity(it, "copy", &args, 1, 1)?;
    let d = match &args[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Set(d) => d.borrow().clone(),
            Payload::FrozenSet(d) => d.clone(),
            _ => Default::default(),
        },
        _ => Default::default(),
    };
    Ok(it.set_from(d))
}

fn set_items(it: &mut Interp, v: &Value) -> PyResult<super::dict::DictData> {
    match it.set_data(v) {
        Some(d) => Ok(d),
        None => {
            let items = it.collect(v)?;
            let mut d = super::dict::DictData::new();
            for x in items {
                it.dict_insert(&mut d, x, Value::None)?;
            }
            Ok(d)
        }
    }
}

/// Applies a set operator across every argument (`a.union(b, c)`).
fn fold(it: &mut Interp, args: Vec<Value>, op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    let Some(first) = args.first() else { return it.type_error("descriptor needs a set") };
    let frozen = matches!(first, Value::Obj(o) if matches!(o.payload, Payload::FrozenSet(_)));
    let mut acc = {
        let d = set_items(it, first)?;
        it.make_set_like(false, d)
    };
    for other in &args[1..] {
        let d = set_items(it, other)?;
        let o = it.set_from(d);
        acc = it.set_binop(op, &acc, &o)?;
    }
    if frozen {
        let d = set_items(it, &acc)?;
        return Ok(it.make_set_like(true, d));
    }
    Ok(acc)
}

fn set_union(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, crate::syntax::ast::BinOp::BitOr)
}
fn set_intersection(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, crate::syntax::ast::BinOp::BitAnd)
}
fn set_difference(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, crate::syntax::ast::BinOp::Sub)
}
fn set_symmetric_difference(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "symmetric_difference", &args, 2, 2)?;
    fold(it, args, crate::syntax::ast::BinOp::BitXor)
}

/// In-place variants replace the receiver's contents with the result.
fn replace_with(it: &mut Interp, target: &Value, result: Value) -> PyResult<Value> {
    let d = set_items(it, &result)?;
    if let Value::Obj(o) = target {
        if let Payload::Set(s) = &o.payload {
            *s.borrow_mut() = d;
        }
    }
    Ok(Value::None)
}

fn set_update(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let t = args.first().cloned().unwrap_or(Value::None);
    let r = set_union(it, args, kw)?;
    replace_with(it, &t, r)
}
fn set_intersection_update(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let t = args.first().cloned().unwrap_or(Value::None);
    let r = set_intersection(it, args, kw)?;
    replace_with(it, &t, r)
}
fn set_difference_update(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let t = args.first().cloned().unwrap_or(Value::None);
    let r = set_difference(it, args, kw)?;
    replace_with(it, &t, r)
}
fn set_symmetric_difference_update(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let t = args.first().cloned().unwrap_or(Value::None);
    let r = set_symmetric_difference(it, args, kw)?;
    replace_with(it, &t, r)
}

fn relation(it: &mut Interp, args: &[Value], name: &str) -> PyResult<(Value, Value)> {
    arity(it, name, args, 2, 2)?;
    let a = set_items(it, &args[0])?;
    let b = set_items(it, &args[1])?;
    Ok((it.set_from(a), it.set_from(b)))
}

fn set_issubset(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(it, &args, "issubset")?;
    Ok(Value::Bool(it.set_compare(crate::syntax::ast::CmpOp::LtE, &a, &b)?))
}
fn set_issuperset(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(it, &args, "issuperset")?;
    Ok(Value::Bool(it.set_compare(crate::syntax::ast::CmpOp::GtE, &a, &b)?))
}
fn set_isdisjoint(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(it, &args, "isdisjoint")?;
    let i = it.set_binop(crate::syntax::ast::BinOp::BitAnd, &a, &b)?;
    Ok(Value::Bool(it.len(&i)? == 0))
}

fn set_pop(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.pop", &args, &kw)?;
    arity(it, "pop", &args, 1, 1)?;
    if let Value::Obj(o) = &args[0] {
        if let Payload::Set(s) = &o.payload {
            let first = s.borrow().set_entries().first().map(|e| e.key.clone());
            if let Some(k) = first {
                it.dict_del(o, &k)?;
                return Ok(k);
            }
        }
    }
    it.key_error(Value::str("pop from an empty set"))
}

fn set_clear(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "set.clear", &args, &kw)?;
    arity(it, "clear", &args, 1, 1)?;
    if let Value::Obj(o) = &args[0] {
        if let Payload::Set(s) = &o.payload {
            let old = std::mem::take(&mut *s.borrow_mut());
            drop(old);
        }
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
