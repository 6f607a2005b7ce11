//! `typing`'s aliases: `List` (a `_SpecialGenericAlias`, the unsubscripted name) and
//! `List[int]` (a `_GenericAlias`), with their variants for `Callable`, `Tuple`, `Union` and
//! `Literal`, following `Lib/typing.py`. An alias keeps what CPython's keeps in its
//! `__dict__`; its methods read it from there.

use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::traced;
use super::typing::{
    as_items, check_generic, class, collect_parameters, contains, is_a, is_class, own, params, type_check,
    type_convert, type_repr, K,
};
use super::typing_forms::union_getitem;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

/// `_GenericAlias(origin, args, name=, inst=)`: the `__dict__` CPython's has, in its order.
pub(super) fn new_alias(
    it: &mut Interp,
    kind: K,
    origin: &Value,
    args: Vec<Value>,
    name: Option<&str>,
    inst: bool,
    paramspec_tvars: bool,
) -> PyResult<Value> {
    let parameters = collect_parameters(it, &args)?;
    let (args, parameters) = (it.tuple(args), it.tuple(parameters));
    let name_v = name.map_or(Value::None, Value::str);
    let mut entries = vec![
        ("_inst", Value::Bool(inst)),
        ("_name", name_v),
        ("__origin__", origin.clone()),
        ("__slots__", Value::None),
        ("__args__", args),
        ("__parameters__", parameters),
        ("_paramspec_tvars", Value::Bool(paramspec_tvars)),
    ];
    if name.is_none() {
        entries.push(("__module__", it.getattr(origin, &Rc::from("__module__"))?));
    }
    Ok(super::typing::new_obj(it, kind, entries))
}

/// The module's unsubscripted aliases (`List`, `Iterable`, `Callable`, `Tuple`, ...).
pub(super) fn special_aliases(
    it: &mut Interp,
    callable_type: &Value,
    tuple_type: &Value,
) -> PyResult<Vec<(&'static str, Value)>> {
    // `collections` brings `collections.abc`: the classes are that module's.
    let collections = it.import_module("collections")?;
    let abcs = super::typing_abcs::build(it)?;
    let collections = Value::Obj(collections);
    let builtin = |it: &Interp, n: &str| {
        Value::Obj(match n {
            "list" => it.t.list.clone(),
            "dict" => it.t.dict.clone(),
            "set" => it.t.set.clone(),
            "frozenset" => it.t.frozenset.clone(),
            "tuple" => it.t.tuple.clone(),
            _ => it.t.type_.clone(),
        })
    };
    // (name, where the origin is, its name there, number of parameters, instantiable)
    const TABLE: &[(&str, u8, &str, i64, bool)] = &[
        ("Hashable", 2, "Hashable", 0, true),
        ("Iterable", 2, "Iterable", 1, true),
        ("Iterator", 2, "Iterator", 1, true),
        ("Reversible", 2, "Reversible", 1, true),
        ("Sized", 2, "Sized", 0, true),
        ("Container", 2, "Container", 1, true),
        ("Collection", 2, "Collection", 1, true),
        ("Callable", 2, "Callable", 2, true),
        ("AbstractSet", 2, "Set", 1, true),
        ("MutableSet", 2, "MutableSet", 1, true),
        ("Mapping", 2, "Mapping", 2, true),
        ("MutableMapping", 2, "MutableMapping", 2, true),
        ("Sequence", 2, "Sequence", 1, true),
        ("MutableSequence", 2, "MutableSequence", 1, true),
        ("Tuple", 0, "tuple", -1, false),
        ("List", 0, "list", 1, false),
        ("Deque", 1, "deque", 1, true),
        ("Set", 0, "set", 1, false),
        ("FrozenSet", 0, "frozenset", 1, false),
        ("Dict", 0, "dict", 2, false),
        ("DefaultDict", 1, "defaultdict", 2, true),
        ("OrderedDict", 1, "OrderedDict", 2, true),
        ("Counter", 1, "Counter", 1, true),
        ("Generator", 2, "Generator", 3, true),
        ("Type", 0, "type", 1, false),
    ];
    let mut out = Vec::new();
    for &(name, source, origin_name, nparams, inst) in TABLE {
        let origin = match source {
            0 => builtin(it, origin_name),
            1 => it.getattr(&collections, &Rc::from(origin_name))?,
            _ => abcs.iter().find(|(n, _)| *n == origin_name).map(|(_, c)| c.clone()).unwrap_or(Value::None),
        };
        let cls = match name {
            "Callable" => callable_type.clone(),
            "Tuple" => tuple_type.clone(),
            _ => Value::Obj(class(it, K::SpecialAlias)),
        };
        let module = it.getattr(&origin, &Rc::from("__module__"))?;
        let module = it.str_of(&module)?;
        let doc = if &*module == "builtins" {
            format!("A generic version of {origin_name}.")
        } else {
            format!("A generic version of {module}.{origin_name}.")
        };
        let Some(cls) = cls.as_obj() else { continue };
        let o = it.alloc_instance(cls, super::value::Payload::Instance);
        if let Some(d) = o.dict.as_ref().and_then(|d| d.dict_data()) {
            let mut d = d.borrow_mut();
            d.set_str(Rc::from("_inst"), Value::Bool(inst));
            d.set_str(Rc::from("_name"), Value::str(name));
            d.set_str(Rc::from("__origin__"), origin);
            d.set_str(Rc::from("__slots__"), Value::None);
            d.set_str(Rc::from("_nparams"), Value::int(nparams));
            d.set_str(Rc::from("__doc__"), Value::str(&doc));
        }
        out.push((name, Value::Obj(o)));
    }
    Ok(out)
}

