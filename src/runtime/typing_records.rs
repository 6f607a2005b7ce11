//! `typing.NamedTuple` (the class syntax and the call) on top of `collections.namedtuple`,
//! following `Lib/typing.py`.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::traced;
use super::typing::{as_items, caller_module, class, params, type_check, typing_class, K};
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
    let checkable = it.builtin_fn(
        "runtime_checkable",
        "runtime_checkable",
        super::typing_generic::runtime_checkable,
        BuiltinKind::Function,
    );
    Ok(vec![("NamedTuple", namedtuple), ("runtime_checkable", checkable)])
}

/// A function with a `__mro_entries__` attribute, as CPython's `NamedTuple`.
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
