//! What `WeakValueDictionary`, `WeakKeyDictionary` (`weak_dicts`) and `WeakSet` (`weak_set`)
//! share. In CPython they are Python classes (`Lib/weakref.py`, `Lib/_weakrefset.py`): a plain
//! dict or set (`data`) of weak references whose shared callback (`_remove`) takes an entry
//! out when its referent dies; while one of the container's generators runs (the iteration
//! guard), those removals wait in a list (`_pending_removals`) so that `data` does not change
//! size under it, and the next method call, or the last generator finishing, commits them.
//!
//! Here the state is a payload, but `data` is a real dict or set of real `weakref.ref`s,
//! driven step by step as the Python code drives it: a key's `__hash__` and `__eq__` run
//! where CPython's do (a reference hashes its referent once and remembers it), and an entry
//! goes when its reference's callback runs, after the referent's `__del__`, as in CPython.

use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::refcell::RefCell;
use super::value::{DictIterKind, IterState, ObjRef, Payload, Value};
use super::PyResult;
use std::cell::Cell;
use std::rc::Rc;

/// Which container: the weak side is the values, the keys, or the elements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Values,
    Keys,
    Set,
}

/// The classes native code makes instances of (`copy()` makes the base class's).
#[derive(Default)]
pub struct Classes {
    pub(super) keyed_ref: Option<ObjRef>,
    pub(super) value_dict: Option<ObjRef>,
    pub(super) key_dict: Option<ObjRef>,
}

/// A weak container's state: the attributes CPython's `__init__` sets.
pub struct WeakColl {
    pub(super) kind: Kind,
    /// `self.data`: key → `KeyedRef`, `ref` → value, or a set of `ref`s.
    data: RefCell<ObjRef>,
    /// `self._remove`: the callback of the container's references, holding it weakly.
    remove: RefCell<Value>,
    /// `_commit(selfref)`, for a generator closed where no code can run (`WeakIter::drop`).
    commit_later: RefCell<Value>,
    /// `self._pending_removals`: keys (dead references for weak keys and sets) to remove.
    pending: RefCell<Vec<Value>>,
    /// How many generators are inside `_IterationGuard` (`len(self._iterating)`).
    iterating: Cell<usize>,
    /// `WeakKeyDictionary._dirty_len`: an entry was removed explicitly since the last `len()`.
    pub(super) dirty_len: Cell<bool>,
}

impl WeakColl {
    pub(super) fn data(&self) -> ObjRef {
        self.data.borrow().clone()
    }

    pub(super) fn remove(&self) -> Value {
        self.remove.borrow().clone()
    }

    pub(super) fn pending_len(&self) -> usize {
        self.pending.borrow().len()
    }

    /// What the collector follows (`gc::children`).
    pub(super) fn children(&self, v: &mut dyn FnMut(&Value)) {
        v(&Value::Obj(self.data()));
        v(&self.remove.borrow());
        v(&self.commit_later.borrow());
        self.pending.borrow().iter().for_each(v);
    }

    /// Breaks what the container holds (`heap::clear_object`); `data` is a dict or set that
    /// the heap clears itself.
    pub(super) fn clear(&self) {
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        let remove = std::mem::replace(&mut *self.remove.borrow_mut(), Value::None);
        let later = std::mem::replace(&mut *self.commit_later.borrow_mut(), Value::None);
        drop((pending, remove, later));
    }

    /// `WeakKeyDictionary._scrub_removals`: forgets pending keys no longer in `data`.
    pub(super) fn set_pending(&self, pending: Vec<Value>) {
        let old = std::mem::replace(&mut *self.pending.borrow_mut(), pending);
        drop(old);
    }

    pub(super) fn pending(&self) -> Vec<Value> {
        self.pending.borrow().clone()
    }
}

/// Makes the module's classes: `KeyedRef`, the two dictionaries and `WeakSet`.
pub fn classes(it: &mut Interp, ref_class: Value) -> PyResult<Vec<(&'static str, Value)>> {
    let generator = it.t.iter_type("generator");
    super::methods::reg_sig(it, &generator, "close", BuiltinKind::Method, super::function::Sig::NoArgs, close);
    let mut out = super::weak_dicts::classes(it, ref_class)?;
    out.push(("WeakSet", super::weak_set::class(it)?));
    Ok(out)
}

/// Runs the `__del__`s and callbacks of objects that died before this step: in CPython they
/// ran at once, so the container already lost their entries.
fn settle(it: &mut Interp) {
    if super::generator::has_pending_close() {
        it.run_pending_closes();
    }
}

