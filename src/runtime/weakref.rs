//! The `weakref` module: `ref` (`ReferenceType`), `getweakrefcount` and `getweakrefs`.
//!
//! For the garbage-collection chapter and the singleton caches: a weak reference shows that an
//! object died (and when) without keeping it alive. Objects are `Rc`s, so a weak reference
//! holds a `Weak`. Each referent's weak references sit in a per-run table in CPython's list
//! order (the shared plain reference first, then those with callbacks, newest first), which is
//! the order `getweakrefs` returns them and the callbacks run in.
//!
//! When a referent dies, its references are cleared and their callbacks queued with the
//! `__del__`s (`runtime::finalize`), in the order CPython's deallocation reaches them: an
//! object's `__del__` runs before its weak references are cleared (they still return it
//! meanwhile; the revived twin takes the original's place), and a cycle found by
//! `gc.collect()` has its weak references cleared and called back before any `__del__`.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{function, make_class, method, untraced};
use super::refcell::RefCell;
use super::value::{Obj, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::CmpOp;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::Cell;
use std::rc::{Rc, Weak};

/// A weak reference's state (CPython's `PyWeakReference`).
pub struct WeakRefData {
    /// The referent, `None` once it died.
    target: RefCell<Option<Weak<Obj>>>,
    /// Dropped when the referent dies, as CPython's `wr_callback`.
    callback: RefCell<Value>,
    /// `hash(ref)` is the referent's, kept once computed so it outlives the referent.
    hash: Cell<Option<i64>>,
    /// A `proxy` (`ProxyType`/`CallableProxyType`), which stands in for its referent.
    proxy: bool,
}

impl WeakRefData {
    fn referent(&self) -> Option<ObjRef> {
        self.target.borrow().as_ref().and_then(Weak::upgrade)
    }

    /// The callback, for the collector (`gc::children`) and `heap::clear_object`.
    pub(super) fn callback(&self) -> &RefCell<Value> {
        &self.callback
    }

    /// The hash computed while the referent lived, if any (`weak_collections` finds a dead
    /// reference in its table with it without running code).
    pub(super) fn cached_hash(&self) -> Option<i64> {
        self.hash.get()
    }
}

/// `r()` without a call, for a weak reference: `Some(None)` once its referent died.
pub(super) fn referent(v: &Value) -> Option<Option<ObjRef>> {
    data(v).map(WeakRefData::referent)
}

/// `referent` for a proxy only (`None` for anything else).
#[inline]
pub(super) fn proxy_referent(v: &Value) -> Option<Option<ObjRef>> {
    data(v).filter(|d| d.proxy).map(WeakRefData::referent)
}

/// Per-run state: the class whose plain instances are shared (`ref(x) is ref(x)`).
#[derive(Default)]
pub struct WeakrefState {
    pub(super) ref_class: Option<ObjRef>,
    /// `ProxyType` and `CallableProxyType`.
    proxy_classes: Option<(ObjRef, ObjRef)>,
    /// `WeakMethod` (its `__eq__` asks `isinstance(other, WeakMethod)`).
    pub(super) weak_method: Option<ObjRef>,
    /// The weak containers' classes (`weak_collections`).
    pub(super) collections: super::weak_collections::Classes,
    /// The live `finalize` objects, oldest first (`weak_finalize`).
    pub(super) finalizers: Vec<super::weak_finalize::FinInfo>,
    /// `finalize` registered its exit step with `atexit`.
    pub(super) finalizers_at_exit: bool,
    /// The exit step ran: no finalizer runs any more.
    pub(super) shut_down: bool,
}

thread_local! {
    /// Some weak reference was made in this run: until then a dying object checks nothing.
    static ANY: Cell<bool> = const { Cell::new(false) };
    /// Referent number → its weak reference objects, in CPython's list order.
    static REFS: RefCell<FxHashMap<u64, Vec<Weak<Obj>>>> = RefCell::new(FxHashMap::default());
}

/// Forgets every weak reference (a run ended, or a new one starts).
pub fn reset() {
    ANY.with(|a| a.set(false));
    let old = REFS.with(|r| std::mem::take(&mut *r.borrow_mut()));
    drop(old);
}

fn data(v: &Value) -> Option<&WeakRefData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakRef(w) => Some(w),
            _ => None,
        },
        _ => None,
    }
}

