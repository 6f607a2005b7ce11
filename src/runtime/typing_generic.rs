//! `typing.Generic` (a class statement's `Generic[T]` base, `Stack[int]`), `Protocol`,
//! `NamedTuple` and the introspection functions (`get_type_hints`, `get_origin`, `get_args`),
//! following `Lib/typing.py`.

use super::format::hash_ascii;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, namespace, traced};
use super::typing::{
    as_items, check_generic, class, collect_parameters, contains, is_a, is_class, own, params, type_convert,
    typing_class, K,
};
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// `class Generic` with `__slots__ = ()` and `_is_protocol = False`.
pub(super) fn build_generic(it: &mut Interp) -> PyResult<Value> {
    let object = Value::Obj(it.t.object.clone());
    let slots = it.tuple(vec![]);
    let extra = vec![("__slots__", slots), ("_is_protocol", Value::Bool(false))];
    let methods: &[(&'static str, super::function::NativeFn)] =
        &[("__class_getitem__", generic_class_getitem), ("__init_subclass__", generic_init_subclass)];
    typing_class(it, "Generic", vec![object], methods, extra)
}

/// `class Protocol(Generic, metaclass=_ProtocolMeta)`; `_ProtocolMeta` is an `ABCMeta`.
pub(super) fn build_protocol(it: &mut Interp, generic: &Value) -> PyResult<Value> {
    let abc = it.import_module("abc")?;
    let abcmeta = it.getattr(&Value::Obj(abc), &Rc::from("ABCMeta"))?;
    let meta_methods: &[(&'static str, super::function::NativeFn)] = &[("__instancecheck__", protocol_instancecheck)];
    let meta = typing_class(it, "_ProtocolMeta", vec![abcmeta], meta_methods, vec![])?;
    let init_sub = it.builtin_fn(
        "__init_subclass__",
        "Protocol.__init_subclass__",
        protocol_init_subclass,
        BuiltinKind::ClassMethod,
    );
    let slots = it.tuple(vec![]);
    let ns = namespace(
        it,
        "Protocol",
        "typing",
        vec![
            ("__slots__", slots),
            ("_is_protocol", Value::Bool(true)),
            ("_is_runtime_protocol", Value::Bool(false)),
            ("__init_subclass__", init_sub),
        ],
    );
    let bases = it.tuple(vec![generic.clone()]);
    let proto = it.call(&meta, vec![Value::str("Protocol"), bases, Value::Obj(ns)], vec![])?;
    let no_init = it.builtin_fn(
        "_no_init_or_replace_init",
        "_no_init_or_replace_init",
        no_init_or_replace_init,
        BuiltinKind::Method,
    );
    it.typing.no_init = Some(no_init);
    Ok(proto)
}

pub(super) fn cls_arg(it: &mut Interp, args: &[Value], what: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(c)) if c.is_class() => Ok(c.clone()),
        _ => it.type_error(format!("{what}: the receiver is not a class")),
    }
}

// ---- Generic ----

/// `Generic[T, U]` (type variables only, each once) and `Stack[int]` (as many arguments as
/// the class has parameters).
pub(super) fn generic_class_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [cls, item] = params(it, "Generic.__class_getitem__", &["cls", "params"], &args)?;
    traced(it, "Generic.__class_getitem__", &cls.clone(), |it| {
        let mut ps = Vec::new();
        for p in as_items(it, &item) {
            ps.push(type_convert(it, &p, false)?);
        }
        if is_class(it, &cls, K::Generic) || is_class(it, &cls, K::Protocol) {
            let name = if is_class(it, &cls, K::Generic) { "Generic" } else { "Protocol" };
            if ps.is_empty() {
                return it.type_error(format!("Parameter list to {name}[...] cannot be empty"));
            }
            if !ps.iter().all(|p| is_a(it, p, K::TypeVar)) {
                return it.type_error(format!(
                    "Parameters to {name}[...] must all be type variables or parameter specification variables."
                ));
            }
            for (i, p) in ps.iter().enumerate() {
                if ps[..i].iter().any(|q| q.is(p)) {
                    return it.type_error(format!("Parameters to {name}[...] must all be unique"));
                }
            }
        } else {
            let own_params = it.getattr(&cls, &Rc::from("__parameters__"))?;
            let n = it.collect(&own_params)?.len();
            check_generic(it, &cls, ps.len(), n)?;
        }
        super::typing_alias::new_alias(it, K::Alias, &cls, ps, None, true, true)
    })
}

/// `class Stack(Generic[T])` sets `Stack.__parameters__` from its original bases: those of
/// its `Generic[...]` base, which must list every type variable the others use.
fn generic_init_subclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args, "Generic.__init_subclass__")?;
    let cls_v = Value::Obj(cls.clone());
    traced(it, "Generic.__init_subclass__", &cls_v.clone(), |it| {
        let generic = class(it, K::Generic);
        if let Some((f, _)) =
            it.super_find(&generic, &cls, "__init_subclass__", const { hash_ascii("__init_subclass__") })
        {
            let bound = it.descr_get(&f, None, &cls)?;
            it.call(&bound, args[1..].to_vec(), kwargs)?;
        }
        let generic_v = Value::Obj(generic.clone());
        let orig = own(&cls_v, "__orig_bases__").map(|o| as_items(it, &o));
        let error = match &orig {
            Some(o) => contains(it, o, &generic_v)?,
            None => {
                let bases = cls.class_data().map(|c| c.bases.borrow().clone()).unwrap_or_default();
                bases.iter().any(|b| Rc::ptr_eq(b, &generic)) && &*it.short_class_name(&cls) != "Protocol"
            }
        };
        if error {
            return it.type_error("Cannot inherit from plain Generic");
        }
        let mut tvars = Vec::new();
        if let Some(orig) = orig {
            tvars = collect_parameters(it, &orig)?;
            let mut gvars: Option<Vec<Value>> = None;
            for base in &orig {
                let from_generic =
                    is_a(it, base, K::Alias) && own(base, "__origin__").is_some_and(|o| is_class(it, &o, K::Generic));
                if from_generic {
                    if gvars.is_some() {
                        return it.type_error("Cannot inherit from Generic[...] multiple times.");
                    }
                    gvars = Some(own(base, "__parameters__").map(|p| as_items(it, &p)).unwrap_or_default());
                }
            }
            if let Some(g) = gvars {
                let missing: Vec<Value> = tvars.iter().filter(|t| !g.iter().any(|x| x.is(t))).cloned().collect();
                if !missing.is_empty() {
                    let mut s_vars = Vec::new();
                    for t in &missing {
                        s_vars.push(it.str_of(t)?.to_string());
                    }
                    let mut s_args = Vec::new();
                    for t in &g {
                        s_args.push(it.str_of(t)?.to_string());
                    }
                    return it.type_error(format!(
                        "Some type variables ({}) are not listed in Generic[{}]",
                        s_vars.join(", "),
                        s_args.join(", ")
                    ));
                }
                tvars = g;
            }
        }
        let t = it.tuple(tvars);
        it.setattr(&cls_v, &Rc::from("__parameters__"), t)?;
        Ok(Value::None)
    })
}

