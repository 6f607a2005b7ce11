//! `typing.Generic` (a class statement's `Generic[T]` base, `Stack[int]`), `Protocol`,
//! `NamedTuple` and the introspection functions (`get_type_hints`, `get_origin`, `get_args`),
//! following `Lib/typing.py`.

use super::format::hash_ascii;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, make_class, namespace, traced};
use super::typing::{
    as_items, caller_module, check_generic, class, collect_parameters, contains, forward_ref, is_a, is_class, own,
    params, type_check, type_convert, typing_class, K,
};
use super::value::{ObjRef, Payload, Value};
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

/// The module's `NamedTuple` and `runtime_checkable`.
pub(super) fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let object = Value::Obj(it.t.type_.clone());
    let meta = typing_class(it, "NamedTupleMeta", vec![object], &[("__new__", namedtuple_meta_new)], vec![])?;
    let Some(meta_cls) = meta.as_obj().cloned() else { return Ok(vec![]) };
    let empty = it.tuple(vec![]);
    let ns = it.new_dict_obj();
    let base = it.type_new(&meta_cls, vec![Value::str("NamedTuple"), empty, Value::Obj(ns)], vec![])?;
    it.typing.namedtuple_base = base.as_obj().cloned();
    // A function with a `__mro_entries__` attribute, as CPython's.
    let dict = it.new_dict_obj();
    let entries = it.builtin_fn(
        "_namedtuple_mro_entries",
        "_namedtuple_mro_entries",
        namedtuple_mro_entries,
        BuiltinKind::Function,
    );
    if let Some(d) = dict.dict_data() {
        d.borrow_mut().set_str(Rc::from("__mro_entries__"), entries);
    }
    let b = super::function::BuiltinFn {
        name: Rc::from("NamedTuple"),
        qualname: Rc::from("NamedTuple"),
        func: namedtuple_fn,
        kind: BuiltinKind::Function,
        sig: super::function::Sig::Any,
        owner: None,
    };
    let f = it.heap.alloc(Some(it.t.builtin_function.clone()), Some(dict), Payload::Builtin(b));
    let checkable = it.builtin_fn("runtime_checkable", "runtime_checkable", runtime_checkable, BuiltinKind::Function);
    Ok(vec![("NamedTuple", Value::Obj(f)), ("runtime_checkable", checkable)])
}

fn cls_arg(it: &mut Interp, args: &[Value], what: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(c)) if c.is_class() => Ok(c.clone()),
        _ => it.type_error(format!("{what}: the receiver is not a class")),
    }
}

// ---- Generic ----

/// `Generic[T, U]` (type variables only, each once) and `Stack[int]` (as many arguments as
/// the class has parameters).
fn generic_class_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
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

fn flag(it: &mut Interp, v: &Value, name: &str) -> PyResult<bool> {
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
    if !flag(it, &cls_v, "_is_runtime_protocol")? {
        return it.type_error(NOT_RUNTIME);
    }
    if !callable_members_only(it, &cls)? {
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
fn runtime_checkable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
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

// ---- NamedTuple ----

fn namedtuple_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_bases] = params(it, "_namedtuple_mro_entries", &["bases"], &args)?;
    let base = it.typing.namedtuple_base.clone().map_or(Value::None, Value::Obj);
    Ok(it.tuple(vec![base]))
}

