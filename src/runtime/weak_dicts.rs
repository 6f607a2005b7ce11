//! `weakref.WeakValueDictionary`, `weakref.WeakKeyDictionary` and `weakref.KeyedRef`: the
//! caches of instances (an entry goes when its value dies) and per-object data (an entry goes
//! when its key dies) of the singleton and flyweight lessons. Each method does what
//! `Lib/weakref.py`'s does, in the same order, on the shared state of `weak_collections`;
//! the `MutableMapping` mixins they inherit there (`clear`, `==`) are here too.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, method};
use super::value::{ObjRef, Value};
use super::weak_collections::{
    call_method, commit, deref, guarded, is_mapping, iterate, new_instance, reset, this, unpack_pair, weak, IterKind,
    Kind, WeakColl,
};
use super::PyResult;
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

const WVD: &str = "WeakValueDictionary";
const WKD: &str = "WeakKeyDictionary";

/// `KeyedRef`, `WeakValueDictionary` and `WeakKeyDictionary`.
pub fn classes(it: &mut Interp, ref_class: Value) -> PyResult<Vec<(&'static str, Value)>> {
    let keyed = vec![
        method(it, "KeyedRef", "__new__", keyed_new, BuiltinKind::Static),
        method(it, "KeyedRef", "__init__", keyed_init, BuiltinKind::Method),
        ("__slots__", it.tuple(vec![Value::str("key")])),
    ];
    let keyed = make_class(it, "KeyedRef", "weakref", vec![ref_class], keyed)?;
    it.weakref.collections.keyed_ref = keyed.as_obj().cloned();

    let m = |it: &mut Interp, name: &'static str, f: NativeFn| method(it, WVD, name, f, BuiltinKind::Method);
    let keys = m(it, "keys", wvd_keys);
    let copy = m(it, "copy", wvd_copy);
    let mut entries = vec![
        method(it, WVD, "__new__", wvd_new, BuiltinKind::Static),
        m(it, "__init__", wvd_init),
        m(it, "__getitem__", wvd_getitem),
        m(it, "__setitem__", wvd_setitem),
        m(it, "__delitem__", wvd_delitem),
        m(it, "__contains__", wvd_contains),
        m(it, "__len__", wvd_len),
        m(it, "__repr__", repr),
        ("__iter__", keys.1.clone()),
        keys,
        m(it, "values", wvd_values),
        m(it, "items", wvd_items),
        m(it, "itervaluerefs", wvd_itervaluerefs),
        m(it, "valuerefs", wvd_valuerefs),
        m(it, "get", wvd_get),
        m(it, "pop", wvd_pop),
        m(it, "popitem", wvd_popitem),
        m(it, "setdefault", wvd_setdefault),
        m(it, "update", wvd_update),
        ("__copy__", copy.1.clone()),
        copy,
    ];
    entries.extend(mapping_entries(it, WVD));
    let object = Value::Obj(it.t.object.clone());
    let value_dict = make_class(it, WVD, "weakref", vec![object.clone()], entries)?;
    it.weakref.collections.value_dict = value_dict.as_obj().cloned();

    let m = |it: &mut Interp, name: &'static str, f: NativeFn| method(it, WKD, name, f, BuiltinKind::Method);
    let keys = m(it, "keys", wkd_keys);
    let copy = m(it, "copy", wkd_copy);
    let mut entries = vec![
        method(it, WKD, "__new__", wkd_new, BuiltinKind::Static),
        m(it, "__init__", wkd_init),
        m(it, "__getitem__", wkd_getitem),
        m(it, "__setitem__", wkd_setitem),
        m(it, "__delitem__", wkd_delitem),
        m(it, "__contains__", wkd_contains),
        m(it, "__len__", wkd_len),
        m(it, "__repr__", repr),
        ("__iter__", keys.1.clone()),
        keys,
        m(it, "values", wkd_values),
        m(it, "items", wkd_items),
        m(it, "keyrefs", wkd_keyrefs),
        m(it, "get", wkd_get),
        m(it, "pop", wkd_pop),
        m(it, "popitem", wkd_popitem),
        m(it, "setdefault", wkd_setdefault),
        m(it, "update", wkd_update),
        ("__copy__", copy.1.clone()),
        copy,
    ];
    entries.extend(mapping_entries(it, WKD));
    let key_dict = make_class(it, WKD, "weakref", vec![object], entries)?;
    it.weakref.collections.key_dict = key_dict.as_obj().cloned();
    Ok(vec![("KeyedRef", keyed), (WVD, value_dict), (WKD, key_dict)])
}

