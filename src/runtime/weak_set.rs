//! `weakref.WeakSet` (`Lib/_weakrefset.py`): the registry of live instances (`self` added in
//! `__init__`), whose elements leave when they die. `data` is a set of references, so it
//! iterates in the set order of the referents' hashes (`dict::set_table`), as CPython's does. The
//! operators go through `data`'s own set methods with references made on the fly, as the
//! Python code does.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, method};
use super::value::{IterState, Value};
use super::weak_collections::{call_method, commit, iterate, new_instance, reset, this, weak, IterKind, Kind};
use super::PyResult;
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

const WS: &str = "WeakSet";

/// The class.
pub fn class(it: &mut Interp) -> PyResult<Value> {
    let m = |it: &mut Interp, name: &'static str, f: NativeFn| method(it, WS, name, f, BuiltinKind::Method);
    let mut entries = vec![
        method(it, WS, "__new__", ws_new, BuiltinKind::Static),
        m(it, "__init__", ws_init),
        m(it, "__iter__", ws_iter),
        m(it, "__len__", ws_len),
        m(it, "__contains__", ws_contains),
        m(it, "add", ws_add),
        m(it, "clear", ws_clear),
        m(it, "copy", ws_copy),
        m(it, "pop", ws_pop),
        m(it, "remove", ws_remove),
        m(it, "discard", ws_discard),
        m(it, "update", ws_update),
        m(it, "__ior__", ws_ior),
        m(it, "difference_update", ws_difference_update),
        m(it, "__isub__", ws_isub),
        m(it, "intersection_update", ws_intersection_update),
        m(it, "__iand__", ws_iand),
        m(it, "__lt__", ws_lt),
        m(it, "__gt__", ws_gt),
        m(it, "__eq__", ws_eq),
        m(it, "symmetric_difference_update", ws_symmetric_difference_update),
        m(it, "__ixor__", ws_ixor),
        m(it, "isdisjoint", ws_isdisjoint),
        m(it, "__repr__", ws_repr),
        ("__hash__", Value::None),
        ("data", super::weak_collections::data_property(it, WS)),
        ("__class_getitem__", super::weak_collections::class_getitem(it)),
    ];
    // `__sub__ = difference` and the like: one function under two names.
    let pairs: [(&'static str, &'static str, NativeFn); 6] = [
        ("difference", "__sub__", ws_difference),
        ("intersection", "__and__", ws_intersection),
        ("issubset", "__le__", ws_issubset),
        ("issuperset", "__ge__", ws_issuperset),
        ("symmetric_difference", "__xor__", ws_symmetric_difference),
        ("union", "__or__", ws_union),
    ];
    for (name, op, f) in pairs {
        let e = m(it, name, f);
        entries.push((op, e.1.clone()));
        entries.push(e);
    }
    let object = Value::Obj(it.t.object.clone());
    make_class(it, WS, "_weakrefset", vec![object], entries)
}

fn req(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

fn only_self(it: &mut Interp, func: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me] = bind::<1>(it, func, &["self"], 1, &[], args, kwargs)?;
    Ok(req(me))
}

/// `(self, other)` of a method taking one argument named `name`.
fn self_and(it: &mut Interp, func: &str, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<(Value, Value)> {
    let [me, other] = bind::<2>(it, func, &["self", name], 2, &[], args, kwargs)?;
    Ok((req(me), req(other)))
}

/// `self.data`, after `this` checked `me` is a WeakSet.
fn data_of(it: &mut Interp, me: &Value) -> PyResult<Value> {
    Ok(Value::Obj(this(it, me, Kind::Set)?.data()))
}

/// `if self._pending_removals: self._commit_removals()`; then `self.data`.
fn committed(it: &mut Interp, me: &Value) -> PyResult<Value> {
    let c = this(it, me, Kind::Set)?;
    commit(it, c)?;
    Ok(Value::Obj(c.data()))
}

/// `map(ref, other)`, lazily as the Python code's generator expressions; with `callback`,
/// `(ref(item, callback) for item in other)`.
fn refs_of(it: &mut Interp, other: &Value, callback: Option<Value>) -> PyResult<Value> {
    let inner = it.iter(other)?;
    let func = match callback {
        Some(cb) => {
            let f = it.builtin_fn("<genexpr>", "WeakSet.<genexpr>", ref_with_callback, BuiltinKind::Function);
            it.bound_method(f, cb)
        }
        None => it.builtin_fn("ref", "ref", plain_ref, BuiltinKind::Function),
    };
    Ok(it.new_iter("map", IterState::Map { func, inners: vec![inner] }))
}

fn plain_ref(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let item = args.first().cloned().unwrap_or(Value::None);
    weak(it, &item, Value::None)
}

fn ref_with_callback(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let callback = args.first().cloned().unwrap_or(Value::None);
    let item = args.get(1).cloned().unwrap_or(Value::None);
    weak(it, &item, callback)
}

/// `set(map(ref, other))`.
fn ref_set(it: &mut Interp, other: &Value) -> PyResult<Value> {
    let refs = refs_of(it, other, None)?;
    let set = Value::Obj(it.t.set.clone());
    it.call(&set, vec![refs], Vec::new())
}

fn ws_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    new_instance(it, &args, Kind::Set)
}