/// `_make_nmtuple`: `collections.namedtuple` with the fields' types as `__annotations__`.
fn make_nmtuple(
    it: &mut Interp,
    name: &Value,
    types: Vec<(Value, Value)>,
    module: Value,
    defaults: Vec<Value>,
) -> PyResult<Value> {
    let mut checked = super::dict::DictData::new();
    for (n, t) in &types {
        let msg = format!("field {} annotation must be a type", it.str_of(n)?);
        let t = type_check(it, t, &msg, true, false)?;
        it.dict_insert(&mut checked, n.clone(), t)?;
    }
    let fields: Vec<Value> = types.into_iter().map(|(n, _)| n).collect();
    let collections = it.import_module("collections")?;
    let namedtuple = it.getattr(&Value::Obj(collections), &Rc::from("namedtuple"))?;
    let fields = it.list(fields);
    let defaults = it.list(defaults);
    let kwargs = vec![(Rc::from("defaults"), defaults), (Rc::from("module"), module)];
    let nm = it.call(&namedtuple, vec![name.clone(), fields], kwargs)?;
    let annotations = it.dict_from(checked);
    it.setattr(&nm, &Rc::from("__annotations__"), annotations.clone())?;
    let new = it.getattr(&nm, &Rc::from("__new__"))?;
    it.setattr(&new, &Rc::from("__annotations__"), annotations)?;
    Ok(nm)
}

/// `NamedTuple('P', [('x', int)])` or `NamedTuple('P', x=int)`.
fn namedtuple_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        return it.type_error(if n == 0 {
            "NamedTuple() missing 1 required positional argument: 'typename'".to_string()
        } else {
            format!("NamedTuple() takes from 1 to 2 positional arguments but {n} were given")
        });
    }
    let fields = match args.get(1) {
        Some(f) if !f.is_none() => {
            if !kwargs.is_empty() {
                return it.type_error("Either list of fields or keywords can be provided to NamedTuple, not both");
            }
            let mut pairs = Vec::new();
            for p in it.collect(f)? {
                let pair = it.collect(&p)?;
                if pair.len() != 2 {
                    let n = pair.len();
                    let msg = if n < 2 {
                        format!("not enough values to unpack (expected 2, got {n})")
                    } else {
                        "too many values to unpack (expected 2)".to_string()
                    };
                    return it.value_error(msg);
                }
                pairs.push((pair[0].clone(), pair[1].clone()));
            }
            pairs
        }
        _ => kwargs.into_iter().map(|(k, v)| (Value::Str(k), v)).collect(),
    };
    let module = caller_module(it);
    traced(it, "NamedTuple", &args[0].clone(), |it| make_nmtuple(it, &args[0], fields, module, Vec::new()))
}

const PROHIBITED: &[&str] = &[
    "__new__",
    "__init__",
    "__slots__",
    "__getnewargs__",
    "_fields",
    "_field_defaults",
    "_make",
    "_replace",
    "_asdict",
    "_source",
];

