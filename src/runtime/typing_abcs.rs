//! The `collections.abc` classes `typing`'s aliases stand for (`typing.Iterable.__origin__`
//! is `collections.abc.Iterable`), importable as `collections.abc` too.
//!
//! As in `Lib/_collections_abc.py` they are `ABCMeta` classes: the one-trick ones
//! (`Iterable`, `Sized`, `Callable`, ...) recognize a class by its methods in their
//! `__subclasshook__`, the container ones have the builtins `register`ed (`list` is a
//! `MutableSequence`, `dict` a `MutableMapping`). A subclass must define the abstract methods
//! CPython's must; of the mixin methods only those that stand in for an abstract one are here
//! (`Sequence.__iter__`/`__contains__`/`__reversed__`/`index`/`count`, `Mapping.__contains__`/
//! `get`, `Iterator.__iter__`): `Mapping.keys()` or `MutableSequence.append` are missing.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{namespace, untraced};
use super::typing::{own, params};
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// Names, as `&'static` lists.
type Names = &'static [&'static str];

/// (name, bases (earlier rows), abstract methods, what the hook checks (empty: no hook)).
const ABCS: &[(&str, Names, Names, Names)] = &[
    ("Hashable", &[], &["__hash__"], &["__hash__"]),
    ("Iterable", &[], &["__iter__"], &["__iter__"]),
    ("Iterator", &["Iterable"], &["__next__"], &["__iter__", "__next__"]),
    ("Reversible", &["Iterable"], &["__reversed__"], &["__reversed__", "__iter__"]),
    ("Generator", &["Iterator"], &["send", "throw"], &["__iter__", "__next__", "send", "throw", "close"]),
    ("Sized", &[], &["__len__"], &["__len__"]),
    ("Container", &[], &["__contains__"], &["__contains__"]),
    ("Collection", &["Sized", "Iterable", "Container"], &[], &["__len__", "__iter__", "__contains__"]),
    ("Callable", &[], &["__call__"], &["__call__"]),
    ("Set", &["Collection"], &[], &[]),
    ("MutableSet", &["Set"], &["add", "discard"], &[]),
    ("Mapping", &["Collection"], &["__getitem__"], &[]),
    ("MutableMapping", &["Mapping"], &["__setitem__", "__delitem__"], &[]),
    ("Sequence", &["Reversible", "Collection"], &["__getitem__", "__len__"], &[]),
    ("MutableSequence", &["Sequence"], &["__setitem__", "__delitem__", "insert"], &[]),
];

/// The mixin methods here, by class.
const MIXINS: &[(&str, &str, NativeFn)] = &[
    ("Iterator", "__iter__", iterator_iter),
    ("Generator", "__next__", generator_next),
    ("Sequence", "__iter__", sequence_iter),
    ("Sequence", "__contains__", sequence_contains),
    ("Sequence", "__reversed__", sequence_reversed),
    ("Sequence", "index", sequence_index),
    ("Sequence", "count", sequence_count),
    ("Mapping", "__contains__", mapping_contains),
    ("Mapping", "get", mapping_get),
];

/// Builtin types registered as virtual subclasses (by `it.t` name or iterator-type name).
const REGISTERED: &[(&str, &[&str])] = &[
    // `dict_keys`/`dict_items` are `KeysView`/`ItemsView`s in CPython, which are `Set`s.
    ("Set", &["frozenset", "dict_keys", "dict_items"]),
    ("MutableSet", &["set"]),
    ("MutableMapping", &["dict"]),
    ("Sequence", &["tuple", "str", "range"]),
    ("MutableSequence", &["list"]),
    (
        "Iterator",
        &[
            "list_iterator",
            "tuple_iterator",
            "str_iterator",
            "set_iterator",
            "range_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "list_reverseiterator",
            "zip",
        ],
    ),
    ("Generator", &["generator"]),
];

/// `collections.abc`'s names (made once, with `typing`'s).
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

