//! Constructors and dunder methods of the builtin value types (`int`, `str`, `list`, `dict`,
//! ...), so that subclasses and explicit calls (`int.__add__`, `super().__getitem__`) work.

use super::builtins::{arity, dict_update_from, no_kwargs, positional_or_keyword, take_kw, unexpected_kw};
use super::dict::DictData;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs, Sig};
use super::interp::Interp;
use super::methods::{reg, reg_sig};
use super::numbers::to_big;
use super::refcell::RefCell;
use super::value::{DictIterKind, IterState, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

use BuiltinKind::{ClassMethod as C, Method as M, Static as S};

macro_rules! binop_methods {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
                arity(it, stringify!($name), &args, 2, 2)?;
                let a = unbox(arg(&args, 0));
                // `"%s" % x` formats `x` itself (a subclass's `__str__`), not its value.
                let b = if matches!(($op, &a), (BinOp::Mod, Value::Str(_))) { arg(&args, 1).clone() } else { unbox(arg(&args, 1)) };
                let quiet = std::mem::take(&mut it.seq_op_from_operator);
                if !accepts_operand(it, Some($op), &a, &b, quiet)? {
                    return Ok(it.not_implemented());
                }
                Ok(it.native_binop($op, &a, &b)?.unwrap_or_else(|| it.not_implemented()))
            }
            fn $rname(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
                arity(it, stringify!($rname), &args, 2, 2)?;
                let (a, b) = (unbox(arg(&args, 0)), unbox(arg(&args, 1)));
                let quiet = std::mem::take(&mut it.seq_op_from_operator);
                if !accepts_operand(it, Some($op), &a, &b, quiet)? {
                    return Ok(it.not_implemented());
                }
                Ok(it.native_binop($op, &b, &a)?.unwrap_or_else(|| it.not_implemented()))
            }
        )*
    };
}

binop_methods! {
    m_add, m_radd => BinOp::Add;
    m_sub, m_rsub => BinOp::Sub;
    m_mul, m_rmul => BinOp::Mult;
    m_truediv, m_rtruediv => BinOp::Div;
    m_floordiv, m_rfloordiv => BinOp::FloorDiv;
    m_mod, m_rmod => BinOp::Mod;
    m_pow, m_rpow => BinOp::Pow;
    m_and, m_rand => BinOp::BitAnd;
    m_or, m_ror => BinOp::BitOr;
    m_xor, m_rxor => BinOp::BitXor;
    m_lshift, m_rlshift => BinOp::LShift;
    m_rshift, m_rrshift => BinOp::RShift;
}

macro_rules! cmp_methods {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
                arity(it, stringify!($name), &args, 2, 2)?;
                let (a, b) = (unbox(arg(&args, 0)), unbox(arg(&args, 1)));
                if !accepts_operand(it, None, &a, &b, false)? {
                    return Ok(it.not_implemented());
                }
                Ok(match it.native_compare($op, &a, &b)? {
                    Some(r) => Value::Bool(r),
                    None => it.not_implemented(),
                })
            }
        )*
    };
}

cmp_methods! {
    m_eq => CmpOp::Eq;
    m_ne => CmpOp::NotEq;
    m_lt => CmpOp::Lt;
    m_le => CmpOp::LtE;
    m_gt => CmpOp::Gt;
    m_ge => CmpOp::GtE;
}

/// Whether a builtin type's own operator method takes `other` beside `this` (both unboxed), as
/// CPython's slots: `int.__add__` takes ints only and `float.__add__` ints and floats (else
/// NotImplemented, so the other operand's reflected method gets its turn). `op` is the
/// operator of an arithmetic method (`None` for a comparison): str, list and tuple raise
/// themselves for a wrong `+` or `*` operand, unless `quiet` (called by the operator).
fn accepts_operand(it: &mut Interp, op: Option<BinOp>, this: &Value, other: &Value, quiet: bool) -> PyResult<bool> {
    let int_like = |v: &Value| matches!(v, Value::Int(..) | Value::BigInt(_) | Value::Bool(_));
    match this {
        Value::Int(..) | Value::BigInt(_) | Value::Bool(_) => Ok(int_like(other)),
        Value::Float(..) => Ok(int_like(other) || matches!(other, Value::Float(..))),
        Value::Str(_) => match (op, other) {
            (Some(BinOp::Add), Value::Str(_)) => Ok(true),
            // A comparison: str compares with str only.
            (None, _) => Ok(matches!(other, Value::Str(_))),
            (Some(BinOp::Add), _) if quiet => Ok(false),
            (Some(BinOp::Add), _) => {
                let tn = it.type_name(other);
                it.type_error(format!("can only concatenate str (not \"{tn}\") to str"))
            }
            (Some(BinOp::Mult), _) if quiet => Ok(true),
            (Some(BinOp::Mult), _) => it.index_arg(other).map(|_| true),
            _ => Ok(true),
        },
        Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) => {
            let kind = if matches!(o.payload, Payload::List(_)) { "list" } else { "tuple" };
            let same = matches!((&o.payload, other), (Payload::List(_), Value::Obj(p)) if matches!(p.payload, Payload::List(_)))
                || matches!((&o.payload, other), (Payload::Tuple(_), Value::Obj(p)) if matches!(p.payload, Payload::Tuple(_)));
            match op {
                Some(BinOp::Add) if quiet => Ok(same),
                Some(BinOp::Mult) if quiet => Ok(true),
                Some(BinOp::Add) if !same => {
                    let tn = it.type_name(other);
                    it.type_error(format!("can only concatenate {kind} (not \"{tn}\") to {kind}"))
                }
                Some(BinOp::Mult) => it.index_arg(other).map(|_| true),
                _ => Ok(true),
            }
        }
        _ => Ok(true),
    }
}

