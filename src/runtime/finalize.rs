//! `__del__`. CPython calls it when an object's last reference goes (`del x`, a name rebound, a
//! frame returning, a container emptied), and at exit for what the module's globals still hold.
//! Objects here are `Rc`s, so they die at those same moments, but a `Drop` cannot call Python
//! code: the dying object's contents move into a revived twin (same number) that waits in a
//! queue, and the interpreter runs its `__del__` at the next safe point (the next statement,
//! or right after the call that dropped it), then lets it go. As in CPython (PEP 442) an
//! object is finalized once.

use super::interp::Interp;
use super::refcell::RefCell;
use super::value::{Obj, ObjRef, Payload, Value};
use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

thread_local! {
    /// Some class of this run defines `__del__`: until then a drop checks nothing else.
    static ANY_DEL: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    /// Objects whose `__del__` already ran (or is queued) in this run.
    static FINALIZED: RefCell<HashSet<u64>> = RefCell::new(HashSet::new());
}

/// What waits for the next safe point, in the order the deaths happened.
enum Pending {
    /// A revived twin whose `__del__` runs.
    Del(ObjRef),
    /// A weak reference's callback (`runtime::weakref`), with the reference.
    Callback(Value, ObjRef),
    /// A generator dropped unfinished, to close (`runtime::generator`).
    Close(super::generator::DroppedGen),
}

/// Everything `roots` reach (each once).
fn reachable_from(roots: &[ObjRef]) -> Vec<ObjRef> {
    let mut found: Vec<ObjRef> = Vec::new();
    let mut seen: HashSet<u64> = HashSet::new();
    let mut stack = roots.to_vec();
    while let Some(o) = stack.pop() {
        if seen.insert(o.id) {
            super::gc::children(&o, &mut |c| stack.push(c.clone()));
            found.push(o);
        }
    }
    found
}

/// What `o` holds, except classes, in the order `finalize_reachable` pops them.
fn held_objects(o: &ObjRef) -> Vec<ObjRef> {
    let mut held = Vec::new();
    super::gc::children(o, &mut |c| {
        if !c.is_class() {
            held.push(c.clone())
        }
    });
    if !matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) {
        held.reverse();
    }
    held
}

/// A class with `__del__` was created (instances of it now need a look when they die).
pub(super) fn note_class_with_del() {
    ANY_DEL.with(|a| a.set(true));
}

/// From `Obj::drop`: queues a revived twin of an object whose class defines `__del__`, and
/// says whether it did (then the object is not gone yet: its weak references stay).
#[inline]
pub(super) fn on_drop(obj: &mut Obj) -> bool {
    if !ANY_DEL.with(Cell::get) {
        return false;
    }
    let has_del = obj.class.get_mut().as_ref().and_then(|c| c.class_data()).is_some_and(|cd| cd.has_del.get());
    if !has_del {
        return false;
    }
    let first = FINALIZED.with(|f| f.try_borrow_mut().is_ok_and(|mut f| f.insert(obj.id)));
    if !first {
        return false;
    }
    let twin = Rc::new(Obj {
        id: obj.id,
        class: RefCell::new(obj.class.get_mut().take()),
        dict: obj.dict.take(),
        payload: std::mem::replace(&mut obj.payload, Payload::Instance),
        extra_slots: obj.extra_slots.take(),
    });
    super::weakref::repoint(obj.id, &twin);
    queue(Pending::Del(twin));
    true
}

/// From `weakref::on_drop`: a callback of a weak reference whose referent died.
pub(super) fn queue_callback(callback: Value, weakref: ObjRef) {
    queue(Pending::Callback(callback, weakref));
}

/// From a generator's drop: it is closed at the next safe point.
pub(super) fn queue_close(g: super::generator::DroppedGen) {
    queue(Pending::Close(g));
}

fn queue(p: Pending) {
    let queued = PENDING.with(|q| q.try_borrow_mut().map(|mut q| q.push(p)).is_ok());
    if queued {
        super::generator::mark_pending();
    }
}