/// The classes, made once per run.
pub(super) fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    if let Some(m) = it.modules.get("collections.abc").cloned() {
        let d = m.dict.as_ref().and_then(|d| d.dict_data());
        let found: Vec<(&'static str, Value)> =
            ABCS.iter().filter_map(|(n, ..)| d.and_then(|d| d.borrow().get_str(n).cloned()).map(|v| (*n, v))).collect();
        return Ok(found);
    }
    let abc = it.import_module("abc")?;
    let abcmeta = it.getattr(&Value::Obj(abc), &Rc::from("ABCMeta"))?;
    let abstract_body = |it: &mut Interp, name: &str| {
        let f = it.builtin_fn(name, name, abstract_method, BuiltinKind::Method);
        let Value::Obj(o) = &f else { return f };
        let Payload::Builtin(b) = &o.payload else { return f };
        let b = super::function::BuiltinFn {
            name: b.name.clone(),
            qualname: b.qualname.clone(),
            func: b.func,
            kind: b.kind,
            sig: super::function::Sig::Any,
            owner: None,
        };
        let dict = it.new_dict_obj();
        if let Some(d) = dict.dict_data() {
            d.borrow_mut().set_str(Rc::from("__isabstractmethod__"), Value::Bool(true));
        }
        Value::Obj(it.heap.alloc(Some(o.class()), Some(dict), Payload::Builtin(b)))
    };
    let mut made: Vec<(&'static str, Value)> = Vec::new();
    for &(name, bases, abstracts, hook) in ABCS {
        let mut entries: Vec<(&str, Value)> = vec![("__slots__", it.tuple(vec![]))];
        for a in abstracts {
            entries.push((a, abstract_body(it, &format!("{name}.{a}"))));
        }
        for &(c, m, f) in MIXINS {
            if c == name {
                entries.push((m, it.builtin_fn(m, &format!("{name}.{m}"), f, BuiltinKind::Method)));
            }
        }
        if name == "Mapping" {
            entries.push(("__reversed__", Value::None));
        }
        if !hook.is_empty() {
            let f = it.builtin_fn(
                "__subclasshook__",
                &format!("{name}.__subclasshook__"),
                subclasshook,
                BuiltinKind::ClassMethod,
            );
            entries.push(("__subclasshook__", f));
        }
        let getitem_fn = if name == "Callable" { callable_class_getitem } else { super::type_forms::generic_alias };
        let getitem = it.builtin_fn("__class_getitem__", "__class_getitem__", getitem_fn, BuiltinKind::ClassMethod);
        entries.push(("__class_getitem__", getitem));
        let ns = namespace(it, name, "collections.abc", entries);
        let base_values: Vec<Value> =
            bases.iter().filter_map(|b| made.iter().find(|(n, _)| n == b).map(|(_, v)| v.clone())).collect();
        let base_tuple = it.tuple(base_values);
        let cls = it.call(&abcmeta, vec![Value::str(name), base_tuple, Value::Obj(ns)], vec![])?;
        if let Some(c) = cls.as_obj() {
            if !hook.is_empty() {
                it.typing.hooks.push((c.clone(), hook));
            }
            if name == "Callable" {
                it.typing.callable_abc = Some(c.clone());
            }
        }
        made.push((name, cls));
    }
    // `collections` registers `deque` as a `MutableSequence`.
    let deque = it
        .modules
        .get("collections")
        .and_then(|m| m.dict.clone())
        .and_then(|d| d.dict_data().and_then(|d| d.borrow().get_str("deque").cloned()));
    if let (Some(deque), Some(ms)) = (deque, made.iter().find(|(n, _)| *n == "MutableSequence").map(|(_, c)| c.clone()))
    {
        let register = it.getattr(&ms, &Rc::from("register"))?;
        it.call(&register, vec![deque], vec![])?;
    }
    for &(name, types) in REGISTERED {
        let Some(cls) = made.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()) else { continue };
        let register = it.getattr(&cls, &Rc::from("register"))?;
        for t in types {
            let Some(tc) = builtin_type(it, t) else { continue };
            it.call(&register, vec![Value::Obj(tc)], vec![])?;
        }
    }
    Ok(made)
}

fn builtin_type(it: &Interp, name: &str) -> Option<super::value::ObjRef> {
    let t = &it.t;
    Some(match name {
        "frozenset" => t.frozenset.clone(),
        "set" => t.set.clone(),
        "dict" => t.dict.clone(),
        "tuple" => t.tuple.clone(),
        "str" => t.str_.clone(),
        "list" => t.list.clone(),
        "range" => t.range.clone(),
        other => t.iters.get(other)?.clone(),
    })
}

/// An abstract method's body (CPython's return a neutral value or raise; here None).
fn abstract_method(_it: &mut Interp, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// The one-trick hooks (`_check_methods`): a class is a subclass if its MRO defines each
/// method (not as None); only for the ABC itself, not its subclasses.
fn subclasshook(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [cls, c] = params(it, "__subclasshook__", &["cls", "C"], &args)?;
    let methods =
        it.typing.hooks.iter().find(|(k, _)| matches!(&cls, Value::Obj(o) if Rc::ptr_eq(o, k))).map(|(_, m)| *m);
    let (Some(methods), Value::Obj(c)) = (methods, &c) else { return Ok(it.not_implemented()) };
    let mro = c.class_data().map(|d| d.mro()).unwrap_or_default();
    for m in methods {
        let found = mro.iter().find_map(|b| own(&Value::Obj(b.clone()), m));
        match found {
            Some(v) if !v.is_none() => {}
            _ => return Ok(it.not_implemented()),
        }
    }
    Ok(Value::Bool(true))
}

// ---- mixins ----

fn iterator_iter(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "Iterator.__iter__", &["self"], &args)?;
    Ok(me)
}

fn generator_next(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "Generator.__next__", &["self"], &args)?;
    let send = it.getattr(&me, &Rc::from("send"))?;
    it.call(&send, vec![Value::None], vec![])
}

/// `self[0]`, `self[1]`, ... until IndexError.
fn items(it: &mut Interp, me: &Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    loop {
        match it.getitem(me, &Value::int(out.len() as i64)) {
            Ok(v) => out.push(v),
            Err(e) if it.is_exc(&e, "IndexError") => return Ok(out),
            Err(e) => return Err(e),
        }
    }
}