/// What both share: the `|` operators, `Mapping.__eq__`, `MutableMapping.clear`, no hash, not
/// reversible, `data`, `Class[...]`.
fn mapping_entries(it: &mut Interp, class: &'static str) -> Vec<(&'static str, Value)> {
    let m = |it: &mut Interp, name: &'static str, f: NativeFn| method(it, class, name, f, BuiltinKind::Method);
    vec![
        m(it, "__ior__", ior),
        m(it, "__or__", or),
        m(it, "__ror__", ror),
        m(it, "__eq__", mapping_eq),
        m(it, "clear", clear),
        ("__hash__", Value::None),
        ("__reversed__", Value::None),
        ("data", super::weak_collections::data_property(it, class)),
        ("__class_getitem__", super::weak_collections::class_getitem(it)),
    ]
}

fn req(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

/// `KeyedRef(ob, callback, key)`: a reference that remembers its dictionary key.
fn keyed_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls, ob, callback, key] =
        bind::<4>(it, "KeyedRef.__new__", &["type", "ob", "callback", "key"], 4, &[], args, kwargs)?;
    let Some(Value::Obj(cls)) = cls else { return it.type_error("KeyedRef.__new__(X): X is not a type object") };
    let r = super::weakref::new_ref_of(it, &cls, &req(ob), req(callback))?;
    let r = Value::Obj(r);
    it.setattr(&r, &Rc::from("key"), req(key))?;
    Ok(r)
}

fn keyed_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    bind::<4>(it, "KeyedRef.__init__", &["self", "ob", "callback", "key"], 4, &[], args, kwargs)?;
    Ok(Value::None)
}

/// `KeyedRef(value, self._remove, key)`.
fn keyed_ref(it: &mut Interp, c: &WeakColl, value: &Value, key: Value) -> PyResult<Value> {
    let Some(cls) = it.weakref.collections.keyed_ref.clone() else { return it.type_error("weakref is not set up") };
    let r = Value::Obj(super::weakref::new_ref_of(it, &cls, value, c.remove())?);
    it.setattr(&r, &Rc::from("key"), key)?;
    Ok(r)
}

fn repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(args.first().map_or(Value::None, |me| super::weak_collections::repr_at(it, me)))
}

/// `self` alone.
fn only_self(it: &mut Interp, func: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me] = bind::<1>(it, func, &["self"], 1, &[], args, kwargs)?;
    Ok(req(me))
}

/// `self, key` (and more parameters after it, `*args`): the key and the rest; unknown
/// keywords are an error.
fn key_and_rest(
    it: &mut Interp,
    func: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<(Value, Value, Vec<Value>)> {
    let rest = if args.len() > 2 { args.split_off(2) } else { Vec::new() };
    let [me, key] = bind::<2>(it, func, &["self", "key"], 2, &[], args, kwargs)?;
    Ok((req(me), req(key), rest))
}

/// `other=None, /, **kwargs`: the positional argument and the keywords.
fn positional_and_keywords(it: &mut Interp, func: &str, args: &[Value]) -> PyResult<()> {
    if args.len() > 2 {
        let msg = super::call::too_many_positional_msg(func, 2, 1, args.len(), 0);
        return it.type_error(msg);
    }
    if args.is_empty() {
        return it.missing_args(func, "positional", &[Rc::from("self")]);
    }
    Ok(())
}

// ---- WeakValueDictionary ----

fn wvd_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    new_instance(it, &args, Kind::Values)
}

/// `__init__(self, other=(), /, **kw)`: empty, then `self.update(other, **kw)`.
fn wvd_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_and_keywords(it, "WeakValueDictionary.__init__", &args)?;
    let me = arg(&args, 0).clone();
    let c = this(it, &me, Kind::Values)?;
    reset(it, c);
    let other = match args.get(1) {
        Some(o) => o.clone(),
        None => it.tuple(Vec::new()),
    };
    let update = it.getattr(&me, &Rc::from("update"))?;
    it.call(&update, vec![other], kwargs)?;
    Ok(Value::None)
}