/// `class P(NamedTuple)`: the body's annotations are the fields (those with a value have it as
/// default), its other names are copied onto the namedtuple class.
fn namedtuple_meta_new(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_meta, typename, bases, ns] =
        params(it, "NamedTupleMeta.__new__", &["cls", "typename", "bases", "ns"], &args)?;
    traced(it, "NamedTupleMeta.__new__", &typename.clone(), |it| {
        let base = it.typing.namedtuple_base.clone().map_or(Value::None, Value::Obj);
        let generic = Value::Obj(class(it, K::Generic));
        let bases = as_items(it, &bases);
        if bases.iter().any(|b| !b.is(&base) && !b.is(&generic)) {
            return it.type_error("can only inherit from a NamedTuple type and Generic");
        }
        let with_generic = bases.iter().any(|b| b.is(&generic));
        let items = it.mapping_items(&ns)?;
        let lookup =
            |k: &str| items.iter().find(|(n, _)| matches!(n, Value::Str(s) if &**s == k)).map(|(_, v)| v.clone());
        let types = match lookup("__annotations__") {
            Some(a) => it.mapping_items(&a)?,
            None => Vec::new(),
        };
        let mut default_names: Vec<Rc<str>> = Vec::new();
        let mut defaults = Vec::new();
        for (field, _) in &types {
            let name = it.str_of(field)?;
            if let Some(v) = lookup(&name) {
                default_names.push(name);
                defaults.push(v);
            } else if !default_names.is_empty() {
                let s = if default_names.len() > 1 { "s" } else { "" };
                return it.type_error(format!(
                    "Non-default namedtuple field {name} cannot follow default field{s} {}",
                    default_names.join(", ")
                ));
            }
        }
        let module = lookup("__module__").unwrap_or(Value::None);
        let field_names: Vec<Rc<str>> =
            types.iter().filter_map(|(k, _)| if let Value::Str(s) = k { Some(s.clone()) } else { None }).collect();
        let nm = make_nmtuple(it, &typename, types, module, defaults)?;
        if with_generic {
            let tuple_v = Value::Obj(it.t.tuple.clone());
            let new_bases: Vec<Value> =
                bases.iter().map(|b| if b.is(&base) { tuple_v.clone() } else { b.clone() }).collect();
            let new_bases = it.tuple(new_bases);
            it.setattr(&nm, &Rc::from("__bases__"), new_bases)?;
            let getitem = it.builtin_fn(
                "__class_getitem__",
                "Generic.__class_getitem__",
                generic_class_getitem,
                BuiltinKind::ClassMethod,
            );
            it.setattr(&nm, &Rc::from("__class_getitem__"), getitem)?;
        }
        for (key, value) in &items {
            let Value::Str(k) = key else { continue };
            if PROHIBITED.contains(&&**k) {
                return it.attr_error(format!("Cannot overwrite NamedTuple attribute {k}"));
            }
            if !["__module__", "__name__", "__annotations__"].contains(&&**k) && !field_names.contains(k) {
                it.setattr(&nm, k, value.clone())?;
            }
        }
        if with_generic {
            let init_sub = it.getattr(&nm, &Rc::from("__init_subclass__"))?;
            it.call(&init_sub, vec![], vec![])?;
        }
        Ok(nm)
    })
}

// ---- NewType as a base ----

/// `class C(UserId)` fails (in the class's `__init_subclass__`) with a hint.
pub(super) fn newtype_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, _bases] = params(it, "NewType.__mro_entries__", &["self", "bases"], &args)?;
    let name = it.getattr(&me, &Rc::from("__name__"))?;
    let init_sub =
        it.builtin_fn("__init_subclass__", "Dummy.__init_subclass__", dummy_init_subclass, BuiltinKind::ClassMethod);
    let object = Value::Obj(it.t.object.clone());
    let dummy = make_class(
        it,
        "Dummy",
        "typing",
        vec![object],
        vec![("__init_subclass__", init_sub), ("_supertype_name", name)],
    )?;
    Ok(it.tuple(vec![dummy]))
}

fn dummy_init_subclass(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args, "Dummy.__init_subclass__")?;
    let sub = it.short_class_name(&cls);
    let sup = it.getattr(&args[0], &Rc::from("_supertype_name"))?;
    let sup = it.str_of(&sup)?;
    it.type_error(format!(
        "Cannot subclass an instance of NewType. Perhaps you were looking for: `{sub} = NewType('{sub}', {sup})`"
    ))
}

// ---- introspection ----

/// `get_origin(tp)`: `list` for `List[int]`, `Union` for `Optional[X]`, `Generic`, else None.
pub(super) fn get_origin(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tp] = bind::<1>(it, "get_origin", &["tp"], 1, &[], args, kwargs)?;
    let tp = tp.unwrap_or(Value::None);
    if is_a(it, &tp, K::BaseAlias) {
        return Ok(own(&tp, "__origin__").unwrap_or(Value::None));
    }
    if super::type_forms::is_generic_alias(it, &tp) {
        return it.getattr(&tp, &Rc::from("__origin__"));
    }
    if is_class(it, &tp, K::Generic) {
        return Ok(tp);
    }
    if super::type_forms::union_args(it, &tp).is_some() {
        return Ok(Value::Obj(it.t.iter_type("UnionType")));
    }
    Ok(Value::None)
}