/// The live weak reference objects to referent `id`, in list order.
fn refs_to(id: u64) -> Vec<ObjRef> {
    if !ANY.with(Cell::get) {
        return Vec::new();
    }
    REFS.with(|r| r.borrow().get(&id).map(|l| l.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default())
}

/// Whether `o`'s type has a weak reference list (`tp_weaklistoffset`): classes, functions,
/// sets, generators, modules, and instances of classes that got a `__weakref__` slot.
fn takes_weakrefs(it: &Interp, o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Class(_)
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Generator(_)
        | Payload::Module { .. }
        | Payload::Partial(_)
        | Payload::Lock(_)
        | Payload::Deque(_) => true,
        // A `method` or a bound builtin, not a `method-wrapper`.
        Payload::BoundMethod { .. } => !Rc::ptr_eq(&o.class(), &it.t.method_wrapper),
        _ => o.class().class_data().is_some_and(|cd| {
            cd.mro().iter().any(|c| {
                c.class_data().is_some_and(|d| !d.builtin)
                    && c.dict
                        .as_ref()
                        .and_then(|d| d.dict_data())
                        .is_some_and(|d| d.borrow().get_str("__weakref__").is_some())
            })
        }),
    }
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, |it| {
        let methods = vec![
            method(it, "ReferenceType", "__new__", ref_new, BuiltinKind::Static),
            method(it, "ReferenceType", "__init__", ref_init, BuiltinKind::Method),
            method(it, "ReferenceType", "__call__", ref_call, BuiltinKind::Method),
            method(it, "ReferenceType", "__repr__", ref_repr, BuiltinKind::Method),
            method(it, "ReferenceType", "__hash__", ref_hash, BuiltinKind::Method),
            method(it, "ReferenceType", "__eq__", ref_eq, BuiltinKind::Method),
            method(it, "ReferenceType", "__ne__", ref_ne, BuiltinKind::Method),
            ("__slots__", it.tuple(Vec::new())),
        ];
        let object = Value::Obj(it.t.object.clone());
        let ref_class = make_class(it, "ReferenceType", "weakref", vec![object], methods)?;
        let ref_class = super::native_class::c_type(ref_class, "weakref.ReferenceType");
        if let Some(d) = ref_class.as_obj().and_then(|c| c.dict.as_ref()).and_then(|d| d.dict_data()) {
            // A C type's dict has neither (its module is in `tp_name`).
            let mut d = d.borrow_mut();
            d.remove_str("__slots__");
            d.remove_str("__module__");
        }
        it.weakref.ref_class = ref_class.as_obj().cloned();
        let finalize = super::weak_finalize::class(it)?;
        let (proxy, callable) = super::weak_proxy::classes(it)?;
        if let (Some(p), Some(c)) = (proxy.as_obj(), callable.as_obj()) {
            it.weakref.proxy_classes = Some((p.clone(), c.clone()));
        }
        let proxy_types = it.tuple(vec![proxy.clone(), callable.clone()]);
        let weak_method = super::weak_method::class(it, &ref_class)?;
        let mut entries = vec![
            ("ref", ref_class.clone()),
            ("ReferenceType", ref_class.clone()),
            ("ProxyType", proxy),
            ("CallableProxyType", callable),
            ("ProxyTypes", proxy_types),
            ("WeakMethod", weak_method),
            ("finalize", finalize),
            function(it, "getweakrefcount", getweakrefcount),
            function(it, "getweakrefs", getweakrefs),
            function(it, "proxy", proxy_new),
        ];
        entries.extend(super::weak_collections::classes(it, ref_class)?);
        Ok(entries)
    })
}