fn wvd_getitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakValueDictionary.__getitem__", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let Some(wr) = it.dict_get(&c.data(), &key)? else { return it.key_error(key) };
    match deref(it, &wr)? {
        Some(o) => Ok(o),
        None => it.key_error(key),
    }
}

fn wvd_setitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, value] =
        bind::<3>(it, "WeakValueDictionary.__setitem__", &["self", "key", "value"], 3, &[], args, kwargs)?;
    let (me, key, value) = (req(me), req(key), req(value));
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let r = keyed_ref(it, c, &value, key.clone())?;
    it.dict_set(&c.data(), key, r)?;
    Ok(Value::None)
}

fn wvd_delitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakValueDictionary.__delitem__", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    match it.dict_del(&c.data(), &key)? {
        Some(_) => Ok(Value::None),
        None => it.key_error(key),
    }
}

fn wvd_len(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakValueDictionary.__len__", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let n = c.data().dict_data().map_or(0, |d| d.borrow().len());
    Ok(Value::int(n as i64))
}

fn wvd_contains(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakValueDictionary.__contains__", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let wr = match it.dict_get(&c.data(), &key) {
        Ok(Some(wr)) => wr,
        Ok(None) => return Ok(Value::Bool(false)),
        Err(e) if it.is_exc(&e, "KeyError") => return Ok(Value::Bool(false)),
        Err(e) => return Err(e),
    };
    Ok(Value::Bool(deref(it, &wr)?.is_some()))
}

/// A generator method: `self` alone, a generator not started yet.
fn generator(
    it: &mut Interp,
    func: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
    kind: Kind,
    ik: IterKind,
) -> PyResult<Value> {
    let me = only_self(it, func, args, kwargs)?;
    this(it, &me, kind)?;
    Ok(iterate(it, &me, ik))
}

fn wvd_keys(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakValueDictionary.keys", args, kwargs, Kind::Values, IterKind::Keys)
}

fn wvd_values(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakValueDictionary.values", args, kwargs, Kind::Values, IterKind::Values)
}

fn wvd_items(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakValueDictionary.items", args, kwargs, Kind::Values, IterKind::Items)
}

fn wvd_itervaluerefs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakValueDictionary.itervaluerefs", args, kwargs, Kind::Values, IterKind::ValueRefs)
}

fn wvd_valuerefs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakValueDictionary.valuerefs", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let refs = c.data().dict_data().map(|d| d.borrow().values()).unwrap_or_default();
    Ok(it.list(refs))
}

/// The items of `data` one by one, through a dict iterator (which notices a change of size).
fn each_item(
    it: &mut Interp,
    data: &ObjRef,
    mut f: impl FnMut(&mut Interp, Value, Value) -> PyResult<()>,
) -> PyResult<()> {
    let items = it.dict_iter(data, super::value::DictIterKind::Items, false);
    while let Some(item) = it.next(&items)? {
        let (k, v) = match it.tuple_items(&item) {
            Some([k, v]) => (k.clone(), v.clone()),
            _ => continue,
        };
        f(it, k, v)?;
    }
    Ok(())
}

/// `copy()`: a `WeakValueDictionary` (not the subclass) of the live entries.
fn wvd_copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakValueDictionary.copy", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let Some(cls) = it.weakref.collections.value_dict.clone() else { return Ok(Value::None) };
    let new = it.call(&Value::Obj(cls), Vec::new(), Vec::new())?;
    let data = c.data();
    guarded(it, c, |it| {
        each_item(it, &data, |it, key, wr| {
            if let Some(o) = deref(it, &wr)? {
                it.setitem(&new, key, o)?;
            }
            Ok(())
        })
    })?;
    Ok(new)
}

