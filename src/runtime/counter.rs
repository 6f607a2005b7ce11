//! `collections.Counter`: a dict subclass counting hashable items, whose `__missing__`
//! answers 0 for an item never seen.
//!
//! CPython writes it in Python (`Lib/collections/__init__.py`), so it is a plain class whose
//! methods look everything up on `self` (`self.update`, `self.get`, `self[elem]`): a subclass
//! that overrides one of them sees it called. The methods here are native but make the same
//! lookups and operator calls in the same order, so the user code they reach (an element's
//! `__hash__`/`__eq__`, a count's `__add__`, an override) runs as under CPython. Only counting
//! an iterable uses the C helper `_count_elements`, which hashes each element once.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, make_class, method, positional, traced};
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// Per-run state: the class, which `+`, `-`, `|`, `&` make their results of.
#[derive(Default)]
pub struct CounterState {
    class: Option<ObjRef>,
}

/// The `Counter` class.
pub fn build(it: &mut Interp) -> PyResult<Value> {
    use BuiltinKind::{ClassMethod, Method};
    let table: [(&'static str, super::function::NativeFn, BuiltinKind); 29] = [
        ("__init__", c_init, Method),
        ("__missing__", c_missing, Method),
        ("total", c_total, Method),
        ("most_common", c_most_common, Method),
        ("elements", c_elements, Method),
        ("fromkeys", c_fromkeys, ClassMethod),
        ("update", c_update, Method),
        ("subtract", c_subtract, Method),
        ("copy", c_copy, Method),
        ("__reduce__", c_reduce, Method),
        ("__delitem__", c_delitem, Method),
        ("__repr__", c_repr, Method),
        ("__eq__", c_eq, Method),
        ("__ne__", c_ne, Method),
        ("__le__", c_le, Method),
        ("__lt__", c_lt, Method),
        ("__ge__", c_ge, Method),
        ("__gt__", c_gt, Method),
        ("__add__", c_add, Method),
        ("__sub__", c_sub, Method),
        ("__or__", c_or, Method),
        ("__and__", c_and, Method),
        ("__pos__", c_pos, Method),
        ("__neg__", c_neg, Method),
        ("_keep_positive", c_keep_positive, Method),
        ("__iadd__", c_iadd, Method),
        ("__isub__", c_isub, Method),
        ("__ior__", c_ior, Method),
        ("__iand__", c_iand, Method),
    ];
    let entries: Vec<(&str, Value)> =
        table.into_iter().map(|(name, f, kind)| method(it, "Counter", name, f, kind)).collect();
    let dict = Value::Obj(it.t.dict.clone());
    let cls = make_class(it, "Counter", "collections", vec![dict], entries)?;
    it.collections.counter.class = cls.as_obj().cloned();
    Ok(cls)
}

/// `isinstance(v, Counter)`.
fn is_counter(it: &Interp, v: &Value) -> bool {
    it.collections.counter.class.as_ref().is_some_and(|c| it.is_instance(v, c))
}

/// `Counter()`: the results of the operators are plain counters, whatever `self` is.
fn new_counter(it: &mut Interp) -> PyResult<Value> {
    match it.collections.counter.class.clone() {
        Some(c) => it.call(&Value::Obj(c), vec![], vec![]),
        None => Ok(Value::None),
    }
}

fn call_method(it: &mut Interp, obj: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let m = it.getattr(obj, &Rc::from(name))?;
    it.call(&m, args, kwargs)
}

/// `for a, b in v.items()`: the pairs, unpacked as a `for` target does.
fn items_of(it: &mut Interp, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    let items = call_method(it, v, "items", vec![], vec![])?;
    let mut out = Vec::new();
    for item in it.collect(&items)? {
        let pair = it.unpack_iterable(&item)?;
        let mut pair = it.unpack_to(pair, 2, None)?.into_iter();
        if let (Some(a), Some(b)) = (pair.next(), pair.next()) {
            out.push((a, b));
        }
    }
    Ok(out)
}

fn cmp(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = it.compare(op, a, b)?;
    it.truthy(&r)
}

fn zero() -> Value {
    Value::int(0)
}

/// `(self, other)` of a binary method, with a Python function's argument errors.
fn pair(it: &mut Interp, args: Vec<Value>, kwargs: &Kwargs, name: &str) -> PyResult<(Value, Value)> {
    super::builtins::no_kwargs(it, name, kwargs)?;
    positional(it, &format!("Counter.{name}"), &["self", "other"], &args)?;
    let mut a = args.into_iter();
    Ok((a.next().unwrap_or(Value::None), a.next().unwrap_or(Value::None)))
}

fn only_self(it: &mut Interp, args: Vec<Value>, kwargs: &Kwargs, name: &str) -> PyResult<Value> {
    super::builtins::no_kwargs(it, name, kwargs)?;
    positional(it, &format!("Counter.{name}"), &["self"], &args)?;
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

/// `self` and the optional positional-only argument of `__init__`, `update`, `subtract`.
fn self_and_iterable(it: &mut Interp, args: Vec<Value>, name: &str) -> PyResult<(Value, Value)> {
    if args.len() > 2 {
        let msg = super::call::too_many_positional_msg(&format!("Counter.{name}"), 2, 1, args.len(), 0);
        return it.type_error(msg);
    }
    positional(it, &format!("Counter.{name}"), &["self"], &args[..args.len().min(1)])?;
    let mut a = args.into_iter();
    Ok((a.next().unwrap_or(Value::None), a.next().unwrap_or(Value::None)))
}

fn kwargs_dict(it: &mut Interp, kwargs: Kwargs) -> Value {
    let mut d = super::dict::DictData::new();
    for (k, v) in kwargs {
        d.set_str(k, v);
    }
    it.dict_from(d)
}

// ---- construction and counting ----

/// `Counter(iterable=None, /, **kwds)`: `self.update(iterable, **kwds)`.
fn c_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (this, iterable) = self_and_iterable(it, args, "__init__")?;
    call_method(it, &this, "update", vec![iterable], kwargs)?;
    Ok(Value::None)
}

/// `__missing__(key)`: 0, without storing it.
fn c_missing(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "__missing__", &kwargs)?;
    positional(it, "Counter.__missing__", &["self", "key"], &args)?;
    traced(it, "Counter.__missing__", arg(&args, 0), |_| Ok(zero()))
}