pub(super) fn items_of(it: &Interp, v: &Value, name: &str) -> Vec<Value> {
    own(v, name).map(|t| as_items(it, &t)).unwrap_or_default()
}

fn origin_of(v: &Value) -> Value {
    own(v, "__origin__").unwrap_or(Value::None)
}

/// `issubclass(cls, c)`, with its hooks and messages.
pub(super) fn issubclass(it: &mut Interp, cls: &Value, c: &Value) -> PyResult<bool> {
    let builtins = it.builtins.clone();
    let f = it.load_global(&Rc::from("issubclass"), &builtins)?;
    let r = it.call(&f, vec![cls.clone(), c.clone()], vec![])?;
    it.truthy(&r)
}

// ---- _BaseGenericAlias ----

/// `List[int]()` makes a list; `Stack[int]()` a `Stack` that remembers `__orig_class__`.
pub(super) fn base_call(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first().cloned() else { return it.type_error("_BaseGenericAlias.__call__() missing 'self'") };
    traced(it, "_BaseGenericAlias.__call__", &me.clone(), |it| {
        let origin = origin_of(&me);
        if !matches!(own(&me, "_inst"), Some(Value::Bool(true))) {
            let name = it.str_of(&own(&me, "_name").unwrap_or(Value::None))?;
            let oname = it.getattr(&origin, &Rc::from("__name__"))?;
            let oname = it.str_of(&oname)?;
            return it.type_error(format!("Type {name} cannot be instantiated; use {oname}() instead"));
        }
        let result = it.call(&origin, args[1..].to_vec(), kwargs)?;
        match it.setattr(&result, &Rc::from("__orig_class__"), me.clone()) {
            Err(e) if it.is_exc(&e, "AttributeError") => {}
            r => r?,
        }
        Ok(result)
    })
}

/// `bases.index(self)`.
fn index_in(it: &mut Interp, bases: &[Value], me: &Value) -> PyResult<usize> {
    for (i, b) in bases.iter().enumerate() {
        if super::typing::same(it, b, me)? {
            return Ok(i);
        }
    }
    it.value_error("tuple.index(x): x not in tuple")
}

