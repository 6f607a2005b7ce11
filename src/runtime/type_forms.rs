//! `int | None` (`types.UnionType`) and `list[int]` (`types.GenericAlias`): the forms
//! annotations are written in, which a `def` evaluates. Both are kept as a tuple payload:
//! a union's arguments, or an alias's origin and arguments.
//!
//! As in CPython (`Objects/unionobject.c`, `Objects/genericaliasobject.c`): `X | Y` flattens
//! nested unions, drops repeats and gives `X` itself for `X | X`; unions compare equal
//! whatever their order; `isinstance`/`issubclass` accept a union (of plain classes).

use super::builtins::arity;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::methods::reg;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub fn install(it: &mut Interp) {
    use BuiltinKind::{ClassMethod as C, Method as M};
    let t = it.t.type_.clone();
    reg(it, &t, "__or__", M, or);
    reg(it, &t, "__ror__", M, ror);
    let u = it.t.iter_type("UnionType");
    reg(it, &u, "__or__", M, or);
    reg(it, &u, "__ror__", M, ror);
    reg(it, &u, "__eq__", M, union_eq);
    reg(it, &u, "__hash__", M, union_hash);
    let g = it.t.iter_type("GenericAlias");
    reg(it, &g, "__or__", M, or);
    reg(it, &g, "__ror__", M, ror);
    reg(it, &g, "__call__", M, alias_call);
    reg(it, &g, "__eq__", M, alias_eq);
    reg(it, &g, "__hash__", M, alias_hash);
    for c in [
        it.t.list.clone(),
        it.t.dict.clone(),
        it.t.tuple.clone(),
        it.t.set.clone(),
        it.t.frozenset.clone(),
        it.t.type_.clone(),
    ] {
        reg(it, &c, "__class_getitem__", C, generic_alias);
    }
}

fn is_form(it: &Interp, v: &Value, name: &str) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && Rc::ptr_eq(&o.class(), &it.t.iter_type(name)))
}

/// A union's arguments, if `v` is a union.
pub fn union_args(it: &Interp, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) if is_form(it, v, "UnionType") => match &o.payload {
            Payload::Tuple(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_generic_alias(it: &Interp, v: &Value) -> bool {
    is_form(it, v, "GenericAlias")
}

/// What may stand in a union: a class, `None`, a union or an alias.
fn unionable(it: &Interp, v: &Value) -> bool {
    v.is_none() || matches!(v, Value::Obj(o) if o.is_class()) || union_args(it, v).is_some() || is_generic_alias(it, v)
}

fn or(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__or__", &args, 2, 2)?;
    make_union(it, arg(&args, 0), arg(&args, 1))
}

fn ror(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__ror__", &args, 2, 2)?;
    make_union(it, arg(&args, 1), arg(&args, 0))
}

/// `a | b`, or `NotImplemented` when either cannot be in a union.
fn make_union(it: &mut Interp, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(it, a) || !unionable(it, b) {
        return Ok(it.not_implemented());
    }
    let mut args: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = union_args(it, side).unwrap_or_else(|| vec![side.clone()]);
        for p in parts {
            let p = if p.is_none() { Value::Obj(it.t.none_type.clone()) } else { p };
            let mut seen = false;
            for q in &args {
                if q.is(&p) || (is_generic_alias(it, q) && it.eq(q, &p)?) {
                    seen = true;
                    break;
                }
            }
            if !seen {
                args.push(p);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.remove(0));
    }
    let cls = it.t.iter_type("UnionType");
    Ok(Value::Obj(it.heap.alloc(Some(cls), None, Payload::Tuple(args))))
}

fn union_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__eq__", &args, 2, 2)?;
    let (Some(a), Some(b)) = (union_args(it, arg(&args, 0)), union_args(it, arg(&args, 1))) else {
        return Ok(it.not_implemented());
    };
    let contains = |xs: &[Value], y: &Value| xs.iter().any(|x| x.is(y));
    Ok(Value::Bool(a.iter().all(|x| contains(&b, x)) && b.iter().all(|y| contains(&a, y))))
}

/// Order-independent, as `hash(frozenset(args))`.
fn union_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__hash__", &args, 1, 1)?;
    let parts = union_args(it, arg(&args, 0)).unwrap_or_default();
    let mut h: i64 = 0;
    for p in &parts {
        h ^= it.hash(p)?.wrapping_mul(0x9e37_79b9);
    }
    Ok(Value::int(h))
}

