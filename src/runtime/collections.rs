//! The `collections` module: its dict subclasses `OrderedDict`, the mapping the course's
//! `__prepare__` lessons return so a metaclass sees the class body's names in order, and
//! `defaultdict`, whose `__missing__` is the hook `dict.__getitem__` calls for a missing key.
//!
//! Both are C types in CPython (`Objects/odictobject.c`, `Modules/_collectionsmodule.c`). Here
//! they are dict subclasses made like a class statement's, with native methods; metalab's
//! dicts keep insertion order already, so `OrderedDict` adds only what differs: its repr,
//! `move_to_end`, `popitem(last=)` and order-sensitive equality. `defaultdict` keeps
//! `default_factory` in a slot, as CPython keeps it in a member.
//!
//! `namedtuple`, `Counter` and `deque` have modules of their own (`runtime::namedtuple`,
//! `runtime::counter`, `runtime::deque`).

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, method, traced, untraced};
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;
use BuiltinKind::Method;

/// Per-run state: the classes native code recognizes.
#[derive(Default)]
pub struct CollectionsState {
    ordered: Option<ObjRef>,
    pub nt: super::namedtuple::NtState,
    pub counter: super::counter::CounterState,
    pub deque: super::deque::DequeState,
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let method = |it: &mut Interp, class: &str, name: &'static str, f: NativeFn| method(it, class, name, f, Method);
    let dict = Value::Obj(it.t.dict.clone());
    let od_methods = vec![
        method(it, "OrderedDict", "__repr__", od_repr),
        method(it, "OrderedDict", "__eq__", od_eq),
        method(it, "OrderedDict", "__ne__", od_ne),
        method(it, "OrderedDict", "move_to_end", od_move_to_end),
        method(it, "OrderedDict", "popitem", od_popitem),
        method(it, "OrderedDict", "copy", copy),
        method(it, "OrderedDict", "__reduce__", od_reduce),
        method(it, "OrderedDict", "__or__", or_op),
        method(it, "OrderedDict", "__ror__", ror_op),
    ];
    let ordered = make_class(it, "OrderedDict", "collections", vec![dict.clone()], od_methods)?;
    let ordered = super::native_class::c_type(ordered, "collections.OrderedDict");
    it.collections.ordered = ordered.as_obj().cloned();
    let mut dd_methods = vec![
        method(it, "defaultdict", "__init__", dd_init),
        method(it, "defaultdict", "__missing__", dd_missing),
        method(it, "defaultdict", "__repr__", dd_repr),
        method(it, "defaultdict", "copy", copy),
        method(it, "defaultdict", "__copy__", copy),
        method(it, "defaultdict", "__reduce__", dd_reduce),
        method(it, "defaultdict", "__or__", or_op),
        method(it, "defaultdict", "__ror__", ror_op),
    ];
    dd_methods.push(("__slots__", it.tuple(vec![Value::str("default_factory")])));
    let default = make_class(it, "defaultdict", "collections", vec![dict], dd_methods)?;
    let default = super::native_class::c_type(default, "collections.defaultdict");
    let namedtuple = super::namedtuple::build(it)?;
    let counter = super::counter::build(it)?;
    let deque = super::deque::build(it)?;
    Ok(vec![
        ("OrderedDict", ordered),
        ("defaultdict", default),
        ("namedtuple", namedtuple),
        ("Counter", counter),
        ("deque", deque),
    ])
}

fn this_dict(it: &mut Interp, args: &[Value], what: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if o.dict_data().is_some() => Ok(o.clone()),
        _ => it.type_error(format!("descriptor '{what}' requires a 'dict' object")),
    }
}

fn items(o: &ObjRef) -> Vec<(Value, Value)> {
    o.dict_data().map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()).unwrap_or_default()
}

/// `dict.__repr__(self)`: `{...}`, whatever the subclass's own repr.
fn plain_repr(it: &mut Interp, o: &ObjRef) -> PyResult<Rc<str>> {
    let dict_repr = it.getattr(&Value::Obj(it.t.dict.clone()), &Rc::from("__repr__"))?;
    let r = it.call(&dict_repr, vec![Value::Obj(o.clone())], vec![])?;
    it.str_of(&r)
}

// ---- OrderedDict ----

