//! The classes of `dataclasses` a program meets: `Field` (what `field()` returns and
//! `fields()` lists), `InitVar`, `_DataclassParams` (`__dataclass_params__`),
//! `FrozenInstanceError`, and the markers `MISSING`, `KW_ONLY`, `_HAS_DEFAULT_FACTORY`
//! (`<factory>`) and `_FIELD`/`_FIELD_CLASSVAR`/`_FIELD_INITVAR`. Their slots, reprs and
//! messages are CPython's.

use super::dataclasses::{consts, fattr, fset, str_attr, this};
use super::dict::DictData;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, method};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// The module's objects its functions compare against (CPython's module globals).
pub struct Consts {
    pub field: ObjRef,
    pub params: ObjRef,
    pub initvar: ObjRef,
    pub frozen_error: Value,
    pub missing: Value,
    pub has_factory: Value,
    pub kw_only: Value,
    /// `_FIELD`, `_FIELD_CLASSVAR`, `_FIELD_INITVAR`.
    pub kinds: [Value; 3],
    pub empty_metadata: Value,
    /// The Python part's functions (`dataclasses::PRELUDE`), set once it has run.
    pub recursive_repr: Value,
    pub dataclass: Value,
}

/// `Field.__slots__`, in CPython's order.
const FIELD_SLOTS: [&str; 11] = [
    "name",
    "type",
    "default",
    "default_factory",
    "repr",
    "hash",
    "init",
    "compare",
    "metadata",
    "kw_only",
    "_field_type",
];
/// What `Field.__repr__` shows, in its order.
const FIELD_REPR: [&str; 11] = [
    "name",
    "type",
    "default",
    "default_factory",
    "init",
    "repr",
    "hash",
    "compare",
    "metadata",
    "kw_only",
    "_field_type",
];
/// `Field.__init__`'s parameters after `self` (also `field()`'s keywords, in the order its
/// repr lists them).
pub const FIELD_ARGS: [&str; 8] =
    ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];
/// `_DataclassParams.__slots__`.
const PARAMS_SLOTS: [&str; 6] = ["init", "repr", "eq", "order", "unsafe_hash", "frozen"];

fn class(it: &mut Interp, name: &str, bases: Vec<Value>, entries: Vec<(&str, Value)>) -> PyResult<ObjRef> {
    let cls = make_class(it, name, "dataclasses", bases, entries)?;
    match cls {
        Value::Obj(o) => Ok(o),
        _ => it.type_error("dataclasses: not a class"),
    }
}

fn slots(it: &mut Interp, names: &[&str]) -> Value {
    let items = names.iter().map(|n| Value::str(n)).collect();
    it.tuple(items)
}

/// An instance of a support class, made without running user code.
fn instance(it: &mut Interp, cls: &ObjRef) -> Value {
    Value::Obj(it.alloc_instance(cls, Payload::Instance))
}