fn alias_parts(it: &Interp, v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Obj(o) if is_generic_alias(it, v) => match &o.payload {
            Payload::Tuple(t) => Some((t[0].clone(), t[1].clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Equal origins and equal arguments.
fn alias_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__eq__", &args, 2, 2)?;
    let (Some((o1, a1)), Some((o2, a2))) = (alias_parts(it, arg(&args, 0)), alias_parts(it, arg(&args, 1))) else {
        return Ok(it.not_implemented());
    };
    Ok(Value::Bool(it.eq(&o1, &o2)? && it.eq(&a1, &a2)?))
}

/// `hash(origin) ^ hash(args)`, as `ga_hash`.
fn alias_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__hash__", &args, 1, 1)?;
    let Some((origin, params)) = alias_parts(it, arg(&args, 0)) else { return Ok(Value::int(0)) };
    Ok(Value::int(it.hash(&origin)? ^ it.hash(&params)?))
}

/// `list[int]([1, 2])` calls `list`.
fn alias_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.remove(0);
    let origin = match &this {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t[0].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    };
    it.call(&origin, args, kwargs)
}

/// `list[int]`: a `types.GenericAlias` (kept as a tuple of origin and arguments).
pub(super) fn generic_alias(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__class_getitem__", &args, 2, 2)?;
    let params = match it.tuple_items(arg(&args, 1)) {
        Some(t) => t.to_vec(),
        None => vec![arg(&args, 1).clone()],
    };
    let params = it.tuple(params);
    let cls = it.t.iter_type("GenericAlias");
    Ok(Value::Obj(it.heap.alloc(Some(cls), None, Payload::Tuple(vec![arg(&args, 0).clone(), params]))))
}

/// `__args__` (and an alias's `__origin__`).
pub fn form_attr(it: &mut Interp, o: &ObjRef, name: &str) -> Option<Value> {
    let v = Value::Obj(o.clone());
    let Payload::Tuple(t) = &o.payload else { return None };
    if is_form(it, &v, "UnionType") && name == "__args__" {
        return Some(it.tuple(t.clone()));
    }
    if is_form(it, &v, "GenericAlias") {
        return match name {
            "__origin__" => Some(t[0].clone()),
            "__args__" => Some(t[1].clone()),
            _ => None,
        };
    }
    None
}

/// How a union or an alias shows an argument (`ga_repr_item`): a class by its qualified name,
/// prefixed by its module unless that is `builtins`; `None` and `...` as written.
fn repr_item(it: &mut Interp, v: &Value) -> PyResult<String> {
    if let Value::Obj(c) = v {
        if Rc::ptr_eq(c, &it.t.none_type) {
            return Ok("None".into());
        }
        if matches!(c.payload, Payload::Ellipsis) {
            return Ok("...".into());
        }
        if let Some(d) = c.class_data() {
            let qual = d.qualname.borrow().to_string();
            let module = it.getattr_opt(v, "__module__")?;
            return Ok(match module {
                Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{qual}"),
                _ => qual,
            });
        }
    }
    Ok(it.repr(v)?.to_string())
}

/// The repr of a union or an alias; `None` for other tuples.
pub fn form_repr(it: &mut Interp, o: &ObjRef) -> PyResult<Option<String>> {
    if Rc::ptr_eq(&o.class(), &it.t.tuple) {
        return Ok(None);
    }
    let v = Value::Obj(o.clone());
    let union = is_form(it, &v, "UnionType");
    if !union && !is_form(it, &v, "GenericAlias") {
        return Ok(None);
    }
    let Payload::Tuple(t) = &o.payload else { return Ok(None) };
    let t = t.clone();
    if union {
        let mut parts = Vec::new();
        for a in &t {
            parts.push(repr_item(it, a)?);
        }
        return Ok(Some(parts.join(" | ")));
    }
    let name = repr_item(it, &t[0])?;
    let mut parts = Vec::new();
    for p in it.tuple_items(&t[1]).map(|p| p.to_vec()).unwrap_or_default() {
        parts.push(repr_item(it, &p)?);
    }
    Ok(Some(format!("{name}[{}]", parts.join(", "))))
}