/// The builtin value inside a subclass instance (`class MyInt(int)`), else the value itself.
pub fn unbox(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Boxed(inner) => inner.clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// The operator methods each builtin type has (what `dir(int)` and `hasattr` see).
const INT_OPS: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
];
/// The arithmetic half of `INT_OPS` (floats have no bitwise operators).
const FLOAT_OPS: &[&str] = INT_OPS.split_at(14).0;
const STR_OPS: &[&str] = &["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"];
const SEQ_OPS: &[&str] = &["__add__", "__mul__", "__rmul__"];
const DICT_OPS: &[&str] = &["__or__", "__ror__"];
const SET_OPS: &[&str] = &["__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__", "__rxor__"];

fn reg_ops(it: &mut Interp, cls: &ObjRef, ops: &[&str]) {
    let methods: &[(&str, super::function::NativeFn)] = &[
        ("__add__", m_add),
        ("__radd__", m_radd),
        ("__sub__", m_sub),
        ("__rsub__", m_rsub),
        ("__mul__", m_mul),
        ("__rmul__", m_rmul),
        ("__truediv__", m_truediv),
        ("__rtruediv__", m_rtruediv),
        ("__floordiv__", m_floordiv),
        ("__rfloordiv__", m_rfloordiv),
        ("__mod__", m_mod),
        ("__rmod__", m_rmod),
        ("__pow__", m_pow),
        ("__rpow__", m_rpow),
        ("__and__", m_and),
        ("__rand__", m_rand),
        ("__or__", m_or),
        ("__ror__", m_ror),
        ("__xor__", m_xor),
        ("__rxor__", m_rxor),
        ("__lshift__", m_lshift),
        ("__rlshift__", m_rlshift),
        ("__rshift__", m_rshift),
        ("__rrshift__", m_rrshift),
    ];
    for (n, f) in methods.iter().filter(|(n, _)| ops.contains(n)) {
        reg(it, cls, n, M, *f);
    }
    let cmps: &[(&str, super::function::NativeFn)] =
        &[("__eq__", m_eq), ("__ne__", m_ne), ("__lt__", m_lt), ("__le__", m_le), ("__gt__", m_gt), ("__ge__", m_ge)];
    for (n, f) in cmps {
        reg(it, cls, n, M, *f);
    }
    reg(it, cls, "__repr__", M, m_repr);
    reg(it, cls, "__format__", M, m_format);
}

pub fn install(it: &mut Interp) {
    let int = it.t.int.clone();
    reg_ops(it, &int, INT_OPS);
    reg(it, &int, "__new__", S, int_new);
    reg(it, &int, "__hash__", M, m_hash);
    reg(it, &int, "__index__", M, m_unbox);
    reg(it, &int, "__int__", M, m_unbox);
    reg(it, &int, "__trunc__", M, int_trunc);
    reg(it, &int, "__floor__", M, int_floor);
    reg(it, &int, "__ceil__", M, int_ceil);
    reg_sig(it, &int, "conjugate", M, Sig::NoArgs, int_conjugate);
    reg(it, &int, "__neg__", M, m_neg);
    reg(it, &int, "__bool__", M, m_bool);
    reg_sig(it, &int, "bit_length", M, Sig::NoArgs, int_bit_length);
    let b = it.t.bool_.clone();
    reg(it, &b, "__new__", S, bool_new);
    let fl = it.t.float.clone();
    reg_ops(it, &fl, FLOAT_OPS);
    reg(it, &fl, "__new__", S, float_new);
    reg(it, &fl, "__hash__", M, m_hash);
    reg(it, &fl, "__neg__", M, m_neg);
    reg(it, &fl, "__float__", M, m_unbox);
    reg_sig(it, &fl, "conjugate", M, Sig::NoArgs, float_conjugate);
    reg(it, &fl, "__bool__", M, m_bool);
    reg_sig(it, &fl, "is_integer", M, Sig::NoArgs, float_is_integer);
    let s = it.t.str_.clone();
    reg_ops(it, &s, STR_OPS);
    reg(it, &s, "__str__", M, m_str);
    reg(it, &s, "__new__", S, str_new);
    reg(it, &s, "__hash__", M, m_hash);
    reg(it, &s, "__len__", M, m_len);
    reg(it, &s, "__getitem__", M, m_getitem);
    reg(it, &s, "__contains__", M, m_contains);
    reg(it, &s, "__iter__", M, m_iter);
    super::str_methods::install(it);
    let l = it.t.list.clone();
    reg_ops(it, &l, SEQ_OPS);
    reg(it, &l, "__imul__", M, m_inplace_mul);
    reg(it, &l, "__new__", S, list_new);
    reg(it, &l, "__init__", M, list_init);
    container_dunders(it, &l);
    set_none(&l, "__hash__");
    reg(it, &l, "__iadd__", M, list_iadd);
    super::list_methods::install(it);
    let t = it.t.tuple.clone();
    reg_ops(it, &t, SEQ_OPS);
    reg(it, &t, "__new__", S, tuple_new);
    reg(it, &t, "__hash__", M, m_hash);
    reg(it, &t, "__len__", M, m_len);
    reg(it, &t, "__getitem__", M, m_getitem);
    reg(it, &t, "__contains__", M, m_contains);
    reg(it, &t, "__iter__", M, m_iter);
    let d = it.t.dict.clone();
    reg_ops(it, &d, DICT_OPS);
    reg(it, &d, "__ior__", M, dict_ior);
    reg(it, &d, "__new__", S, dict_new);
    reg(it, &d, "__init__", M, dict_init);
    container_dunders(it, &d);
    let mp = it.t.mappingproxy.clone();
    reg(it, &mp, "__len__", M, m_len);
    reg(it, &mp, "__getitem__", M, m_getitem);
    reg(it, &mp, "__contains__", M, m_contains);
    reg(it, &mp, "__iter__", M, m_iter);
    set_none(&d, "__hash__");
    reg_sig(it, &d, "fromkeys", C, Sig::Clinic(1, 2), dict_fromkeys);
    for view in ["dict_keys", "dict_values", "dict_items"] {
        let vc = it.t.iter_type(view);
        reg(it, &vc, "__iter__", M, view_iter);
        reg(it, &vc, "__len__", M, view_len);
        reg(it, &vc, "__repr__", M, view_repr);
        reg(it, &vc, "__contains__", M, view_contains);
        reg(it, &vc, "__reversed__", M, view_reversed);
        if view != "dict_values" {
            super::dict_views::install_set_ops(it, &vc);
            // Set-like views compare as sets, so they are unhashable.
            set_none(&vc, "__hash__");
        }
    }
    let st = it.t.set.clone();
    reg_ops(it, &st, SET_OPS);
    reg(it, &st, "__ior__", M, set_ior);
    reg(it, &st, "__iand__", M, set_iand);
    reg(it, &st, "__isub__", M, set_isub);
    reg(it, &st, "__ixor__", M, set_ixor);
    reg(it, &st, "__new__", S, set_new);
    reg(it, &st, "__init__", M, set_init);
    reg(it, &st, "__len__", M, m_len);
    reg(it, &st, "__contains__", M, m_contains);
    reg(it, &st, "__iter__", M, m_iter);
    set_none(&st, "__hash__");
    let fs = it.t.frozenset.clone();
    reg_ops(it, &fs, SET_OPS);
    reg(it, &fs, "__new__", S, frozenset_new);
    reg(it, &fs, "__len__", M, m_len);
    reg(it, &fs, "__contains__", M, m_contains);
    reg(it, &fs, "__iter__", M, m_iter);
    reg(it, &fs, "__hash__", M, m_hash);
    super::set_methods::install(it);
    let r = it.t.range.clone();
    reg(it, &r, "__new__", S, range_new);
    reg(it, &r, "__len__", M, m_len);
    reg(it, &r, "__getitem__", M, m_getitem);
    reg(it, &r, "__contains__", M, m_contains);
    reg(it, &r, "__iter__", M, m_iter);
    reg(it, &r, "__eq__", M, range_eq);
    reg_sig(it, &r, "index", M, Sig::One, range_index);
    reg_sig(it, &r, "count", M, Sig::One, range_count);
    reg(it, &r, "__bool__", M, m_bool);
    let none = it.t.none_type.clone();
    reg(it, &none, "__bool__", M, m_bool);
    for c in [it.t.list.clone(), it.t.dict.clone(), r] {
        reg_sig(it, &c, "__reversed__", M, Sig::NoArgs, seq_reversed);
    }
    reg_sig(it, &fl, "as_integer_ratio", M, Sig::NoArgs, float_as_integer_ratio);
    super::type_forms::install(it);
    for m in [it.t.method.clone(), it.t.builtin_function.clone(), it.t.method_wrapper.clone()] {
        reg(it, &m, "__eq__", M, method_eq);
    }
    let sl = it.t.slice.clone();
    reg(it, &sl, "__new__", S, slice_new);
    set_none(&sl, "__hash__");
    for (name, f) in [
        ("enumerate", enumerate_new as super::function::NativeFn),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ] {
        let c = it.t.iter_type(name);
        reg(it, &c, "__new__", S, f);
    }
}