fn wvd_get(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, default] =
        bind::<3>(it, "WeakValueDictionary.get", &["self", "key", "default"], 2, &[], args, kwargs)?;
    let (me, key, default) = (req(me), req(key), req(default));
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let wr = match it.dict_get(&c.data(), &key) {
        Ok(Some(wr)) => wr,
        Ok(None) => return Ok(default),
        Err(e) if it.is_exc(&e, "KeyError") => return Ok(default),
        Err(e) => return Err(e),
    };
    Ok(deref(it, &wr)?.unwrap_or(default))
}

fn wvd_popitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakValueDictionary.popitem", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let data = Value::Obj(c.data());
    loop {
        let item = call_method(it, &data, "popitem", Vec::new())?;
        let (key, wr) = unpack_pair(it, &item)?;
        if let Some(o) = deref(it, &wr)? {
            return Ok(it.tuple(vec![key, o]));
        }
    }
}

/// `pop(key, *args)`: the live value, else `args[0]`, else KeyError.
fn wvd_pop(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, rest) = key_and_rest(it, "WeakValueDictionary.pop", args, kwargs)?;
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let data = Value::Obj(c.data());
    let o = match call_method(it, &data, "pop", vec![key.clone()]) {
        Ok(wr) => deref(it, &wr)?,
        Err(e) if it.is_exc(&e, "KeyError") => None,
        Err(e) => return Err(e),
    };
    match (o, rest.into_iter().next()) {
        (Some(o), _) => Ok(o),
        (None, Some(default)) => Ok(default),
        (None, None) => it.key_error(key),
    }
}

/// `setdefault(key, default=None)`: looks first, commits only to insert.
fn wvd_setdefault(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, default] =
        bind::<3>(it, "WeakValueDictionary.setdefault", &["self", "key", "default"], 2, &[], args, kwargs)?;
    let (me, key, default) = (req(me), req(key), req(default));
    let c = this(it, &me, Kind::Values)?;
    let o = match it.dict_get(&c.data(), &key) {
        Ok(Some(wr)) => deref(it, &wr)?,
        Ok(None) => None,
        Err(e) if it.is_exc(&e, "KeyError") => None,
        Err(e) => return Err(e),
    };
    if let Some(o) = o {
        return Ok(o);
    }
    commit(it, c)?;
    let r = keyed_ref(it, c, &default, key.clone())?;
    it.dict_set(&c.data(), key, r)?;
    Ok(default)
}

/// `other.items()`, with `dict(other)` first for what has no `items` (a list of pairs).
fn items_of(it: &mut Interp, other: Value) -> PyResult<Value> {
    let other = if it.hasattr(&other, &Rc::from("items"))? {
        other
    } else {
        let dict = Value::Obj(it.t.dict.clone());
        it.call(&dict, vec![other], Vec::new())?
    };
    let items = call_method(it, &other, "items", Vec::new())?;
    it.iter(&items)
}

/// `update(other=None, /, **kwargs)`: every value through a `KeyedRef`.
fn wvd_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_and_keywords(it, "WeakValueDictionary.update", &args)?;
    let me = arg(&args, 0).clone();
    let c = this(it, &me, Kind::Values)?;
    commit(it, c)?;
    let data = c.data();
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !other.is_none() {
        let items = items_of(it, other)?;
        while let Some(item) = it.next(&items)? {
            it.step()?;
            let (key, o) = unpack_pair(it, &item)?;
            let r = keyed_ref(it, c, &o, key.clone())?;
            it.dict_set(&data, key, r)?;
        }
    }
    for (key, o) in kwargs {
        let key = Value::Str(key);
        let r = keyed_ref(it, c, &o, key.clone())?;
        it.dict_set(&data, key, r)?;
    }
    Ok(Value::None)
}

// ---- WeakKeyDictionary ----

fn wkd_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    new_instance(it, &args, Kind::Keys)
}

/// `__init__(self, dict=None)`: empty, then `self.update(dict)`.
fn wkd_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, dict] = bind::<2>(it, "WeakKeyDictionary.__init__", &["self", "dict"], 1, &[], args, kwargs)?;
    let me = req(me);
    let c = this(it, &me, Kind::Keys)?;
    reset(it, c);
    match dict {
        Some(d) if !d.is_none() => call_method(it, &me, "update", vec![d]).map(|_| Value::None),
        _ => Ok(Value::None),
    }
}