/// Records that `id`'s `__del__` runs now; false if it already ran (or is queued).
pub(super) fn mark_finalized(id: u64) -> bool {
    FINALIZED.with(|f| f.try_borrow_mut().is_ok_and(|mut f| f.insert(id)))
}

/// Drops what waits for a safe point without running it (what that frees may queue more).
pub(super) fn discard_pending() {
    loop {
        let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if pending.is_empty() {
            return;
        }
        drop(pending);
    }
}

/// Forgets queued finalizers and finalized objects (a run ended, or a new one starts).
pub fn reset() {
    discard_pending();
    FINALIZED.with(|f| f.borrow_mut().clear());
    ANY_DEL.with(|a| a.set(false));
}

impl Interp {
    /// Runs the queued `__del__`s in the order the objects died; what dies inside one is
    /// finalized before the next (CPython does it all inside the first decref).
    pub fn run_pending_finalizers(&mut self) {
        loop {
            let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            if batch.is_empty() {
                return;
            }
            for p in batch {
                match p {
                    Pending::Del(obj) => self.call_del(&obj),
                    Pending::Callback(callback, weakref) => self.call_weakref_callback(&callback, weakref),
                    Pending::Close(g) => self.close_dropped(g),
                }
                self.run_pending_finalizers();
            }
        }
    }

    /// Calls `obj.__del__()`, ignoring what it returns or raises.
    pub(super) fn call_del(&mut self, obj: &ObjRef) {
        let Some(t) = obj.class.borrow().clone() else { return };
        if let Some(m) = self.lookup_mro(&t, "__del__") {
            // Whatever `__del__` does, the program goes on: an exception is reported on stderr
            // as CPython's unraisable hook does, and a spent step budget stops the program at
            // its next statement anyway.
            if let Some(exc) = super::exc_owned(self.call_bound(&m, &Value::Obj(obj.clone()), vec![], vec![])) {
                self.report_unraisable(&m, &exc);
            }
        }
    }

    /// CPython's unraisable hook: "Exception ignored in: <what ran>" and the traceback.
    pub(super) fn report_unraisable(&mut self, what: &Value, exc: &ObjRef) {
        self.report_unraisable_as("Exception ignored in", what, exc);
    }

    pub(super) fn report_unraisable_as(&mut self, prefix: &str, what: &Value, exc: &ObjRef) {
        let func = self.repr(what).map(|r| r.to_string()).unwrap_or_default();
        self.report_unraisable_text(prefix, &func, exc);
    }

    /// The report for an object known only by its repr (one already freed).
    pub(super) fn report_unraisable_text(&mut self, prefix: &str, func: &str, exc: &ObjRef) {
        let tb = self.traceback_without_chain(exc);
        if let Err(failed) = self.write_report(&format!("{prefix}: {func}\n{tb}")) {
            // A replaced `sys.stderr` that cannot take it (no `flush`, a `write` that raises)
            // gets one report about that, and no more.
            let tb = self.traceback_without_chain(&failed);
            let hook = "Exception ignored in sys.unraisablehook: <built-in function unraisablehook>";
            let _ = self.write_report(&format!("{hook}\n{tb}"));
        }
    }

    /// The traceback and the exception, not its chain nor a suggestion, as CPython's default
    /// hook prints them.
    fn traceback_without_chain(&mut self, exc: &ObjRef) -> String {
        let mut ctx = super::tb_format::PrintCtx::default();
        ctx.no_chain = true;
        ctx.no_suggestion = true;
        let mut tb = String::new();
        self.format_exception_chain(exc, &mut tb, &mut None, &mut ctx);
        tb
    }

