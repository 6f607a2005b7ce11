//! The `copy` module: `copy`, `deepcopy`, `Error` (also `error`).
//!
//! CPython writes it in Python (`Lib/copy.py`); here it is native but takes the same steps in
//! the same order, because which dunders run, and when, is what the lab shows: a type table
//! for the builtin types, then the class's `__copy__` (the instance's `__deepcopy__`), then
//! `copyreg.dispatch_table`, then `x.__reduce_ex__(4)` and `_reconstruct`, which calls what
//! the reduction names (`copyreg.__newobj__`: `cls.__new__(cls)`, no `__init__`) and puts the
//! state back with `__setstate__` or `__dict__.update`. `deepcopy`'s memo is a real dict keyed
//! by `id()`, with `_keep_alive`'s list under `id(memo)`, so a `__deepcopy__` that looks
//! inside sees what CPython's sees.
//!
//! Each function of `copy.py` it stands for takes one level of the recursion limit (and a
//! builtin call inside one another), so a deep structure fails with CPython's RecursionError
//! at CPython's depth; the steps show in the trace as builtin steps (`copy.deepcopy`,
//! `copy._reconstruct`, `copyreg.__newobj__`).

use super::call::too_many_positional_msg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, traced, untraced};
use super::reduce::{c_call, py_frame, star_args};
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use std::rc::Rc;

/// Per-run state.
#[derive(Default)]
pub struct CopyState {
    /// `copy.Error`.
    error: Option<ObjRef>,
    /// `deepcopy`'s `_nil=[]` default: what `memo.get` returns for a miss.
    nil: Option<Value>,
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let exception = Value::Obj(it.t.exc("Exception"));
    let error = make_class(it, "Error", "copy", vec![exception], vec![])?;
    it.copy.error = error.as_obj().cloned();
    let table = super::reduce::dispatch_table(it);
    let all = it.list(["Error", "copy", "deepcopy"].iter().map(|n| Value::str(n)).collect());
    Ok(vec![
        ("Error", error.clone()),
        ("error", error),
        ("copy", python_fn(it, "copy", copy_fn)),
        ("deepcopy", python_fn(it, "deepcopy", deepcopy_fn)),
        ("dispatch_table", Value::Obj(table)),
        ("__all__", all),
    ])
}

/// A function CPython writes in Python: it reprs as `<function copy at 0x…>`.
fn python_fn(it: &mut Interp, name: &str, f: NativeFn) -> Value {
    it.builtin_fn(name, name, f, BuiltinKind::Method)
}

/// One of those functions (`copy.copy`, `copyreg.__newobj__`): `copy` treats them as the
/// Python functions they stand for.
fn is_python_helper(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Builtin(b) if b.kind == BuiltinKind::Method && !b.qualname.contains('.'))
}

// ---- copy ----

/// `copy.copy(x)`.
fn copy_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [x] = bind::<1>(it, "copy", &["x"], 1, &[], args, kwargs)?;
    let Some(x) = x else { return Ok(Value::None) };
    py_frame(it, |it| traced(it, "copy.copy", &x.clone(), |it| shallow(it, x)))
}

/// What `_copy_dispatch` says for a type.
enum Shallow {
    /// `_copy_immutable`: the object itself.
    Immutable,
    /// `list.copy`, `dict.copy`, `set.copy`.
    CopyMethod,
}

fn shallow_dispatch(it: &Interp, cls: &ObjRef, x: &Value) -> Option<Shallow> {
    let t = &it.t;
    let immutable = [
        &t.none_type,
        &t.int,
        &t.float,
        &t.bool_,
        &t.complex,
        &t.str_,
        &t.tuple,
        &t.bytes,
        &t.frozenset,
        &t.type_,
        &t.range,
        &t.slice,
        &t.property,
        &t.builtin_function,
        &t.ellipsis_type,
        &t.not_implemented_type,
        &t.function,
    ];
    if immutable.iter().any(|c| Rc::ptr_eq(c, cls)) || helper_value(x) {
        return Some(Shallow::Immutable);
    }
    if [&t.list, &t.dict, &t.set].iter().any(|c| Rc::ptr_eq(c, cls)) {
        return Some(Shallow::CopyMethod);
    }
    None
}