fn set_none(cls: &ObjRef, name: &str) {
    super::methods::set_attr_value(cls, name, Value::None);
}

fn container_dunders(it: &mut Interp, cls: &ObjRef) {
    reg(it, cls, "__len__", M, m_len);
    reg(it, cls, "__getitem__", M, m_getitem);
    reg(it, cls, "__setitem__", M, m_setitem);
    reg(it, cls, "__delitem__", M, m_delitem);
    reg(it, cls, "__contains__", M, m_contains);
    reg(it, cls, "__iter__", M, m_iter);
}

fn me(it: &mut Interp, args: &[Value], n: usize, name: &str) -> PyResult<Value> {
    if args.len() != n {
        return it.type_error(format!(
            "{name}() takes exactly {} argument{} ({} given)",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        ));
    }
    Ok(arg(args, 0).clone())
}

/// Runs a native operation on the builtin core of `v` (for subclass instances).
fn native_view(v: &Value) -> Value {
    unbox(v)
}

fn m_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__repr__")?;
    match &v {
        Value::Obj(o) if !matches!(o.payload, Payload::Boxed(_)) => Ok(Value::Str(it.native_repr(o)?)),
        _ => Ok(Value::Str(it.repr(&native_view(&v))?)),
    }
}

fn m_str(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__str__")?;
    match native_view(&v) {
        Value::Str(s) => Ok(Value::Str(s)),
        other @ Value::Obj(_) => {
            let t = it.type_of(&v);
            match it.lookup_special(&t, "__repr__") {
                Some(m) => it.call_bound(&m, &v, vec![], vec![]),
                None => Ok(Value::Str(it.repr(&other)?)),
            }
        }
        other => Ok(Value::Str(it.repr(&other)?)),
    }
}

fn m_format(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 2, "__format__")?;
    let spec = match arg(&args, 1) {
        Value::Str(s) => s.to_string(),
        _ => return it.type_error("format spec must be a str"),
    };
    if spec.is_empty() {
        return Ok(Value::Str(it.str_of(&v)?));
    }
    Ok(Value::str(&it.native_format(&native_view(&v), &spec)?))
}

fn m_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__hash__")?;
    if let Value::Obj(o) = &v {
        if let Some(h) = it.payload_hash(o) {
            return Ok(Value::int(h?));
        }
    }
    Ok(Value::int(it.hash(&native_view(&v))?))
}

/// `__index__`, `__int__`, `__float__`: the number itself (the same object for an exact int or
/// float, as in CPython), or the builtin value inside a subclass instance.
fn m_unbox(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        return it.type_error(format!("expected 0 arguments, got {}", args.len().saturating_sub(1)));
    }
    Ok(exact_number(arg(&args, 0)))
}

fn exact_number(v: &Value) -> Value {
    match native_view(v) {
        Value::Bool(b) => Value::int(b as i64),
        other => other,
    }
}

/// The number methods that return the number itself (`int.conjugate`, `int.__floor__`, ...).
fn number_itself(it: &mut Interp, args: &[Value], qualname: &str) -> PyResult<Value> {
    if args.len() != 1 {
        return it.type_error(format!("{qualname}() takes no arguments ({} given)", args.len().saturating_sub(1)));
    }
    Ok(exact_number(arg(args, 0)))
}

