//! The `dataclasses` module: a class decorator that reads `__annotations__` and writes
//! dunder methods into the class, which is why the lab has it.
//!
//! CPython writes it in Python (`Lib/dataclasses.py`) and makes each generated method by
//! `exec`-ing source text in a `__create_fn__` wrapper, so those methods are Python functions
//! of `<string>`: the profile (and metalab's trace) shows `__create_fn__` calls when a class
//! is decorated and `__create_fn__.<locals>.__init__` when an instance is made. metalab
//! builds the same text and runs it with its own `exec` (`dataclass_process`), so the methods
//! are real functions (`<function P.__init__ at 0x…>`), their argument errors, line numbers
//! and call order are CPython's, and a frozen class's `__init__` goes through
//! `object.__setattr__` exactly as there. The rest of the module is native, except
//! `dataclass` itself and `_recursive_repr`, whose closures must be Python functions (`PRELUDE`,
//! run as library code: builtin steps in the trace). `Field` and friends keep CPython's slot
//! names and reprs, so a learner who prints `fields(P)` sees what CPython shows.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, method, untraced};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub const FIELDS: &str = "__dataclass_fields__";
pub const PARAMS: &str = "__dataclass_params__";

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

/// The Python part: `dataclass(...)` returns its closure `wrap` and `_recursive_repr` wraps
/// each generated `__repr__` in a closure, both Python functions in CPython (their repr,
/// `__wrapped__` and `__qualname__` are a function's).
const PRELUDE: &str = "\
def _recursive_repr(user_function):
    repr_running = set()

    def wrapper(self):
        key = id(self)
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result
    return _update_wrapper(wrapper, user_function)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap

    return wrap(cls)
";

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
    pub recursive_repr: Value,
    pub dataclass: Value,
}

/// Per-run state: the module's objects, once imported.
#[derive(Default)]
pub struct DataclassesState {
    consts: Option<Rc<Consts>>,
}

/// The module's objects (its functions only run once it is imported).
pub fn consts(it: &mut Interp) -> PyResult<Rc<Consts>> {
    match &it.dataclasses.consts {
        Some(c) => Ok(c.clone()),
        None => it.err("SystemError", "dataclasses is not imported"),
    }
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

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

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
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
    let has_factory = instance(it, &factory_cls);
    let empty_metadata = mappingproxy(it, super::dict::DictData::new());
    let missing = instance(it, &missing_cls);
    let kw_only = instance(it, &kw_only_cls);
    // The Python part runs in a namespace of its own, with the natives it calls.
    let globals = it.new_dict_obj();
    if let Some(d) = globals.dict_data() {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__name__"), Value::str("dataclasses"));
        d.set_str(Rc::from("__builtins__"), Value::Obj(it.builtins.clone()));
    }
    let process = python_fn(it, "_process_class", super::dataclass_process::process_class);
    let process_entry = process.clone();
    let update =
        it.builtin_fn("update_wrapper", "update_wrapper", super::functools::update_wrapper, BuiltinKind::Function);
    it.dict_set(&globals, Value::str("_process_class"), process_entry)?;
    it.dict_set(&globals, Value::str("_update_wrapper"), update)?;
    it.exec_library(PRELUDE, &globals)?;
    let get = |name: &str| globals.dict_data().and_then(|d| d.borrow().get_str(name).cloned()).unwrap_or(Value::None);
    let (dataclass, recursive_repr) = (get("dataclass"), get("_recursive_repr"));
    it.dataclasses.consts = Some(Rc::new(Consts {
        field: field.clone(),
        params: params.clone(),
        initvar: initvar.clone(),
        frozen_error: frozen_error.clone(),
        missing: missing.clone(),
        has_factory: has_factory.clone(),
        kw_only: kw_only.clone(),
        kinds: [k0.clone(), k1.clone(), k2.clone()],
        empty_metadata,
        recursive_repr: recursive_repr.clone(),
        dataclass: dataclass.clone(),
    }));
    let all = [
        "dataclass",
        "field",
        "Field",
        "FrozenInstanceError",
        "InitVar",
        "KW_ONLY",
        "MISSING",
        "fields",
        "asdict",
        "astuple",
        "make_dataclass",
        "replace",
        "is_dataclass",
    ];
    let all = it.list(all.iter().map(|n| Value::str(n)).collect());
    Ok(vec![
        ("__all__", all),
        ("FrozenInstanceError", frozen_error),
        ("MISSING", missing),
        ("KW_ONLY", kw_only),
        ("InitVar", Value::Obj(initvar)),
        ("Field", Value::Obj(field)),
        ("field", python_fn(it, "field", super::dataclass_funcs::field_fn)),
        ("dataclass", dataclass),
        ("fields", python_fn(it, "fields", super::dataclass_funcs::fields_fn)),
        ("is_dataclass", python_fn(it, "is_dataclass", super::dataclass_funcs::is_dataclass)),
        ("asdict", python_fn(it, "asdict", super::dataclass_funcs::asdict)),
        ("astuple", python_fn(it, "astuple", super::dataclass_funcs::astuple)),
        ("make_dataclass", python_fn(it, "make_dataclass", super::dataclass_funcs::make_dataclass)),
        ("replace", python_fn(it, "replace", super::dataclass_funcs::replace)),
        ("_HAS_DEFAULT_FACTORY", has_factory),
        ("_FIELD", k0),
        ("_FIELD_CLASSVAR", k1),
        ("_FIELD_INITVAR", k2),
        ("_FIELDS", Value::str(FIELDS)),
        ("_PARAMS", Value::str(PARAMS)),
        ("_POST_INIT_NAME", Value::str("__post_init__")),
        ("_recursive_repr", recursive_repr),
        ("_process_class", process),
    ])
}