fn helper_value(x: &Value) -> bool {
    matches!(x, Value::Obj(o) if is_python_helper(o))
}

fn shallow(it: &mut Interp, x: Value) -> PyResult<Value> {
    it.step()?;
    let cls = it.type_of(&x);
    dispatch_hash(it, &cls)?;
    match shallow_dispatch(it, &cls, &x) {
        Some(Shallow::Immutable) => return py_frame(it, |_| Ok(x)),
        Some(Shallow::CopyMethod) => {
            let Some(m) = it.lookup_mro(&cls, "copy") else { return Ok(x) };
            return c_call(it, |it| it.call(&m, vec![x], vec![]));
        }
        None => {}
    }
    if it.is_subclass(&cls, &it.t.type_) {
        return py_frame(it, |_| Ok(x));
    }
    let cls_v = Value::Obj(cls.clone());
    let copier = c_call(it, |it| it.getattr_opt(&cls_v, "__copy__"))?;
    if let Some(copier) = copier.filter(|c| !c.is_none()) {
        return call_from_py(it, &copier, vec![x]);
    }
    let rv = match table_get(it, &cls)? {
        Some(r) if !r.is_none() => call_from_py(it, &r, vec![x.clone()])?,
        _ => reduce_value(it, &x, &cls, "shallow")?,
    };
    if is_str(it, &rv)? {
        return Ok(x);
    }
    reconstruct_rv(it, &x, None, rv)
}

// ---- deepcopy ----

/// `copy.deepcopy(x, memo=None, _nil=[])`.
fn deepcopy_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [x, memo, nil] = bind::<3>(it, "deepcopy", &["x", "memo", "_nil"], 1, &[], args, kwargs)?;
    let Some(x) = x else { return Ok(Value::None) };
    let nil = match nil {
        Some(n) => n,
        None => default_nil(it),
    };
    deepcopy_with(it, x, memo.unwrap_or(Value::None), nil)
}

/// `copy.deepcopy(x)` for another module's code (`dataclasses.asdict`).
pub(super) fn deepcopy(it: &mut Interp, x: Value) -> PyResult<Value> {
    let nil = default_nil(it);
    deepcopy_with(it, x, Value::None, nil)
}

fn default_nil(it: &mut Interp) -> Value {
    if let Some(n) = &it.copy.nil {
        return n.clone();
    }
    let n = it.list(vec![]);
    it.copy.nil = Some(n.clone());
    n
}

fn deepcopy_with(it: &mut Interp, x: Value, memo: Value, nil: Value) -> PyResult<Value> {
    py_frame(it, |it| traced(it, "copy.deepcopy", &x.clone(), |it| deep(it, x, memo, nil)))
}

/// `deepcopy(x, memo)` as `copy.py` calls it on the parts of `x`.
fn deepcopy_part(it: &mut Interp, x: Value, memo: &Value) -> PyResult<Value> {
    let nil = default_nil(it);
    deepcopy_with(it, x, memo.clone(), nil)
}

/// What `_deepcopy_dispatch` says for a type.
enum Deep {
    Atomic,
    List,
    Tuple,
    Dict,
    Method,
}

fn deep_dispatch(it: &Interp, cls: &ObjRef, x: &Value) -> Option<Deep> {
    let t = &it.t;
    let atomic = [
        &t.none_type,
        &t.ellipsis_type,
        &t.not_implemented_type,
        &t.int,
        &t.float,
        &t.bool_,
        &t.complex,
        &t.bytes,
        &t.str_,
        &t.type_,
        &t.range,
        &t.builtin_function,
        &t.function,
        &t.property,
    ];
    if atomic.iter().any(|c| Rc::ptr_eq(c, cls)) || helper_value(x) {
        return Some(Deep::Atomic);
    }
    let kinds = [(&t.list, Deep::List), (&t.tuple, Deep::Tuple), (&t.dict, Deep::Dict), (&t.method, Deep::Method)];
    kinds.into_iter().find(|(c, _)| Rc::ptr_eq(c, cls)).map(|(_, k)| k)
}