/// `update(iterable=None, /, **kwds)`: adds counts from a mapping, or counts an iterable.
fn c_update(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (this, iterable) = self_and_iterable(it, args, "update")?;
    if !iterable.is_none() {
        if it.as_dict_data(&iterable).is_some() {
            if it.truthy(&this)? {
                let get = it.getattr(&this, &Rc::from("get"))?;
                for (elem, count) in items_of(it, &iterable)? {
                    let old = it.call(&get, vec![elem.clone(), zero()], vec![])?;
                    let new = it.binary_op(BinOp::Add, count, old)?;
                    it.setitem(&this, elem, new)?;
                }
            } else if let Value::Obj(o) = &this {
                // `super().update(iterable)`: dict's own, which stores without `__setitem__`.
                let o = o.clone();
                super::builtins::dict_update_from(it, &o, &iterable)?;
            }
        } else {
            count_elements(it, &this, &iterable)?;
        }
    }
    if !kwargs.is_empty() {
        let d = kwargs_dict(it, kwargs);
        call_method(it, &this, "update", vec![d], vec![])?;
    }
    Ok(Value::None)
}

/// `_count_elements(mapping, iterable)` (C): with dict's own `get` and `__setitem__`, each
/// element is hashed once and stored directly; otherwise `mapping.get(elem, 0) + 1` is stored
/// with `mapping[elem] = ...`.
fn count_elements(it: &mut Interp, this: &Value, iterable: &Value) -> PyResult<()> {
    let iter = it.iter(iterable)?;
    let t = it.type_of(this);
    let plain = it.lookup_mro(&t, "get").is_some_and(|g| it.is_builtin_named(&g, "dict.get"))
        && it.lookup_mro(&t, "__setitem__").is_some_and(|s| it.is_builtin_named(&s, "dict.__setitem__"));
    match this {
        Value::Obj(o) if plain && o.dict_data().is_some() => {
            while let Some(key) = it.next(&iter)? {
                let h = it.hash(&key)?;
                let new = match it.dict_get_hashed(o, &key, h)? {
                    None => Value::int(1),
                    Some(old) => it.binary_op(BinOp::Add, old, Value::int(1))?,
                };
                it.dict_set_hashed(o, key, new, h)?;
            }
        }
        _ => {
            let get = it.getattr(this, &Rc::from("get"))?;
            while let Some(key) = it.next(&iter)? {
                let old = it.call(&get, vec![key.clone(), zero()], vec![])?;
                let new = it.binary_op(BinOp::Add, old, Value::int(1))?;
                it.setitem(this, key, new)?;
            }
        }
    }
    Ok(())
}

