//! The `operator` module. Each function runs the very dispatch its operator does (`binary_op`
//! for `a + b`, `inplace_op` for `a += b`, `compare`, `getitem`, `contains`, ...), so a class's
//! `__add__`/`__radd__` are called, and traced, as for the operator. The functions are
//! CPython's `_operator` builtins (`<built-in function add>`, their argument errors), also
//! under their dunder names (`operator.__add__ is operator.add`); `itemgetter`, `attrgetter`
//! and `methodcaller` are in `operator_getters`.

use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::value::{IterState, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// Name, dunder alias, in-place name and alias, operator.
const BINARY: [(&str, &str, &str, &str, BinOp); 13] = [
    ("add", "__add__", "iadd", "__iadd__", BinOp::Add),
    ("sub", "__sub__", "isub", "__isub__", BinOp::Sub),
    ("mul", "__mul__", "imul", "__imul__", BinOp::Mult),
    ("matmul", "__matmul__", "imatmul", "__imatmul__", BinOp::MatMult),
    ("truediv", "__truediv__", "itruediv", "__itruediv__", BinOp::Div),
    ("floordiv", "__floordiv__", "ifloordiv", "__ifloordiv__", BinOp::FloorDiv),
    ("mod", "__mod__", "imod", "__imod__", BinOp::Mod),
    ("pow", "__pow__", "ipow", "__ipow__", BinOp::Pow),
    ("lshift", "__lshift__", "ilshift", "__ilshift__", BinOp::LShift),
    ("rshift", "__rshift__", "irshift", "__irshift__", BinOp::RShift),
    ("and_", "__and__", "iand", "__iand__", BinOp::BitAnd),
    ("or_", "__or__", "ior", "__ior__", BinOp::BitOr),
    ("xor", "__xor__", "ixor", "__ixor__", BinOp::BitXor),
];
const BINARY_FNS: [(NativeFn, NativeFn); 13] = [
    (binary::<0>, inplace::<0>),
    (binary::<1>, inplace::<1>),
    (binary::<2>, inplace::<2>),
    (binary::<3>, inplace::<3>),
    (binary::<4>, inplace::<4>),
    (binary::<5>, inplace::<5>),
    (binary::<6>, inplace::<6>),
    (binary::<7>, inplace::<7>),
    (binary::<8>, inplace::<8>),
    (binary::<9>, inplace::<9>),
    (binary::<10>, inplace::<10>),
    (binary::<11>, inplace::<11>),
    (binary::<12>, inplace::<12>),
];
const COMPARE: [(&str, &str, CmpOp, NativeFn); 6] = [
    ("lt", "__lt__", CmpOp::Lt, compare::<0>),
    ("le", "__le__", CmpOp::LtE, compare::<1>),
    ("eq", "__eq__", CmpOp::Eq, compare::<2>),
    ("ne", "__ne__", CmpOp::NotEq, compare::<3>),
    ("ge", "__ge__", CmpOp::GtE, compare::<4>),
    ("gt", "__gt__", CmpOp::Gt, compare::<5>),
];

/// The other functions: name, dunder alias, function, argument convention.
const OTHERS: [(&str, Option<&str>, NativeFn, Sig); 20] = [
    ("abs", Some("__abs__"), op_abs, Sig::One),
    ("neg", Some("__neg__"), op_neg, Sig::One),
    ("pos", Some("__pos__"), op_pos, Sig::One),
    ("inv", Some("__inv__"), op_invert, Sig::One),
    ("invert", Some("__invert__"), op_invert, Sig::One),
    ("not_", Some("__not__"), op_not, Sig::One),
    ("truth", None, op_truth, Sig::One),
    ("index", Some("__index__"), op_index, Sig::One),
    ("is_", None, op_is, Sig::Clinic(2, 2)),
    ("is_not", None, op_is_not, Sig::Clinic(2, 2)),
    ("contains", Some("__contains__"), op_contains, Sig::Clinic(2, 2)),
    ("countOf", None, op_count_of, Sig::Clinic(2, 2)),
    ("indexOf", None, op_index_of, Sig::Clinic(2, 2)),
    ("getitem", Some("__getitem__"), op_getitem, Sig::Clinic(2, 2)),
    ("setitem", Some("__setitem__"), op_setitem, Sig::Clinic(3, 3)),
    ("delitem", Some("__delitem__"), op_delitem, Sig::Clinic(2, 2)),
    ("concat", Some("__concat__"), op_concat, Sig::Clinic(2, 2)),
    ("iconcat", Some("__iconcat__"), op_iconcat, Sig::Clinic(2, 2)),
    ("length_hint", None, op_length_hint, Sig::Clinic(1, 2)),
    ("call", Some("__call__"), op_call, Sig::Any),
];

pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let two = Sig::Clinic(2, 2);
    let mut fns: Vec<(&'static str, Option<&'static str>, NativeFn, Sig)> = Vec::new();
    for ((name, dunder, iname, idunder, _), (f, fi)) in BINARY.iter().zip(BINARY_FNS) {
        fns.push((name, Some(dunder), f, two));
        fns.push((iname, Some(idunder), fi, two));
    }
    fns.extend(COMPARE.iter().map(|&(name, dunder, _, f)| (name, Some(dunder), f, two)));
    fns.extend(OTHERS);
    let mut entries = Vec::new();
    for (name, dunder, f, sig) in fns {
        // Argument errors name `_operator.add`; `__name__` and the repr say `add`.
        let v = it.builtin_fn_sig(name, &format!("_operator.{name}"), f, BuiltinKind::Function, sig);
        if let Some(d) = dunder {
            entries.push((d, v.clone()));
        }
        entries.push((name, v));
    }
    entries.extend(super::operator_getters::classes(it)?);
    Ok(entries)
}