fn deep(it: &mut Interp, x: Value, memo: Value, nil: Value) -> PyResult<Value> {
    it.step()?;
    let memo = if memo.is_none() { Value::Obj(it.new_dict_obj()) } else { memo };
    let d = id_of(it, &x)?;
    let y = memo_get(it, &memo, &d, &nil)?;
    if !y.is(&nil) {
        return Ok(y);
    }
    let cls = it.type_of(&x);
    dispatch_hash(it, &cls)?;
    let y = match deep_dispatch(it, &cls, &x) {
        Some(Deep::Atomic) => py_frame(it, |_| Ok(x.clone()))?,
        Some(Deep::List) => py_frame(it, |it| deepcopy_list(it, &x, &memo))?,
        Some(Deep::Tuple) => py_frame(it, |it| deepcopy_tuple(it, &x, &memo))?,
        Some(Deep::Dict) => py_frame(it, |it| deepcopy_dict(it, &x, &memo))?,
        Some(Deep::Method) => py_frame(it, |it| deepcopy_method(it, &x, &memo))?,
        None if it.is_subclass(&cls, &it.t.type_) => py_frame(it, |_| Ok(x.clone()))?,
        None => {
            let copier = c_call(it, |it| it.getattr_opt(&x, "__deepcopy__"))?;
            match copier.filter(|c| !c.is_none()) {
                Some(copier) => call_from_py(it, &copier, vec![memo.clone()])?,
                None => {
                    let reductor = table_get(it, &cls)?;
                    let rv = match reductor {
                        Some(r) if it.truthy(&r)? => call_from_py(it, &r, vec![x.clone()])?,
                        _ => reduce_value(it, &x, &cls, "deep")?,
                    };
                    if is_str(it, &rv)? {
                        x.clone()
                    } else {
                        reconstruct_rv(it, &x, Some(&memo), rv)?
                    }
                }
            }
        }
    };
    if !y.is(&x) {
        memo_set(it, &memo, d, y.clone())?;
        py_frame(it, |it| keep_alive(it, &x, &memo))?;
    }
    Ok(y)
}

/// `_deepcopy_list`: the new list is in the memo before its items are copied, so an item
/// that contains the list gets the copy.
fn deepcopy_list(it: &mut Interp, x: &Value, memo: &Value) -> PyResult<Value> {
    let y = it.list(vec![]);
    let key = id_of(it, x)?;
    memo_set(it, memo, key, y.clone())?;
    let (Value::Obj(xo), Value::Obj(yo)) = (x, &y) else { return Ok(y) };
    let (Payload::List(items), Payload::List(out)) = (&xo.payload, &yo.payload) else { return Ok(y) };
    let mut i = 0;
    loop {
        let item = items.borrow().get(i).cloned();
        let Some(item) = item else { break };
        i += 1;
        let copied = deepcopy_part(it, item, memo)?;
        out.borrow_mut().push(copied);
    }
    Ok(y)
}

/// `_deepcopy_tuple`: the tuple itself when no item changed. It is not memoized before its
/// items are copied (it does not exist yet), so it asks the memo again afterwards: an item
/// that contained it made the copy already.
fn deepcopy_tuple(it: &mut Interp, x: &Value, memo: &Value) -> PyResult<Value> {
    let items = it.tuple_items(x).map(<[Value]>::to_vec).unwrap_or_default();
    // `[deepcopy(a, memo) for a in x]`: a list comprehension, a frame of its own.
    let copies = py_frame(it, |it| {
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            out.push(deepcopy_part(it, a.clone(), memo)?);
        }
        Ok(out)
    })?;
    let key = id_of(it, x)?;
    if let Some(y) = memo_lookup(it, memo, key)? {
        return Ok(y);
    }
    if items.iter().zip(&copies).all(|(a, b)| a.is(b)) {
        Ok(x.clone())
    } else {
        Ok(it.tuple(copies))
    }
}