/// The module's classes and its marker objects.
pub fn classes(it: &mut Interp) -> PyResult<Consts> {
    let m =
        |it: &mut Interp, class: &str, name: &'static str, f: NativeFn| method(it, class, name, f, BuiltinKind::Method);
    let attribute_error = Value::Obj(it.t.exc("AttributeError"));
    let frozen_error = Value::Obj(class(it, "FrozenInstanceError", vec![attribute_error], vec![])?);
    let factory_repr = m(it, "_HAS_DEFAULT_FACTORY_CLASS", "__repr__", factory_repr);
    let factory_cls = class(it, "_HAS_DEFAULT_FACTORY_CLASS", vec![], vec![factory_repr])?;
    let missing_cls = class(it, "_MISSING_TYPE", vec![], vec![])?;
    let kw_only_cls = class(it, "_KW_ONLY_TYPE", vec![], vec![])?;
    let kind_entries = vec![m(it, "_FIELD_BASE", "__init__", kind_init), m(it, "_FIELD_BASE", "__repr__", kind_repr)];
    let kind_cls = class(it, "_FIELD_BASE", vec![], kind_entries)?;
    let initvar_getitem =
        it.builtin_fn("__class_getitem__", "InitVar.__class_getitem__", initvar_getitem, BuiltinKind::Function);
    let initvar_getitem =
        Value::Obj(it.heap.alloc(Some(it.t.classmethod.clone()), None, Payload::ClassMethod(initvar_getitem)));
    let initvar_entries = vec![
        ("__slots__", slots(it, &["type"])),
        m(it, "InitVar", "__init__", initvar_init),
        m(it, "InitVar", "__repr__", initvar_repr),
        ("__class_getitem__", initvar_getitem),
    ];
    let initvar = class(it, "InitVar", vec![], initvar_entries)?;
    let generic_alias = Value::Obj(it.t.iter_type("GenericAlias"));
    let generic_alias =
        Value::Obj(it.heap.alloc(Some(it.t.classmethod.clone()), None, Payload::ClassMethod(generic_alias)));
    let field_entries = vec![
        ("__slots__", slots(it, &FIELD_SLOTS)),
        m(it, "Field", "__init__", field_init),
        m(it, "Field", "__repr__", field_repr),
        m(it, "Field", "__set_name__", field_set_name),
        ("__class_getitem__", generic_alias),
    ];
    let field = class(it, "Field", vec![], field_entries)?;
    let params_entries = vec![
        ("__slots__", slots(it, &PARAMS_SLOTS)),
        m(it, "_DataclassParams", "__init__", params_init),
        m(it, "_DataclassParams", "__repr__", params_repr),
    ];
    let params = class(it, "_DataclassParams", vec![], params_entries)?;
    let mut kinds = Vec::new();
    for name in ["_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"] {
        let k = instance(it, &kind_cls);
        it.setattr(&k, &Rc::from("name"), Value::str(name))?;
        kinds.push(k);
    }
    let [k0, k1, k2]: [Value; 3] = kinds.try_into().unwrap_or_else(|_| [Value::None, Value::None, Value::None]);
    Ok(Consts {
        field,
        params,
        initvar,
        frozen_error,
        missing: instance(it, &missing_cls),
        has_factory: instance(it, &factory_cls),
        kw_only: instance(it, &kw_only_cls),
        kinds: [k0, k1, k2],
        empty_metadata: mappingproxy(it, DictData::new()),
        recursive_repr: Value::None,
        dataclass: Value::None,
    })
}

/// `types.MappingProxyType(d)` (a snapshot here: metalab's mappingproxy holds its own dict).
fn mappingproxy(it: &mut Interp, d: super::dict::DictData) -> Value {
    let cls = it.t.mappingproxy.clone();
    Value::Obj(it.heap.alloc(Some(cls), None, Payload::Dict(super::refcell::RefCell::new(d))))
}

fn factory_repr(_it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::str("<factory>"))
}

fn kind_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, name] = bind::<2>(it, "_FIELD_BASE.__init__", &["self", "name"], 2, &[], args, kwargs)?;
    fset(it, &me.unwrap_or(Value::None), "name", name.unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn kind_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    fattr(it, &this(&args), "name")
}

fn initvar_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, ty] = bind::<2>(it, "InitVar.__init__", &["self", "type"], 2, &[], args, kwargs)?;
    fset(it, &me.unwrap_or(Value::None), "type", ty.unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// `dataclasses.InitVar[int]`: a class by its `__name__`, anything else by its repr.
fn initvar_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let ty = fattr(it, &this(&args), "type")?;
    let name = if it.is_type(&ty) { str_attr(it, &ty, "__name__")? } else { it.repr(&ty)? };
    Ok(Value::str(&format!("dataclasses.InitVar[{name}]")))
}

/// `InitVar[T]` is `InitVar(T)`.
fn initvar_getitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [_cls, ty] = bind::<2>(it, "__class_getitem__", &["cls", "type"], 2, &[], args, kwargs)?;
    let initvar = Value::Obj(consts(it)?.initvar.clone());
    it.call(&initvar, vec![ty.unwrap_or(Value::None)], vec![])
}

/// Sets a `Field`'s slots as `Field.__init__` does.
fn init_field(it: &mut Interp, f: &Value, values: Vec<Value>) -> PyResult<()> {
    let c = consts(it)?;
    fset(it, f, "name", Value::None)?;
    fset(it, f, "type", Value::None)?;
    for (name, mut v) in FIELD_ARGS.iter().zip(values) {
        if *name == "metadata" {
            v = if v.is_none() { c.empty_metadata.clone() } else { metadata_proxy(it, &v)? };
        }
        fset(it, f, name, v)?;
    }
    fset(it, f, "_field_type", Value::None)
}