/// The arguments, whose count the builtin's `Sig` checked.
fn args_of<const N: usize>(args: Vec<Value>) -> [Value; N] {
    let mut a = args.into_iter();
    std::array::from_fn(|_| a.next().unwrap_or(Value::None))
}

fn binary<const I: usize>(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    it.binary_op(BINARY[I].4, a, b)
}

fn inplace<const I: usize>(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    it.inplace_op(BINARY[I].4, a, b)
}

fn compare<const I: usize>(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    it.compare(COMPARE[I].2, &a, &b)
}

fn op_abs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::b_abs(it, args, kwargs)
}

fn op_neg(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    it.unary_op(UnaryOp::USub, a)
}

fn op_pos(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    it.unary_op(UnaryOp::UAdd, a)
}

fn op_invert(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    it.unary_op(UnaryOp::Invert, a)
}

fn op_not(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    Ok(Value::Bool(!it.truthy(&a)?))
}

fn op_truth(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    Ok(Value::Bool(it.truthy(&a)?))
}

fn op_index(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a] = args_of(args);
    number_index(it, &a)
}

fn op_is(_: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    Ok(Value::Bool(a.is(&b)))
}

fn op_is_not(_: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    Ok(Value::Bool(!a.is(&b)))
}

/// `contains(a, b)` is `b in a`.
fn op_contains(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    Ok(Value::Bool(it.contains(&a, &b)?))
}

fn op_getitem(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    it.getitem(&a, &b)
}

fn op_setitem(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b, c] = args_of(args);
    it.setitem(&a, b, c)?;
    Ok(Value::None)
}

fn op_delitem(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    it.delitem(&a, b)?;
    Ok(Value::None)
}

fn op_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_error("call expected at least 1 argument, got 0");
    }
    let f = args.remove(0);
    it.call(&f, args, kwargs)
}

// ---- sequences ----

/// A type with CPython's `sq_concat` (str, list, tuple, deque): `concat` is its `+`.
fn has_concat(v: &Value) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::List(_) | Payload::Tuple(_) | Payload::Deque(_) | Payload::Boxed(Value::Str(_))
            )
        }
        _ => false,
    }
}

/// `PySequence_Check`: indexable, and not a dict.
pub(super) fn is_sequence(it: &Interp, v: &Value) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => false,
        Value::Obj(o) => has_concat(v) || it.lookup_special(&o.class(), "__getitem__").is_some(),
        _ => false,
    }
}

fn cannot_concat<T>(it: &mut Interp, a: &Value) -> PyResult<T> {
    let tn = it.type_name(a);
    it.type_error(format!("'{tn}' object can't be concatenated"))
}

/// `concat(a, b)`: `a + b` for sequences only.
fn op_concat(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    if has_concat(&a) {
        return it.binary_op(BinOp::Add, a, b);
    }
    if is_sequence(it, &a) && is_sequence(it, &b) {
        if let Some(r) = it.binary_dispatch("__add__", "__radd__", &a, &b)? {
            return Ok(r);
        }
    }
    cannot_concat(it, &a)
}