/// `_deepcopy_dict`: `y[deepcopy(key, memo)] = deepcopy(value, memo)`, so each value is
/// copied before its key.
fn deepcopy_dict(it: &mut Interp, x: &Value, memo: &Value) -> PyResult<Value> {
    let yo = it.new_dict_obj();
    let y = Value::Obj(yo.clone());
    let key = id_of(it, x)?;
    memo_set(it, memo, key, y.clone())?;
    let Value::Obj(xo) = x else { return Ok(y) };
    let Payload::Dict(d) = &xo.payload else { return Ok(y) };
    let len_at_start = d.borrow().len();
    let mut pos = 0;
    loop {
        let next = {
            let b = d.borrow();
            if b.len() != len_at_start {
                None
            } else {
                Some(b.next_from(pos).map(|(ix, e)| (ix, e.key.clone(), e.value.clone())))
            }
        };
        let Some(next) = next else {
            return it.err("RuntimeError", "dictionary changed size during iteration");
        };
        let Some((after, k, v)) = next else { break };
        pos = after;
        let v = deepcopy_part(it, v, memo)?;
        let k = deepcopy_part(it, k, memo)?;
        it.dict_set(&yo, k, v)?;
    }
    Ok(y)
}

/// `_deepcopy_method`: the same function bound to a deep copy of the instance.
fn deepcopy_method(it: &mut Interp, x: &Value, memo: &Value) -> PyResult<Value> {
    let cls = Value::Obj(it.type_of(x));
    let func = it.getattr(x, &Rc::from("__func__"))?;
    let me = it.getattr(x, &Rc::from("__self__"))?;
    let me = deepcopy_part(it, me, memo)?;
    it.call(&cls, vec![func, me], vec![])
}

/// `_keep_alive`: the originals stay alive in `memo[id(memo)]` while the memo does, so no
/// `id()` it holds is reused.
fn keep_alive(it: &mut Interp, x: &Value, memo: &Value) -> PyResult<()> {
    let key = id_of(it, memo)?;
    match memo_lookup(it, memo, key.clone())? {
        Some(Value::Obj(l)) if Rc::ptr_eq(&l.class(), &it.t.list) => {
            if let Payload::List(items) = &l.payload {
                items.borrow_mut().push(x.clone());
            }
            Ok(())
        }
        Some(other) => {
            let append = it.getattr(&other, &Rc::from("append"))?;
            call_from_py(it, &append, vec![x.clone()])?;
            Ok(())
        }
        None => {
            let l = it.list(vec![x.clone()]);
            memo_set(it, memo, key, l)
        }
    }
}

// ---- the memo ----

fn exact_dict(it: &Interp, v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o) if Rc::ptr_eq(&o.class(), &it.t.dict) => Some(o.clone()),
        _ => None,
    }
}

/// `memo.get(key, _nil)`.
fn memo_get(it: &mut Interp, memo: &Value, key: &Value, nil: &Value) -> PyResult<Value> {
    if let Some(d) = exact_dict(it, memo) {
        return Ok(it.dict_get(&d, key)?.unwrap_or_else(|| nil.clone()));
    }
    let get = it.getattr(memo, &Rc::from("get"))?;
    call_from_py(it, &get, vec![key.clone(), nil.clone()])
}

/// `memo[key] = value`.
fn memo_set(it: &mut Interp, memo: &Value, key: Value, value: Value) -> PyResult<()> {
    it.setitem(memo, key, value)
}