fn int_trunc(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    number_itself(it, &args, "int.__trunc__")
}

fn int_floor(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    number_itself(it, &args, "int.__floor__")
}

fn int_ceil(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    number_itself(it, &args, "int.__ceil__")
}

fn int_conjugate(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    number_itself(it, &args, "int.conjugate")
}

fn float_conjugate(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    number_itself(it, &args, "float.conjugate")
}

fn m_neg(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__neg__")?;
    it.unary_op(crate::syntax::ast::UnaryOp::USub, native_view(&v))
}

fn m_bool(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__bool__")?;
    Ok(Value::Bool(it.truthy(&native_view(&v))?))
}

fn m_len(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__len__")?;
    let n = match (&v, native_view(&v)) {
        (Value::Obj(o), _)
            if matches!(
                o.payload,
                Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::Tuple(_)
                    | Payload::Range { .. }
            ) =>
        {
            match &o.payload {
                Payload::List(l) => l.borrow().len(),
                Payload::Dict(d) | Payload::Set(d) => d.borrow().len(),
                Payload::FrozenSet(d) => d.len(),
                Payload::Tuple(t) => t.len(),
                Payload::Range { start, stop, step } => super::containers::range_len(*start, *stop, *step) as usize,
                _ => 0,
            }
        }
        (_, inner) => it.len(&inner)?,
    };
    Ok(Value::int(n as i64))
}

fn m_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 2, "__getitem__")?;
    let inner = native_view(&v);
    match it.native_getitem(&inner, arg(&args, 1))? {
        Some(r) => Ok(r),
        None => {
            let tn = it.type_name(&v);
            it.type_error(format!("'{tn}' object is not subscriptable"))
        }
    }
}

fn m_setitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 3, "__setitem__")?;
    if !it.native_setitem(&v, arg(&args, 1), arg(&args, 2))? {
        let tn = it.type_name(&v);
        return it.type_error(format!("'{tn}' object does not support item assignment"));
    }
    Ok(Value::None)
}

fn m_delitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 2, "__delitem__")?;
    if let Value::Obj(o) = &v {
        match &o.payload {
            Payload::Dict(_) => {
                return match it.dict_del(o, arg(&args, 1))? {
                    Some(_) => Ok(Value::None),
                    None => it.key_error(arg(&args, 1).clone()),
                };
            }
            Payload::List(l) => {
                if let Some(i) = super::numbers::as_i64(arg(&args, 1)) {
                    let n = l.borrow().len();
                    return match super::containers::norm_index(i, n) {
                        Some(ix) => {
                            l.borrow_mut().remove(ix);
                            Ok(Value::None)
                        }
                        None => it.err("IndexError", "list assignment index out of range"),
                    };
                }
            }
            _ => {}
        }
    }
    Err(it.no_item_deletion(&v))
}

fn m_contains(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 2, "__contains__")?;
    let found = match &v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(_) => it.dict_get(o, arg(&args, 1))?.is_some(),
            Payload::Set(_) => it.set_contains(o, arg(&args, 1))?,
            Payload::List(l) => {
                let items = l.borrow().clone();
                let mut f = false;
                for x in items {
                    if it.eq(&x, arg(&args, 1))? {
                        f = true;
                        break;
                    }
                }
                f
            }
            Payload::Tuple(t) => {
                let items = t.clone();
                let mut f = false;
                for x in items {
                    if it.eq(&x, arg(&args, 1))? {
                        f = true;
                        break;
                    }
                }
                f
            }
            Payload::Boxed(inner) => {
                let inner = inner.clone();
                it.contains(&inner, arg(&args, 1))?
            }
            _ => it.contains(&v, arg(&args, 1))?,
        },
        _ => it.contains(&v, arg(&args, 1))?,
    };
    Ok(Value::Bool(found))
}

fn m_iter(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "__iter__")?;
    if let Value::Obj(o) = &v {
        match &o.payload {
            Payload::List(_) => return Ok(it.new_iter("list_iterator", IterState::Seq { seq: v.clone(), index: 0 })),
            Payload::Tuple(_) => return Ok(it.new_iter("tuple_iterator", IterState::Seq { seq: v.clone(), index: 0 })),
            Payload::Set(_) | Payload::FrozenSet(_) => return Ok(it.set_iter(o)),
            Payload::Dict(_) => return Ok(it.dict_iter(o, DictIterKind::Keys, false)),
            Payload::Boxed(inner) => {
                let inner = inner.clone();
                return it.iter(&inner);
            }
            _ => {}
        }
    }
    it.iter(&v)
}

fn int_bit_length(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "bit_length")?;
    let b = to_big(&native_view(&v)).unwrap_or_default();
    Ok(Value::int(b.bits() as i64))
}

fn float_is_integer(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "is_integer")?;
    Ok(Value::Bool(matches!(native_view(&v), Value::Float(f, _) if f.is_finite() && f.fract() == 0.0)))
}

/// Wraps a computed builtin value for `cls` (exact builtin: the value itself).
fn boxed_for(it: &mut Interp, cls: &ObjRef, exact: &ObjRef, v: Value) -> Value {
    if Rc::ptr_eq(cls, exact) {
        return v;
    }
    Value::Obj(it.alloc_instance(cls, Payload::Boxed(v)))
}

fn cls_arg(it: &mut Interp, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(c)) if c.is_class() => Ok(c.clone()),
        _ => it.type_error("__new__(X): X is not a type object"),
    }
}

