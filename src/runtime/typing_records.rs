//! `typing.NamedTuple` (the class syntax and the call) on top of `collections.namedtuple`,
//! and `TypedDict` (a class whose calls make plain dicts), following `Lib/typing.py`.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::traced;
use super::typing::{as_items, caller_module, class, is_a, params, type_check, typing_class, K};
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

// ---- NamedTuple ----

/// The module's `NamedTuple` (and `runtime_checkable`, from `typing_generic`).
pub(super) fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let object = Value::Obj(it.t.type_.clone());
    let meta = typing_class(it, "NamedTupleMeta", vec![object], &[("__new__", namedtuple_meta_new)], vec![])?;
    let Some(meta_cls) = meta.as_obj().cloned() else { return Ok(vec![]) };
    let empty = it.tuple(vec![]);
    let ns = it.new_dict_obj();
    let base = it.type_new(&meta_cls, vec![Value::str("NamedTuple"), empty, Value::Obj(ns)], vec![])?;
    it.typing.namedtuple_base = base.as_obj().cloned();
    let namedtuple = function_with_mro_entries(it, "NamedTuple", namedtuple_fn, namedtuple_mro_entries);
    let typeddict = build_typeddict(it)?;
    let checkable = it.builtin_fn(
        "runtime_checkable",
        "runtime_checkable",
        super::typing_generic::runtime_checkable,
        BuiltinKind::Function,
    );
    Ok(vec![("NamedTuple", namedtuple), ("TypedDict", typeddict), ("runtime_checkable", checkable)])
}

/// A function with a `__mro_entries__` attribute, as CPython's `NamedTuple` and `TypedDict`.
fn function_with_mro_entries(it: &mut Interp, name: &str, f: NativeFn, entries: NativeFn) -> Value {
    let dict = it.new_dict_obj();
    let entries = it.builtin_fn("<lambda>", "<lambda>", entries, BuiltinKind::Function);
    if let Some(d) = dict.dict_data() {
        d.borrow_mut().set_str(Rc::from("__mro_entries__"), entries);
    }
    let b = super::function::BuiltinFn {
        name: Rc::from(name),
        qualname: Rc::from(name),
        func: f,
        kind: BuiltinKind::Function,
        sig: super::function::Sig::Any,
        owner: None,
    };
    Value::Obj(it.heap.alloc(Some(it.t.builtin_function.clone()), Some(dict), Payload::Builtin(b)))
}

pub(super) fn namedtuple_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_bases] = params(it, "_namedtuple_mro_entries", &["bases"], &args)?;
    let base = it.typing.namedtuple_base.clone().map_or(Value::None, Value::Obj);
    Ok(it.tuple(vec![base]))
}

/// `_make_nmtuple`: `collections.namedtuple` with the fields' types as `__annotations__`.
pub(super) fn make_nmtuple(
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
pub(super) fn namedtuple_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
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
                let pair = match it.collect(&p) {
                    Err(e) if it.is_exc(&e, "TypeError") => {
                        let tn = it.type_name(&p);
                        return it.type_error(format!("cannot unpack non-iterable {tn} object"));
                    }
                    r => r?,
                };
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
pub(super) fn namedtuple_meta_new(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
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
                super::typing_generic::generic_class_getitem,
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

// ---- TypedDict ----

/// `_TypedDictMeta` and `_TypedDict`, what `TypedDict` stands for as a base; the function.
fn build_typeddict(it: &mut Interp) -> PyResult<Value> {
    let type_ = Value::Obj(it.t.type_.clone());
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", typeddict_meta_new),
        ("__call__", typeddict_call),
        ("__subclasscheck__", typeddict_check),
        ("__instancecheck__", typeddict_check),
    ];
    let meta = typing_class(it, "_TypedDictMeta", vec![type_], methods, vec![])?;
    let Some(meta_cls) = meta.as_obj().cloned() else { return Ok(Value::None) };
    let empty = it.tuple(vec![]);
    let ns = it.new_dict_obj();
    let base = it.type_new(&meta_cls, vec![Value::str("TypedDict"), empty, Value::Obj(ns)], vec![])?;
    it.typing.typeddict_base = base.as_obj().cloned();
    Ok(function_with_mro_entries(it, "TypedDict", typeddict_fn, typeddict_mro_entries))
}

fn typeddict_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_bases] = params(it, "<lambda>", &["bases"], &args)?;
    let base = it.typing.typeddict_base.clone().map_or(Value::None, Value::Obj);
    Ok(it.tuple(vec![base]))
}

/// `Movie(name='x')` is a plain dict (`__call__ = dict`).
fn typeddict_call(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let dict = Value::Obj(it.t.dict.clone());
    it.call(&dict, args.get(1..).unwrap_or_default().to_vec(), kwargs)
}

fn typeddict_check(it: &mut Interp, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.type_error("TypedDict does not support instance and class checks")
}