/// Lazy, as CPython's generator: `self[0]`, `self[1]`, ... as they are asked for.
fn sequence_iter(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "Sequence.__iter__", &["self"], &args)?;
    Ok(it.new_iter("iterator", super::value::IterState::GetItem { obj: me, index: 0 }))
}

fn sequence_contains(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, value] = params(it, "Sequence.__contains__", &["self", "value"], &args)?;
    let mut i = 0;
    loop {
        match it.getitem(&me, &Value::int(i)) {
            Ok(v) if v.is(&value) || it.eq(&v, &value)? => return Ok(Value::Bool(true)),
            Ok(_) => i += 1,
            Err(e) if it.is_exc(&e, "IndexError") => return Ok(Value::Bool(false)),
            Err(e) => return Err(e),
        }
    }
}

/// `self[n-1]`, ..., `self[0]`, read as they are asked for (a `map` over the indices: an
/// iterator without a length hint, as CPython's generator).
fn sequence_reversed(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "Sequence.__reversed__", &["self"], &args)?;
    let n = it.len(&me)? as i128;
    let getitem = it.getattr(&me, &Rc::from("__getitem__"))?;
    let indices =
        Value::Obj(it.heap.alloc(Some(it.t.range.clone()), None, Payload::Range { start: n - 1, stop: -1, step: -1 }));
    let builtins = it.builtins.clone();
    let map = it.load_global(&Rc::from("map"), &builtins)?;
    it.call(&map, vec![getitem, indices], vec![])
}

/// `index(value, start=0, stop=None)`: items are read one by one until the value is found.
fn sequence_index(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        let n = args.len();
        if n > 4 {
            return it
                .type_error(format!("Sequence.index() takes from 2 to 4 positional arguments but {n} were given"));
        }
        return params(it, "Sequence.index", &["self", "value"], &args).map(|_| Value::None);
    }
    let (me, value) = (args[0].clone(), args[1].clone());
    let bound = |it: &mut Interp, v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => it.index_arg(v).map(Some),
        }
    };
    let mut start = bound(it, args.get(2))?.unwrap_or(0);
    let mut stop = bound(it, args.get(3))?;
    if start < 0 {
        start = (it.len(&me)? as i64 + start).max(0);
    }
    if let Some(s) = stop.filter(|s| *s < 0) {
        stop = Some(s + it.len(&me)? as i64);
    }
    let mut i = start;
    while stop.is_none_or(|s| i < s) {
        let v = match it.getitem(&me, &Value::int(i)) {
            Ok(v) => v,
            Err(e) if it.is_exc(&e, "IndexError") => break,
            Err(e) => return Err(e),
        };
        if v.is(&value) || it.eq(&v, &value)? {
            return Ok(Value::int(i));
        }
        i += 1;
    }
    it.err("ValueError", "")
}

fn sequence_count(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, value] = params(it, "Sequence.count", &["self", "value"], &args)?;
    let mut n = 0;
    for v in items(it, &me)? {
        if v.is(&value) || it.eq(&v, &value)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn mapping_contains(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = params(it, "Mapping.__contains__", &["self", "key"], &args)?;
    match it.getitem(&me, &key) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if it.is_exc(&e, "KeyError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn mapping_get(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    if args.len() > 3 {
        let n = args.len();
        return it.type_error(format!("Mapping.get() takes from 2 to 3 positional arguments but {n} were given"));
    }
    params(it, "Mapping.get", &["self", "key"], &args[..args.len().min(2)])?;
    match it.getitem(&args[0], &args[1]) {
        Err(e) if it.is_exc(&e, "KeyError") => Ok(args.get(2).cloned().unwrap_or(Value::None)),
        r => r,
    }
}

/// `collections.abc.Callable[[int], str]`: a `GenericAlias` whose arguments are flattened to
/// `(int, str)` (CPython's `_CallableGenericAlias`; its repr is in `type_forms`).
fn callable_class_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [cls, item] = params(it, "Callable.__class_getitem__", &["cls", "params"], &args)?;
    let is_pair = matches!(&item, Value::Obj(o) if Rc::ptr_eq(&o.class(), &it.t.tuple))
        && it.tuple_items(&item).is_some_and(|t| t.len() == 2);
    if !is_pair {
        return it.type_error("Callable must be used as Callable[[arg, ...], result].");
    }
    let (t_args, t_result) = match it.tuple_items(&item) {
        Some([a, r]) => (a.clone(), r.clone()),
        _ => return Ok(Value::None),
    };
    let flat = if it.is_instance(&t_args, &it.t.tuple.clone()) || it.is_instance(&t_args, &it.t.list.clone()) {
        let mut v = it.seq_items(&t_args).unwrap_or_default();
        v.push(t_result);
        v
    } else if matches!(&t_args, Value::Obj(o) if matches!(o.payload, Payload::Ellipsis)) {
        vec![t_args, t_result]
    } else {
        let s = it.str_of(&t_args)?;
        return it.type_error(format!("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {s}"));
    };
    let flat = it.tuple(flat);
    super::type_forms::generic_alias(it, vec![cls, flat], vec![])
}