fn int_new(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    let base_kw = take_kw(&mut kwargs, "base");
    unexpected_kw(it, "int", &kwargs)?;
    if args.len() > 3 {
        return it.type_error(format!("int() takes at most 2 arguments ({} given)", args.len() - 1));
    }
    let base = args.get(2).cloned().or(base_kw);
    let v = match (args.get(1), base) {
        (None, None) => Value::int(0),
        (None, Some(_)) => return it.type_error("int() missing string argument"),
        (Some(x), Some(b)) => {
            let b = it.index_arg(&b)?;
            // The base is checked before the argument's type, as `long_new_impl` does.
            if (b != 0 && b < 2) || b > 36 {
                return it.value_error("int() base must be >= 2 and <= 36, or 0");
            }
            match unbox(x) {
                Value::Str(s) => match super::format::parse_int_literal(&s, b as u32) {
                    Ok(n) => Value::from_bigint(n),
                    Err(e) => return it.raise_fmt(e),
                },
                _ => return it.type_error("int() can't convert non-string with explicit base"),
            }
        }
        (Some(x), None) => it.int_of(x)?,
    };
    Ok(boxed_for(it, &cls, &it.t.int.clone(), v))
}

impl Interp {
    /// `int(x)` for one argument.
    pub fn int_of(&mut self, x: &Value) -> PyResult<Value> {
        match x {
            Value::Int(_, _) | Value::BigInt(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::int(*b as i64)),
            Value::Float(f, _) => {
                if f.is_nan() {
                    return self.value_error("cannot convert float NaN to integer");
                }
                if f.is_infinite() {
                    return self.err("OverflowError", "cannot convert float infinity to integer");
                }
                Ok(Value::from_bigint(super::format::float_to_bigint(f.trunc())))
            }
            Value::Str(s) => match super::format::parse_int_literal(s, 10) {
                Ok(n) => Ok(Value::from_bigint(n)),
                Err(e) => self.raise_fmt(e),
            },
            _ => {
                let t = self.type_of(x);
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(f) = self.lookup_special(&t, m) {
                        let r = self.call_bound(&f, x, vec![], vec![])?;
                        return match unbox(&r) {
                            v @ (Value::Int(_, _) | Value::BigInt(_)) => Ok(v),
                            Value::Bool(b) => Ok(Value::int(b as i64)),
                            _ => {
                                let tn = self.type_name(&r);
                                self.type_error(format!("{m} returned non-int (type {tn})"))
                            }
                        };
                    }
                }
                if let Value::Str(s) = unbox(x) {
                    return self.int_of(&Value::Str(s));
                }
                let tn = self.type_name(x);
                self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
                ))
            }
        }
    }

    /// `float(x)`.
    pub fn float_of(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f, _) => Ok(*f),
            Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_) => match super::numbers::to_f64(x) {
                Some(f) if f.is_finite() => Ok(f),
                _ => self.err("OverflowError", "int too large to convert to float"),
            },
            Value::Str(s) => match super::format::parse_float_literal(s) {
                Ok(f) => Ok(f),
                Err(e) => self.raise_fmt(e),
            },
            _ => {
                let t = self.type_of(x);
                for m in ["__float__", "__index__"] {
                    if let Some(f) = self.lookup_special(&t, m) {
                        let r = self.call_bound(&f, x, vec![], vec![])?;
                        return match unbox(&r) {
                            Value::Float(f, _) => Ok(f),
                            v @ (Value::Int(_, _) | Value::BigInt(_)) if m == "__index__" => self.float_of(&v),
                            _ => {
                                let tn = self.type_name(&r);
                                self.type_error(format!("{m} returned non-float (type {tn})"))
                            }
                        };
                    }
                }
                if let Value::Obj(o) = x {
                    if let Payload::Boxed(inner) = &o.payload {
                        let inner = inner.clone();
                        return self.float_of(&inner);
                    }
                }
                let tn = self.type_name(x);
                self.type_error(format!("float() argument must be a string or a real number, not '{tn}'"))
            }
        }
    }
}

fn bool_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "bool", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("bool expected at most 1 argument, got {}", args.len() - 1));
    }
    match args.get(1) {
        Some(v) => Ok(Value::Bool(it.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    no_kwargs(it, "float", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("float expected at most 1 argument, got {}", args.len() - 1));
    }
    // `float(x)` of an exact float is `x` itself, as in CPython.
    let f = match args.get(1) {
        Some(x @ Value::Float(..)) => x.clone(),
        Some(x) => Value::float(it.float_of(x)?),
        None => Value::float(0.0),
    };
    Ok(boxed_for(it, &cls, &it.t.float.clone(), f))
}

fn str_new(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    let mut a = args[1..].to_vec();
    if a.len() > 3 {
        return it.type_error(format!("str() takes at most 3 arguments ({} given)", a.len()));
    }
    positional_or_keyword(it, "str", &mut a, &mut kwargs, &["object", "encoding", "errors"])?;
    if a.len() > 1 {
        return it.err("NotImplementedError", "metalab does not model bytes objects");
    }
    let s = match a.first() {
        Some(x) => Value::Str(it.str_of(x)?),
        None => Value::str(""),
    };
    Ok(boxed_for(it, &cls, &it.t.str_.clone(), s))
}

fn new_with_payload(it: &mut Interp, cls: &ObjRef, payload: Payload) -> Value {
    Value::Obj(it.alloc_instance(cls, payload))
}

fn list_new(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    Ok(new_with_payload(it, &cls, Payload::List(RefCell::new(Vec::new()))))
}

fn list_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("list expected at most 1 argument, got {}", args.len() - 1));
    }
    if let (Some(Value::Obj(o)), Some(src)) = (args.first(), args.get(1)) {
        let items = it.collect_sized(src)?;
        if let Payload::List(l) = &o.payload {
            *l.borrow_mut() = items;
        }
    }
    Ok(Value::None)
}

fn list_iadd(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 2, "__iadd__")?;
    let items = it.collect_sized(arg(&args, 1))?;
    if let Value::Obj(o) = &v {
        if let Payload::List(l) = &o.payload {
            l.borrow_mut().extend(items);
        }
    }
    Ok(v)
}

macro_rules! inplace_methods {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
                arity(it, stringify!($name), &args, 2, 2)?;
                inplace(it, $op, arg(&args, 0), arg(&args, 1))
            }
        )*
    };
}