/// `OrderedDict([('a', 1)])`, `OrderedDict()`; a subclass shows its own name.
fn od_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let o = this_dict(it, &args, "__repr__")?;
    let name = it.short_class_name(&o.class());
    let pairs = items(&o);
    if pairs.is_empty() {
        return Ok(Value::str(&format!("{name}()")));
    }
    // An OrderedDict inside itself shows as `...` (CPython's `Py_ReprEnter`).
    if it.repr_stack.contains(&o.id) {
        return Ok(Value::str("..."));
    }
    it.repr_enter(o.id)?;
    let tuples = pairs.into_iter().map(|(k, v)| it.tuple(vec![k, v])).collect();
    let list = it.list(tuples);
    let inner = it.repr(&list);
    it.repr_leave();
    Ok(Value::str(&format!("{name}({})", inner?)))
}

/// `==` with another `OrderedDict` also compares the order; with a plain dict it does not.
fn od_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "__eq__", &kwargs)?;
    super::builtins::arity(it, "__eq__", &args, 2, 2)?;
    let o = this_dict(it, &args, "__eq__")?;
    let other = arg(&args, 1);
    if it.as_dict_data(other).is_none() {
        return Ok(it.not_implemented());
    }
    let this = Value::Obj(o.clone());
    if !it.dict_eq(&this, other)? {
        return Ok(Value::Bool(false));
    }
    let other_is_od = match other {
        Value::Obj(x) => it.collections.ordered.clone().is_some_and(|od| it.is_subclass(&x.class(), &od)),
        _ => false,
    };
    if !other_is_od {
        return Ok(Value::Bool(true));
    }
    let (mine, theirs) = (items(&o), other.as_obj().map(items).unwrap_or_default());
    for ((a, _), (b, _)) in mine.iter().zip(&theirs) {
        if !it.eq(a, b)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn od_ne(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let r = od_eq(it, args, kwargs)?;
    match r {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `move_to_end(key, last=True)`: moves an existing key to either end, keeping its hash.
fn od_move_to_end(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, key, last] = bind::<3>(it, "move_to_end", &["self", "key", "last"], 2, &[], args, kwargs)?;
    let (Some(Value::Obj(o)), Some(key)) = (this, key) else { return Ok(Value::None) };
    let last = match last {
        Some(l) => it.truthy(&l)?,
        None => true,
    };
    let Some(value) = it.dict_del(&o, &key)? else {
        return it.key_error(key);
    };
    let Some(d) = o.dict_data() else { return Ok(Value::None) };
    if last {
        return it.dict_set(&o, key, value).map(|_| Value::None);
    }
    // To the front: rebuild the table with this entry first (the hashes are kept, so no
    // `__hash__` runs again).
    let hash = it.hash(&key)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    let mut fresh = super::dict::DictData::new();
    fresh.insert_new(hash, key, value);
    for e in old.into_entries() {
        fresh.insert_new(e.hash, e.key, e.value);
    }
    *d.borrow_mut() = fresh;
    Ok(Value::None)
}

/// `popitem(last=True)`: the last (or first) pair.
fn od_popitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, last] = bind::<2>(it, "popitem", &["self", "last"], 1, &[], args, kwargs)?;
    let Some(Value::Obj(o)) = this else { return Ok(Value::None) };
    let last = match last {
        Some(l) => it.truthy(&l)?,
        None => true,
    };
    let pairs = items(&o);
    let pair = if last { pairs.last() } else { pairs.first() };
    let Some((k, v)) = pair.cloned() else {
        return it.key_error(Value::str("dictionary is empty"));
    };
    it.dict_del(&o, &k)?;
    Ok(it.tuple(vec![k, v]))
}

/// `copy()`: `type(self)(self)`, or `type(self)(self.default_factory, self)`.
fn copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "copy", &args, &kwargs)?;
    let o = this_dict(it, &args, "copy")?;
    let cls = Value::Obj(o.class());
    let this = Value::Obj(o);
    let call_args = match it.getattr_opt(&this, "default_factory")? {
        Some(f) => vec![f, this],
        None => vec![this],
    };
    it.call(&cls, call_args, vec![])
}

/// `iter(d.items())`, through the object's own `items`.
fn items_iter(it: &mut Interp, this: &Value) -> PyResult<Value> {
    let items = it.getattr(this, &Rc::from("items"))?;
    let items = it.call(&items, vec![], vec![])?;
    it.iter(&items)
}