/// `memo[key]`, `None` for a KeyError.
fn memo_lookup(it: &mut Interp, memo: &Value, key: Value) -> PyResult<Option<Value>> {
    if let Some(d) = exact_dict(it, memo) {
        return it.dict_get(&d, &key);
    }
    match it.getitem(memo, &key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if it.is_exc(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `id(v)`, a builtin call.
fn id_of(it: &mut Interp, v: &Value) -> PyResult<Value> {
    c_call(it, |it| Ok(Value::int(super::builtins::object_address(it, v))))
}

// ---- the shared steps ----

/// Looking `cls` up in a dict (`_copy_dispatch.get(cls)`) hashes it: a metaclass's `__hash__`
/// runs, and a metaclass that defines `__eq__` alone makes its classes unhashable.
fn dispatch_hash(it: &mut Interp, cls: &ObjRef) -> PyResult<()> {
    if Rc::ptr_eq(&cls.class(), &it.t.type_) {
        return Ok(());
    }
    let cls = Value::Obj(cls.clone());
    c_call(it, |it| it.hash(&cls).map(|_| ()))
}

/// `copyreg.dispatch_table.get(cls)`.
fn table_get(it: &mut Interp, cls: &ObjRef) -> PyResult<Option<Value>> {
    let table = super::reduce::dispatch_table(it);
    let cls = Value::Obj(cls.clone());
    c_call(it, |it| it.dict_get(&table, &cls))
}

/// `isinstance(rv, str)`: a reduction that is a string names a global, and copy returns the
/// object itself.
fn is_str(it: &mut Interp, rv: &Value) -> PyResult<bool> {
    let str_ = it.t.str_.clone();
    c_call(it, |it| it.instance_check(rv, &str_))
}

/// `x.__reduce_ex__(4)`, or `x.__reduce__()` when `__reduce_ex__` is None; `Error` when both
/// are missing.
fn reduce_value(it: &mut Interp, x: &Value, cls: &ObjRef, kind: &str) -> PyResult<Value> {
    let reductor = c_call(it, |it| it.getattr_opt(x, "__reduce_ex__"))?;
    if let Some(r) = reductor.filter(|r| !r.is_none()) {
        return call_from_py(it, &r, vec![Value::int(4)]);
    }
    let reductor = c_call(it, |it| it.getattr_opt(x, "__reduce__"))?;
    if let Some(r) = reductor {
        if it.truthy(&r)? {
            return call_from_py(it, &r, vec![]);
        }
    }
    let cls = it.str_of(&Value::Obj(cls.clone()))?;
    let Some(error) = it.copy.error.clone() else {
        return it.type_error(format!("un({kind})copyable object of type {cls}"));
    };
    let args = it.tuple(vec![Value::str(&format!("un({kind})copyable object of type {cls}"))]);
    Err(Unwind::exception(it.new_exc_obj(&error, args)))
}

/// A call from `copy.py`: a builtin one (a C method) takes a level of the recursion limit;
/// a Python function's frame takes its own, and calling a class counts itself.
fn call_from_py(it: &mut Interp, f: &Value, args: Vec<Value>) -> PyResult<Value> {
    let python = match f {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) | Payload::Class(_) => true,
            Payload::BoundMethod { func: Value::Obj(g), .. } => {
                matches!(g.payload, Payload::Function(_)) || is_python_helper(g)
            }
            _ => is_python_helper(o),
        },
        _ => false,
    };
    if python {
        it.call(f, args, vec![])
    } else {
        c_call(it, |it| it.call(f, args, vec![]))
    }
}

/// `_reconstruct(x, memo, *rv)`: the reduction's parts are its arguments, with Python's
/// errors when there are too few or too many.
fn reconstruct_rv(it: &mut Interp, x: &Value, memo: Option<&Value>, rv: Value) -> PyResult<Value> {
    if !it.is_iterable(&rv) {
        let tn = it.type_name(&rv);
        return it.type_error(format!("Value after * must be an iterable, not {tn}"));
    }
    let parts = it.collect(&rv)?;
    if parts.len() < 2 {
        let missing: Vec<Rc<str>> = ["func", "args"][parts.len()..].iter().map(|n| Rc::from(*n)).collect();
        return it.missing_args("_reconstruct", "positional", &missing);
    }
    if parts.len() > 5 {
        return it.type_error(too_many_positional_msg("_reconstruct", 7, 3, parts.len() + 2, 0));
    }
    let mut parts = parts.into_iter();
    let mut next = || parts.next().unwrap_or(Value::None);
    let (func, args, state, listiter, dictiter) = (next(), next(), next(), next(), next());
    let r = Reduction { func, args, state, listiter, dictiter };
    py_frame(it, |it| traced(it, "copy._reconstruct", x, |it| reconstruct(it, x, memo, r)))
}

/// What a `__reduce_ex__` returned, padded with Nones.
struct Reduction {
    func: Value,
    args: Value,
    state: Value,
    listiter: Value,
    dictiter: Value,
}

fn reconstruct(it: &mut Interp, x: &Value, memo: Option<&Value>, r: Reduction) -> PyResult<Value> {
    let argv = match memo {
        Some(memo) if it.truthy(&r.args)? => {
            // `args = (deepcopy(arg, memo) for arg in args)`: `iter(args)` now, the copies in
            // the generator's frame while `func(*args)` unpacks it.
            let items = it.iter(&r.args)?;
            py_frame(it, |it| {
                let mut out = Vec::new();
                while let Some(a) = it.next(&items)? {
                    out.push(deepcopy_part(it, a, memo)?);
                }
                Ok(out)
            })?
        }
        _ => star_args(it, &r.func, &r.args)?,
    };
    let y = call_from_py(it, &r.func, argv)?;
    if let Some(memo) = memo {
        let key = id_of(it, x)?;
        memo_set(it, memo, key, y.clone())?;
    }
    if !r.state.is_none() {
        let state = match memo {
            Some(memo) => deepcopy_part(it, r.state, memo)?,
            None => r.state,
        };
        set_state(it, &y, state)?;
    }
    if !r.listiter.is_none() {
        let items = it.iter(&r.listiter)?;
        while let Some(item) = it.next(&items)? {
            let item = match memo {
                Some(memo) => deepcopy_part(it, item, memo)?,
                None => item,
            };
            let append = it.getattr(&y, &Rc::from("append"))?;
            call_from_py(it, &append, vec![item])?;
        }
    }
    if !r.dictiter.is_none() {
        let items = it.iter(&r.dictiter)?;
        while let Some(pair) = it.next(&items)? {
            let (mut key, mut value) = unpack_pair(it, &pair)?;
            if let Some(memo) = memo {
                key = deepcopy_part(it, key, memo)?;
                value = deepcopy_part(it, value, memo)?;
            }
            it.setitem(&y, key, value)?;
        }
    }
    Ok(y)
}

/// `y.__setstate__(state)` if `y` has one; else `state` is the `__dict__`'s items, or a
/// `(dict, slots)` pair whose slots are set with `setattr`.
fn set_state(it: &mut Interp, y: &Value, state: Value) -> PyResult<()> {
    let setstate: Rc<str> = Rc::from("__setstate__");
    if c_call(it, |it| it.hasattr(y, &setstate))? {
        let m = it.getattr(y, &setstate)?;
        call_from_py(it, &m, vec![state])?;
        return Ok(());
    }
    let tuple = it.t.tuple.clone();
    let pair = c_call(it, |it| it.instance_check(&state, &tuple))? && c_call(it, |it| it.len(&state))? == 2;
    let (state, slotstate) = if pair { unpack_pair(it, &state)? } else { (state, Value::None) };
    if !state.is_none() {
        let dict = it.getattr(y, &Rc::from("__dict__"))?;
        let update = it.getattr(&dict, &Rc::from("update"))?;
        call_from_py(it, &update, vec![state])?;
    }
    if !slotstate.is_none() {
        let items = it.getattr(&slotstate, &Rc::from("items"))?;
        let items = call_from_py(it, &items, vec![])?;
        let items = it.iter(&items)?;
        while let Some(pair) = it.next(&items)? {
            let (key, value) = unpack_pair(it, &pair)?;
            let Value::Str(name) = &key else {
                let tn = it.type_name(&key);
                return it.type_error(format!("attribute name must be string, not '{tn}'"));
            };
            c_call(it, |it| it.setattr(y, name, value))?;
        }
    }
    Ok(())
}

/// `a, b = v`.
fn unpack_pair(it: &mut Interp, v: &Value) -> PyResult<(Value, Value)> {
    let items = it.unpack_iterable(v)?;
    match <[Value; 2]>::try_from(items) {
        Ok([a, b]) => Ok((a, b)),
        Err(items) if items.len() < 2 => {
            it.value_error(format!("not enough values to unpack (expected 2, got {})", items.len()))
        }
        Err(_) => it.value_error("too many values to unpack (expected 2)"),
    }
}
