//! The set side of `dict.keys()` and `dict.items()`: comparisons with sets and other views,
//! `isdisjoint`, and `& | - ^` from either side (CPython's `dictviews_*` build a set from the
//! left operand, whichever it is, so `{"a"} - d.keys()` works and `d.keys() - 1` says 1 is
//! not iterable).

use super::builtins::arity;
use super::dict::DictData;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::methods_types::{view_items, view_parts};
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

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
    let other = arg(args, 1);
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
                all_in(it, theirs, arg(args, 0))?
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

/// A dict view's class name, if `v` is one.
fn view_kind(it: &Interp, v: &Value) -> Option<Rc<str>> {
    let Value::Obj(o) = v else { return None };
    let n = it.class_name(&o.class());
    ["dict_keys", "dict_items", "dict_values"].contains(&&*n).then_some(n)
}

/// `dictviews_to_set`: a new set of `v`, made from the dict itself (its stored hashes, into
/// a presized table) when `v` is the keys view of an exact dict.
fn to_set(it: &mut Interp, v: &Value) -> PyResult<RefCell<DictData>> {
    if view_kind(it, v).as_deref() == Some("dict_keys") {
        let (d, _, _) = view_parts(it, std::slice::from_ref(v))?;
        if Rc::ptr_eq(&d.class(), &it.t.dict) {
            return Ok(RefCell::new(it.set_table_from(&Value::Obj(d))?));
        }
    }
    Ok(RefCell::new(it.set_table_from(v)?))
}

/// CPython's `dictviews_or`, `_sub`, `_xor` and `_PyDictView_Intersect`, called with the view
/// on either side (`reflected`: the view is the right operand).
fn set_op(it: &mut Interp, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    arity(it, "view operator", args, 2, 2)?;
    let (left, right) = if reflected { (arg(args, 1), arg(args, 0)) } else { (arg(args, 0), arg(args, 1)) };
    if op == BinOp::BitAnd {
        return intersect(it, left, right);
    }
    if op == BinOp::BitXor
        && view_kind(it, left).as_deref() == Some("dict_items")
        && view_kind(it, right).as_deref() == Some("dict_items")
    {
        return items_xor(it, left, right);
    }
    let out = to_set(it, left)?;
    match op {
        BinOp::BitOr => it.set_update(&out, None, right)?,
        BinOp::Sub => it.set_difference_update(&out, None, right)?,
        _ => it.set_symmetric_difference_update(&out, None, right)?,
    }
    Ok(it.set_from(out.into_inner()))
}

/// `_PyDictView_Intersect`: an exact set at least as large as the view computes
/// `set.intersection(view)`; otherwise the smaller operand is iterated, each item kept when
/// the larger view contains it.
fn intersect(it: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let (view, other) = if view_kind(it, left).is_some() { (left, right) } else { (right, left) };
    let view_len = it.len(view)?;
    if matches!(other, Value::Obj(o) if Rc::ptr_eq(&o.class(), &it.t.set)) && view_len <= it.len(other)? {
        return it.set_multi(BinOp::BitAnd, other, std::slice::from_ref(view));
    }
    let (big, small) = match view_kind(it, other) {
        Some(_) if it.len(other)? > view_len => (other, view),
        _ => (view, other),
    };
    let out = RefCell::new(DictData::new_set());
    let iter = it.iter(small)?;
    while let Some(x) = it.next(&iter)? {
        if it.contains(big, &x)? {
            it.set_add(&out, x)?;
        }
    }
    Ok(it.set_from(out.into_inner()))
}

/// `dictitems_xor`: the right dict's pairs walked against a copy of the left dict (a pair
/// whose value matches is dropped from the copy, any other pair added), then what is left of
/// the copy added.
fn items_xor(it: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let (d1, _, _) = view_parts(it, std::slice::from_ref(left))?;
    let (d2, _, _) = view_parts(it, std::slice::from_ref(right))?;
    let copy = d1.dict_data().map(|d| d.borrow().clone()).unwrap_or_default();
    let temp = it.dict_from(copy);
    let Value::Obj(t) = &temp else { return Ok(Value::None) };
    let out = RefCell::new(DictData::new_set());
    let pairs: Vec<(Value, Value, i64)> = d2
        .dict_data()
        .map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone(), e.hash)).collect())
        .unwrap_or_default();
    for (k, v2, h) in pairs {
        let same = match it.dict_get_hashed(t, &k, h)? {
            Some(v1) => it.eq(&v1, &v2)?,
            None => false,
        };
        if same {
            it.dict_del(t, &k)?;
        } else {
            let pair = it.tuple(vec![k, v2]);
            it.set_add(&out, pair)?;
        }
    }
    let rest = super::methods_types::make_view(it, t, "dict_items");
    it.set_update(&out, None, &rest)?;
    Ok(it.set_from(out.into_inner()))
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
    let theirs = it.collect(arg(&args, 1))?;
    for x in theirs {
        if it.contains(arg(&args, 0), &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