fn wkd_getitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakKeyDictionary.__getitem__", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    let r = weak(it, &key, Value::None)?;
    match it.dict_get(&c.data(), &r)? {
        Some(v) => Ok(v),
        None => it.key_error(r),
    }
}

fn wkd_setitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, value] =
        bind::<3>(it, "WeakKeyDictionary.__setitem__", &["self", "key", "value"], 3, &[], args, kwargs)?;
    let (me, key, value) = (req(me), req(key), req(value));
    let c = this(it, &me, Kind::Keys)?;
    let r = weak(it, &key, c.remove())?;
    it.dict_set(&c.data(), r, value)?;
    Ok(Value::None)
}

fn wkd_delitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakKeyDictionary.__delitem__", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    c.dirty_len.set(true);
    let r = weak(it, &key, Value::None)?;
    match it.dict_del(&c.data(), &r)? {
        Some(_) => Ok(Value::None),
        None => it.key_error(r),
    }
}

/// `len(data) - len(pending)`, after forgetting the pending keys an explicit removal took.
fn wkd_len(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakKeyDictionary.__len__", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    let data = Value::Obj(c.data());
    if c.dirty_len.get() && c.pending_len() > 0 {
        let mut kept = Vec::new();
        for k in c.pending() {
            if it.contains(&data, &k)? {
                kept.push(k);
            }
        }
        c.set_pending(kept);
        c.dirty_len.set(false);
    }
    let n = it.len(&data)? as i64 - c.pending_len() as i64;
    Ok(Value::int(n))
}

fn wkd_contains(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, _) = key_and_rest(it, "WeakKeyDictionary.__contains__", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    let r = match weak(it, &key, Value::None) {
        Ok(r) => r,
        Err(e) if it.is_exc(&e, "TypeError") => return Ok(Value::Bool(false)),
        Err(e) => return Err(e),
    };
    let data = Value::Obj(c.data());
    Ok(Value::Bool(it.contains(&data, &r)?))
}

fn wkd_keys(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakKeyDictionary.keys", args, kwargs, Kind::Keys, IterKind::Keys)
}

fn wkd_values(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakKeyDictionary.values", args, kwargs, Kind::Keys, IterKind::Values)
}

fn wkd_items(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    generator(it, "WeakKeyDictionary.items", args, kwargs, Kind::Keys, IterKind::Items)
}

/// `list(self.data)`: the references, dead ones still waiting included.
fn wkd_keyrefs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakKeyDictionary.keyrefs", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    let refs = c.data().dict_data().map(|d| d.borrow().keys()).unwrap_or_default();
    Ok(it.list(refs))
}

/// `copy()`: a `WeakKeyDictionary` (not the subclass) of the live entries.
fn wkd_copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakKeyDictionary.copy", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    let Some(cls) = it.weakref.collections.key_dict.clone() else { return Ok(Value::None) };
    let new = it.call(&Value::Obj(cls), Vec::new(), Vec::new())?;
    let data = c.data();
    guarded(it, c, |it| {
        each_item(it, &data, |it, wr, value| {
            if let Some(o) = deref(it, &wr)? {
                it.setitem(&new, o, value)?;
            }
            Ok(())
        })
    })?;
    Ok(new)
}

/// `self.data.get(ref(key), default)`.
fn wkd_get(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, default] = bind::<3>(it, "WeakKeyDictionary.get", &["self", "key", "default"], 2, &[], args, kwargs)?;
    let (me, key, default) = (req(me), req(key), req(default));
    let c = this(it, &me, Kind::Keys)?;
    let r = weak(it, &key, Value::None)?;
    Ok(it.dict_get(&c.data(), &r)?.unwrap_or(default))
}

fn wkd_popitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakKeyDictionary.popitem", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    c.dirty_len.set(true);
    let data = Value::Obj(c.data());
    loop {
        let item = call_method(it, &data, "popitem", Vec::new())?;
        let (wr, value) = unpack_pair(it, &item)?;
        if let Some(o) = deref(it, &wr)? {
            return Ok(it.tuple(vec![o, value]));
        }
    }
}