/// The container `v` is, if it is one of `kind` (after `settle`).
pub(super) fn this<'a>(it: &mut Interp, v: &'a Value, kind: Kind) -> PyResult<&'a WeakColl> {
    settle(it);
    if let Value::Obj(o) = v {
        if let Payload::WeakColl(c) = &o.payload {
            if c.kind == kind {
                return Ok(c);
            }
        }
    }
    let tn = it.type_name(v);
    it.attr_error(format!("'{tn}' object has no attribute 'data'"))
}

/// An empty `data` for a container of `kind`.
fn empty_data(it: &mut Interp, kind: Kind) -> ObjRef {
    match kind {
        Kind::Set => match it.set_from(super::dict::DictData::new_set()) {
            Value::Obj(o) => o,
            _ => it.new_dict_obj(),
        },
        _ => it.new_dict_obj(),
    }
}

/// `cls.__new__(cls, ...)`: an instance with empty state (its `__init__` fills it).
pub(super) fn new_instance(it: &mut Interp, args: &[Value], kind: Kind) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.is_class() => c.clone(),
        _ => return it.type_error("__new__(X): X is not a type object"),
    };
    let data = empty_data(it, kind);
    let state = WeakColl {
        kind,
        data: RefCell::new(data),
        remove: RefCell::new(Value::None),
        commit_later: RefCell::new(Value::None),
        pending: RefCell::new(Vec::new()),
        iterating: Cell::new(0),
        dirty_len: Cell::new(false),
    };
    let me = it.alloc_instance(&cls, Payload::WeakColl(Box::new(state)));
    // `_remove(wr, selfref=ref(self))`: the container only through a weak reference, so that
    // its own references do not keep it alive.
    let selfref = super::weakref::new_ref(it, &Value::Obj(me.clone()), Value::None)?;
    let func = it.builtin_fn("_remove", "_remove", remove_callback, BuiltinKind::Function);
    let remove = it.bound_method(func, Value::Obj(selfref));
    let later = it.builtin_fn("_commit_removals", "_commit_removals", commit_callback, BuiltinKind::Function);
    if let Payload::WeakColl(c) = &me.payload {
        *c.remove.borrow_mut() = remove;
        *c.commit_later.borrow_mut() = later;
    }
    Ok(Value::Obj(me))
}

/// The start of `__init__`: a new `data`, nothing pending, no generator inside the guard.
pub(super) fn reset(it: &mut Interp, c: &WeakColl) {
    let data = empty_data(it, c.kind);
    let old = std::mem::replace(&mut *c.data.borrow_mut(), data);
    let pending = std::mem::take(&mut *c.pending.borrow_mut());
    c.iterating.set(0);
    c.dirty_len.set(false);
    drop((old, pending));
}

/// `obj.name(*args)`, looked up as Python code's `self.name` is (a subclass may override it).
pub(super) fn call_method(it: &mut Interp, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = it.getattr(obj, &Rc::from(name))?;
    it.call(&f, args, Vec::new())
}

/// `ref(v, callback)`: CPython's TypeError for what cannot be weakly referenced.
pub(super) fn weak(it: &mut Interp, v: &Value, callback: Value) -> PyResult<Value> {
    super::weakref::new_ref(it, v, callback).map(Value::Obj)
}

/// `wr()`: the referent of a reference in `data`, or None.
pub(super) fn deref(it: &mut Interp, wr: &Value) -> PyResult<Option<Value>> {
    let v = match super::weakref::referent(wr) {
        Some(r) => r.map(Value::Obj),
        None => Some(it.call(wr, Vec::new(), Vec::new())?).filter(|v| !v.is_none()),
    };
    Ok(v)
}

/// `if self._pending_removals: self._commit_removals()`.
pub(super) fn commit(it: &mut Interp, c: &WeakColl) -> PyResult<()> {
    loop {
        let key = c.pending.try_borrow_mut().ok().and_then(|mut p| p.pop());
        let Some(key) = key else { return Ok(()) };
        let data = c.data();
        match c.kind {
            Kind::Values => remove_dead(it, &data, &key)?,
            // A dead reference hashes as it did alive and equals only itself: no user code.
            Kind::Keys | Kind::Set => drop(it.dict_del(&data, &key)?),
        }
    }
}