/// `ref(object[, callback])`: the shared plain reference when there is one, else a new one.
fn ref_new(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("ReferenceType.__new__(X): X is not a type object");
    };
    let args = args.split_off(1);
    if !kwargs.is_empty() {
        return it.type_error("ref() takes no keyword arguments");
    }
    let (target, callback) = target_and_callback(it, "__new__", args)?;
    Ok(Value::Obj(make_weakref(it, &cls, &target, callback, false)))
}

/// `ref.__init__(ob, callback=None)` checks the arguments again (a subclass's `__new__` may
/// take others, as `WeakMethod`'s keyword `callback`).
fn ref_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("ref() takes no keyword arguments");
    }
    match args.len().saturating_sub(1) {
        0 => it.type_error("__init__ expected at least 1 argument, got 0"),
        n @ 3.. => it.type_error(format!("__init__ expected at most 2 arguments, got {n}")),
        _ => Ok(Value::None),
    }
}

/// `proxy(object[, callback])`: the shared proxy without callback when there is one.
fn proxy_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("_weakref.proxy() takes no keyword arguments");
    }
    let (target, callback) = target_and_callback(it, "proxy", args)?;
    let Some((plain, callable)) = it.weakref.proxy_classes.clone() else {
        return it.type_error("weakref is not set up");
    };
    let cls = if it.is_callable(&Value::Obj(target.clone())) { callable } else { plain };
    Ok(Value::Obj(make_weakref(it, &cls, &target, callback, true)))
}

/// The referent (one that takes weak references) and the callback (None for none).
fn target_and_callback(it: &mut Interp, func: &str, args: Vec<Value>) -> PyResult<(ObjRef, Value)> {
    match args.len() {
        0 => return it.type_error(format!("{func} expected at least 1 argument, got 0")),
        3.. => return it.type_error(format!("{func} expected at most 2 arguments, got {}", args.len())),
        _ => {}
    }
    let target = match arg(&args, 0) {
        Value::Obj(o) if takes_weakrefs(it, o) => o.clone(),
        other => {
            let tn = it.type_name(other);
            return it.type_error(format!("cannot create weak reference to '{tn}' object"));
        }
    };
    Ok((target, args.get(1).cloned().unwrap_or(Value::None)))
}

/// A reference of class `cls` to `target`, or the shared one it may be. CPython's list per
/// referent starts with the plain `ref` (no callback, exactly `ReferenceType`) and the plain
/// proxy, if any, which are shared; the others go right after them, newest first.
fn make_weakref(it: &mut Interp, cls: &ObjRef, target: &ObjRef, callback: Value, proxy: bool) -> ObjRef {
    let plain_class = |it: &Interp, c: &ObjRef| it.weakref.ref_class.as_ref().is_some_and(|r| Rc::ptr_eq(r, c));
    let existing = refs_to(target.id);
    let shared = |it: &Interp, r: &ObjRef, want_proxy: bool| {
        data(&Value::Obj(r.clone())).is_some_and(|d| {
            d.callback.borrow().is_none() && d.proxy == want_proxy && (want_proxy || plain_class(it, &r.class()))
        })
    };
    let basic_ref = existing.first().filter(|r| shared(it, r, false)).cloned();
    let basic_proxy = existing.get(usize::from(basic_ref.is_some())).filter(|r| shared(it, r, true)).cloned();
    let plain = callback.is_none() && (proxy || plain_class(it, cls));
    if plain {
        if let Some(r) = if proxy { &basic_proxy } else { &basic_ref } {
            return r.clone();
        }
    }
    let data = WeakRefData {
        target: RefCell::new(Some(Rc::downgrade(target))),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        proxy,
    };
    let r = it.alloc_instance(cls, Payload::WeakRef(Box::new(data)));
    ANY.with(|a| a.set(true));
    let at = match (plain, proxy) {
        (true, false) => 0,
        (true, true) => usize::from(basic_ref.is_some()),
        _ => usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some()),
    };
    REFS.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(target.id).or_default();
        list.retain(|w| w.strong_count() > 0);
        list.insert(at.min(list.len()), Rc::downgrade(&r));
    });
    r
}