inplace_methods! {
    m_inplace_mul => BinOp::Mult;
}

macro_rules! set_inplace_methods {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
                arity(it, stringify!($name), &args, 2, 2)?;
                it.set_inplace($op, arg(&args, 0), arg(&args, 1))
            }
        )*
    };
}

set_inplace_methods! {
    set_ior => BinOp::BitOr;
    set_iand => BinOp::BitAnd;
    set_isub => BinOp::Sub;
    set_ixor => BinOp::BitXor;
}

/// `list *= n`: the operator's result becomes the receiver's contents, and the receiver
/// itself is the result, so every other reference sees the change.
fn inplace(it: &mut Interp, op: BinOp, target: &Value, other: &Value) -> PyResult<Value> {
    let Some(result) = it.native_binop(op, &unbox(target), &unbox(other))? else {
        return Ok(it.not_implemented());
    };
    if let (Value::Obj(t), Value::Obj(r)) = (target, &result) {
        if let (Payload::List(dst), Payload::List(src)) = (&t.payload, &r.payload) {
            let items = std::mem::take(&mut *src.borrow_mut());
            let old = std::mem::replace(&mut *dst.borrow_mut(), items);
            drop(old);
        }
    }
    Ok(target.clone())
}

/// `d |= other`: `d.update(other)` (any mapping or iterable of pairs), then `d` itself.
fn dict_ior(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__ior__", &args, 2, 2)?;
    let Value::Obj(d) = arg(&args, 0) else { return Ok(it.not_implemented()) };
    super::builtins::dict_update_from(it, d, arg(&args, 1))?;
    Ok(arg(&args, 0).clone())
}

fn tuple_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    no_kwargs(it, "tuple", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("tuple expected at most 1 argument, got {}", args.len() - 1));
    }
    if Rc::ptr_eq(&cls, &it.t.tuple) && args.get(1).is_some_and(|a| it.is_exact_tuple(a)) {
        return Ok(arg(&args, 1).clone());
    }
    let items = match args.get(1) {
        Some(src) => it.collect_sized(src)?,
        None => Vec::new(),
    };
    if Rc::ptr_eq(&cls, &it.t.tuple) {
        return Ok(it.tuple(items));
    }
    Ok(new_with_payload(it, &cls, Payload::Tuple(items)))
}

fn dict_new(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    Ok(new_with_payload(it, &cls, Payload::Dict(RefCell::new(DictData::new()))))
}

fn dict_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return it.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1));
    }
    let Some(Value::Obj(o)) = args.first().cloned() else { return Ok(Value::None) };
    if let Some(src) = args.get(1) {
        dict_update_from(it, &o, src)?;
    }
    for (k, v) in kwargs {
        it.dict_set(&o, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

/// `dict.fromkeys`: into a new exact dict, an exact dict's or set's keys go with their stored
/// hashes (no `__hash__` call); anything else is iterated, each key stored as it comes.
fn dict_fromkeys(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "fromkeys", &args, 2, 3)?;
    let cls = arg(&args, 0).clone();
    let d = it.call(&cls, vec![], vec![])?;
    let val = args.get(2).cloned().unwrap_or(Value::None);
    if let Value::Obj(o) = &d {
        let empty_dict = Rc::ptr_eq(&o.class(), &it.t.dict) && o.dict_data().is_some_and(|x| x.borrow().is_empty());
        let src = arg(&args, 1);
        let stored = match src {
            Value::Obj(s)
                if empty_dict && [&it.t.dict, &it.t.set, &it.t.frozenset].iter().any(|c| Rc::ptr_eq(c, &s.class())) =>
            {
                let pairs = |t: &DictData| t.iter().map(|e| (e.key.clone(), e.hash)).collect::<Vec<_>>();
                match &s.payload {
                    Payload::FrozenSet(t) => Some(pairs(t)),
                    Payload::Set(t) | Payload::Dict(t) => Some(pairs(&t.borrow())),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(items) = stored {
            for (k, h) in items {
                it.dict_set_hashed(o, k, val.clone(), h)?;
            }
            return Ok(d);
        }
    }
    it.for_each(arg(&args, 1), |it, k| it.setitem(&d, k, val.clone()))?;
    Ok(d)
}

pub(super) fn view_parts(it: &mut Interp, args: &[Value]) -> PyResult<(ObjRef, DictIterKind, &'static str)> {
    let Some(Value::Obj(v)) = args.first() else { return it.type_error("dict view needed") };
    let kind = match &*it.class_name(&v.class()) {
        "dict_values" => (DictIterKind::Values, "dict_values"),
        "dict_items" => (DictIterKind::Items, "dict_items"),
        _ => (DictIterKind::Keys, "dict_keys"),
    };
    match &v.payload {
        Payload::Boxed(Value::Obj(d)) => Ok((d.clone(), kind.0, kind.1)),
        _ => it.type_error("dict view needed"),
    }
}

pub fn make_view(it: &mut Interp, d: &ObjRef, kind: &str) -> Value {
    let cls = it.t.iter_type(kind);
    Value::Obj(it.heap.alloc(Some(cls), None, Payload::Boxed(Value::Obj(d.clone()))))
}

fn view_iter(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind, _) = view_parts(it, &args)?;
    Ok(it.dict_iter(&d, kind, false))
}

fn view_len(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, _, _) = view_parts(it, &args)?;
    Ok(Value::int(d.dict_data().map(|x| x.borrow().len()).unwrap_or(0) as i64))
}

pub(super) fn view_items(it: &mut Interp, d: &ObjRef, kind: DictIterKind) -> Vec<Value> {
    let entries: Vec<(Value, Value)> = d
        .dict_data()
        .map(|x| x.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect())
        .unwrap_or_default();
    entries
        .into_iter()
        .map(|(k, v)| match kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => it.tuple(vec![k, v]),
        })
        .collect()
}

fn view_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind, name) = view_parts(it, &args)?;
    let items = view_items(it, &d, kind);
    let l = it.list(items);
    let r = it.repr(&l)?;
    Ok(Value::str(&format!("{name}({r})")))
}