/// `__init__(self, data=None)`: empty, then `self.update(data)`.
fn ws_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, data] = bind::<2>(it, "WeakSet.__init__", &["self", "data"], 1, &[], args, kwargs)?;
    let me = req(me);
    let c = this(it, &me, Kind::Set)?;
    reset(it, c);
    match data {
        Some(d) if !d.is_none() => call_method(it, &me, "update", vec![d]).map(|_| Value::None),
        _ => Ok(Value::None),
    }
}

fn ws_iter(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.__iter__", args, kwargs)?;
    this(it, &me, Kind::Set)?;
    Ok(iterate(it, &me, IterKind::Keys))
}

/// `len(self.data) - len(self._pending_removals)`.
fn ws_len(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.__len__", args, kwargs)?;
    let c = this(it, &me, Kind::Set)?;
    let data = Value::Obj(c.data());
    let n = it.len(&data)? as i64 - c.pending_len() as i64;
    Ok(Value::int(n))
}

/// `ref(item) in self.data`; False for what cannot be weakly referenced.
fn ws_contains(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, item) = self_and(it, "WeakSet.__contains__", "item", args, kwargs)?;
    let data = data_of(it, &me)?;
    let r = match weak(it, &item, Value::None) {
        Ok(r) => r,
        Err(e) if it.is_exc(&e, "TypeError") => return Ok(Value::Bool(false)),
        Err(e) => return Err(e),
    };
    Ok(Value::Bool(it.contains(&data, &r)?))
}

/// `self.data.add(ref(item, self._remove))`.
fn ws_add(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, item) = self_and(it, "WeakSet.add", "item", args, kwargs)?;
    let data = committed(it, &me)?;
    let remove = this(it, &me, Kind::Set)?.remove();
    let r = weak(it, &item, remove)?;
    call_method(it, &data, "add", vec![r])
}

fn ws_clear(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.clear", args, kwargs)?;
    let data = committed(it, &me)?;
    call_method(it, &data, "clear", Vec::new())
}

/// `self.__class__(self)`.
fn ws_copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.copy", args, kwargs)?;
    let cls = Value::Obj(it.type_of(&me));
    it.call(&cls, vec![me], Vec::new())
}

/// A live element out of `data`, else KeyError.
fn ws_pop(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.pop", args, kwargs)?;
    let data = committed(it, &me)?;
    loop {
        let r = match call_method(it, &data, "pop", Vec::new()) {
            Ok(r) => r,
            Err(e) if it.is_exc(&e, "KeyError") => return it.err("KeyError", "pop from empty WeakSet"),
            Err(e) => return Err(e),
        };
        if let Some(item) = super::weak_collections::deref(it, &r)? {
            return Ok(item);
        }
    }
}

/// `self.data.remove(ref(item))`: KeyError with the reference.
fn ws_remove(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, item) = self_and(it, "WeakSet.remove", "item", args, kwargs)?;
    let data = committed(it, &me)?;
    let r = weak(it, &item, Value::None)?;
    call_method(it, &data, "remove", vec![r])
}

fn ws_discard(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, item) = self_and(it, "WeakSet.discard", "item", args, kwargs)?;
    let data = committed(it, &me)?;
    let r = weak(it, &item, Value::None)?;
    call_method(it, &data, "discard", vec![r])
}

/// `for element in other: self.add(element)`.
fn ws_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.update", "other", args, kwargs)?;
    committed(it, &me)?;
    let items = it.iter(&other)?;
    let add = it.getattr(&me, &Rc::from("add"))?;
    while let Some(element) = it.next(&items)? {
        it.step()?;
        it.call(&add, vec![element], Vec::new())?;
    }
    Ok(Value::None)
}

fn ws_ior(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.__ior__", "other", args, kwargs)?;
    call_method(it, &me, "update", vec![other])?;
    Ok(me)
}

/// `newset = self.copy(); newset.<name>(other); return newset`.
fn copy_then(it: &mut Interp, me: &Value, name: &str, other: Value) -> PyResult<Value> {
    let new = call_method(it, me, "copy", Vec::new())?;
    call_method(it, &new, name, vec![other])?;
    Ok(new)
}

fn ws_difference(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.difference", "other", args, kwargs)?;
    copy_then(it, &me, "difference_update", other)
}

fn ws_difference_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.difference_update", "other", args, kwargs)?;
    call_method(it, &me, "__isub__", vec![other])?;
    Ok(Value::None)
}

/// `self -= other`: clears for `self`, else `data.difference_update(ref(item) for item in
/// other)`, which discards each reference as it comes (`set_difference_update_internal`).
fn ws_isub(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.__isub__", "other", args, kwargs)?;
    let data = committed(it, &me)?;
    if me.is(&other) {
        call_method(it, &data, "clear", Vec::new())?;
    } else if let Some(cell) = data.as_obj().and_then(super::set_ops::set_cell) {
        let refs = refs_of(it, &other, None)?;
        it.set_difference_update(cell, Some(&data), &refs)?;
    }
    Ok(me)
}