/// `subtract(iterable=None, /, **kwds)`: counts may go to zero and below.
fn c_subtract(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (this, iterable) = self_and_iterable(it, args, "subtract")?;
    if !iterable.is_none() {
        let get = it.getattr(&this, &Rc::from("get"))?;
        if it.as_dict_data(&iterable).is_some() {
            for (elem, count) in items_of(it, &iterable)? {
                let old = it.call(&get, vec![elem.clone(), zero()], vec![])?;
                let new = it.binary_op(BinOp::Sub, old, count)?;
                it.setitem(&this, elem, new)?;
            }
        } else {
            let iter = it.iter(&iterable)?;
            while let Some(elem) = it.next(&iter)? {
                let old = it.call(&get, vec![elem.clone(), zero()], vec![])?;
                let new = it.binary_op(BinOp::Sub, old, Value::int(1))?;
                it.setitem(&this, elem, new)?;
            }
        }
    }
    if !kwargs.is_empty() {
        let d = kwargs_dict(it, kwargs);
        call_method(it, &this, "subtract", vec![d], vec![])?;
    }
    Ok(Value::None)
}

/// `total()`: `sum(self.values())`.
fn c_total(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "total")?;
    let values = call_method(it, &this, "values", vec![], vec![])?;
    let iter = it.iter(&values)?;
    let mut acc = zero();
    while let Some(v) = it.next(&iter)? {
        acc = it.binary_op(BinOp::Add, acc, v)?;
    }
    Ok(acc)
}

/// `most_common(n=None)`: the `(elem, count)` pairs by count, largest first; equal counts
/// keep their insertion order. CPython sorts them (`sorted(..., reverse=True)`) or, given
/// `n`, runs `heapq.nlargest`: the same comparisons are made here, so counts of a class of the
/// program's see the same `__lt__`/`__gt__` calls.
fn c_most_common(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, n] = bind::<2>(it, "Counter.most_common", &["self", "n"], 1, &[], args, kwargs)?;
    let Some(this) = this else { return Ok(Value::None) };
    let pairs = call_method(it, &this, "items", vec![], vec![])?;
    let mut items = it.collect(&pairs)?;
    let mut keys = Vec::with_capacity(items.len());
    for item in &items {
        keys.push(it.getitem(item, &Value::int(1))?);
    }
    let Some(n) = n.filter(|n| !n.is_none()) else {
        it.sort_by_keys(&mut items, keys, true)?;
        return Ok(it.list(items));
    };
    // `heapq.nlargest(n, items, key=itemgetter(1))`.
    if it.eq(&n, &Value::int(1))? {
        // `max(items, key=...)`: the first largest, found with `>`.
        let mut best: Option<(Value, Value)> = None;
        for (item, key) in items.into_iter().zip(keys) {
            let better = match &best {
                None => true,
                Some((_, top)) => cmp(it, CmpOp::Gt, &key, top)?,
            };
            if better {
                best = Some((item, key));
            }
        }
        let top = best.map(|(item, _)| vec![item]).unwrap_or_default();
        return Ok(it.list(top));
    }
    let size = Value::int(items.len() as i64);
    if cmp(it, CmpOp::GtE, &n, &size)? {
        let n = it.index_value(&n, "slice indices must be integers or None or have an __index__ method")?;
        it.sort_by_keys(&mut items, keys, true)?;
        items.truncate(n.max(0) as usize);
        return Ok(it.list(items));
    }
    let neg = it.unary_op(UnaryOp::USub, n)?;
    let n = it.index_arg(&neg)?.saturating_neg();
    nlargest(it, n, items, keys)
}