/// `get_args(tp)`: the arguments, a `Callable`'s as `([args], result)`.
pub(super) fn get_args(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tp] = bind::<1>(it, "get_args", &["tp"], 1, &[], args, kwargs)?;
    let tp = tp.unwrap_or(Value::None);
    if is_a(it, &tp, K::Alias) || super::type_forms::is_generic_alias(it, &tp) {
        let res = it.getattr(&tp, &Rc::from("__args__"))?;
        let origin = it.getattr(&tp, &Rc::from("__origin__"))?;
        let callable =
            it.typing.callable_abc.as_ref().is_some_and(|c| matches!(&origin, Value::Obj(o) if Rc::ptr_eq(o, c)));
        let items = as_items(it, &res);
        let param_expr = |it: &Interp, v: &Value| {
            matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Ellipsis))
                || it.is_instance(v, &it.t.tuple)
                || it.is_instance(v, &it.t.list)
        };
        if callable && !(items.len() == 2 && param_expr(it, &items[0])) && !items.is_empty() {
            let n = items.len() - 1;
            let first = it.list(items[..n].to_vec());
            return Ok(it.tuple(vec![first, items[n].clone()]));
        }
        return Ok(res);
    }
    if let Some(a) = super::type_forms::union_args(it, &tp) {
        return Ok(it.tuple(a));
    }
    Ok(it.tuple(vec![]))
}

/// The globals of `module` (for a class's annotations): the program's, or an imported module's.
fn module_globals(it: &mut Interp, module: &Value) -> Value {
    let main = caller_module(it);
    if module.is(&main) || matches!((module, &main), (Value::Str(a), Value::Str(b)) if a == b) {
        return Value::Obj(it.globals.clone());
    }
    let found = match module {
        Value::Str(m) => it.modules.get(&**m).and_then(|o| o.dict.clone()),
        _ => None,
    };
    match found {
        Some(d) => Value::Obj(d),
        None => Value::Obj(it.new_dict_obj()),
    }
}

/// `get_type_hints(obj, globalns=None, localns=None, include_extras=False)`: the annotations
/// with string ones evaluated (a class's along its MRO).
pub(super) fn get_type_hints(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj, globalns, localns, _extras] =
        bind::<4>(it, "get_type_hints", &["obj", "globalns", "localns", "include_extras"], 1, &[], args, kwargs)?;
    let obj = obj.unwrap_or(Value::None);
    let (globalns, localns) = (globalns.filter(|g| !g.is_none()), localns.filter(|l| !l.is_none()));
    if flag(it, &obj, "__no_type_check__")? {
        return Ok(it.dict_from(super::dict::DictData::new()));
    }
    let mut hints = super::dict::DictData::new();
    if let Some(cls) = obj.as_obj().filter(|o| o.is_class()).cloned() {
        for base in cls.class_data().map(|c| c.mro()).unwrap_or_default().into_iter().rev() {
            let base_v = Value::Obj(base.clone());
            let Some(ann) = own(&base_v, "__annotations__") else { continue };
            let base_globals = match &globalns {
                Some(g) => g.clone(),
                None => {
                    let m = it.getattr(&base_v, &Rc::from("__module__"))?;
                    module_globals(it, &m)
                }
            };
            let base_locals = match &localns {
                Some(l) => l.clone(),
                None => {
                    let items =
                        base.dict.as_ref().and_then(|d| d.dict_data()).map(|d| d.borrow().clone()).unwrap_or_default();
                    it.dict_from(items)
                }
            };
            let (g, l) = if globalns.is_none() && localns.is_none() {
                (base_locals, base_globals)
            } else {
                (base_globals, base_locals)
            };
            for (name, value) in it.mapping_items(&ann)? {
                let value = match value {
                    Value::None => Value::Obj(it.t.none_type.clone()),
                    Value::Str(s) => forward_ref(it, s, false, true),
                    v => v,
                };
                let v = eval_type(it, &value, &g, &l)?;
                it.dict_insert(&mut hints, name, v)?;
            }
        }
        return Ok(it.dict_from(hints));
    }
    let is_module = matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Module { .. }));
    let globalns = match globalns {
        Some(g) => g,
        None if is_module => it.getattr(&obj, &Rc::from("__dict__"))?,
        None => {
            let mut ns = obj.clone();
            while let Some(w) = it.getattr_opt(&ns, "__wrapped__")? {
                ns = w;
            }
            match it.getattr_opt(&ns, "__globals__")? {
                Some(g) => g,
                None => Value::Obj(it.new_dict_obj()),
            }
        }
    };
    let localns = localns.unwrap_or_else(|| globalns.clone());
    let Some(ann) = it.getattr_opt(&obj, "__annotations__")?.filter(|a| !a.is_none()) else {
        let allowed = matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Module { .. }));
        if allowed {
            return Ok(it.dict_from(hints));
        }
        let r = it.repr(&obj)?;
        return it.type_error(format!("{r} is not a module, class, method, or function."));
    };
    for (name, value) in it.mapping_items(&ann)? {
        let value = match value {
            Value::None => Value::Obj(it.t.none_type.clone()),
            Value::Str(s) => forward_ref(it, s, !is_module, false),
            v => v,
        };
        let v = eval_type(it, &value, &globalns, &localns)?;
        it.dict_insert(&mut hints, name, v)?;
    }
    Ok(it.dict_from(hints))
}

