//! `int | None` (`types.UnionType`) and `list[int]` (`types.GenericAlias`): the forms
//! annotations are written in, which a `def` evaluates. Both are kept as a tuple payload:
//! a union's arguments, or an alias's origin and arguments.
//!
//! As in CPython (`Objects/unionobject.c`, `Objects/genericaliasobject.c`): `X | Y` flattens
//! nested unions, drops repeats and gives `X` itself for `X | X`; unions compare equal
//! whatever their order; `isinstance`/`issubclass` accept a union (of plain classes).

use super::builtins::arity;

use super::function::{arg, BuiltinKind, Kwargs};
use super::interp::Interp;
use super::methods::reg;
use super::native_class::c_type;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub fn install(it: &mut Interp) {
    use BuiltinKind::{ClassMethod as C, Method as M, Static as S};
    let t = it.t.type_.clone();
    reg(it, &t, "__or__", M, or);
    reg(it, &t, "__ror__", M, ror);
    let u = it.t.iter_type("UnionType");
    c_type(Value::Obj(u.clone()), "types.UnionType");
    reg(it, &u, "__getitem__", M, no_type_vars);
    reg(it, &u, "__or__", M, or);
    reg(it, &u, "__ror__", M, ror);
    reg(it, &u, "__eq__", M, union_eq);
    reg(it, &u, "__hash__", M, union_hash);
    let g = it.t.iter_type("GenericAlias");
    c_type(Value::Obj(g.clone()), "types.GenericAlias");
    reg(it, &g, "__new__", S, alias_new);
    reg(it, &g, "__getitem__", M, no_type_vars);
    reg(it, &g, "__mro_entries__", M, alias_mro_entries);
    reg(it, &g, "__dir__", M, alias_dir);
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
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::TypeForm(_)) && Rc::ptr_eq(&o.class(), &it.t.iter_type(name)))
}

/// A union's arguments, if `v` is a union.
pub fn union_args(it: &Interp, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) if is_form(it, v, "UnionType") => match &o.payload {
            Payload::TypeForm(t) => Some(t.clone()),
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
    Ok(Value::Obj(it.heap.alloc(Some(cls), None, Payload::TypeForm(args))))
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
            Payload::TypeForm(t) => Some((t[0].clone(), t[1].clone())),
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

/// `list[int]([1, 2])` calls `list`; the object made remembers the alias as `__orig_class__`
/// where it can (`ga_call`).
fn alias_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.remove(0);
    let origin = match &this {
        Value::Obj(o) => match &o.payload {
            Payload::TypeForm(t) => t[0].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let obj = it.call(&origin, args, kwargs)?;
    match it.setattr(&obj, &Rc::from("__orig_class__"), this) {
        Err(e) if it.is_exc(&e, "AttributeError") || it.is_exc(&e, "TypeError") => {}
        r => r?,
    }
    Ok(obj)
}

/// `list[int]`: a `types.GenericAlias` (kept as a tuple of origin and arguments).
pub(super) fn generic_alias(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__class_getitem__", &args, 2, 2)?;
    Ok(make_alias(it, arg(&args, 0), arg(&args, 1)))
}

fn make_alias(it: &mut Interp, origin: &Value, params: &Value) -> Value {
    let params = match it.tuple_items(params) {
        Some(t) => t.to_vec(),
        None => vec![params.clone()],
    };
    let params = it.tuple(params);
    let cls = it.t.iter_type("GenericAlias");
    Value::Obj(it.heap.alloc(Some(cls), None, Payload::TypeForm(vec![origin.clone(), params])))
}

/// `types.GenericAlias(origin, args)`, what `list[int]` makes.
fn alias_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("GenericAlias() takes no keyword arguments");
    }
    if args.len() != 3 {
        return it.type_error(format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1)));
    }
    Ok(make_alias(it, arg(&args, 1), arg(&args, 2)))
}

/// `class A(list[int])` subclasses `list` (PEP 560).
fn alias_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__mro_entries__", &args, 2, 2)?;
    let origin = alias_parts(it, arg(&args, 0)).map(|(o, _)| o).unwrap_or(Value::None);
    Ok(it.tuple(vec![origin]))
}

/// `list[T][int]`, `(int | list[T])[str]`: the `typing.TypeVar`s among the arguments
/// replaced (`_Py_subs_parameters`); without any, "not a generic class".
fn no_type_vars(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__getitem__", &args, 2, 2)?;
    let me = arg(&args, 0).clone();
    let Value::Obj(o) = &me else { return Ok(Value::None) };
    let Payload::TypeForm(t) = &o.payload else { return Ok(Value::None) };
    let (origin, old) = match union_args(it, &me) {
        Some(a) => (Value::None, a),
        None => (t[0].clone(), it.tuple_items(&t[1]).map(|p| p.to_vec()).unwrap_or_default()),
    };
    let parameters = super::typing::collect_parameters(it, &old)?;
    let new = match it.tuple_items(arg(&args, 1)) {
        Some(items) => items.to_vec(),
        None => vec![arg(&args, 1).clone()],
    };
    let new_args = super::typing_alias::substitute(it, &me, &origin, &old, &parameters, &new)?;
    if origin.is_none() {
        let mut r = new_args.first().cloned().unwrap_or(Value::None);
        for a in &new_args[1..] {
            r = it.binary_op(crate::syntax::ast::BinOp::BitOr, r, a.clone())?;
        }
        return Ok(r);
    }
    let params = it.tuple(new_args);
    Ok(make_alias(it, &origin, &params))
}