/// `cls(target, callback)` for `ref` or a subclass of it (`KeyedRef`).
pub(super) fn new_ref_of(it: &mut Interp, cls: &ObjRef, target: &Value, callback: Value) -> PyResult<ObjRef> {
    match ref_new(it, vec![Value::Obj(cls.clone()), target.clone(), callback], vec![])? {
        Value::Obj(r) => Ok(r),
        _ => it.type_error("weakref is not set up"),
    }
}

/// `ref(target, callback)`, for `finalize` and the weak containers.
pub(super) fn new_ref(it: &mut Interp, target: &Value, callback: Value) -> PyResult<ObjRef> {
    let Some(cls) = it.weakref.ref_class.clone() else { return it.type_error("weakref is not set up") };
    match ref_new(it, vec![Value::Obj(cls), target.clone(), callback], vec![])? {
        Value::Obj(r) => Ok(r),
        _ => it.type_error("weakref is not set up"),
    }
}

fn this<'a>(it: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a WeakRefData> {
    match args.first().and_then(data) {
        Some(d) => Ok(d),
        None => it.type_error(format!("descriptor '{name}' requires a 'weakref.ReferenceType' object")),
    }
}

/// `r()`: the referent, or None once it died.
fn ref_call(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let d = this(it, &args, "__call__")?;
    let referent = d.referent();
    if !kwargs.is_empty() {
        return it.type_error("weakref() takes no keyword arguments");
    }
    if args.len() > 1 {
        return it.type_error(format!("weakref expected 0 arguments, got {}", args.len() - 1));
    }
    Ok(referent.map_or(Value::None, Value::Obj))
}

/// `<weakref at 0x…; to 'A' at 0x…>`, with the referent's `__name__` when it has one.
fn ref_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let d = this(it, &args, "__repr__")?;
    let referent = d.referent();
    let Some(Value::Obj(me)) = args.first() else { return Ok(Value::None) };
    let me = it.addr(me);
    let Some(target) = referent else { return Ok(Value::str(&format!("<weakref at {me}; dead>"))) };
    let tn = it.class_name(&target.class());
    let at = it.addr(&target);
    // CPython looks the name up generically: a `__getattr__` or `__getattribute__` is not asked.
    let cls = target.class();
    let name = match it.generic_getattr(&Value::Obj(target), &Rc::from("__name__"), &cls) {
        Ok(Value::Str(n)) => format!(" ({n})"),
        Ok(_) => String::new(),
        Err(e) if it.unwind_is_attr_error(&e) => String::new(),
        Err(e) => return Err(e),
    };
    Ok(Value::str(&format!("<weakref at {me}; to '{tn}' at {at}{name}>")))
}

/// The referent's hash, remembered; a reference whose referent died unhashed has none.
fn ref_hash(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let d = this(it, &args, "__hash__")?;
    if let Some(h) = d.hash.get() {
        return Ok(Value::int(h));
    }
    let Some(target) = d.referent() else { return it.type_error("weak object has gone away") };
    let h = it.hash(&Value::Obj(target))?;
    d.hash.set(Some(h));
    Ok(Value::int(h))
}

fn ref_eq(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::Eq)
}

fn ref_ne(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::NotEq)
}

fn compare(it: &mut Interp, args: Vec<Value>, op: CmpOp) -> PyResult<Value> {
    let name = if op == CmpOp::Eq { "__eq__" } else { "__ne__" };
    this(it, &args, name)?;
    super::builtins::arity(it, name, &args, 2, 2)?;
    compare_refs(it, arg(&args, 0), arg(&args, 1), op)
}

/// Two live references compare their referents; otherwise a reference equals only itself.
pub(super) fn compare_refs(it: &mut Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (data(a), data(b)) else { return Ok(it.not_implemented()) };
    match (x.referent(), y.referent()) {
        (Some(x), Some(y)) => it.compare(op, &Value::Obj(x), &Value::Obj(y)),
        _ => Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq))),
    }
}