/// `iconcat(a, b)`: `a += b` for sequences only (a list's extends it with any iterable).
fn op_iconcat(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    if has_concat(&a) {
        return it.inplace_op(BinOp::Add, a, b);
    }
    if is_sequence(it, &a) && is_sequence(it, &b) {
        if let Some(m) = it.lookup_special(&it.type_of(&a), "__iadd__") {
            let r = it.call_bound(&m, &a, vec![b.clone()], vec![])?;
            if !it.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = it.binary_dispatch("__add__", "__radd__", &a, &b)? {
            return Ok(r);
        }
    }
    cannot_concat(it, &a)
}

/// CPython's `_PySequence_IterSearch`: how many items equal `obj` (`count`), or the index of
/// the first.
fn search(it: &mut Interp, seq: &Value, obj: &Value, count: bool) -> PyResult<Value> {
    let iter = match it.iter(seq) {
        Ok(i) => i,
        Err(e) if it.is_exc(&e, "TypeError") => {
            let tn = it.type_name(seq);
            return it.type_error(format!("argument of type '{tn}' is not iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut n = 0;
    while let Some(item) = it.next(&iter)? {
        it.step()?;
        if it.eq(&item, obj)? {
            if !count {
                return Ok(Value::int(n));
            }
            n += 1;
        } else if !count {
            n += 1;
        }
    }
    if count {
        return Ok(Value::int(n));
    }
    it.value_error("sequence.index(x): x not in sequence")
}

fn op_count_of(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    search(it, &a, &b, true)
}

fn op_index_of(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let [a, b] = args_of(args);
    search(it, &a, &b, false)
}

// ---- numbers ----

/// An int (or bool, or int subclass's instance): CPython's `PyLong_Check`, as an exact int.
pub fn int_value(v: &Value) -> Option<Value> {
    match v {
        Value::Int(..) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Boxed(i @ (Value::Int(..) | Value::BigInt(_))) => Some(i.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `operator.index(v)` (CPython's `PyNumber_Index`): an exact int; an int subclass's value
/// without calling its `__index__`.
pub fn number_index(it: &mut Interp, v: &Value) -> PyResult<Value> {
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    let t = it.type_of(v);
    if let Some(m) = it.lookup_special(&t, "__index__") {
        let r = it.call_bound(&m, v, vec![], vec![])?;
        return match int_value(&r) {
            Some(i) => Ok(i),
            None => {
                let tn = it.type_name(&r);
                it.type_error(format!("__index__ returned non-int (type {tn})"))
            }
        };
    }
    let tn = it.type_name(v);
    it.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
}

/// A `Py_ssize_t` argument (Argument Clinic's converter, `PyArg_Parse`'s `n`).
pub fn ssize(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match number_index(it, v)? {
        Value::Int(i, _) => Ok(i),
        _ => it.err("OverflowError", "Python int too large to convert to C ssize_t"),
    }
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
fn op_length_hint(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let default = match args.get(1) {
        Some(d) => ssize(it, d)?,
        None => 0,
    };
    let obj = &args[0];
    let t = it.type_of(obj);
    if matches!(obj, Value::Str(_)) || it.lookup_special(&t, "__len__").is_some() {
        match it.len(obj) {
            Ok(n) => return Ok(Value::int(n as i64)),
            Err(e) if it.is_exc(&e, "TypeError") => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = it.lookup_special(&t, "__length_hint__") else {
        return Ok(Value::int(native_hint(obj).unwrap_or(default)));
    };
    let r = match it.call_bound(&hint, obj, vec![], vec![]) {
        Ok(r) => r,
        Err(e) if it.is_exc(&e, "TypeError") => return Ok(Value::int(default)),
        Err(e) => return Err(e),
    };
    if it.is_not_implemented(&r) {
        return Ok(Value::int(default));
    }
    if !matches!(r, Value::Int(..) | Value::BigInt(_) | Value::Bool(_)) && !it.is_instance(&r, &it.t.int.clone()) {
        let tn = it.type_name(&r);
        return it.type_error(format!("__length_hint__ must be an integer, not {tn}"));
    }
    let n = ssize(it, &r)?;
    if n < 0 {
        return it.value_error("__length_hint__() should return >= 0");
    }
    Ok(Value::int(n))
}

/// The `__length_hint__` of the builtin iterators, which metalab keeps as iterator states.
fn native_hint(v: &Value) -> Option<i64> {
    let Value::Obj(o) = v else { return None };
    let Payload::Iter(st) = &o.payload else { return None };
    let st = st.borrow();
    let n = match &*st {
        IterState::Seq { seq: Value::Obj(s), index } => match &s.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index),
            Payload::Tuple(t) => t.len().saturating_sub(*index),
            _ => return None,
        },
        IterState::Range { next, stop, step } => super::containers::range_len(*next, *stop, *step).max(0) as usize,
        IterState::Str { s, pos } => s.get(*pos..).map_or(0, |r| r.chars().count()),
        IterState::Reversed { index, .. } => (*index + 1).max(0) as usize,
        IterState::Values { values, index } => values.len().saturating_sub(*index),
        IterState::Dict { dict, pos, rev: false, len_at_start, .. } => match &dict.payload {
            Payload::Dict(d) => remaining(&d.borrow(), *pos, *len_at_start),
            _ => return None,
        },
        IterState::Set { set, pos, len_at_start } => match &set.payload {
            Payload::Set(d) => remaining(&d.borrow(), *pos, *len_at_start),
            Payload::FrozenSet(d) => remaining(d, *pos, *len_at_start),
            _ => return None,
        },
        IterState::Exhausted => 0,
        _ => return None,
    };
    Some(n as i64)
}

/// The entries of a dict or set table from `pos` on; none once its size changed (the iterator
/// will raise).
fn remaining(d: &super::dict::DictData, pos: usize, len_at_start: usize) -> usize {
    if d.len() != len_at_start {
        return 0;
    }
    std::iter::successors(d.next_from(pos).map(|(p, _)| p), |p| d.next_from(*p).map(|(p, _)| p)).count()
}