/// A function CPython writes in Python: it reprs as `<function fields at 0x…>`.
fn python_fn(it: &mut Interp, name: &str, f: NativeFn) -> Value {
    it.builtin_fn(name, name, f, BuiltinKind::Method)
}

/// `types.MappingProxyType(d)` (a snapshot here: metalab's mappingproxy holds its own dict).
fn mappingproxy(it: &mut Interp, d: super::dict::DictData) -> Value {
    let cls = it.t.mappingproxy.clone();
    Value::Obj(it.heap.alloc(Some(cls), None, Payload::Dict(super::refcell::RefCell::new(d))))
}

pub fn attr(it: &mut Interp, v: &Value, name: &str) -> PyResult<Value> {
    it.getattr(v, &Rc::from(name))
}

/// An attribute that must be a str (a field's `name`).
pub fn str_attr(it: &mut Interp, v: &Value, name: &str) -> PyResult<Rc<str>> {
    let a = attr(it, v, name)?;
    it.str_of(&a)
}

/// An attribute of one of the module's own objects (a `Field`, `_DataclassParams`): its
/// bookkeeping, read without lookup events (the program's classes' lookups still show).
pub fn fattr(it: &mut Interp, v: &Value, name: &str) -> PyResult<Value> {
    untraced(it, |it| it.getattr(v, &Rc::from(name)))
}

pub fn fset(it: &mut Interp, v: &Value, name: &str, value: Value) -> PyResult<()> {
    untraced(it, |it| it.setattr(v, &Rc::from(name), value))
}

/// A field's `name`.
pub fn fname(it: &mut Interp, f: &Value) -> PyResult<Rc<str>> {
    let n = fattr(it, f, "name")?;
    it.str_of(&n)
}

pub fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

pub fn set(it: &mut Interp, v: &Value, name: &str, value: Value) -> PyResult<()> {
    it.setattr(v, &Rc::from(name), value)
}

/// `sys.modules[name].__dict__`, for the modules metalab has.
pub fn module_dict(it: &Interp, name: &Value) -> Option<ObjRef> {
    match name {
        Value::Str(m) if &**m == "__main__" => Some(it.globals.clone()),
        Value::Str(m) => it.modules.get(&**m).and_then(|md| md.dict.clone()),
        _ => None,
    }
}

pub fn is_field(it: &Interp, c: &Consts, v: &Value) -> bool {
    it.is_instance(v, &c.field)
}

pub fn own(cls: &Value, name: &str) -> Option<Value> {
    cls.as_obj().and_then(|o| o.own_attr(name))
}

pub fn class_name(it: &mut Interp, cls: &Value) -> PyResult<Rc<str>> {
    let n = attr(it, cls, "__name__")?;
    it.str_of(&n)
}

// ---- the support classes ----

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
    let [cls, ty] = bind::<2>(it, "__class_getitem__", &["cls", "type"], 2, &[], args, kwargs)?;
    let _ = cls;
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
fn metadata_proxy(it: &mut Interp, m: &Value) -> PyResult<Value> {
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

/// The values of a dict (`__dataclass_fields__`), or of any mapping's `values()`.
pub fn dict_values(it: &mut Interp, d: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = d {
        if let (true, Some(data)) = (Rc::ptr_eq(&o.class(), &it.t.dict), o.dict_data()) {
            return Ok(data.borrow().iter().map(|e| e.value.clone()).collect());
        }
    }
    let values = attr(it, d, "values")?;
    let values = it.call(&values, vec![], vec![])?;
    it.collect(&values)
}

/// The real fields among a `__dataclass_fields__` dict's values (no ClassVar or InitVar).
pub fn only_fields(it: &mut Interp, fields: &Value) -> PyResult<Vec<Value>> {
    let kind = consts(it)?.kinds[0].clone();
    let mut out = Vec::new();
    for f in dict_values(it, fields)? {
        if fattr(it, &f, "_field_type")?.is(&kind) {
            out.push(f);
        }
    }
    Ok(out)
}