/// `self.__class__(item for item in other if item in self)`.
fn ws_intersection(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.intersection", "other", args, kwargs)?;
    let inner = it.iter(&other)?;
    let contains = it.getattr(&me, &Rc::from("__contains__"))?;
    let items = it.new_iter("filter", IterState::Filter { func: contains, inner });
    let cls = Value::Obj(it.type_of(&me));
    it.call(&cls, vec![items], Vec::new())
}

fn ws_intersection_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.intersection_update", "other", args, kwargs)?;
    call_method(it, &me, "__iand__", vec![other])?;
    Ok(Value::None)
}

/// `self &= other`: `data.intersection_update(ref(item) for item in other)`, which keeps the
/// new references (without the callback) of the items found, and stops looking once all
/// were found (`set_intersection`).
fn ws_iand(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.__iand__", "other", args, kwargs)?;
    let data = committed(it, &me)?;
    let refs = refs_of(it, &other, None)?;
    let table = it.set_multi_table(crate::syntax::ast::BinOp::BitAnd, &data, &[refs])?;
    if let Some(cell) = data.as_obj().and_then(super::set_ops::set_cell) {
        it.set_swap_in(cell, table);
    }
    Ok(me)
}

fn ws_issubset(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.issubset", "other", args, kwargs)?;
    let data = data_of(it, &me)?;
    let refs = refs_of(it, &other, None)?;
    call_method(it, &data, "issubset", vec![refs])
}

/// `data.issuperset(ref(item) for item in other)`: each reference looked up as it comes,
/// until one is missing (`set_issuperset`).
fn ws_issuperset(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.issuperset", "other", args, kwargs)?;
    let data = data_of(it, &me)?;
    let refs = refs_of(it, &other, None)?;
    let Value::Obj(d) = &data else { return Ok(Value::Bool(false)) };
    while let Some(r) = it.next(&refs)? {
        it.step()?;
        if it.dict_get(d, &r)?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `self.data <op> set(map(ref, other))`.
fn compare_data(it: &mut Interp, func: &str, op: CmpOp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, func, "other", args, kwargs)?;
    let data = data_of(it, &me)?;
    let refs = ref_set(it, &other)?;
    it.compare(op, &data, &refs)
}

fn ws_lt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare_data(it, "WeakSet.__lt__", CmpOp::Lt, args, kwargs)
}

fn ws_gt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare_data(it, "WeakSet.__gt__", CmpOp::Gt, args, kwargs)
}

/// Equal to another WeakSet (of this class) with the same live elements.
fn ws_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.__eq__", "other", args.clone(), kwargs.clone())?;
    let cls = it.type_of(&me);
    if !it.is_instance(&other, &cls) {
        return Ok(it.not_implemented());
    }
    compare_data(it, "WeakSet.__eq__", CmpOp::Eq, args, kwargs)
}

fn ws_symmetric_difference(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.symmetric_difference", "other", args, kwargs)?;
    copy_then(it, &me, "symmetric_difference_update", other)
}

fn ws_symmetric_difference_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.symmetric_difference_update", "other", args, kwargs)?;
    call_method(it, &me, "__ixor__", vec![other])?;
    Ok(Value::None)
}

/// `self ^= other`: the references (with the callback) made into a set first, then each, in
/// that set's order, discarded from `data` or else added (`set_symmetric_difference_update`).
fn ws_ixor(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.__ixor__", "other", args, kwargs)?;
    let data = committed(it, &me)?;
    if me.is(&other) {
        call_method(it, &data, "clear", Vec::new())?;
    } else if let Some(cell) = data.as_obj().and_then(super::set_ops::set_cell) {
        let remove = this(it, &me, Kind::Set)?.remove();
        let refs = refs_of(it, &other, Some(remove))?;
        let set = Value::Obj(it.t.set.clone());
        let incoming = it.call(&set, vec![refs], Vec::new())?;
        it.set_symmetric_difference_update(cell, Some(&data), &incoming)?;
    }
    Ok(me)
}

/// `self.__class__(e for s in (self, other) for e in s)`.
fn ws_union(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.union", "other", args, kwargs)?;
    let state = IterState::Chain { sources: vec![me.clone(), other], next_source: 0, current: None };
    let items = it.new_iter("generator", state);
    let cls = Value::Obj(it.type_of(&me));
    it.call(&cls, vec![items], Vec::new())
}

/// `len(self.intersection(other)) == 0`.
fn ws_isdisjoint(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, other) = self_and(it, "WeakSet.isdisjoint", "other", args, kwargs)?;
    let both = call_method(it, &me, "intersection", vec![other])?;
    Ok(Value::Bool(it.len(&both)? == 0))
}

/// `repr(self.data)`: the set of references.
fn ws_repr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = only_self(it, "WeakSet.__repr__", args, kwargs)?;
    let data = data_of(it, &me)?;
    Ok(Value::Str(it.repr(&data)?))
}