/// The attributes an alias answers itself (`ga_getattro`'s exceptions); it forwards every
/// other name to its origin, so `list[int].append` is `list.append`.
const ALIAS_OWN: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

/// The origin an alias forwards `name` to, if `obj` is an alias and `name` is not its own.
pub fn alias_forward(it: &Interp, obj: &Value, name: &str) -> Option<Value> {
    if !matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::TypeForm(_))) || ALIAS_OWN.contains(&name) {
        return None;
    }
    alias_parts(it, obj).map(|(origin, _)| origin)
}

/// `dir(list[int])`: the origin's names and the alias's own.
fn alias_dir(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "__dir__", &args, 1, 1)?;
    let origin = alias_parts(it, arg(&args, 0)).map(|(o, _)| o).unwrap_or(Value::None);
    let dir = it.load_global(&Rc::from("dir"), &it.builtins.clone())?;
    let listed = it.call(&dir, vec![origin], vec![])?;
    let mut names = it.collect(&listed)?;
    for own in ALIAS_OWN {
        if !names.iter().any(|n| matches!(n, Value::Str(s) if &**s == *own)) {
            names.push(Value::str(own));
        }
    }
    Ok(it.list(names))
}

/// `__args__` (and an alias's `__origin__`).
pub fn form_attr(it: &mut Interp, o: &ObjRef, name: &str) -> Option<Value> {
    let v = Value::Obj(o.clone());
    let Payload::TypeForm(t) = &o.payload else { return None };
    if is_form(it, &v, "UnionType") {
        return match name {
            "__args__" => Some(it.tuple(t.clone())),
            "__parameters__" => Some(parameters(it, t)),
            _ => None,
        };
    }
    if is_form(it, &v, "GenericAlias") {
        return match name {
            "__origin__" => Some(t[0].clone()),
            "__args__" => Some(t[1].clone()),
            "__parameters__" => {
                let items = it.tuple_items(&t[1]).map(|p| p.to_vec()).unwrap_or_default();
                Some(parameters(it, &items))
            }
            "__unpacked__" => Some(Value::Bool(false)),
            "__typing_unpacked_tuple_args__" => Some(Value::None),
            _ => None,
        };
    }
    None
}

/// The `typing.TypeVar`s among the arguments (none unless `typing` was imported).
fn parameters(it: &mut Interp, args: &[Value]) -> Value {
    let found = super::typing::collect_parameters(it, args).unwrap_or_default();
    it.tuple(found)
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

/// The repr of a union (`int | None`) or an alias (`list[int]`).
pub fn form_repr(it: &mut Interp, o: &ObjRef, t: Vec<Value>) -> PyResult<String> {
    if is_form(it, &Value::Obj(o.clone()), "UnionType") {
        let mut parts = Vec::new();
        for a in &t {
            parts.push(repr_item(it, a)?);
        }
        return Ok(parts.join(" | "));
    }
    let name = repr_item(it, &t[0])?;
    let items = it.tuple_items(&t[1]).map(|p| p.to_vec()).unwrap_or_default();
    let callable = it.typing.callable_abc.as_ref().is_some_and(|c| matches!(&t[0], Value::Obj(o) if Rc::ptr_eq(o, c)));
    let param_expr = |it: &Interp, v: &Value| {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Ellipsis))
            || it.is_instance(v, &it.t.tuple)
            || it.is_instance(v, &it.t.list)
    };
    if callable && !items.is_empty() && !(items.len() == 2 && param_expr(it, &items[0])) {
        // `collections.abc.Callable[[int], str]` (`_CallableGenericAlias.__repr__`).
        let mut parts = Vec::new();
        for p in &items[..items.len() - 1] {
            parts.push(super::typing::type_repr(it, p)?);
        }
        let result = super::typing::type_repr(it, &items[items.len() - 1])?;
        return Ok(format!("collections.abc.Callable[[{}], {result}]", parts.join(", ")));
    }
    let mut parts = Vec::new();
    for p in items {
        parts.push(repr_item(it, &p)?);
    }
    if parts.is_empty() {
        // `tuple[()]`
        parts.push("()".into());
    }
    Ok(format!("{name}[{}]", parts.join(", ")))
}