/// PEP 560 for `class C(List[int])`: the origin, and `Generic` unless a later base brings it.
pub(super) fn base_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, bases] = params(it, "_BaseGenericAlias.__mro_entries__", &["self", "bases"], &args)?;
    traced(it, "_BaseGenericAlias.__mro_entries__", &me.clone(), |it| base_entries(it, &me, &bases))
}

fn base_entries(it: &mut Interp, me: &Value, bases: &Value) -> PyResult<Value> {
    let bases = as_items(it, bases);
    let origin = origin_of(me);
    let mut res = Vec::new();
    if !contains(it, &bases, &origin)? {
        res.push(origin);
    }
    let i = index_in(it, &bases, me)?;
    let generic = Value::Obj(class(it, K::Generic));
    let mut brought = false;
    for b in &bases[i + 1..] {
        if is_a(it, b, K::BaseAlias) || issubclass(it, b, &generic)? {
            brought = true;
            break;
        }
    }
    if !brought {
        res.push(generic);
    }
    Ok(it.tuple(res))
}

fn is_dunder(s: &str) -> bool {
    s.len() > 4 && s.starts_with("__") && s.ends_with("__")
}

/// The origin answers what the alias does not (but dunders): `List.append` is `list.append`.
pub(super) fn base_getattr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, attr] = params(it, "_BaseGenericAlias.__getattr__", &["self", "attr"], &args)?;
    let Value::Str(a) = &attr else {
        let s = it.str_of(&attr)?;
        return it.attr_error(s);
    };
    if &**a == "__name__" || &**a == "__qualname__" {
        return match own(&me, "_name") {
            Some(n @ Value::Str(_)) => Ok(n),
            _ => it.getattr(&origin_of(&me), &Rc::from("__name__")),
        };
    }
    if own(&me, "__origin__").is_some() && !is_dunder(a) {
        return it.getattr(&origin_of(&me), a);
    }
    it.attr_error(a)
}

/// `isinstance(obj, alias)` asks `alias.__subclasscheck__(type(obj))`.
pub(super) fn base_instancecheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    instancecheck(it, "_BaseGenericAlias.__instancecheck__", args)
}

pub(super) fn union_instancecheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    instancecheck(it, "_UnionGenericAlias.__instancecheck__", args)
}

fn instancecheck(it: &mut Interp, qual: &str, args: Vec<Value>) -> PyResult<Value> {
    let [me, obj] = params(it, qual, &["self", "obj"], &args)?;
    traced(it, qual, &me.clone(), |it| {
        let check = it.getattr(&me, &Rc::from("__subclasscheck__"))?;
        let t = Value::Obj(it.type_of(&obj));
        it.call(&check, vec![t], vec![])
    })
}

pub(super) fn base_subclasscheck(it: &mut Interp, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.type_error("Subscripted generics cannot be used with class and instance checks")
}

// ---- _GenericAlias ----

pub(super) fn alias_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "_GenericAlias.__eq__", &["self", "other"], &args)?;
    if !is_a(it, &other, K::Alias) {
        return Ok(it.not_implemented());
    }
    let same_origin = it.eq(&origin_of(&me), &origin_of(&other))?;
    let (a, b) = (own(&me, "__args__").unwrap_or(Value::None), own(&other, "__args__").unwrap_or(Value::None));
    Ok(Value::Bool(same_origin && it.eq(&a, &b)?))
}

pub(super) fn alias_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_GenericAlias.__hash__", &["self"], &args)?;
    let pair = vec![origin_of(&me), own(&me, "__args__").unwrap_or(Value::None)];
    let pair = it.tuple(pair);
    Ok(Value::int(it.hash(&pair)?))
}

/// `typing.List[int]`, `__main__.Stack[~T]`, `typing.Tuple[()]`.
pub(super) fn alias_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_GenericAlias.__repr__", &["self"], &args)?;
    Ok(Value::str(&generic_repr(it, &me)?))
}

pub(super) fn generic_repr(it: &mut Interp, me: &Value) -> PyResult<String> {
    let name = match own(me, "_name") {
        Some(Value::Str(n)) => format!("typing.{n}"),
        _ => type_repr(it, &origin_of(me))?,
    };
    let mut parts = Vec::new();
    for a in items_of(it, me, "__args__") {
        parts.push(type_repr(it, &a)?);
    }
    let args = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
    Ok(format!("{name}[{args}]"))
}