fn one_arg(it: &mut Interp, name: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return it.type_error(format!("_weakref.{name}() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return it.type_error(format!("_weakref.{name}() takes exactly one argument ({} given)", args.len()));
    }
    Ok(())
}

fn getweakrefcount(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    one_arg(it, "getweakrefcount", &args, &kwargs)?;
    let n = match arg(&args, 0) {
        Value::Obj(o) => refs_to(o.id).len(),
        _ => 0,
    };
    Ok(Value::int(n as i64))
}

fn getweakrefs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    one_arg(it, "getweakrefs", &args, &kwargs)?;
    let refs = match arg(&args, 0) {
        Value::Obj(o) => refs_to(o.id).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(it.list(refs))
}

/// `obj.__weakref__`: the head of its list of weak references, or None.
pub(super) fn first_ref(obj: &Value) -> Value {
    match obj {
        Value::Obj(o) => refs_to(o.id).into_iter().next().map_or(Value::None, Value::Obj),
        _ => Value::None,
    }
}

/// From `finalize::on_drop`: the referent lives on in a twin while its `__del__` runs.
pub(super) fn repoint(id: u64, twin: &ObjRef) {
    for r in refs_to(id) {
        if let Payload::WeakRef(d) = &r.payload {
            *d.target.borrow_mut() = Some(Rc::downgrade(twin));
        }
    }
}

/// Clears the weak references to `id` and returns the callbacks to call, each with its
/// reference, in list order (CPython's `PyObject_ClearWeakRefs`).
fn clear(id: u64) -> Vec<(Value, ObjRef)> {
    let Some(list) = REFS.with(|r| r.try_borrow_mut().ok().and_then(|mut r| r.remove(&id))) else {
        return Vec::new();
    };
    let mut calls = Vec::new();
    for r in list.iter().filter_map(Weak::upgrade) {
        if let Payload::WeakRef(d) = &r.payload {
            *d.target.borrow_mut() = None;
            let callback = std::mem::replace(&mut *d.callback.borrow_mut(), Value::None);
            if !callback.is_none() {
                calls.push((callback, r.clone()));
            }
        }
    }
    calls
}

/// From `Obj::drop`, for an object that is gone for good: its callbacks wait with the
/// `__del__`s for the interpreter's next safe point.
#[inline]
pub(super) fn on_drop(id: u64) {
    if !ANY.with(Cell::get) {
        return;
    }
    for (callback, r) in clear(id) {
        super::finalize::queue_callback(callback, r);
    }
}

impl Interp {
    /// `gc.collect()`, before the finalizers: the weak references to the garbage are cleared,
    /// and those that are not garbage themselves are called back (`handle_weakrefs`).
    /// Returns how many of the references the callbacks let die, which CPython's count of the
    /// collection includes (`handle_weakrefs`: a `weakref.finalize`'s reference dies with its
    /// registry entry, a weak dictionary's with its entry).
    pub(super) fn clear_weakrefs_to_garbage(&mut self, garbage: &[ObjRef]) -> usize {
        if !ANY.with(Cell::get) {
            return 0;
        }
        let dying: FxHashSet<u64> = garbage.iter().map(|o| o.id).collect();
        let calls: Vec<(Value, ObjRef)> =
            garbage.iter().flat_map(|o| clear(o.id)).filter(|(_, r)| !dying.contains(&r.id)).collect();
        let mut freed = 0;
        for (callback, r) in calls {
            let probe = Rc::downgrade(&r);
            self.call_weakref_callback(&callback, r);
            if probe.strong_count() == 0 {
                freed += 1;
            }
        }
        freed
    }

    /// Calls `callback(ref)`; an exception is reported as unraisable, as CPython does.
    pub(super) fn call_weakref_callback(&mut self, callback: &Value, r: ObjRef) {
        if let Some(exc) = super::exc_owned(self.call(callback, vec![Value::Obj(r)], vec![])) {
            self.report_unraisable(callback, &exc);
        }
    }
}