// ---- Protocol ----

const EXCLUDED: &[&str] = &[
    "__parameters__",
    "__orig_bases__",
    "__orig_class__",
    "_is_protocol",
    "_is_runtime_protocol",
    "__final__",
    "__abstractmethods__",
    "__annotations__",
    "__dict__",
    "__doc__",
    "__init__",
    "__module__",
    "__new__",
    "__slots__",
    "__subclasshook__",
    "__weakref__",
    "__class_getitem__",
    "_MutableMapping__marker",
];

pub(super) fn flag(it: &mut Interp, v: &Value, name: &str) -> PyResult<bool> {
    match it.getattr_opt(v, name)? {
        Some(f) => it.truthy(&f),
        None => Ok(false),
    }
}

/// `_get_protocol_attrs`: the names a protocol's classes define or annotate.
fn protocol_attrs(it: &mut Interp, cls: &ObjRef) -> PyResult<Vec<Rc<str>>> {
    let mut attrs: Vec<Rc<str>> = Vec::new();
    let mro = cls.class_data().map(|c| c.mro()).unwrap_or_default();
    for base in &mro[..mro.len().saturating_sub(1)] {
        let name = it.short_class_name(base);
        if &*name == "Protocol" || &*name == "Generic" {
            continue;
        }
        let base_v = Value::Obj(base.clone());
        let mut names: Vec<Value> = match base.dict.as_ref().and_then(|d| d.dict_data()) {
            Some(d) => d.borrow().iter().map(|e| e.key.clone()).collect(),
            None => Vec::new(),
        };
        if let Some(ann) = it.getattr_opt(&base_v, "__annotations__")? {
            names.extend(it.mapping_items(&ann)?.into_iter().map(|(k, _)| k));
        }
        for n in names {
            let Value::Str(n) = n else { continue };
            if !n.starts_with("_abc_") && !EXCLUDED.contains(&&*n) && !attrs.contains(&n) {
                attrs.push(n);
            }
        }
    }
    Ok(attrs)
}