/// `self.data.pop(ref(key), *args)`.
fn wkd_pop(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, key, rest) = key_and_rest(it, "WeakKeyDictionary.pop", args, kwargs)?;
    let c = this(it, &me, Kind::Keys)?;
    c.dirty_len.set(true);
    let r = weak(it, &key, Value::None)?;
    let mut pop_args = vec![r];
    pop_args.extend(rest);
    call_method(it, &Value::Obj(c.data()), "pop", pop_args)
}

/// `self.data.setdefault(ref(key, self._remove), default)`.
fn wkd_setdefault(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, key, default] =
        bind::<3>(it, "WeakKeyDictionary.setdefault", &["self", "key", "default"], 2, &[], args, kwargs)?;
    let (me, key, default) = (req(me), req(key), req(default));
    let c = this(it, &me, Kind::Keys)?;
    let r = weak(it, &key, c.remove())?;
    call_method(it, &Value::Obj(c.data()), "setdefault", vec![r, default])
}

/// `update(dict=None, /, **kwargs)`: every key through a `ref`; the keywords by
/// `self.update(kwargs)` (str keys, which cannot be weakly referenced).
fn wkd_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_and_keywords(it, "WeakKeyDictionary.update", &args)?;
    let me = arg(&args, 0).clone();
    let c = this(it, &me, Kind::Keys)?;
    let data = c.data();
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if !other.is_none() {
        let items = items_of(it, other)?;
        while let Some(item) = it.next(&items)? {
            it.step()?;
            let (key, value) = unpack_pair(it, &item)?;
            let r = weak(it, &key, c.remove())?;
            it.dict_set(&data, r, value)?;
        }
    }
    if !kwargs.is_empty() {
        let mut d = super::dict::DictData::new();
        for (k, v) in kwargs {
            d.set_str(k, v);
        }
        let d = it.dict_from(d);
        call_method(it, &me, "update", vec![d])?;
    }
    Ok(Value::None)
}

// ---- what both share ----

/// `self |= other`: `self.update(other)`.
fn ior(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, other] = bind::<2>(it, "__ior__", &["self", "other"], 2, &[], args, kwargs)?;
    let me = req(me);
    call_method(it, &me, "update", vec![req(other)])?;
    Ok(me)
}

/// `self | other`: `self.copy()` updated, for a mapping.
fn or(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, other] = bind::<2>(it, "__or__", &["self", "other"], 2, &[], args, kwargs)?;
    let (me, other) = (req(me), req(other));
    if !is_mapping(it, &other) {
        return Ok(it.not_implemented());
    }
    let c = call_method(it, &me, "copy", Vec::new())?;
    call_method(it, &c, "update", vec![other])?;
    Ok(c)
}

/// `other | self`: a new one of `self`'s class, updated from `other`, then from `self`.
fn ror(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, other] = bind::<2>(it, "__ror__", &["self", "other"], 2, &[], args, kwargs)?;
    let (me, other) = (req(me), req(other));
    if !is_mapping(it, &other) {
        return Ok(it.not_implemented());
    }
    let cls = Value::Obj(it.type_of(&me));
    let c = it.call(&cls, Vec::new(), Vec::new())?;
    call_method(it, &c, "update", vec![other])?;
    call_method(it, &c, "update", vec![me])?;
    Ok(c)
}

/// `Mapping.__eq__`: `dict(self.items()) == dict(other.items())`.
fn mapping_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, other] = bind::<2>(it, "Mapping.__eq__", &["self", "other"], 2, &[], args, kwargs)?;
    let (me, other) = (req(me), req(other));
    if !is_mapping(it, &other) {
        return Ok(it.not_implemented());
    }
    let dict = Value::Obj(it.t.dict.clone());
    let a = call_method(it, &me, "items", Vec::new())?;
    let a = it.call(&dict, vec![a], Vec::new())?;
    let b = call_method(it, &other, "items", Vec::new())?;
    let b = it.call(&dict, vec![b], Vec::new())?;
    it.compare(CmpOp::Eq, &a, &b)
}

/// `MutableMapping.clear`: `self.popitem()` until KeyError.
fn clear(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "MutableMapping.clear", args, kwargs)?;
    loop {
        it.step()?;
        match call_method(it, &me, "popitem", Vec::new()) {
            Ok(_) => {}
            Err(e) if it.is_exc(&e, "KeyError") => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}