/// `heapq.nlargest`'s general case: a min-heap of `(key, order, elem)` tuples holding the `n`
/// largest so far (`order` counts down, so that earlier items win ties), sorted at the end.
fn nlargest(it: &mut Interp, n: i64, items: Vec<Value>, keys: Vec<Value>) -> PyResult<Value> {
    let n = n.max(0) as usize;
    let mut pairs = items.into_iter().zip(keys);
    let mut heap: Vec<Value> = Vec::with_capacity(n);
    for (i, (item, key)) in pairs.by_ref().take(n).enumerate() {
        let t = it.tuple(vec![key, Value::int(-(i as i64)), item]);
        heap.push(t);
    }
    if heap.is_empty() {
        return Ok(it.list(heap));
    }
    for i in (0..heap.len() / 2).rev() {
        sift_up(it, &mut heap, i)?;
    }
    let first = |heap: &[Value], i: usize| heap.first().and_then(|t| t.as_obj()).and_then(|t| tuple_item(t, i));
    let mut top = first(&heap, 0).unwrap_or(Value::None);
    let mut order = -(n as i64);
    for (item, key) in pairs {
        if cmp(it, CmpOp::Lt, &top, &key)? {
            heap[0] = it.tuple(vec![key, Value::int(order), item]);
            sift_up(it, &mut heap, 0)?;
            top = first(&heap, 0).unwrap_or(Value::None);
            order -= 1;
        }
    }
    let sort_keys = heap.clone();
    it.sort_by_keys(&mut heap, sort_keys, true)?;
    let out = heap.iter().filter_map(|t| t.as_obj().and_then(|t| tuple_item(t, 2))).collect();
    Ok(it.list(out))
}

fn tuple_item(t: &ObjRef, i: usize) -> Option<Value> {
    match &t.payload {
        super::value::Payload::Tuple(items) => items.get(i).cloned(),
        _ => None,
    }
}

fn lt(it: &mut Interp, heap: &[Value], a: usize, b: usize) -> PyResult<bool> {
    let (x, y) = (heap[a].clone(), heap[b].clone());
    cmp(it, CmpOp::Lt, &x, &y)
}

/// `_heapq`'s `siftup`: the smaller child moves up until a leaf, then `siftdown`.
fn sift_up(it: &mut Interp, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
    let (start, end) = (pos, heap.len());
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !lt(it, heap, child, child + 1)? {
            child += 1;
        }
        heap.swap(child, pos);
        pos = child;
    }
    sift_down(it, heap, start, pos)
}

/// `_heapq`'s `siftdown`: the item at `pos` moves up past the parents it is smaller than.
fn sift_down(it: &mut Interp, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !lt(it, heap, pos, parent)? {
            break;
        }
        heap.swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// `elements()`: each element repeated as often as its count says (none for counts below 1),
/// lazily, as CPython's `chain.from_iterable(starmap(repeat, self.items()))`.
fn c_elements(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "elements")?;
    let items = call_method(it, &this, "items", vec![], vec![])?;
    let pairs = it.iter(&items)?;
    Ok(it.new_iter("iterator", IterState::Elements { pairs, elem: Value::None, left: 0 }))
}

/// The next element of an `elements()` iterator.
pub fn elements_next(it: &mut Interp, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    loop {
        let pairs = {
            let mut st = state.borrow_mut();
            let IterState::Elements { pairs, elem, left } = &mut *st else { return Ok(None) };
            if *left > 0 {
                *left -= 1;
                return Ok(Some(elem.clone()));
            }
            pairs.clone()
        };
        let Some(pair) = it.next(&pairs)? else { return Ok(None) };
        // `starmap(repeat, ...)`: `repeat(*pair)`, whose count is an index.
        let args = it.unpack_iterable(&pair)?;
        let mut args = args.into_iter();
        let (elem, n) = match (args.next(), args.next(), args.len()) {
            (Some(e), Some(c), 0) => {
                let n = it.index_arg(&c)?;
                (e, n)
            }
            // `repeat(elem)` never ends.
            (Some(e), None, _) => (e, i64::MAX),
            (None, _, _) => return it.type_error("repeat() missing required argument 'object' (pos 1)"),
            (_, _, more) => return it.type_error(format!("repeat() takes at most 2 arguments ({} given)", more + 2)),
        };
        if let IterState::Elements { elem: e, left, .. } = &mut *state.borrow_mut() {
            *e = elem;
            *left = n.max(0);
        }
    }
}