/// `types.MappingProxyType(metadata)`, with its check that the argument is a mapping.
pub fn metadata_proxy(it: &mut Interp, m: &Value) -> PyResult<Value> {
    let is_mapping = it.as_dict_data(m).is_some() || it.lookup_mro(&it.type_of(m), "keys").is_some();
    if !is_mapping || it.seq_items(m).is_some() {
        let tn = it.type_name(m);
        return it.type_error(format!("mappingproxy() argument must be a mapping, not {tn}"));
    }
    let mut d = super::dict::DictData::new();
    for (k, v) in it.mapping_items(m)? {
        it.dict_insert(&mut d, k, v)?;
    }
    Ok(mappingproxy(it, d))
}

fn field_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut names = vec!["self"];
    names.extend(FIELD_ARGS);
    let slots = bind::<9>(it, "Field.__init__", &names, 9, &[], args, kwargs)?;
    let mut values: Vec<Value> = slots.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
    let me = values.remove(0);
    init_field(it, &me, values)?;
    Ok(Value::None)
}

/// `Name(a=1,b=2)`: CPython's `Field` and `_DataclassParams` reprs (no spaces); the last
/// name is shown by `str` when `last_str` (`_field_type=_FIELD`).
fn slots_repr(it: &mut Interp, me: &Value, class: &str, names: &[&str], last_str: bool) -> PyResult<Value> {
    let mut parts = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let v = fattr(it, me, name)?;
        let shown = if last_str && i + 1 == names.len() { it.str_of(&v)? } else { it.repr(&v)? };
        parts.push(format!("{name}={shown}"));
    }
    Ok(Value::str(&format!("{class}({})", parts.join(","))))
}

/// `Field.__repr__`, recursion-safe as CPython's `_recursive_repr` makes it.
fn field_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = this(&args);
    let Value::Obj(o) = &me else { return Ok(Value::str("...")) };
    if it.repr_stack.contains(&o.id) {
        return Ok(Value::str("..."));
    }
    it.repr_enter(o.id)?;
    let r = slots_repr(it, &me, "Field", &FIELD_REPR, true);
    it.repr_leave();
    r
}

/// `Field.__set_name__`: passes the call on to the default's own `__set_name__`.
fn field_set_name(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, owner, name] = bind::<3>(it, "Field.__set_name__", &["self", "owner", "name"], 3, &[], args, kwargs)?;
    let default = fattr(it, &me.unwrap_or(Value::None), "default")?;
    let tp = Value::Obj(it.type_of(&default));
    if let Some(func) = it.getattr_opt(&tp, "__set_name__")? {
        if it.truthy(&func)? {
            it.call(&func, vec![default, owner.unwrap_or(Value::None), name.unwrap_or(Value::None)], vec![])?;
        }
    }
    Ok(Value::None)
}

fn params_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut names = vec!["self"];
    names.extend(PARAMS_SLOTS);
    let slots = bind::<7>(it, "_DataclassParams.__init__", &names, 7, &[], args, kwargs)?;
    let mut values = slots.into_iter().map(|v| v.unwrap_or(Value::None));
    let me = values.next().unwrap_or(Value::None);
    for (name, v) in PARAMS_SLOTS.iter().zip(values) {
        fset(it, &me, name, v)?;
    }
    Ok(Value::None)
}

fn params_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    slots_repr(it, &this(&args), "_DataclassParams", &PARAMS_SLOTS, false)
}

/// `Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)`.
pub fn new_field(it: &mut Interp, c: &Consts, values: Vec<Value>) -> PyResult<Value> {
    let f = instance(it, &c.field);
    init_field(it, &f, values)?;
    Ok(f)
}

/// `_DataclassParams(init, repr, eq, order, unsafe_hash, frozen)`.
pub fn new_params(it: &mut Interp, c: &Consts, values: &[Value]) -> PyResult<Value> {
    let p = instance(it, &c.params);
    for (name, v) in PARAMS_SLOTS.iter().zip(values) {
        fset(it, &p, name, v.clone())?;
    }
    Ok(p)
}
