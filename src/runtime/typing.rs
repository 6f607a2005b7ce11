//! The `typing` module, so that a learner's program with modern annotations (`List[int]`,
//! `Optional[str]`, `Callable[[int], str]`, `TypeVar`, `Generic[T]`) runs and prints what
//! CPython 3.11 prints.
//!
//! CPython's `typing` is Python code (`Lib/typing.py`); here its classes are made natively by
//! `type.__new__` under their CPython names (`typing._GenericAlias`, `typing._SpecialForm`,
//! `typing.TypeVar`, ...) and their objects are plain instances whose `__dict__` holds what
//! CPython's hold (`__origin__`, `__args__`, `__parameters__`, `_name`, `_inst`), so `vars()`,
//! `type()` and the reprs match. The methods are native and follow `typing.py` line by line;
//! the ones a class statement or a subscription goes through show in the trace as builtin
//! steps. This file has the module, the shared helpers and the special forms; the aliases are
//! in `typing_alias`, `Generic`/`Protocol`/`NamedTuple` in `typing_generic`, the
//! `collections.abc` classes the aliases stand for in `typing_abcs`.
//!
//! Left out: `ParamSpec`, `TypeVarTuple`, `Concatenate`, `Unpack`, `Annotated`, `TypedDict`
//! (and its `Required`/`NotRequired`),
//! `overload`, the `Supports*` protocols, and `_tp_cache` (so `List[int] is List[int]` is
//! False here); such names are an AttributeError of the module.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, function, make_class, namespace, positional, untraced};
use super::typing_forms::{
    any_instancecheck, any_new, any_repr, form_call, form_getattr, form_getitem, form_instancecheck, form_mro_entries,
    form_repr, form_subclasscheck, literal_getitem, union_getitem,
};
use super::typing_vars::{
    forward_eq, forward_hash, forward_init, forward_ref, forward_repr, newtype_call, newtype_init, newtype_mro_entries,
    newtype_repr, typevar_init, typevar_repr, typevar_subst,
};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;
use BuiltinKind::{ClassMethod, Method, Static};

/// The classes native code recognizes, by `K as usize`.
#[derive(Clone, Copy)]
pub(super) enum K {
    Final,
    SpecialForm,
    BaseAlias,
    Alias,
    SpecialAlias,
    CallableAlias,
    UnionAlias,
    LiteralAlias,
    TypeVar,
    ForwardRef,
    Generic,
    Protocol,
    Any,
    NewType,
}

/// Per-run state: the module's classes and the `Union` form.
#[derive(Default)]
pub struct TypingState {
    classes: [Option<ObjRef>; 14],
    union: Option<Value>,
    /// The `collections.abc` classes with a one-trick `__subclasshook__`, and what it checks.
    pub(super) hooks: Vec<(ObjRef, &'static [&'static str])>,
    pub(super) callable_abc: Option<ObjRef>,
    /// `_no_init_or_replace_init`, a protocol's `__init__`.
    pub(super) no_init: Option<Value>,
    /// `_NamedTuple`, what `NamedTuple` stands for as a base.
    pub(super) namedtuple_base: Option<ObjRef>,
}

/// A class of the module (`object` until it is made: the module is being built).
pub(super) fn class(it: &Interp, k: K) -> ObjRef {
    it.typing.classes[k as usize].clone().unwrap_or_else(|| it.t.object.clone())
}

fn register(it: &mut Interp, k: K, v: &Value) {
    it.typing.classes[k as usize] = v.as_obj().cloned();
}

/// `isinstance(v, <class k>)`, by the MRO (the module's classes have no hooks).
pub(super) fn is_a(it: &Interp, v: &Value, k: K) -> bool {
    it.typing.classes[k as usize].as_ref().is_some_and(|c| it.is_instance(v, c))
}

/// `v is <class k>`.
pub(super) fn is_class(it: &Interp, v: &Value, k: K) -> bool {
    matches!(v, Value::Obj(o) if it.typing.classes[k as usize].as_ref().is_some_and(|c| Rc::ptr_eq(o, c)))
}

/// An attribute from an object's own `__dict__`: no lookup, no user code.
pub(super) fn own(v: &Value, name: &str) -> Option<Value> {
    let d = v.as_obj()?.dict.as_ref()?.dict_data()?;
    let r = d.borrow().get_str(name).cloned();
    r
}