fn c_fromkeys(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    it.err("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
}

/// `copy()`: `self.__class__(self)`.
fn c_copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "copy")?;
    let cls = it.getattr(&this, &Rc::from("__class__"))?;
    it.call(&cls, vec![this], vec![])
}

/// `__reduce__()`: `(self.__class__, (dict(self),))`.
fn c_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "__reduce__")?;
    let cls = it.getattr(&this, &Rc::from("__class__"))?;
    let dict = Value::Obj(it.t.dict.clone());
    let plain = it.call(&dict, vec![this], vec![])?;
    let inner = it.tuple(vec![plain]);
    Ok(it.tuple(vec![cls, inner]))
}

/// `del c[elem]`: no KeyError for an element not counted.
fn c_delitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (this, elem) = pair(it, args, &kwargs, "__delitem__")?;
    if it.contains(&this, &elem)? {
        if let Value::Obj(o) = &this {
            let o = o.clone();
            if it.dict_del(&o, &elem)?.is_none() {
                return it.key_error(elem);
            }
        }
    }
    Ok(Value::None)
}

/// `Counter({'a': 2, 'b': 1})`, most common first; `Counter()` when empty.
fn c_repr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "__repr__")?;
    let cls = it.getattr(&this, &Rc::from("__class__"))?;
    let name = it.getattr(&cls, &Rc::from("__name__"))?;
    let name = it.str_of(&name)?;
    if !it.truthy(&this)? {
        return Ok(Value::str(&format!("{name}()")));
    }
    let dict = Value::Obj(it.t.dict.clone());
    let d = match call_method(it, &this, "most_common", vec![], vec![]) {
        Ok(pairs) => it.call(&dict, vec![pairs], vec![]),
        Err(e) => Err(e),
    };
    let d = match d {
        Ok(d) => d,
        Err(e) if it.is_exc(&e, "TypeError") => it.call(&dict, vec![this.clone()], vec![])?,
        Err(e) => return Err(e),
    };
    let r = it.repr(&d)?;
    Ok(Value::str(&format!("{name}({r})")))
}

// ---- comparison ----

/// `all(self[e] <op> other[e] for c in (self, other) for e in c)`.
fn all_counts(it: &mut Interp, this: &Value, other: &Value, op: CmpOp) -> PyResult<bool> {
    for c in [this, other] {
        let iter = it.iter(c)?;
        while let Some(e) = it.next(&iter)? {
            let a = it.getitem(this, &e)?;
            let b = it.getitem(other, &e)?;
            if !cmp(it, op, &a, &b)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn compare(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, op: CmpOp) -> PyResult<Value> {
    let (this, other) = pair(it, args, &kwargs, name)?;
    if !is_counter(it, &other) {
        return Ok(it.not_implemented());
    }
    let r = match op {
        CmpOp::Eq | CmpOp::LtE | CmpOp::GtE => all_counts(it, &this, &other, op)?,
        CmpOp::NotEq => !cmp(it, CmpOp::Eq, &this, &other)?,
        // `self <= other and self != other`, and the same with `>=`.
        _ => {
            let wide = if op == CmpOp::Lt { CmpOp::LtE } else { CmpOp::GtE };
            cmp(it, wide, &this, &other)? && cmp(it, CmpOp::NotEq, &this, &other)?
        }
    };
    Ok(Value::Bool(r))
}

fn c_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__eq__", CmpOp::Eq)
}
fn c_ne(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__ne__", CmpOp::NotEq)
}
fn c_le(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__le__", CmpOp::LtE)
}
fn c_lt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__lt__", CmpOp::Lt)
}
fn c_ge(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__ge__", CmpOp::GtE)
}
fn c_gt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, "__gt__", CmpOp::Gt)
}

// ---- multiset arithmetic ----

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Or,
    And,
}