/// `_remove_dead_weakref(d, key)`: deletes `d[key]` if it is a dead reference (one hash, one
/// lookup); a missing key is fine.
fn remove_dead(it: &mut Interp, data: &ObjRef, key: &Value) -> PyResult<()> {
    let h = it.hash(key)?;
    let Some(d) = data.dict_data() else { return Ok(()) };
    let Some(ix) = it.find_in(d, h, key)? else { return Ok(()) };
    let dead = d.borrow().entry(ix).is_some_and(|e| matches!(super::weakref::referent(&e.value), Some(None)));
    if dead {
        let gone = d.borrow_mut().remove_at(ix);
        drop(gone);
    }
    Ok(())
}

/// The shared callback, `_remove(selfref, wr)`: takes the dead entry out, or leaves it for
/// later while a generator is inside the guard.
fn remove_callback(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (Some(selfref), Some(wr)) = (args.first(), args.get(1)) else { return Ok(Value::None) };
    let Some(Some(me)) = super::weakref::referent(selfref) else { return Ok(Value::None) };
    let Payload::WeakColl(c) = &me.payload else { return Ok(Value::None) };
    let entry = match c.kind {
        Kind::Values => it.getattr(wr, &Rc::from("key"))?,
        Kind::Keys | Kind::Set => wr.clone(),
    };
    if c.iterating.get() > 0 {
        if let Ok(mut p) = c.pending.try_borrow_mut() {
            p.push(entry);
        }
        return Ok(Value::None);
    }
    let data = c.data();
    match c.kind {
        Kind::Values => remove_dead(it, &data, &entry)?,
        Kind::Keys | Kind::Set => drop(it.dict_del(&data, &entry)?),
    }
    Ok(Value::None)
}

/// `_commit(selfref)`: the removals a closed generator left, at the next safe point, unless
/// another generator entered the guard meanwhile.
fn commit_callback(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Some(me)) = args.first().and_then(super::weakref::referent) else { return Ok(Value::None) };
    if let Payload::WeakColl(c) = &me.payload {
        if c.iterating.get() == 0 {
            commit(it, c)?;
        }
    }
    Ok(Value::None)
}

/// `with _IterationGuard(self): body`, for `copy()`.
pub(super) fn guarded<T>(it: &mut Interp, c: &WeakColl, body: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    c.iterating.set(c.iterating.get() + 1);
    let r = body(it);
    // An exception of `__exit__` replaces the body's.
    leave_guard(it, c)?;
    r
}

/// `_IterationGuard.__exit__`: the last one out commits the removals.
fn leave_guard(it: &mut Interp, c: &WeakColl) -> PyResult<()> {
    let n = c.iterating.get().saturating_sub(1);
    c.iterating.set(n);
    if n == 0 {
        commit(it, c)?;
    }
    Ok(())
}

/// Which generator of the container.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    Keys,
    Values,
    Items,
    /// `WeakValueDictionary.itervaluerefs()`.
    ValueRefs,
}

/// A generator of a weak container (`keys()`, `__iter__`, ...): it starts when first asked
/// (a `WeakValueDictionary` commits its removals then), enters the guard, walks `data` with
/// a dict or set iterator (which notices `data` changing size), and between steps keeps what
/// the Python generator's locals keep (the last item).
pub struct WeakIter {
    coll: ObjRef,
    kind: IterKind,
    inner: Option<Value>,
    guarded: bool,
    done: bool,
    held: Value,
}

/// `self.keys()` and the like: a generator not started yet.
pub(super) fn iterate(it: &mut Interp, me: &Value, kind: IterKind) -> Value {
    let Value::Obj(coll) = me else { return Value::None };
    let w = WeakIter { coll: coll.clone(), kind, inner: None, guarded: false, done: false, held: Value::None };
    it.new_iter("generator", IterState::Weak(Box::new(w)))
}

/// A generator's next item (`iter::next`).
pub(super) fn next(it: &mut Interp, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    settle(it);
    let (coll, kind, inner) = match &*state.borrow() {
        IterState::Weak(w) if !w.done => (w.coll.clone(), w.kind, w.inner.clone()),
        _ => return Ok(None),
    };
    let Payload::WeakColl(c) = &coll.payload else { return Ok(None) };
    let inner = match inner {
        Some(i) => i,
        None => {
            if c.kind == Kind::Values {
                if let Err(e) = commit(it, c) {
                    finish(it, state, c)?;
                    return Err(e);
                }
            }
            c.iterating.set(c.iterating.get() + 1);
            let inner = inner_iter(it, c, kind);
            if let IterState::Weak(w) = &mut *state.borrow_mut() {
                w.inner = Some(inner.clone());
                w.guarded = true;
            }
            inner
        }
    };
    loop {
        let x = match it.next(&inner) {
            Ok(Some(x)) => x,
            Ok(None) => {
                finish(it, state, c)?;
                return Ok(None);
            }
            Err(e) => {
                finish(it, state, c)?;
                return Err(e);
            }
        };
        if let Some((out, held)) = pick(it, c.kind, kind, x)? {
            let old = match &mut *state.borrow_mut() {
                IterState::Weak(w) => std::mem::replace(&mut w.held, held),
                _ => held,
            };
            drop(old);
            return Ok(Some(out));
        }
    }
}

