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

pub use super::dataclass_classes::Consts;
use super::function::{BuiltinKind, NativeFn};
use super::interp::Interp;
use super::native_class::untraced;
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

pub const FIELDS: &str = "__dataclass_fields__";
pub const PARAMS: &str = "__dataclass_params__";

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

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let mut c = super::dataclass_classes::classes(it)?;
    // The Python part runs in a namespace of its own, with the natives it calls.
    let globals = it.new_dict_obj();
    if let Some(d) = globals.dict_data() {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__name__"), Value::str("dataclasses"));
        d.set_str(Rc::from("__builtins__"), Value::Obj(it.builtins.clone()));
    }
    let process = python_fn(it, "_process_class", super::dataclass_process::process_class);
    let update =
        it.builtin_fn("update_wrapper", "update_wrapper", super::functools::update_wrapper, BuiltinKind::Function);
    it.dict_set(&globals, Value::str("_process_class"), process.clone())?;
    it.dict_set(&globals, Value::str("_update_wrapper"), update)?;
    it.exec_library(PRELUDE, &globals)?;
    let get = |name: &str| globals.dict_data().and_then(|d| d.borrow().get_str(name).cloned()).unwrap_or(Value::None);
    (c.dataclass, c.recursive_repr) = (get("dataclass"), get("_recursive_repr"));
    let c = Rc::new(c);
    it.dataclasses.consts = Some(c.clone());
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
        ("FrozenInstanceError", c.frozen_error.clone()),
        ("MISSING", c.missing.clone()),
        ("KW_ONLY", c.kw_only.clone()),
        ("InitVar", Value::Obj(c.initvar.clone())),
        ("Field", Value::Obj(c.field.clone())),
        ("field", python_fn(it, "field", super::dataclass_funcs::field_fn)),
        ("dataclass", c.dataclass.clone()),
        ("fields", python_fn(it, "fields", super::dataclass_funcs::fields_fn)),
        ("is_dataclass", python_fn(it, "is_dataclass", super::dataclass_funcs::is_dataclass)),
        ("asdict", python_fn(it, "asdict", super::dataclass_funcs::asdict)),
        ("astuple", python_fn(it, "astuple", super::dataclass_funcs::astuple)),
        ("make_dataclass", python_fn(it, "make_dataclass", super::dataclass_funcs::make_dataclass)),
        ("replace", python_fn(it, "replace", super::dataclass_funcs::replace)),
        ("_HAS_DEFAULT_FACTORY", c.has_factory.clone()),
        ("_FIELD", c.kinds[0].clone()),
        ("_FIELD_CLASSVAR", c.kinds[1].clone()),
        ("_FIELD_INITVAR", c.kinds[2].clone()),
        ("_FIELDS", Value::str(FIELDS)),
        ("_PARAMS", Value::str(PARAMS)),
        ("_POST_INIT_NAME", Value::str("__post_init__")),
        ("_recursive_repr", c.recursive_repr.clone()),
        ("_process_class", process),
    ])
}

/// A function CPython writes in Python: it reprs as `<function fields at 0x…>`.
fn python_fn(it: &mut Interp, name: &str, f: NativeFn) -> Value {
    it.builtin_fn(name, name, f, BuiltinKind::Method)
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