    /// Interpreter exit: objects still referenced from the module's globals are finalized.
    /// When the program defines a function, the module is in a cycle and CPython finalizes
    /// them in its final collection, in its list's order (`finalize_in_list_order`). Else, and
    /// for what that leaves (objects made before tracking began), observed on 3.11: objects
    /// with `__del__` bound directly to a global name go first, in the order the names were
    /// bound, each followed by what it holds (`car.engine`), then what the other globals
    /// (lists, dicts, other objects, not classes) hold, in order. Every `__del__` runs while
    /// the globals are all still there (the module's dict is part of that garbage), so it may
    /// use `P.count` or a global list; the dict is cleared after.
    pub fn finalize_globals(&mut self) {
        self.shutting_down = true;
        let Some(d) = self.globals.dict_data() else { return };
        let values: Vec<ObjRef> = d
            .borrow()
            .iter()
            .filter_map(|e| match &e.value {
                Value::Obj(o) => Some(o.clone()),
                _ => None,
            })
            .collect();
        // A function defined in the program refers to the module's globals (`__globals__`),
        // so the module is in a cycle and CPython's final collection finds everything the
        // globals hold as garbage: as in any collection, the weak references to it are cleared
        // before the first `__del__` runs (only those not garbage themselves call back), and
        // the finalizers run in its list's order.
        // (The garbage is held only while its weak references are cleared.)
        let garbage = reachable_from(&values);
        let cyclic = garbage.iter().any(|o| matches!(o.payload, Payload::Function(_)));
        if cyclic {
            self.clear_weakrefs_to_garbage(&garbage);
        }
        drop(garbage);
        if cyclic {
            self.run_pending_finalizers();
            if self.heap.tracks_instances() {
                self.finalize_in_list_order();
            }
        }
        let has_del = |o: &ObjRef| super::gc::has_del(o);
        // The direct ones are finalized even when a cycle keeps them alive (`s.me = s`).
        let (direct, rest): (Vec<ObjRef>, Vec<ObjRef>) = values.into_iter().partition(has_del);
        let mut seen: HashSet<u64> = direct.iter().map(|o| o.id).collect();
        for o in &direct {
            self.finalize_at_exit(o);
            let held = held_objects(o);
            self.finalize_reachable(held, &mut seen);
        }
        for root in rest.into_iter().filter(|o| !o.is_class()) {
            self.finalize_reachable(vec![root], &mut seen);
        }
        let Some(d) = self.globals.dict_data() else { return };
        let entries: Vec<_> = std::mem::take(&mut *d.borrow_mut()).into_entries().collect();
        for entry in entries {
            drop(entry);
            self.run_pending_finalizers();
        }
    }

    /// The final collection's finalizers: `__del__`s and suspended generators, in the order
    /// of CPython's list of tracked objects. The collection just before it (`finalize_cycles`,
    /// with the module still alive) moved what it reached late to the end of that list, as
    /// `move_unreachable` does: `l = [A(1)]; x = A(2)` finalizes 2 before 1.
    fn finalize_in_list_order(&mut self) {
        let mut dying: Vec<ObjRef> = self
            .heap
            .objects_alive()
            .filter(|o| super::gc::has_del(o) || matches!(o.payload, Payload::Generator(_)))
            .collect();
        dying.sort_by_key(|o| super::gc::list_position(&self.gc.order, o));
        // Held weakly: what a finalizer lets go of dies by reference counting right there.
        let dying: Vec<std::rc::Weak<Obj>> = dying.iter().map(Rc::downgrade).collect();
        for o in dying.iter().filter_map(std::rc::Weak::upgrade) {
            if super::gc::has_del(&o) {
                self.finalize_at_exit(&o);
            } else {
                self.finalize_generator(&o);
                self.run_pending_finalizers();
            }
        }
    }

    /// Depth first from `stack`, each object before what it holds, as releasing the last
    /// reference runs `__del__` and then frees the contents: a list's items from the last (as
    /// `list_dealloc`), a dict's in order. What classes hold (class attributes) is left to the
    /// collection at the end.
    fn finalize_reachable(&mut self, mut stack: Vec<ObjRef>, seen: &mut HashSet<u64>) {
        while let Some(o) = stack.pop() {
            if !seen.insert(o.id) {
                continue;
            }
            if super::gc::has_del(&o) {
                self.finalize_at_exit(&o);
            }
            stack.extend(held_objects(&o));
        }
    }

    fn finalize_at_exit(&mut self, o: &ObjRef) {
        if mark_finalized(o.id) {
            self.call_del(o);
        }
        self.run_pending_finalizers();
    }
}