/// `Generic[T]` as a base is `Generic` (unless another base brings it); `Stack[int]` is `Stack`.
pub(super) fn alias_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, bases] = params(it, "_GenericAlias.__mro_entries__", &["self", "bases"], &args)?;
    traced(it, "_GenericAlias.__mro_entries__", &me.clone(), |it| {
        let origin = origin_of(&me);
        if is_a(it, &origin, K::SpecialForm) {
            let r = it.repr(&me)?;
            return it.type_error(format!("Cannot subclass {r}"));
        }
        if matches!(own(&me, "_name"), Some(Value::Str(_))) {
            return base_entries(it, &me, &bases);
        }
        if is_class(it, &origin, K::Generic) {
            let items = as_items(it, &bases);
            let protocol = Value::Obj(class(it, K::Protocol));
            if contains(it, &items, &protocol)? {
                return Ok(it.tuple(vec![]));
            }
            let i = index_in(it, &items, &me)?;
            if items[i + 1..].iter().any(|b| is_a(it, b, K::BaseAlias) && !b.is(&me)) {
                return Ok(it.tuple(vec![]));
            }
        }
        Ok(it.tuple(vec![origin]))
    })
}

/// `Dict[str, T][int]`: the type variables replaced, in a new alias of the same kind.
pub(super) fn alias_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, item] = params(it, "_GenericAlias.__getitem__", &["self", "args"], &args)?;
    traced(it, "_GenericAlias.__getitem__", &me.clone(), |it| {
        let origin = origin_of(&me);
        if is_class(it, &origin, K::Generic) || is_class(it, &origin, K::Protocol) {
            let s = it.str_of(&me)?;
            return it.type_error(format!("Cannot subscript already-subscripted {s}"));
        }
        let mut new = Vec::new();
        for a in as_items(it, &item) {
            new.push(type_convert(it, &a, false)?);
        }
        let old = items_of(it, &me, "__args__");
        let parameters = items_of(it, &me, "__parameters__");
        let new_args = substitute(it, &me, &origin, &old, &parameters, &new)?;
        copy_with(it, &me, new_args)
    })
}

/// `alias.copy_with(args)`: the same kind of alias with other arguments (a union is made
/// again, so it may collapse).
pub(super) fn copy_with(it: &mut Interp, me: &Value, new_args: Vec<Value>) -> PyResult<Value> {
    if is_a(it, me, K::UnionAlias) {
        let t = it.tuple(new_args);
        return union_getitem(it, &t);
    }
    let kind = if is_a(it, me, K::CallableAlias) {
        K::CallableAlias
    } else if is_a(it, me, K::LiteralAlias) {
        K::LiteralAlias
    } else {
        K::Alias
    };
    let name = match own(me, "_name") {
        Some(Value::Str(n)) => Some(n),
        _ => None,
    };
    let flag = |k| matches!(own(me, k), Some(Value::Bool(true)));
    new_alias(it, kind, &origin_of(me), new_args, name.as_deref(), flag("_inst"), flag("_paramspec_tvars"))
}

/// `_determine_new_args`/`_make_substitution` (and `_Py_subs_parameters` for `list[T]`): each
/// type variable in `old` replaced by its argument in `new`, nested aliases subscripted.
pub(super) fn substitute(
    it: &mut Interp,
    me: &Value,
    origin: &Value,
    old: &[Value],
    parameters: &[Value],
    new: &[Value],
) -> PyResult<Vec<Value>> {
    if parameters.is_empty() {
        let s = it.str_of(me)?;
        return it.type_error(format!("{s} is not a generic class"));
    }
    if new.len() != parameters.len() {
        let s = it.repr(me)?;
        let which = if new.len() > parameters.len() { "many" } else { "few" };
        return it.type_error(format!(
            "Too {which} arguments for {s}; actual {}, expected {}",
            new.len(),
            parameters.len()
        ));
    }
    substitution(it, origin, old, parameters, new)
}