/// `_is_callable_members_only`.
fn callable_members_only(it: &mut Interp, cls: &ObjRef) -> PyResult<bool> {
    let cls_v = Value::Obj(cls.clone());
    for a in protocol_attrs(it, cls)? {
        let v = it.getattr_opt(&cls_v, &a)?.unwrap_or(Value::None);
        if !it.is_callable(&v) {
            return Ok(false);
        }
    }
    Ok(true)
}

const NOT_RUNTIME: &str = "Instance and class checks can only be used with @runtime_checkable protocols";

/// `isinstance(x, P)`: refused unless `P` is `@runtime_checkable`; then `x` has every member.
fn protocol_instancecheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [cls_v, instance] = params(it, "_ProtocolMeta.__instancecheck__", &["cls", "instance"], &args)?;
    let Some(cls) = cls_v.as_obj().cloned() else { return Ok(Value::Bool(false)) };
    traced(it, "_ProtocolMeta.__instancecheck__", &cls_v.clone(), |it| {
        let is_protocol = flag(it, &cls_v, "_is_protocol")?;
        if is_protocol && !flag(it, &cls_v, "_is_runtime_protocol")? {
            return it.type_error(NOT_RUNTIME);
        }
        if !is_protocol || callable_members_only(it, &cls)? {
            let icls = it.getattr(&instance, &Rc::from("__class__"))?;
            if super::typing_alias::issubclass(it, &icls, &cls_v)? {
                return Ok(Value::Bool(true));
            }
        }
        if is_protocol {
            let mut all = true;
            for a in protocol_attrs(it, &cls)? {
                let Some(v) = it.getattr_opt(&instance, &a)? else {
                    all = false;
                    break;
                };
                let declared = it.getattr_opt(&cls_v, &a)?.unwrap_or(Value::None);
                if it.is_callable(&declared) && v.is_none() {
                    all = false;
                    break;
                }
            }
            if all {
                return Ok(Value::Bool(true));
            }
        }
        let abc = it.import_module("abc")?;
        let abcmeta = it.getattr(&Value::Obj(abc), &Rc::from("ABCMeta"))?;
        let check = it.getattr(&abcmeta, &Rc::from("__instancecheck__"))?;
        it.call(&check, vec![cls_v.clone(), instance.clone()], vec![])
    })
}

/// Marks a subclass a protocol (if `Protocol` is a direct base), gives it the structural
/// `__subclasshook__` and, for a protocol, an `__init__` that refuses instances.
fn protocol_init_subclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args, "Protocol.__init_subclass__")?;
    let cls_v = Value::Obj(cls.clone());
    traced(it, "Protocol.__init_subclass__", &cls_v.clone(), |it| {
        let protocol = class(it, K::Protocol);
        if let Some((f, _)) =
            it.super_find(&protocol, &cls, "__init_subclass__", const { hash_ascii("__init_subclass__") })
        {
            let bound = it.descr_get(&f, None, &cls)?;
            it.call(&bound, args[1..].to_vec(), kwargs)?;
        }
        let bases = cls.class_data().map(|c| c.bases.borrow().clone()).unwrap_or_default();
        let own_flag = own(&cls_v, "_is_protocol");
        if !matches!(&own_flag, Some(v) if it.truthy(v)?) {
            let direct = bases.iter().any(|b| Rc::ptr_eq(b, &protocol));
            it.setattr(&cls_v, &Rc::from("_is_protocol"), Value::Bool(direct))?;
        }
        if own(&cls_v, "__subclasshook__").is_none() {
            let hook = it.builtin_fn("__subclasshook__", "_proto_hook", proto_hook, BuiltinKind::ClassMethod);
            it.setattr(&cls_v, &Rc::from("__subclasshook__"), hook)?;
        }
        if !flag(it, &cls_v, "_is_protocol")? {
            return Ok(Value::None);
        }
        let generic = class(it, K::Generic);
        for base in &bases {
            let ok = Rc::ptr_eq(base, &it.t.object)
                || Rc::ptr_eq(base, &generic)
                || it.typing.hooks.iter().any(|(c, _)| Rc::ptr_eq(c, base))
                || (it.is_subclass(base, &generic) && flag(it, &Value::Obj(base.clone()), "_is_protocol")?);
            if !ok {
                let r = it.repr(&Value::Obj(base.clone()))?;
                return it.type_error(format!("Protocols can only inherit from other protocols, got {r}"));
            }
        }
        let init = it.lookup_mro(&cls, "__init__");
        let object_init = it.lookup_mro(&it.t.object.clone(), "__init__");
        if matches!((&init, &object_init), (Some(a), Some(b)) if a.is(b)) {
            let no_init = it.typing.no_init.clone().unwrap_or(Value::None);
            it.setattr(&cls_v, &Rc::from("__init__"), no_init)?;
        }
        Ok(Value::None)
    })
}

