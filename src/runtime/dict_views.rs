//! The set side of `dict.keys()` and `dict.items()`: comparisons with sets and other views,
//! `isdisjoint`, and `& | - ^` from either side (CPython's `dictviews_*` build a set from the
//! left operand, whichever it is, so `{"a"} - d.keys()` works and `d.keys() - 1` says 1 is
//! not iterable).

use super::builtins::arity;
use super::dict::DictData;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::methods_types::{view_items, view_parts};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};

pub fn install_set_ops(it: &mut Interp, view: &ObjRef) {
    let methods: &[(&str, NativeFn)] = &[
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
    ];
    for (name, f) in methods {
        let sig = if *name == "isdisjoint" { super::function::Sig::One } else { super::function::Sig::Any };
        super::methods::reg_sig(it, view, name, BuiltinKind::Method, sig, *f);
    }
}

/// A set, frozenset, or keys/items view: what a view compares with.
fn set_like(it: &Interp, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
                || ["dict_keys", "dict_items"].contains(&&*it.class_name(&o.class()))
        }
        _ => false,
    }
}

/// Every item of `items` is in `container`.
fn all_in(it: &mut Interp, items: Vec<Value>, container: &Value) -> PyResult<bool> {
    for x in items {
        if !it.contains(container, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `dictview_richcompare`: sizes first, then containment one way or the other.
fn compare(it: &mut Interp, args: &[Value], op: CmpOp) -> PyResult<Value> {
    arity(it, "comparison", args, 2, 2)?;
    let (d, kind, _) = view_parts(it, args)?;
    let other = &args[1];
    if !set_like(it, other) {
        return Ok(it.not_implemented());
    }
    let mine = view_items(it, &d, kind);
    let (n, m) = (mine.len(), it.len(other)?);
    let r = match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let eq = n == m && all_in(it, mine, other)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => n < m && all_in(it, mine, other)?,
        CmpOp::LtE => n <= m && all_in(it, mine, other)?,
        CmpOp::Gt | CmpOp::GtE => {
            let size_ok = if op == CmpOp::Gt { n > m } else { n >= m };
            size_ok && {
                let theirs = it.collect(other)?;
                all_in(it, theirs, &args[0])?
            }
        }
        _ => return Ok(it.not_implemented()),
    };
    Ok(Value::Bool(r))
}

fn view_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Eq)
}
fn view_ne(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::NotEq)
}
fn view_lt(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Lt)
}
fn view_le(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::LtE)
}
fn view_gt(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Gt)
}
fn view_ge(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::GtE)
}

/// `set(left) op right` with the view on the left (`reflected` false) or the right.
fn set_op(it: &mut Interp, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    arity(it, "view operator", args, 2, 2)?;
    let (d, kind, _) = view_parts(it, args)?;
    let mine = view_items(it, &d, kind);
    let theirs = it.collect(&args[1])?;
    let (left, right) = if reflected { (theirs, mine) } else { (mine, theirs) };
    let mut a = DictData::new();
    for x in left {
        it.dict_insert(&mut a, x, Value::None)?;
    }
    let mut b = DictData::new();
    for x in right {
        it.dict_insert(&mut b, x, Value::None)?;
    }
    let (a, b) = (it.set_from(a), it.set_from(b));
    it.set_binop(op, &a, &b)
}

fn view_and(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitAnd, false)
}
fn view_rand(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitAnd, true)
}
fn view_or(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitOr, false)
}
fn view_ror(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitOr, true)
}
fn view_sub(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::Sub, false)
}
fn view_rsub(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::Sub, true)
}
fn view_xor(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitXor, false)
}
fn view_rxor(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    set_op(it, &args, BinOp::BitXor, true)
}

/// `view.isdisjoint(other)`: no item of `other` is in the view.
fn view_isdisjoint(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "isdisjoint", &args, 2, 2)?;
    let theirs = it.collect(&args[1])?;
    for x in theirs {
        if it.contains(&args[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