fn substitution(
    it: &mut Interp,
    origin: &Value,
    old: &[Value],
    parameters: &[Value],
    new: &[Value],
) -> PyResult<Vec<Value>> {
    let lookup = |p: &Value| parameters.iter().position(|q| q.is(p)).map(|i| new[i].clone()).unwrap_or(Value::None);
    let mut out = Vec::new();
    for a in old {
        if it.is_type(a) {
            out.push(a.clone());
            continue;
        }
        let new_arg = if is_a(it, a, K::TypeVar) {
            type_check(it, &lookup(a), "Parameters to generic types must be types.", true, false)?
        } else {
            let sub = match it.getattr_opt(a, "__parameters__")? {
                Some(p) => it.collect(&p)?,
                None => Vec::new(),
            };
            if sub.is_empty() {
                a.clone()
            } else {
                let subargs: Vec<Value> = sub.iter().map(lookup).collect();
                let subargs = it.tuple(subargs);
                it.getitem(a, &subargs)?
            }
        };
        let callable =
            it.typing.callable_abc.as_ref().is_some_and(|c| matches!(origin, Value::Obj(o) if Rc::ptr_eq(o, c)));
        let is_tuple = |it: &Interp, v: &Value| it.is_instance(v, &it.t.tuple.clone());
        if callable && is_tuple(it, &new_arg) {
            out.extend(as_items(it, &new_arg));
        } else if is_tuple(it, a) {
            let inner = as_items(it, a);
            let sub = substitution(it, origin, &inner, parameters, new)?;
            out.push(it.tuple(sub));
        } else {
            out.push(new_arg);
        }
    }
    Ok(out)
}

// ---- _SpecialGenericAlias ----

pub(super) fn special_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, item] = params(it, "_SpecialGenericAlias.__getitem__", &["self", "params"], &args)?;
    traced(it, "_SpecialGenericAlias.__getitem__", &me.clone(), |it| {
        let mut checked = Vec::new();
        for p in as_items(it, &item) {
            checked.push(type_check(it, &p, "Parameters to generic types must be types.", true, false)?);
        }
        let nparams = match own(&me, "_nparams") {
            Some(Value::Int(n, _)) => n.max(0) as usize,
            _ => 0,
        };
        check_generic(it, &me, checked.len(), nparams)?;
        special_copy(it, &me, checked, K::Alias, false)
    })
}

/// `copy_with` of an unsubscripted alias: a `_GenericAlias` (of `kind`) with its name.
pub(super) fn special_copy(it: &mut Interp, me: &Value, args: Vec<Value>, kind: K, tvars: bool) -> PyResult<Value> {
    let name = match own(me, "_name") {
        Some(Value::Str(n)) => Some(n),
        _ => None,
    };
    let inst = matches!(own(me, "_inst"), Some(Value::Bool(true)));
    new_alias(it, kind, &origin_of(me), args, name.as_deref(), inst, tvars)
}

pub(super) fn special_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_SpecialGenericAlias.__repr__", &["self"], &args)?;
    let name = it.str_of(&own(&me, "_name").unwrap_or(Value::None))?;
    Ok(Value::str(&format!("typing.{name}")))
}

/// `isinstance([], List)` is `issubclass(list, list)`.
pub(super) fn special_subclasscheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, cls] = params(it, "_SpecialGenericAlias.__subclasscheck__", &["self", "cls"], &args)?;
    traced(it, "_SpecialGenericAlias.__subclasscheck__", &me.clone(), |it| {
        if is_a(it, &cls, K::SpecialAlias) {
            return Ok(Value::Bool(issubclass(it, &origin_of(&cls), &origin_of(&me))?));
        }
        if !is_a(it, &cls, K::Alias) {
            return Ok(Value::Bool(issubclass(it, &cls, &origin_of(&me))?));
        }
        base_subclasscheck(it, vec![], vec![])
    })
}