/// `OrderedDict.__reduce__()`: `(type(od), (), state, None, iter(od.items()))`; copy rebuilds
/// it by calling the class, then storing the items one by one.
fn od_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "__reduce__", &args, &kwargs)?;
    let this = Value::Obj(this_dict(it, &args, "__reduce__")?);
    let state = super::reduce::object_getstate(it, &this, false)?;
    let empty = it.tuple(vec![]);
    let items = items_iter(it, &this)?;
    let cls = Value::Obj(it.type_of(&this));
    Ok(it.tuple(vec![cls, empty, state, Value::None, items]))
}

/// `defaultdict.__reduce__()`: `(type(dd), (default_factory,), None, None, iter(dd.items()))`
/// (no factory argument when it is None).
fn dd_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "__reduce__", &args, &kwargs)?;
    let this = Value::Obj(this_dict(it, &args, "__reduce__")?);
    let factory = it.getattr_opt(&this, "default_factory")?.filter(|f| !f.is_none());
    let call_args = it.tuple(factory.into_iter().collect());
    let items = items_iter(it, &this)?;
    let cls = Value::Obj(it.type_of(&this));
    Ok(it.tuple(vec![cls, call_args, Value::None, Value::None, items]))
}

/// `left | right` where the receiver is one of these classes: a new object of its class made
/// from `left` (a defaultdict keeps its `default_factory`), updated with `right`.
fn merge(it: &mut Interp, args: &[Value], reflected: bool) -> PyResult<Value> {
    super::builtins::arity(it, "__or__", args, 2, 2)?;
    let this = Value::Obj(this_dict(it, args, "__or__")?);
    let other = arg(args, 1).clone();
    if it.as_dict_data(&other).is_none() {
        return Ok(it.not_implemented());
    }
    let (left, right) = if reflected { (other, this.clone()) } else { (this.clone(), other) };
    let cls = Value::Obj(it.type_of(&this));
    let call_args = match it.getattr_opt(&this, "default_factory")? {
        Some(f) => vec![f, left],
        None => vec![left],
    };
    let new = it.call(&cls, call_args, vec![])?;
    let update = it.getattr(&new, &Rc::from("update"))?;
    it.call(&update, vec![right], vec![])?;
    Ok(new)
}

fn or_op(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    merge(it, &args, false)
}

fn ror_op(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    merge(it, &args, true)
}

// ---- defaultdict ----

/// `defaultdict(default_factory=None, /, *args, **kwargs)`: the rest goes to `dict.__init__`.
fn dd_init(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = this_dict(it, &args, "__init__")?;
    let rest = args.split_off(1.min(args.len()));
    let mut rest = rest.into_iter();
    let factory = rest.next().unwrap_or(Value::None);
    if !factory.is_none() && !it.is_callable(&factory) {
        return it.type_error("first argument must be callable or None");
    }
    it.setattr(&Value::Obj(this.clone()), &Rc::from("default_factory"), factory)?;
    let dict_init = it.getattr(&Value::Obj(it.t.dict.clone()), &Rc::from("__init__"))?;
    let mut init_args = vec![Value::Obj(this)];
    init_args.extend(rest);
    it.call(&dict_init, init_args, kwargs)
}

/// `__missing__(key)`: `self[key] = self.default_factory()`, or `KeyError` with no factory.
fn dd_missing(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "__missing__", &kwargs)?;
    super::builtins::arity(it, "__missing__", &args, 2, 2)?;
    let (this, key) = (arg(&args, 0).clone(), arg(&args, 1).clone());
    traced(it, "defaultdict.__missing__", &this.clone(), |it| {
        let factory = it.getattr_opt(&this, "default_factory")?.unwrap_or(Value::None);
        if factory.is_none() {
            return it.key_error(key);
        }
        let value = it.call(&factory, vec![], vec![])?;
        it.setitem(&this, key, value.clone())?;
        Ok(value)
    })
}

/// `defaultdict(<class 'list'>, {'a': [1]})`.
fn dd_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let o = this_dict(it, &args, "__repr__")?;
    let this = Value::Obj(o.clone());
    let factory = it.getattr_opt(&this, "default_factory")?.unwrap_or(Value::None);
    let f = it.repr(&factory)?;
    let inner = plain_repr(it, &o)?;
    let name = it.short_class_name(&o.class());
    Ok(Value::str(&format!("{name}({f}, {inner})")))
}