/// `generator.close()`: the guard exits (a generator not started has none).
fn close(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Payload::Iter(state) = &g.payload {
            let coll = match &*state.borrow() {
                IterState::Weak(w) if !w.done => Some(w.coll.clone()),
                _ => None,
            };
            if let Some(coll) = coll {
                if let Payload::WeakColl(c) = &coll.payload {
                    finish(it, state, c)?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// What the Python generator loops over: `data.items()`, `data.values()`, `data` itself.
fn inner_iter(it: &mut Interp, c: &WeakColl, kind: IterKind) -> Value {
    let data = c.data();
    if c.kind == Kind::Set {
        return it.set_iter(&data);
    }
    let dk = match (c.kind, kind) {
        (Kind::Values, IterKind::Values | IterKind::ValueRefs) => DictIterKind::Values,
        (Kind::Keys, IterKind::Keys) => DictIterKind::Keys,
        _ => DictIterKind::Items,
    };
    it.dict_iter(&data, dk, false)
}

/// One entry of `data`: what the generator yields for it, if its referent lives, and what
/// its locals then keep.
fn pick(it: &mut Interp, ck: Kind, kind: IterKind, x: Value) -> PyResult<Option<(Value, Value)>> {
    let pair = |it: &Interp, x: &Value| match it.tuple_items(x) {
        Some([a, b]) => (a.clone(), b.clone()),
        _ => (x.clone(), Value::None),
    };
    Ok(match (ck, kind) {
        (Kind::Values, IterKind::ValueRefs) => Some((x, Value::None)),
        (Kind::Values, IterKind::Values) | (Kind::Keys, IterKind::Keys) | (Kind::Set, _) => {
            deref(it, &x)?.map(|v| (v.clone(), v))
        }
        (Kind::Values, IterKind::Keys) => {
            let (k, wr) = pair(it, &x);
            deref(it, &wr)?.map(|_| (k, Value::None))
        }
        (Kind::Values, _) => {
            let (k, wr) = pair(it, &x);
            deref(it, &wr)?.map(|v| (it.tuple(vec![k, v.clone()]), v))
        }
        (Kind::Keys, IterKind::Values) => {
            let (wr, value) = pair(it, &x);
            deref(it, &wr)?.map(|_| (value.clone(), value))
        }
        (Kind::Keys, _) => {
            let (wr, value) = pair(it, &x);
            deref(it, &wr)?.map(|k| {
                let t = it.tuple(vec![k, value]);
                (t.clone(), t)
            })
        }
    })
}

/// The generator returns (or raised): the guard exits, then its frame lets go of its locals.
fn finish(it: &mut Interp, state: &RefCell<IterState>, c: &WeakColl) -> PyResult<()> {
    let guarded = match &mut *state.borrow_mut() {
        IterState::Weak(w) => {
            w.done = true;
            std::mem::take(&mut w.guarded)
        }
        _ => false,
    };
    let r = if guarded { leave_guard(it, c) } else { Ok(()) };
    let locals = match &mut *state.borrow_mut() {
        IterState::Weak(w) => (std::mem::replace(&mut w.held, Value::None), w.inner.take()),
        _ => (Value::None, None),
    };
    drop(locals);
    r
}

impl Drop for WeakIter {
    /// A generator dropped half way is closed: its guard exits. The removals that need no
    /// code (dead references, str and number keys) are committed now, the others (a key's
    /// `__hash__`) at the interpreter's next safe point.
    fn drop(&mut self) {
        if !self.guarded || self.done {
            return;
        }
        self.guarded = false;
        if let Payload::WeakColl(c) = &self.coll.payload {
            let n = c.iterating.get().saturating_sub(1);
            c.iterating.set(n);
            if n == 0 && !commit_without_code(c) {
                let selfref = match &*c.remove.borrow() {
                    Value::Obj(m) => match &m.payload {
                        Payload::BoundMethod { receiver: Value::Obj(r), .. } => Some(r.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let later = c.commit_later.borrow().clone();
                if let Some(selfref) = selfref {
                    super::finalize::queue_callback(later, selfref);
                }
            }
        }
    }
}

/// `commit` where no Python code is needed; what would need some stays pending. True if
/// nothing is left.
fn commit_without_code(c: &WeakColl) -> bool {
    let Ok(data) = c.data.try_borrow().map(|d| d.clone()) else { return false };
    let table = match &data.payload {
        Payload::Dict(d) | Payload::Set(d) => d,
        _ => return false,
    };
    let Ok(mut pending) = c.pending.try_borrow_mut() else { return false };
    let mut keep = Vec::new();
    // What leaves dies after the borrows are released.
    let (mut done, mut gone) = (Vec::new(), Vec::new());
    while let Some(k) = pending.pop() {
        let found = match table.try_borrow_mut() {
            Ok(mut t) => match find_without_code(&t, c.kind, &k) {
                Some(Some(ix)) => {
                    gone.extend(t.remove_at(ix));
                    true
                }
                Some(None) => true,
                None => false,
            },
            Err(_) => false,
        };
        if found {
            done.push(k);
        } else {
            keep.push(k);
        }
    }
    keep.reverse();
    let all = keep.is_empty();
    *pending = keep;
    drop(pending);
    drop((done, gone));
    all
}

/// Where `key` is in `table` if that is decided without Python code: a dead reference by its
/// remembered hash and identity; a str or number key by value (and only if its entry is a
/// dead reference). `None` when it would take code.
fn find_without_code(table: &super::dict::DictData, kind: Kind, key: &Value) -> Option<Option<usize>> {
    if kind != Kind::Values {
        let h = match key {
            Value::Obj(o) => match &o.payload {
                Payload::WeakRef(w) => w.cached_hash()?,
                _ => return None,
            },
            _ => return None,
        };
        return Some(table.find(h, |k| k.is(key)));
    }
    let h = match key {
        Value::Str(s) => super::dict::str_hash(s),
        Value::Int(..) | Value::BigInt(_) | Value::Bool(_) | Value::Float(..) | Value::None => {
            super::numbers::hash_native(key)
        }
        _ => return None,
    };
    for (ix, k) in table.candidates(h) {
        let same = k.is(key) || super::numbers::native_eq(&k, key)?;
        if same {
            let dead = table.entry(ix).is_some_and(|e| matches!(super::weakref::referent(&e.value), Some(None)));
            return Some(dead.then_some(ix));
        }
    }
    Some(None)
}

/// `isinstance(v, collections.abc.Mapping)`, for the types metalab has: dicts and the weak
/// dictionaries.
pub(super) fn is_mapping(it: &Interp, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakColl(c) => c.kind != Kind::Set,
            _ => it.as_dict_data(v).is_some(),
        },
        _ => false,
    }
}

/// A read-only `data` property (CPython's instance attribute).
pub(super) fn data_property(it: &mut Interp, class: &str) -> Value {
    let fget = it.builtin_fn("data", &format!("{class}.data"), data_get, BuiltinKind::Method);
    let payload = Payload::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        name: RefCell::new(Some(Rc::from("data"))),
    };
    Value::Obj(it.heap.alloc(Some(it.t.property.clone()), None, payload))
}

fn data_get(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::WeakColl(c) => Ok(Value::Obj(c.data())),
            _ => it.attr_error("data"),
        },
        _ => it.attr_error("data"),
    }
}

/// `__class_getitem__ = classmethod(GenericAlias)`.
pub(super) fn class_getitem(it: &mut Interp) -> Value {
    it.builtin_fn("__class_getitem__", "__class_getitem__", super::type_forms::generic_alias, BuiltinKind::ClassMethod)
}

/// `<WeakValueDictionary at 0x…>`, named after the instance's class.
pub(super) fn repr_at(it: &mut Interp, me: &Value) -> Value {
    match me {
        Value::Obj(o) => {
            let name = it.class_name(&o.class());
            Value::str(&format!("<{name} at {}>", it.addr(o)))
        }
        _ => Value::None,
    }
}

/// `(a, b)` from a pair, with the errors of `a, b = item`.
pub(super) fn unpack_pair(it: &mut Interp, item: &Value) -> PyResult<(Value, Value)> {
    let values = it.unpack_iterable(item)?;
    let mut v = it.unpack_to(values, 2, None)?.into_iter();
    Ok((v.next().unwrap_or(Value::None), v.next().unwrap_or(Value::None)))
}