/// `_eval_type`: forward references evaluated, inside aliases and unions too.
fn eval_type(it: &mut Interp, t: &Value, globalns: &Value, localns: &Value) -> PyResult<Value> {
    if is_a(it, t, K::ForwardRef) {
        let arg = own(t, "__forward_arg__").unwrap_or(Value::None);
        let builtins = it.builtins.clone();
        let eval = it.load_global(&Rc::from("eval"), &builtins)?;
        let v = it.call(&eval, vec![arg, globalns.clone(), localns.clone()], vec![])?;
        let is_argument = matches!(own(t, "__forward_is_argument__"), Some(Value::Bool(true)));
        let is_class = matches!(own(t, "__forward_is_class__"), Some(Value::Bool(true)));
        let v = type_check(it, &v, "Forward references must evaluate to types.", is_argument, is_class)?;
        let v = eval_type(it, &v, globalns, localns)?;
        if let Some(d) = t.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
            let mut d = d.borrow_mut();
            d.set_str(Rc::from("__forward_evaluated__"), Value::Bool(true));
            d.set_str(Rc::from("__forward_value__"), v.clone());
        }
        return Ok(v);
    }
    let ga = super::type_forms::is_generic_alias(it, t);
    let union = super::type_forms::union_args(it, t);
    if !(is_a(it, t, K::Alias) || ga || union.is_some()) {
        return Ok(t.clone());
    }
    let args_v = it.getattr(t, &Rc::from("__args__"))?;
    let old = as_items(it, &args_v);
    let mut new = Vec::new();
    for a in &old {
        let a = match a {
            Value::Str(s) if ga => forward_ref(it, s.clone(), true, false),
            other => other.clone(),
        };
        new.push(eval_type(it, &a, globalns, localns)?);
    }
    if old.iter().zip(&new).all(|(a, b)| a.is(b)) {
        return Ok(t.clone());
    }
    if ga {
        let origin = it.getattr(t, &Rc::from("__origin__"))?;
        let alias = Value::Obj(it.t.iter_type("GenericAlias"));
        let args = it.tuple(new);
        return it.call(&alias, vec![origin, args], vec![]);
    }
    if union.is_some() {
        let mut r = new[0].clone();
        for n in &new[1..] {
            r = it.binary_op(crate::syntax::ast::BinOp::BitOr, r, n.clone())?;
        }
        return Ok(r);
    }
    super::typing_alias::copy_with(it, t, new)
}