/// `self + other`, `-`, `|`, `&` between counters: a new `Counter` of the positive results.
fn combine(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, op: Op) -> PyResult<Value> {
    let (this, other) = pair(it, args, &kwargs, name)?;
    if !is_counter(it, &other) {
        return Ok(it.not_implemented());
    }
    let result = new_counter(it)?;
    for (elem, count) in items_of(it, &this)? {
        let theirs = it.getitem(&other, &elem)?;
        let new = match op {
            Op::Add => it.binary_op(BinOp::Add, count, theirs)?,
            Op::Sub => it.binary_op(BinOp::Sub, count, theirs)?,
            Op::Or => {
                if cmp(it, CmpOp::Lt, &count, &theirs)? {
                    theirs
                } else {
                    count
                }
            }
            Op::And => {
                if cmp(it, CmpOp::Lt, &count, &theirs)? {
                    count
                } else {
                    theirs
                }
            }
        };
        if cmp(it, CmpOp::Gt, &new, &zero())? {
            it.setitem(&result, elem, new)?;
        }
    }
    if op != Op::And {
        for (elem, count) in items_of(it, &other)? {
            if it.contains(&this, &elem)? {
                continue;
            }
            keep_signed(it, &result, elem, count, op == Op::Sub)?;
        }
    }
    Ok(result)
}

fn c_add(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    combine(it, args, kwargs, "__add__", Op::Add)
}
fn c_sub(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    combine(it, args, kwargs, "__sub__", Op::Sub)
}
fn c_or(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    combine(it, args, kwargs, "__or__", Op::Or)
}
fn c_and(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    combine(it, args, kwargs, "__and__", Op::And)
}

/// `+c` keeps the positive counts, `-c` the negative ones with their sign flipped.
fn sign(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, negative: bool) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, name)?;
    let result = new_counter(it)?;
    for (elem, count) in items_of(it, &this)? {
        keep_signed(it, &result, elem, count, negative)?;
    }
    Ok(result)
}

/// Stores a positive `count` in `result`, or with `negative` a negative one with its sign
/// flipped (`0 - count`, as `Counter`'s code writes it).
fn keep_signed(it: &mut Interp, result: &Value, elem: Value, count: Value, negative: bool) -> PyResult<()> {
    if negative {
        if cmp(it, CmpOp::Lt, &count, &zero())? {
            let flipped = it.binary_op(BinOp::Sub, zero(), count)?;
            it.setitem(result, elem, flipped)?;
        }
    } else if cmp(it, CmpOp::Gt, &count, &zero())? {
        it.setitem(result, elem, count)?;
    }
    Ok(())
}

fn c_pos(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    sign(it, args, kwargs, "__pos__", false)
}
fn c_neg(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    sign(it, args, kwargs, "__neg__", true)
}

/// `_keep_positive()`: deletes the counts that are not above zero, returns `self`.
fn c_keep_positive(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = only_self(it, args, &kwargs, "_keep_positive")?;
    let mut nonpositive = Vec::new();
    for (elem, count) in items_of(it, &this)? {
        if !cmp(it, CmpOp::Gt, &count, &zero())? {
            nonpositive.push(elem);
        }
    }
    for elem in nonpositive {
        it.delitem(&this, elem)?;
    }
    Ok(this)
}

/// `c += other` and the others in place: update `self` from `other.items()` (for `&=`, from
/// `self.items()`), then `self._keep_positive()`.
fn in_place(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, op: Op) -> PyResult<Value> {
    let (this, other) = pair(it, args, &kwargs, name)?;
    match op {
        Op::Add | Op::Sub => {
            let bin = if op == Op::Add { BinOp::Add } else { BinOp::Sub };
            for (elem, count) in items_of(it, &other)? {
                let mine = it.getitem(&this, &elem)?;
                let new = it.inplace_op(bin, mine, count)?;
                it.setitem(&this, elem, new)?;
            }
        }
        Op::Or => {
            for (elem, theirs) in items_of(it, &other)? {
                let mine = it.getitem(&this, &elem)?;
                if cmp(it, CmpOp::Gt, &theirs, &mine)? {
                    it.setitem(&this, elem, theirs)?;
                }
            }
        }
        Op::And => {
            for (elem, mine) in items_of(it, &this)? {
                let theirs = it.getitem(&other, &elem)?;
                if cmp(it, CmpOp::Lt, &theirs, &mine)? {
                    it.setitem(&this, elem, theirs)?;
                }
            }
        }
    }
    call_method(it, &this, "_keep_positive", vec![], vec![])
}

fn c_iadd(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    in_place(it, args, kwargs, "__iadd__", Op::Add)
}
fn c_isub(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    in_place(it, args, kwargs, "__isub__", Op::Sub)
}
fn c_ior(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    in_place(it, args, kwargs, "__ior__", Op::Or)
}
fn c_iand(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    in_place(it, args, kwargs, "__iand__", Op::And)
}