/// A plain instance of the module's class `k` with these `__dict__` entries.
pub(super) fn new_obj(it: &mut Interp, k: K, entries: Vec<(&str, Value)>) -> Value {
    let cls = class(it, k);
    let o = it.alloc_instance(&cls, Payload::Instance);
    if let Some(d) = o.dict.as_ref().and_then(|d| d.dict_data()) {
        let mut d = d.borrow_mut();
        for (k, v) in entries {
            d.set_str(Rc::from(k), v);
        }
    }
    Value::Obj(o)
}

/// A method's positional parameters (after checking their number like a Python function's).
pub(super) fn params<const N: usize>(
    it: &mut Interp,
    func: &str,
    names: &[&str; N],
    args: &[Value],
) -> PyResult<[Value; N]> {
    positional(it, func, names, args)?;
    Ok(std::array::from_fn(|i| args[i].clone()))
}

/// The name of a special form (`Union`, `ClassVar`, ...), if `v` is one.
pub(super) fn form_name(it: &Interp, v: &Value) -> Option<Rc<str>> {
    if !is_a(it, v, K::SpecialForm) {
        return None;
    }
    match own(v, "_name") {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    }
}

pub(super) fn union_form(it: &Interp) -> Value {
    it.typing.union.clone().unwrap_or(Value::None)
}

pub(super) fn none_type(it: &Interp) -> Value {
    Value::Obj(it.t.none_type.clone())
}

/// A subscription's parameters as a list: the tuple's items, or the one value.
pub(super) fn as_items(it: &Interp, v: &Value) -> Vec<Value> {
    match it.tuple_items(v) {
        Some(t) if is_plain_tuple(it, v) => t.to_vec(),
        _ => vec![v.clone()],
    }
}

/// `type(v) is tuple`.
pub(super) fn is_plain_tuple(it: &Interp, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if Rc::ptr_eq(&o.class(), &it.t.tuple))
}

/// `x is y or x == y`, as `in` compares.
pub(super) fn same(it: &mut Interp, x: &Value, y: &Value) -> PyResult<bool> {
    Ok(x.is(y) || it.eq(x, y)?)
}