/// `issubclass(C, P)` for a runtime protocol: `C` (or a class in its MRO) has every member.
fn proto_hook(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [cls_v, other] = params(it, "_proto_hook", &["cls", "other"], &args)?;
    let Some(cls) = cls_v.as_obj().cloned() else { return Ok(it.not_implemented()) };
    if !matches!(own(&cls_v, "_is_protocol"), Some(Value::Bool(true))) {
        return Ok(it.not_implemented());
    }
    // `_allow_reckless_class_checks`: when `abc`'s own code asks, the checks let it through.
    let reckless = it.abc.callers.last().copied().unwrap_or(false);
    if !flag(it, &cls_v, "_is_runtime_protocol")? {
        if reckless {
            return Ok(it.not_implemented());
        }
        return it.type_error(NOT_RUNTIME);
    }
    if !callable_members_only(it, &cls)? {
        if reckless {
            return Ok(it.not_implemented());
        }
        return it.type_error("Protocols with non-method members don't support issubclass()");
    }
    let Some(other_cls) = other.as_obj().filter(|o| o.is_class()).cloned() else {
        return it.type_error("issubclass() arg 1 must be a class");
    };
    let generic = class(it, K::Generic);
    for a in protocol_attrs(it, &cls)? {
        let mut found = false;
        for base in other_cls.class_data().map(|c| c.mro()).unwrap_or_default() {
            let base_v = Value::Obj(base.clone());
            if let Some(v) = own(&base_v, &a) {
                if v.is_none() {
                    return Ok(it.not_implemented());
                }
                found = true;
                break;
            }
            if let Some(ann) = it.getattr_opt(&base_v, "__annotations__")? {
                let in_ann = it.as_dict_data(&ann).is_some_and(|d| d.borrow().get_str(&a).is_some());
                if in_ann && it.is_subclass(&other_cls, &generic) && flag(it, &other, "_is_protocol")? {
                    found = true;
                    break;
                }
            }
        }
        if !found {
            return Ok(it.not_implemented());
        }
    }
    Ok(Value::Bool(true))
}

/// A protocol's `__init__`: protocols cannot be instantiated; a concrete subclass gets the
/// first `__init__` of its MRO (put in its place for the next time).
fn no_init_or_replace_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first().cloned() else { return it.type_error("_no_init_or_replace_init() missing 'self'") };
    let cls = it.type_of(&me);
    let cls_v = Value::Obj(cls.clone());
    if flag(it, &cls_v, "_is_protocol")? {
        return it.type_error("Protocols cannot be instantiated");
    }
    let no_init = it.typing.no_init.clone().unwrap_or(Value::None);
    if !it.lookup_mro(&cls, "__init__").is_some_and(|i| i.is(&no_init)) {
        return Ok(Value::None);
    }
    let mut chosen = None;
    for base in cls.class_data().map(|c| c.mro()).unwrap_or_default() {
        if let Some(init) = own(&Value::Obj(base.clone()), "__init__") {
            if !init.is(&no_init) {
                chosen = Some(init);
                break;
            }
        }
    }
    let init = match chosen {
        Some(i) => i,
        None => it.getattr(&Value::Obj(it.t.object.clone()), &Rc::from("__init__"))?,
    };
    it.setattr(&cls_v, &Rc::from("__init__"), init)?;
    let bound = it.getattr(&me, &Rc::from("__init__"))?;
    it.call(&bound, args[1..].to_vec(), kwargs)
}

/// `@runtime_checkable`: lets `isinstance` check a protocol's members.
pub(super) fn runtime_checkable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls] = bind::<1>(it, "runtime_checkable", &["cls"], 1, &[], args, kwargs)?;
    let cls = cls.unwrap_or(Value::None);
    let generic = class(it, K::Generic);
    let ok =
        matches!(&cls, Value::Obj(c) if c.is_class() && it.is_subclass(c, &generic)) && flag(it, &cls, "_is_protocol")?;
    if !ok {
        let r = it.repr(&cls)?;
        return it.type_error(format!("@runtime_checkable can be only applied to protocol classes, got {r}"));
    }
    it.setattr(&cls, &Rc::from("_is_runtime_protocol"), Value::Bool(true))?;
    Ok(cls)
}