/// `d.keys() == other`: keys and items views are set-like, equal to any set or view with the
/// same elements (values views compare by identity).
fn view_contains(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__contains__", &args, 2, 2)?;
    let (d, kind, _) = view_parts(it, &args)?;
    if kind == DictIterKind::Keys {
        return Ok(Value::Bool(it.dict_get(&d, arg(&args, 1))?.is_some()));
    }
    let items = view_items(it, &d, kind);
    for x in items {
        if it.eq(&x, arg(&args, 1))? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn set_new(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    Ok(new_with_payload(it, &cls, Payload::Set(RefCell::new(DictData::new_set()))))
}

fn set_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "set", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("set expected at most 1 argument, got {}", args.len() - 1));
    }
    // `set_init`: emptied (a set may be initialised again), then updated.
    if let Some(me @ Value::Obj(o)) = args.first() {
        if let Payload::Set(s) = &o.payload {
            it.set_clear(s)?;
            if let Some(src) = args.get(1) {
                it.set_update(s, Some(me), src)?;
            }
        }
    }
    Ok(Value::None)
}

fn frozenset_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args)?;
    no_kwargs(it, "frozenset", &kwargs)?;
    if args.len() > 2 {
        return it.type_error(format!("frozenset expected at most 1 argument, got {}", args.len() - 1));
    }
    // `frozenset(f)` of an exact frozenset is `f` itself, as in CPython.
    if let Some(src @ Value::Obj(o)) = args.get(1) {
        let frozenset = it.t.frozenset.clone();
        if Rc::ptr_eq(&cls, &frozenset)
            && matches!(o.payload, Payload::FrozenSet(_))
            && Rc::ptr_eq(&o.class(), &frozenset)
        {
            return Ok(src.clone());
        }
    }
    let d = match args.get(1) {
        Some(src) => it.set_table_from(src)?,
        None => DictData::new_set(),
    };
    Ok(new_with_payload(it, &cls, Payload::FrozenSet(d)))
}

fn range_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "range", &kwargs)?;
    let n = args.len() - 1;
    if n == 0 {
        return it.type_error("range expected at least 1 argument, got 0");
    }
    if n > 3 {
        return it.type_error(format!("range expected at most 3 arguments, got {n}"));
    }
    let mut nums = Vec::new();
    for a in &args[1..] {
        let big = to_big(&unbox(a));
        let v = match big.and_then(|b| i128::try_from(b).ok()) {
            Some(v) => v,
            None => it.index_arg(a)? as i128,
        };
        nums.push(v);
    }
    let (start, stop, step) = match nums.as_slice() {
        [e] => (0, *e, 1),
        [s, e] => (*s, *e, 1),
        [s, e, st] => (*s, *e, *st),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return it.value_error("range() arg 3 must not be zero");
    }
    Ok(Value::Obj(it.heap.alloc(Some(it.t.range.clone()), None, Payload::Range { start, stop, step })))
}

fn range_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__eq__", &args, 2, 2)?;
    let key = |v: &Value| match v {
        Value::Obj(o) => match &o.payload {
            Payload::Range { start, stop, step } => {
                let n = super::containers::range_len(*start, *stop, *step);
                Some((n, if n > 0 { *start } else { 0 }, if n > 1 { *step } else { 0 }))
            }
            _ => None,
        },
        _ => None,
    };
    match (key(arg(&args, 0)), key(arg(&args, 1))) {
        (Some(a), Some(b)) => Ok(Value::Bool(a == b)),
        _ => Ok(it.not_implemented()),
    }
}

fn slice_new(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "slice", &kw)?;
    let a = &args[1..];
    let (start, stop, step) = match a {
        [e] => (Value::None, e.clone(), Value::None),
        [s, e] => (s.clone(), e.clone(), Value::None),
        [s, e, st] => (s.clone(), e.clone(), st.clone()),
        [] => return it.type_error("slice expected at least 1 argument, got 0"),
        _ => return it.type_error(format!("slice expected at most 3 arguments, got {}", a.len())),
    };
    Ok(Value::Obj(it.heap.alloc(Some(it.t.slice.clone()), None, Payload::Slice { start, stop, step })))
}

fn enumerate_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    // CPython 3.11's `enumerate` call: by count, each keyword must name the parameter its
    // position would fill.
    let mut a = args[1..].to_vec();
    let total = a.len() + kwargs.len();
    if total > 2 {
        return it.type_error(format!("enumerate() takes at most 2 arguments ({total} given)"));
    }
    if total == 0 {
        return it.type_error("enumerate() missing required argument 'iterable'");
    }
    for (k, _) in &kwargs {
        let expected = if kwargs.len() == 2 { &**k } else { ["iterable", "start"][total - 1] };
        if &**k != expected || !matches!(expected, "iterable" | "start") {
            return it.type_error(format!("'{k}' is an invalid keyword argument for enumerate()"));
        }
    }
    if kwargs.len() == 2 {
        // Both by name (two different ones of the two names): put them in order.
        for name in ["iterable", "start"] {
            a.extend(kwargs.iter().filter(|(k, _)| &**k == name).map(|(_, v)| v.clone()));
        }
    } else {
        a.extend(kwargs.into_iter().map(|(_, v)| v));
    }
    let inner = it.iter(&a[0])?;
    let count = match a.get(1) {
        Some(v @ (Value::Int(..) | Value::BigInt(_) | Value::Bool(_))) => exact_number(v),
        Some(v) => Value::int(it.index_arg(v)?),
        None => Value::int(0),
    };
    Ok(iter_of_class(it, &args[0], "enumerate", IterState::Enumerate { inner, count }))
}

fn zip_new(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let strict = match take_kw(&mut kwargs, "strict") {
        Some(v) => it.truthy(&v)?,
        None => false,
    };
    unexpected_kw(it, "zip", &kwargs)?;
    let mut inners = Vec::new();
    for a in args[1..].iter() {
        if !it.is_iterable(a) {
            let tn = it.type_name(a);
            return it.type_error(format!("'{tn}' object is not iterable"));
        }
        inners.push(it.iter(a)?);
    }
    Ok(iter_of_class(it, &args[0], "zip", IterState::Zip { inners, strict }))
}