/// `x in items`.
pub(super) fn contains(it: &mut Interp, items: &[Value], x: &Value) -> PyResult<bool> {
    for i in items {
        if same(it, i, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- the helpers every form uses ----

/// `_type_convert`: `None` is `type(None)`, a string a `ForwardRef`.
pub(super) fn type_convert(it: &mut Interp, arg: &Value, is_class: bool) -> PyResult<Value> {
    Ok(match arg {
        Value::None => none_type(it),
        Value::Str(s) => forward_ref(it, s.clone(), true, is_class),
        _ => arg.clone(),
    })
}

/// `_type_check(arg, msg)`: what may stand as a type argument. Plain special forms, `Generic`
/// and `ClassVar[...]` may not, nor may a tuple; anything else is accepted as it is.
pub(super) fn type_check(it: &mut Interp, arg: &Value, msg: &str, is_argument: bool, special: bool) -> PyResult<Value> {
    let arg = type_convert(it, arg, special)?;
    if is_a(it, &arg, K::Alias) {
        let origin = own(&arg, "__origin__").unwrap_or(Value::None);
        let name = form_name(it, &origin);
        let invalid = is_class(it, &origin, K::Generic)
            || is_class(it, &origin, K::Protocol)
            || (!special && (name.as_deref() == Some("ClassVar") || (is_argument && name.as_deref() == Some("Final"))));
        if invalid {
            let s = it.str_of(&arg)?;
            return it.type_error(format!("{s} is not valid as type argument"));
        }
    }
    let name = form_name(it, &arg);
    if is_class(it, &arg, K::Any)
        || matches!(name.as_deref(), Some("LiteralString" | "NoReturn" | "Never" | "Self" | "TypeAlias"))
        || (special && matches!(name.as_deref(), Some("ClassVar" | "Final")))
    {
        return Ok(arg);
    }
    if name.is_some() || is_class(it, &arg, K::Generic) || is_class(it, &arg, K::Protocol) {
        let s = it.str_of(&arg)?;
        return it.type_error(format!("Plain {s} is not valid as type argument"));
    }
    if is_plain_tuple(it, &arg) {
        let r: String = it.repr(&arg)?.chars().take(100).collect();
        return it.type_error(format!("{msg} Got {r}."));
    }
    Ok(arg)
}

/// `_type_repr`: a class by its module and qualified name (no `builtins.`), `...`, a
/// function by its name, anything else by its repr.
pub(super) fn type_repr(it: &mut Interp, v: &Value) -> PyResult<String> {
    if super::type_forms::is_generic_alias(it, v) {
        return Ok(it.repr(v)?.to_string());
    }
    if let Value::Obj(o) = v {
        if o.is_class() {
            let module = it.getattr(v, &Rc::from("__module__"))?;
            let module = it.str_of(&module)?;
            let qual = it.getattr(v, &Rc::from("__qualname__"))?;
            let qual = it.str_of(&qual)?;
            return Ok(if &*module == "builtins" { qual.to_string() } else { format!("{module}.{qual}") });
        }
        if matches!(o.payload, Payload::Ellipsis) {
            return Ok("...".into());
        }
        if matches!(o.payload, Payload::Function(_)) {
            let n = it.getattr(v, &Rc::from("__name__"))?;
            return Ok(it.str_of(&n)?.to_string());
        }
    }
    Ok(it.repr(v)?.to_string())
}

/// `_collect_parameters`: the type variables in `args`, in order of first appearance.
pub(super) fn collect_parameters(it: &mut Interp, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for t in args {
        if it.is_type(t) {
            continue;
        }
        let found = if is_plain_tuple(it, t) {
            let items = as_items(it, t);
            collect_parameters(it, &items)?
        } else if is_a(it, t, K::TypeVar) {
            vec![t.clone()]
        } else {
            match it.getattr_opt(t, "__parameters__")? {
                Some(p) => it.collect(&p)?,
                None => Vec::new(),
            }
        };
        for p in found {
            if !contains(it, &out, &p)? {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// `_check_generic`: the number of arguments a generic class takes.
pub(super) fn check_generic(it: &mut Interp, cls: &Value, given: usize, expected: usize) -> PyResult<()> {
    if expected == 0 {
        let s = it.str_of(cls)?;
        return it.type_error(format!("{s} is not a generic class"));
    }
    if given != expected {
        let s = it.str_of(cls)?;
        let which = if given > expected { "many" } else { "few" };
        return it.type_error(format!("Too {which} arguments for {s}; actual {given}, expected {expected}"));
    }
    Ok(())
}

// ---- the module ----

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

type Methods<'a> = &'a [(&'static str, NativeFn)];

/// A class of the module with native methods (`Method` unless named `__new__`,
/// `__init_subclass__` or `__class_getitem__`).
pub(super) fn typing_class(
    it: &mut Interp,
    name: &str,
    bases: Vec<Value>,
    methods: Methods,
    extra: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let mut entries = extra;
    for &(m, f) in methods {
        let kind = match m {
            "__new__" => Static,
            "__init_subclass__" | "__class_getitem__" | "__subclasshook__" => ClassMethod,
            _ => Method,
        };
        entries.push((m, it.builtin_fn(m, &format!("{name}.{m}"), f, kind)));
    }
    make_class(it, name, "typing", bases, entries)
}

/// Where a class's bases come from: earlier rows of `CLASSES`, or these.
const OBJECT: u8 = 255;
const TYPE: u8 = 254;

/// The module's classes, in an order where bases come first: name, bases, native methods.
const CLASSES: &[(&str, &[u8], Methods<'static>)] = {
    use super::typing_alias as a;
    use super::typing_alias_kinds as k;
    &[
        ("_Final", &[OBJECT], &[]),
        ("_Immutable", &[OBJECT], &[("__copy__", identity), ("__deepcopy__", identity)]),
        ("_NotIterable", &[OBJECT], &[]),
        (
            "_SpecialForm",
            &[0, 2],
            &[
                ("__getattr__", form_getattr),
                ("__mro_entries__", form_mro_entries),
                ("__repr__", form_repr),
                ("__call__", form_call),
                ("__or__", or_union),
                ("__ror__", ror_union),
                ("__instancecheck__", form_instancecheck),
                ("__subclasscheck__", form_subclasscheck),
                ("__getitem__", form_getitem),
            ],
        ),
        ("_LiteralSpecialForm", &[3], &[("__getitem__", literal_getitem)]),
        ("_BoundVarianceMixin", &[OBJECT], &[("__or__", or_union), ("__ror__", ror_union), ("__repr__", typevar_repr)]),
        ("_PickleUsingNameMixin", &[OBJECT], &[]),
        ("TypeVar", &[0, 1, 5, 6], &[("__init__", typevar_init), ("__typing_subst__", typevar_subst)]),
        (
            "ForwardRef",
            &[0],
            &[
                ("__init__", forward_init),
                ("__eq__", forward_eq),
                ("__hash__", forward_hash),
                ("__or__", or_union),
                ("__ror__", ror_union),
                ("__repr__", forward_repr),
            ],
        ),
        ("_AnyMeta", &[TYPE], &[("__instancecheck__", any_instancecheck), ("__repr__", any_repr)]),
        (
            "NewType",
            &[OBJECT],
            &[
                ("__init__", newtype_init),
                ("__call__", newtype_call),
                ("__mro_entries__", newtype_mro_entries),
                ("__repr__", newtype_repr),
                ("__or__", or_union),
                ("__ror__", ror_union),
            ],
        ),
        (
            "_BaseGenericAlias",
            &[0],
            &[
                ("__call__", a::base_call),
                ("__mro_entries__", a::base_mro_entries),
                ("__getattr__", a::base_getattr),
                ("__instancecheck__", a::base_instancecheck),
                ("__subclasscheck__", a::base_subclasscheck),
            ],
        ),
        (
            "_GenericAlias",
            &[11],
            &[
                ("__eq__", a::alias_eq),
                ("__hash__", a::alias_hash),
                ("__or__", or_union),
                ("__ror__", ror_union),
                ("__getitem__", a::alias_getitem),
                ("__repr__", a::alias_repr),
                ("__mro_entries__", a::alias_mro_entries),
            ],
        ),
        (
            "_SpecialGenericAlias",
            &[2, 11],
            &[
                ("__getitem__", a::special_getitem),
                ("__repr__", a::special_repr),
                ("__subclasscheck__", a::special_subclasscheck),
                ("__or__", or_union),
                ("__ror__", ror_union),
            ],
        ),
        ("_CallableGenericAlias", &[2, 12], &[("__repr__", k::callable_repr)]),
        (
            "_UnionGenericAlias",
            &[2, 12],
            &[
                ("__eq__", k::union_eq),
                ("__hash__", k::union_hash),
                ("__repr__", k::union_repr),
                ("__instancecheck__", a::union_instancecheck),
                ("__subclasscheck__", k::union_subclasscheck),
            ],
        ),
        ("_LiteralGenericAlias", &[12], &[("__eq__", k::literal_eq), ("__hash__", k::literal_hash)]),
        ("_CallableType", &[13], &[("__getitem__", k::callable_getitem)]),
        ("_TupleType", &[13], &[("__getitem__", k::tuple_getitem)]),
    ]
};

/// The rows of `CLASSES` that native code recognizes.
const KINDS: [(K, usize); 11] = [
    (K::Final, 0),
    (K::SpecialForm, 3),
    (K::TypeVar, 7),
    (K::ForwardRef, 8),
    (K::NewType, 10),
    (K::BaseAlias, 11),
    (K::Alias, 12),
    (K::SpecialAlias, 13),
    (K::CallableAlias, 14),
    (K::UnionAlias, 15),
    (K::LiteralAlias, 16),
];

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let mut made: Vec<Value> = Vec::new();
    for &(name, bases, methods) in CLASSES {
        let bases = bases
            .iter()
            .map(|&b| match b {
                OBJECT => Value::Obj(it.t.object.clone()),
                TYPE => Value::Obj(it.t.type_.clone()),
                i => made[i as usize].clone(),
            })
            .collect();
        let extra = if name == "_NotIterable" { vec![("__iter__", Value::None)] } else { vec![] };
        made.push(typing_class(it, name, bases, methods, extra)?);
    }
    for (k, row) in KINDS {
        register(it, k, &made[row]);
    }
    let any_ns = namespace(it, "Any", "typing", vec![]);
    if let Some(d) = any_ns.dict_data() {
        let f = it.builtin_fn("__new__", "Any.__new__", any_new, Static);
        d.borrow_mut().set_str(Rc::from("__new__"), f);
    }
    let any_meta = class_at(it, &made, 9);
    let bases = it.tuple(vec![]);
    let any = it.type_new(&any_meta, vec![Value::str("Any"), bases, Value::Obj(any_ns)], vec![])?;
    register(it, K::Any, &any);
    let generic = super::typing_generic::build_generic(it)?;
    register(it, K::Generic, &generic);
    let protocol = super::typing_generic::build_protocol(it, &generic)?;
    register(it, K::Protocol, &protocol);
    // Set after the module's own subclasses are made: `class X(TypeVar)` is refused.
    let init_sub = it.builtin_fn("__init_subclass__", "_Final.__init_subclass__", final_init_subclass, ClassMethod);
    super::methods::set_attr_value(&class_at(it, &made, 0), "__init_subclass__", init_sub);
    let mut entries: Vec<(&'static str, Value)> = Vec::new();
    let forms = ["ClassVar", "Final", "Union", "Optional", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias"];
    for (name, row) in forms.into_iter().map(|n| (n, 3)).chain([("Literal", 4)]) {
        let form = Value::Obj(it.alloc_instance(&class_at(it, &made, row), Payload::Instance));
        set_own(&form, "_name", Value::str(name));
        if name == "Union" {
            it.typing.union = Some(form.clone());
        }
        entries.push((name, form));
    }
    entries.extend(super::typing_alias::special_aliases(it, &made[17], &made[18])?);
    entries.extend(super::typing_records::module_entries(it)?);
    for (name, row) in [("TypeVar", 7), ("ForwardRef", 8), ("NewType", 10)] {
        entries.push((name, made[row].clone()));
    }
    entries.extend([("Any", any), ("Generic", generic), ("Protocol", protocol)]);
    entries.extend([("TYPE_CHECKING", Value::Bool(false)), ("Text", Value::Obj(it.t.str_.clone()))]);
    let functions: Methods = &[
        ("cast", cast),
        ("assert_type", assert_type),
        ("final", final_decorator),
        ("get_origin", super::typing_hints::get_origin),
        ("get_args", super::typing_hints::get_args),
        ("get_type_hints", super::typing_hints::get_type_hints),
    ];
    for &(name, f) in functions {
        entries.push(function(it, name, f));
    }
    Ok(entries)
}

fn class_at(it: &Interp, made: &[Value], row: usize) -> ObjRef {
    made[row].as_obj().cloned().unwrap_or_else(|| it.t.object.clone())
}

/// Writes into an object's own `__dict__`.
pub(super) fn set_own(v: &Value, name: &str, value: Value) {
    if let Some(d) = v.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
        d.borrow_mut().set_str(Rc::from(name), value);
    }
}

/// `_Final.__init_subclass__`: the module's classes cannot be subclassed.
fn final_init_subclass(it: &mut Interp, _args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.iter().any(|(k, _)| &**k == "_root") {
        return it.type_error("Cannot subclass special typing classes");
    }
    Ok(Value::None)
}

/// `__copy__`/`__deepcopy__` of `_Immutable`: the object itself.
fn identity(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(v.clone()),
        None => it.type_error("missing self"),
    }
}

/// `X | Y` on a form: `Union[X, Y]`.
pub(super) fn or_union(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "__or__", &["self", "right"], &args)?;
    let both = it.tuple(vec![me, other]);
    union_getitem(it, &both)
}

pub(super) fn ror_union(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "__ror__", &["self", "left"], &args)?;
    let both = it.tuple(vec![other, me]);
    union_getitem(it, &both)
}

/// The module a call comes from (`_caller()`): the running program's `__name__`.
pub(super) fn caller_module(it: &mut Interp) -> Value {
    let globals = it.globals.clone();
    it.load_global(&Rc::from("__name__"), &globals).unwrap_or(Value::str("__main__"))
}

// ---- functions ----

/// `cast(typ, val)`: `val`, unchecked.
fn cast(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [_typ, val] = bind::<2>(it, "cast", &["typ", "val"], 2, &[], args, kwargs)?;
    Ok(val.unwrap_or(Value::None))
}

fn assert_type(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "assert_type", &kwargs)?;
    let [val, _typ] = params(it, "assert_type", &["val", "typ"], &args)?;
    Ok(val)
}

/// `@final`: sets `__final__ = True` where it can.
fn final_decorator(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [f] = bind::<1>(it, "final", &["f"], 1, &[], args, kwargs)?;
    let f = f.unwrap_or(Value::None);
    match it.setattr(&f, &Rc::from("__final__"), Value::Bool(true)) {
        Err(e) if it.is_exc(&e, "AttributeError") || it.is_exc(&e, "TypeError") => {}
        r => r?,
    }
    Ok(f)
}