/// `TypedDict('Movie', {'name': str})`.
fn typeddict_fn(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let total = super::builtins::take_kw(&mut kwargs, "total").unwrap_or(Value::Bool(true));
    if args.is_empty() || args.len() > 2 {
        let n = args.len();
        return it.type_error(if n == 0 {
            "TypedDict() missing 1 required positional argument: 'typename'".to_string()
        } else {
            format!("TypedDict() takes from 1 to 2 positional arguments but {n} were given")
        });
    }
    if !kwargs.is_empty() {
        // CPython accepts them with a DeprecationWarning.
        return it
            .err("NotImplementedError", "metalab's TypedDict takes its fields as a dict, not as keyword arguments");
    }
    let fields = match args.get(1) {
        Some(f) if !f.is_none() => f.clone(),
        _ => it.dict_from(super::dict::DictData::new()),
    };
    let dict = Value::Obj(it.t.dict.clone());
    let annotations = it.call(&dict, vec![fields], vec![])?;
    let module = caller_module(it);
    let mut ns = super::dict::DictData::new();
    it.dict_insert(&mut ns, Value::str("__annotations__"), annotations)?;
    it.dict_insert(&mut ns, Value::str("__module__"), module)?;
    let ns = it.dict_from(ns);
    let meta = Value::Obj(it.typing.typeddict_base.as_ref().map_or_else(|| it.t.type_.clone(), |b| b.class()));
    let bases = it.tuple(vec![]);
    it.call(&meta, vec![args[0].clone(), bases, ns], vec![(Rc::from("total"), total)])
}

/// `s.method(arg)` on one of the key sets: CPython's set operations, so the sets' order is
/// CPython's.
fn set_op(it: &mut Interp, set: &Value, method: &str, arg: Value) -> PyResult<()> {
    let m = it.getattr(set, &Rc::from(method))?;
    it.call(&m, vec![arg], vec![]).map(|_| ())
}

/// `class Movie(TypedDict, total=False)`: a dict subclass (its bases replaced by `dict`) with
/// the bases' and its own annotations, and which keys are required.
fn typeddict_meta_new(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let total = super::builtins::take_kw(&mut kwargs, "total");
    let [meta, name, bases, ns] =
        params(it, "_TypedDictMeta.__new__", &["cls", "name", "bases", "ns"], &args[..args.len().min(4)])?;
    let total = total.or_else(|| args.get(4).cloned()).unwrap_or(Value::Bool(true));
    traced(it, "_TypedDictMeta.__new__", &name.clone(), |it| {
        let bases = as_items(it, &bases);
        let generic = Value::Obj(class(it, K::Generic));
        let Some(meta_cls) = meta.as_obj().cloned() else { return Ok(Value::None) };
        let td_meta = it.typing.typeddict_base.as_ref().map(|b| b.class());
        let mut with_generic = false;
        for b in &bases {
            let is_td = td_meta.as_ref().is_some_and(|m| Rc::ptr_eq(&it.type_of(b), m));
            if !is_td && !b.is(&generic) {
                return it.type_error("cannot inherit from both a TypedDict type and a non-TypedDict base class");
            }
            with_generic |= super::typing_alias::issubclass(it, b, &generic)?;
        }
        let mut new_bases = if with_generic { vec![generic] } else { vec![] };
        new_bases.push(Value::Obj(it.t.dict.clone()));
        let new_bases = it.tuple(new_bases);
        let tp = it.type_new(&meta_cls, vec![name.clone(), new_bases, ns.clone()], vec![])?;
        let items = it.mapping_items(&ns)?;
        let own_ann = match items.iter().find(|(k, _)| matches!(k, Value::Str(s) if &**s == "__annotations__")) {
            Some((_, a)) => it.mapping_items(a)?,
            None => Vec::new(),
        };
        let msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type";
        let mut checked = Vec::new();
        for (n, t) in own_ann {
            checked.push((n, type_check(it, &t, msg, true, false)?));
        }
        let mut annotations = super::dict::DictData::new();
        let set_type = Value::Obj(it.t.set.clone());
        let required = it.call(&set_type, vec![], vec![])?;
        let optional = it.call(&set_type, vec![], vec![])?;
        for b in &bases {
            let own_of = |k: &str| super::typing::own(b, k);
            if let Some(a) = own_of("__annotations__") {
                for (k, v) in it.mapping_items(&a)? {
                    it.dict_insert(&mut annotations, k, v)?;
                }
            }
            let empty = it.call(&set_type, vec![], vec![])?;
            let base_required = own_of("__required_keys__").unwrap_or_else(|| empty.clone());
            set_op(it, &required, "update", base_required.clone())?;
            set_op(it, &optional, "difference_update", base_required)?;
            let base_optional = own_of("__optional_keys__").unwrap_or(empty);
            set_op(it, &required, "difference_update", base_optional.clone())?;
            set_op(it, &optional, "update", base_optional)?;
        }
        let total_flag = it.truthy(&total)?;
        for (k, t) in checked {
            it.dict_insert(&mut annotations, k.clone(), t.clone())?;
            let origin = if is_a(it, &t, K::Alias) { super::typing::own(&t, "__origin__") } else { None };
            let form = origin.and_then(|o| super::typing::form_name(it, &o));
            let is_required = match form.as_deref() {
                Some("Required") => true,
                Some("NotRequired") => false,
                _ => total_flag,
            };
            let (into, from) = if is_required { (&required, &optional) } else { (&optional, &required) };
            set_op(it, into, "add", k.clone())?;
            set_op(it, from, "discard", k)?;
        }
        let annotations = it.dict_from(annotations);
        it.setattr(&tp, &Rc::from("__annotations__"), annotations)?;
        let frozenset = Value::Obj(it.t.frozenset.clone());
        let required = it.call(&frozenset, vec![required], vec![])?;
        it.setattr(&tp, &Rc::from("__required_keys__"), required)?;
        let optional = it.call(&frozenset, vec![optional], vec![])?;
        it.setattr(&tp, &Rc::from("__optional_keys__"), optional)?;
        if it.getattr_opt(&tp, "__total__")?.is_none() {
            it.setattr(&tp, &Rc::from("__total__"), total.clone())?;
        }
        Ok(tp)
    })
}