fn map_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "map", &kwargs)?;
    if args.len() < 3 {
        return it.type_error("map() must have at least two arguments.");
    }
    let func = arg(&args, 1).clone();
    let mut inners = Vec::new();
    for a in &args[2..] {
        inners.push(it.iter(a)?);
    }
    Ok(iter_of_class(it, &args[0], "map", IterState::Map { func, inners }))
}

fn filter_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "filter", &kwargs)?;
    if args.len() != 3 {
        return it.type_error(format!("filter expected 2 arguments, got {}", args.len() - 1));
    }
    let inner = it.iter(arg(&args, 2))?;
    Ok(iter_of_class(it, &args[0], "filter", IterState::Filter { func: arg(&args, 1).clone(), inner }))
}

/// A builtin iterator of the class `__new__` was called with: a subclass's instance (which
/// may override `__next__`) or the type's own.
fn iter_of_class(it: &mut Interp, cls: &Value, name: &str, state: IterState) -> Value {
    match cls {
        Value::Obj(c) if c.is_user_class() => {
            Value::Obj(it.alloc_instance(c, Payload::Iter(super::refcell::RefCell::new(state))))
        }
        _ => it.new_iter(name, state),
    }
}

fn reversed_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "reversed", &kwargs)?;
    if args.len() != 2 {
        return it.type_error(format!("reversed expected 1 argument, got {}", args.len() - 1));
    }
    let seq = arg(&args, 1).clone();
    let t = it.type_of(&seq);
    match it.lookup_special(&t, "__reversed__") {
        Some(Value::None) => {
            let tn = it.type_name(&seq);
            return it.type_error(format!("'{tn}' object is not reversible"));
        }
        Some(m) => return it.call_bound(&m, &seq, vec![], vec![]),
        None => {}
    }
    if it.lookup_special(&t, "__getitem__").is_none() {
        let tn = it.type_name(&seq);
        return it.type_error(format!("'{tn}' object is not reversible"));
    }
    let n = it.len(&seq)?;
    Ok(iter_of_class(it, &args[0], "reversed", IterState::Reversed { seq, index: n as isize - 1 }))
}

/// `list.__reversed__`, `dict.__reversed__` and `range.__reversed__`: the iterator each type
/// makes without calling the receiver's other methods (a subclass's `__getitem__` or
/// `__iter__` is not used).
fn seq_reversed(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else { return it.type_error("__reversed__ needs a receiver") };
    match &o.payload {
        Payload::List(l) => {
            let index = l.borrow().len() as isize - 1;
            Ok(it.new_iter("list_reverseiterator", IterState::Reversed { seq: arg(&args, 0).clone(), index }))
        }
        Payload::Dict(_) => Ok(it.dict_iter(o, DictIterKind::Keys, true)),
        &Payload::Range { start, stop, step } => {
            let len = super::containers::range_len(start, stop, step);
            let last = start + (len - 1) * step;
            Ok(it.new_iter("range_iterator", IterState::Range { next: last, stop: start - step, step: -step }))
        }
        _ => it.type_error("__reversed__ needs a list, dict or range"),
    }
}

fn range_parts(v: &Value) -> Option<(i128, i128, i128)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Range { start, stop, step } => Some((*start, *stop, *step)),
            _ => None,
        },
        _ => None,
    }
}

fn range_index(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "index", &args, 2, 2)?;
    if let (Some((s, _, st)), Some(i)) = (range_parts(arg(&args, 0)), super::numbers::as_i64(arg(&args, 1))) {
        if it.contains(arg(&args, 0), arg(&args, 1))? {
            return Ok(Value::from_i128((i as i128 - s) / st));
        }
    }
    let r = it.repr(arg(&args, 1))?;
    it.value_error(format!("{r} is not in range"))
}

fn range_count(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "count", &args, 2, 2)?;
    Ok(Value::int(it.contains(arg(&args, 0), arg(&args, 1))? as i64))
}

fn float_as_integer_ratio(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = me(it, &args, 1, "as_integer_ratio")?;
    let Value::Float(f, _) = unbox(&v) else { return it.type_error("as_integer_ratio needs a float") };
    if f.is_nan() {
        return it.value_error("cannot convert NaN to integer ratio");
    }
    if f.is_infinite() {
        return it.err("OverflowError", "cannot convert Infinity to integer ratio");
    }
    // f = mantissa * 2**exp exactly; reduce by powers of two.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac as i128, -1074i64) } else { ((frac | (1u64 << 52)) as i128, exp - 1075) };
    if f < 0.0 {
        m = -m;
    }
    while m != 0 && m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let (num, den) = if e >= 0 {
        (num_bigint::BigInt::from(m) << (e as u64), num_bigint::BigInt::from(1))
    } else {
        (num_bigint::BigInt::from(m), num_bigint::BigInt::from(1) << ((-e) as u64))
    };
    let items = vec![Value::from_bigint(num), Value::from_bigint(den)];
    Ok(it.tuple(items))
}

fn view_reversed(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (d, kind, _) = view_parts(it, &args)?;
    Ok(it.dict_iter(&d, kind, true))
}

/// Set operations on key/item views produce sets, as in CPython.
/// Bound methods are equal when they bind the same object to the same function.
fn method_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__eq__", &args, 2, 2)?;
    let parts = |v: &Value| match v {
        Value::Obj(o) => match &o.payload {
            Payload::BoundMethod { func, receiver } => Some((func.clone(), receiver.clone())),
            _ => None,
        },
        _ => None,
    };
    match (parts(arg(&args, 0)), parts(arg(&args, 1))) {
        (Some((f1, r1)), Some((f2, r2))) => Ok(Value::Bool(f1.is(&f2) && r1.is(&r2))),
        _ => Ok(it.not_implemented()),
    }
}
