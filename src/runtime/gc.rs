//! Cyclic garbage: objects that keep each other alive after the program let go of them
//! (`a.other = b; b.other = a; del a, b`). Reference counting alone never frees them; CPython's
//! collector finds them with "trial deletion" (`Modules/gcmodule.c`), and so does this one: for
//! every tracked object, subtract from its reference count the references that come from
//! other tracked objects; whatever is left over comes from outside (a variable, a frame, the
//! interpreter) and makes the object reachable, along with everything it references. The rest
//! is garbage: its `__del__`s run (once, PEP 442), and unless a finalizer made it reachable
//! again, its containers are emptied so that the `Rc`s fall apart.
//!
//! Only references an object owns outright are followed ([`children`]). A reference held
//! through a shared structure (a closure's cells, a generator's frame, an iterator) is never
//! subtracted, so it counts as coming from outside: the collector may keep such a cycle
//! alive, but it never frees a reachable object.

use super::builtins::{arity, no_kwargs};
use super::function::{BuiltinKind, Kwargs};
use super::gc_count::Tracking;
use super::gc_graph::{Graph, Ignored, Node};
use super::interp::Interp;
use super::value::{Obj, ObjRef, Payload, Value};
use super::PyResult;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// What the `gc` module's switches hold. Collection happens when the program calls
/// `gc.collect()` and at exit; CPython's automatic collection (after 700 new containers) is
/// not modelled, so `enable`/`disable` and the thresholds only report back what was set.
pub struct GcState {
    enabled: bool,
    /// `gc.set_debug`'s flags.
    pub(super) debug: i64,
    threshold: [i64; 3],
    /// The instance dicts the program asked for (`gc_graph::Tracking::exposed`), and whether
    /// each was tracked since the last collection.
    pub(super) exposed: FxHashMap<u64, bool>,
    /// Instance dicts that no longer share their class's keys (`gc_dicts`).
    pub(super) combined: FxHashSet<u64>,
    /// Tuples a collection untracked (`gc_graph::Tracking::untracked`).
    untracked: FxHashSet<u64>,
    /// Where collections moved objects in CPython's list (`gc_graph::OrderKey`), by number.
    pub(super) order: FxHashMap<u64, super::gc_count::OrderKey>,
    /// Class number → its shared keys (`gc_dicts::SharedKeys`).
    pub(super) shared_keys: FxHashMap<u64, super::gc_dicts::SharedKeys>,
    /// `gc.garbage`, once the program imported `gc`.
    pub(super) garbage: Option<ObjRef>,
    /// A collection ran: it untracked the program's constant tuples.
    collected: bool,
    /// When `order` is next pruned of the dead (`Interp::note_dict_store`).
    pub(super) order_prune_at: usize,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            enabled: true,
            debug: 0,
            threshold: [700, 10, 10],
            exposed: FxHashMap::default(),
            combined: FxHashSet::default(),
            untracked: FxHashSet::default(),
            order: FxHashMap::default(),
            shared_keys: FxHashMap::default(),
            garbage: None,
            collected: false,
            order_prune_at: 4096,
        }
    }
}

/// Whether the program may import `gc` (the word `gc` appears in it): then every object is
/// tracked from the start, so that `gc.collect()` also finds cycles made before the import.
/// A false positive only costs the tracking.
pub fn may_use_gc(source: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    source.match_indices("gc").any(|(i, _)| {
        !source[..i].chars().next_back().is_some_and(word) && !source[i + 2..].chars().next().is_some_and(word)
    })
}

/// The `gc` module's entries.
pub(super) fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    it.heap.track_all();
    let fns: [(&'static str, super::function::NativeFn); 8] = [
        ("collect", gc_collect),
        ("set_debug", gc_set_debug),
        ("get_debug", gc_get_debug),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
    ];
    let mut entries: Vec<(&'static str, Value)> =
        fns.into_iter().map(|(name, f)| (name, it.builtin_fn(name, name, f, BuiltinKind::Function))).collect();
    // CPython's answers to these follow every allocation of the interpreter itself (its
    // own dicts, frames, code objects), which metalab does not have: saying so beats a
    // made-up number or an AttributeError that suggests a typo.
    for name in ["get_count", "get_objects", "get_referrers", "get_referents", "is_tracked", "get_stats"] {
        entries.push((name, it.builtin_fn(name, name, not_modelled, BuiltinKind::Function)));
    }
    let garbage = it.list(Vec::new());
    it.gc.garbage = garbage.as_obj().cloned();
    entries.push(("garbage", garbage));
    for (name, flag) in DEBUG_FLAGS {
        entries.push((name, Value::int(flag)));
    }
    entries
}

/// `gc.DEBUG_*`, with CPython's values.
const DEBUG_FLAGS: [(&str, i64); 5] = [
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

/// `gc.set_debug(flags)`. `DEBUG_COLLECTABLE` and `DEBUG_SAVEALL` show the program's garbage
/// (`gc_debug`); `DEBUG_UNCOLLECTABLE` reports nothing for Python objects since 3.4.
/// `DEBUG_STATS` prints the sizes of CPython's generations, which hold the interpreter's own
/// objects too: saying so beats numbers that differ from CPython's.
fn gc_set_debug(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "set_debug", &kwargs)?;
    arity(it, "set_debug", &args, 1, 1)?;
    let flags = it.index_arg(super::function::arg(&args, 0))?;
    if flags & super::gc_debug::DEBUG_STATS != 0 {
        return it.err(
            "NotImplementedError",
            "metalab does not model gc.DEBUG_STATS: CPython's statistics count the interpreter's own objects too",
        );
    }
    it.gc.debug = flags;
    Ok(Value::None)
}

fn gc_get_debug(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "gc.get_debug", &args, &kwargs)?;
    Ok(Value::int(it.gc.debug))
}

fn not_modelled(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    it.err(
        "NotImplementedError",
        "metalab does not model gc.get_count(), get_objects(), get_referrers(), get_referents(), is_tracked() or get_stats(): CPython's answers count the interpreter's own objects too",
    )
}

/// `gc.collect(generation=2)`: every generation is collected whole.
fn gc_collect(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let generation = super::builtins::take_kw(&mut kwargs, "generation");
    if let Some((name, _)) = kwargs.first() {
        return it.type_error(format!("'{name}' is an invalid keyword argument for collect()"));
    }
    if args.len() + usize::from(generation.is_some()) > 1 {
        let n = args.len() + usize::from(generation.is_some());
        return it.type_error(format!("collect() takes at most 1 argument ({n} given)"));
    }
    if let Some(g) = args.first().or(generation.as_ref()) {
        let g = it.index_arg(g)?;
        if !(0..=2).contains(&g) {
            return it.value_error("invalid generation");
        }
    }
    // A builtin step of its own in the trace, so that the `__del__`s it runs show why they run.
    it.trace_builtin_call("gc.collect", None);
    let found = Ok(Value::int(it.collect_cycles() as i64));
    it.trace_builtin_exit("gc.collect", &found);
    found
}

fn no_args(it: &mut Interp, name: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
    no_kwargs(it, name, kwargs)?;
    arity(it, name, args, 0, 0)
}

fn gc_enable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "gc.enable", &args, &kwargs)?;
    it.gc.enabled = true;
    Ok(Value::None)
}

fn gc_disable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "gc.disable", &args, &kwargs)?;
    it.gc.enabled = false;
    Ok(Value::None)
}

fn gc_isenabled(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "gc.isenabled", &args, &kwargs)?;
    Ok(Value::Bool(it.gc.enabled))
}

fn gc_get_threshold(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "gc.get_threshold", &args, &kwargs)?;
    let t = it.gc.threshold.iter().map(|&n| Value::int(n)).collect();
    Ok(it.tuple(t))
}

fn gc_set_threshold(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "set_threshold", &kwargs)?;
    match args.len() {
        0 => return it.type_error("set_threshold() takes at least 1 argument (0 given)"),
        n @ 4.. => return it.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)")),
        _ => {}
    }
    let mut t = it.gc.threshold;
    for (slot, v) in t.iter_mut().zip(&args) {
        *slot = it.index_arg(v)?;
    }
    it.gc.threshold = t;
    Ok(Value::None)
}

/// Calls `f` for each object that `o` references directly and owns one count of. (`dyn`: one
/// copy of this large match in the wasm, not one per caller.)
pub(super) fn children(o: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    if let Some(c) = o.class.borrow().as_ref() {
        f(c);
    }
    if let Some(d) = &o.dict {
        f(d);
    }
    slot_children(o, f);
    payload_children(o, f);
}

/// The values in `o`'s `__slots__`.
pub(super) fn slot_children(o: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    if let Some(s) = o.slot_cells() {
        for v in s.borrow().iter().flatten() {
            if let Value::Obj(c) = v {
                f(c);
            }
        }
    }
}

/// What `o`'s payload holds (`children` but the class, the `__dict__` and the slots).
pub(super) fn payload_children(o: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    let mut v = |x: &Value| {
        if let Value::Obj(c) = x {
            f(c)
        }
    };
    match &o.payload {
        Payload::Class(c) => {
            for b in c.bases.borrow().iter().chain(c.mro.borrow().iter()) {
                v(&Value::Obj(b.clone()));
            }
        }
        Payload::Dict(d) | Payload::Set(d) => {
            for e in d.borrow().iter() {
                v(&e.key);
                v(&e.value);
            }
        }
        Payload::FrozenSet(d) => {
            for e in d.iter() {
                v(&e.key);
                v(&e.value);
            }
        }
        Payload::List(l) => l.borrow().iter().for_each(&mut v),
        Payload::Tuple(items) | Payload::TypeForm(items) => items.iter().for_each(&mut v),
        Payload::BoundMethod { func, receiver } => {
            v(func);
            v(receiver);
        }
        Payload::Property { fget, fset, fdel, doc, .. } => [fget, fset, fdel, doc].into_iter().for_each(&mut v),
        Payload::ClassMethod(x) | Payload::StaticMethod(x) | Payload::Boxed(x) => v(x),
        Payload::Super { this_class, obj, obj_type } => {
            v(&Value::Obj(this_class.clone()));
            v(obj);
            if let Some(t) = obj_type {
                v(&Value::Obj(t.clone()));
            }
        }
        Payload::Slice { start, stop, step } => [start, stop, step].into_iter().for_each(&mut v),
        Payload::Function(fd) => {
            fd.defaults.borrow().iter().for_each(&mut v);
            fd.kwdefaults.borrow().iter().for_each(|(_, x)| v(x));
            v(&Value::Obj(fd.globals.clone()));
            v(&fd.doc.borrow());
            v(&fd.module.borrow());
            if let Some(a) = &*fd.annotations.borrow() {
                v(a);
            }
        }
        Payload::Partial(p) => [&p.func, &p.args, &p.keywords].into_iter().for_each(&mut v),
        Payload::OpGetter(g) => g.children(&mut v),
        Payload::WeakRef(w) => v(&w.callback().borrow()),
        Payload::WeakColl(c) => c.children(&mut v),
        Payload::TupleGetter { doc, .. } => v(&doc.borrow()),
        Payload::Deque(d) => d.borrow().items.iter().for_each(&mut v),
        Payload::Exception(e) => {
            v(&e.args.borrow());
            v(&e.cause.borrow());
            v(&e.context.borrow());
            e.members.borrow().iter().for_each(|(_, x)| v(x));
        }
        _ => {}
    }
}

/// Where `o` stands in CPython's list of tracked objects: made in this order, except those a
/// collection moved to the end (`collect_cycles`).
pub(super) fn list_position(order: &FxHashMap<u64, super::gc_count::OrderKey>, o: &Obj) -> super::gc_count::OrderKey {
    order.get(&o.id).copied().unwrap_or((o.id, 0))
}

/// Whether `o`'s class defines `__del__` (an emptied object has no class).
pub(super) fn has_del(o: &Obj) -> bool {
    o.class.borrow().as_ref().and_then(|c| c.class_data()).is_some_and(|c| c.has_del.get())
}

impl Interp {
    /// `gc.collect()`: finds the cyclic garbage among tracked objects (and the frames and cells
    /// they hold), calls back the weak references to it, runs its finalizers (`__del__`, a
    /// generator's close) in the order of CPython's list of objects, frees it, and returns how
    /// many objects CPython would have found.
    pub fn collect_cycles(&mut self) -> usize {
        // The attribute caches' references are not CPython's: let them go.
        self.invalidate_caches();
        for site in self.method_sites.iter_mut() {
            site.2 = Value::None;
        }
        // Neither are the trace's (the classes it showed); those are counted but not freed.
        let traced: Ignored = self
            .tracer
            .as_ref()
            .map(|t| t.held_addresses().into_iter().map(|(a, n)| ((a, usize::MAX), n)).collect())
            .unwrap_or_default();
        // A dict the finalizers make (`self.__dict__`) is new, not among this collection's.
        let exposed = self.gc.exposed.clone();
        let constants = self.constant_tuple_addresses();
        self.gc.collected = true;
        let untracked = self.gc.untracked.clone();
        let tracking = Tracking { exposed: &exposed, untracked: &untracked, constants: &constants };
        let next_id = self.heap.next_id();

        let graph = Graph::build(self.heap.objects_alive(), &[]);
        let outside = graph.outside_counts(&traced);
        let unreachable = graph.unreachable_from(&outside);
        let order = &self.gc.order;
        let key = |n: &Node| match n {
            Node::Obj(o) => list_position(order, o),
            _ => (u64::MAX, 0),
        };
        let moved = graph.moved_back(&outside, &graph.members(&tracking), &key);
        let mut moved_ids: Vec<u64> = Vec::new();
        for i in moved {
            if let (Node::Obj(o), false) = (&graph.nodes[i], unreachable[i]) {
                moved_ids.push(o.id);
            }
        }
        let garbage = graph.subset(&unreachable);
        // What was reachable (not what the finalizers resurrect) is what CPython untracks.
        let survivors: FxHashSet<u64> = graph
            .nodes
            .iter()
            .zip(&unreachable)
            .filter_map(|(n, u)| match n {
                Node::Obj(o) if !u => Some(o.id),
                _ => None,
            })
            .collect();
        drop(graph);
        let mut objects: Vec<ObjRef> = garbage
            .nodes
            .iter()
            .filter_map(|n| match n {
                Node::Obj(o) => Some(o.clone()),
                _ => None,
            })
            .collect();
        objects.sort_by_key(|o| key(&Node::Obj(o.clone())));
        for (seq, id) in moved_ids.into_iter().enumerate() {
            self.gc.order.insert(id, (next_id - 1, seq as u64 + 1));
        }

        if self.gc.debug & super::gc_debug::DEBUG_COLLECTABLE != 0 {
            let all = vec![true; garbage.nodes.len()];
            let list = garbage.cpython_list(&all, &tracking, &self.gc.order);
            self.report_collectable(&garbage, &list);
        }
        let freed_refs = self.clear_weakrefs_to_garbage(&objects);
        // The finalizers run with the garbage held weakly: what one lets go of (a closed
        // generator its frame's locals) dies by reference counting right there, its `__del__`
        // running then, as in CPython, and is not among what the collection counts.
        let held = garbage.downgrade();
        drop(garbage);
        let order: Vec<std::rc::Weak<Obj>> = objects.iter().map(Rc::downgrade).collect();
        drop(objects);
        for o in order.iter().filter_map(std::rc::Weak::upgrade) {
            if has_del(&o) && super::finalize::mark_finalized(o.id) {
                self.call_del(&o);
            } else if matches!(o.payload, Payload::Generator(_)) {
                self.finalize_generator(&o);
            }
            drop(o);
            self.run_pending_finalizers();
        }
        let garbage = Graph::from_weak(&held);

        // A finalizer may have stored its object (or another) somewhere reachable: what is
        // still garbage is what CPython counts and frees. Asked of the whole heap again, as
        // references from outside the garbage (a closure kept alive keeps its frame's `Rc`,
        // not CPython's frame) tell only there.
        let mut ignored = garbage.own_references();
        for (k, n) in &traced {
            *ignored.entry(*k).or_default() += n;
        }
        let after = Graph::build(self.heap.objects_alive(), &garbage.nodes);
        let (still, freed) = (after.unreachable(&ignored), after.freed(&ignored));
        let shown = after.reach_from(&traced);
        let at = |n: &Node, flags: &[bool]| after.position(n.key()).is_some_and(|i| flags[i]);
        let last: Vec<bool> = garbage.nodes.iter().map(|n| at(n, &still) && !at(n, &freed)).collect();
        let list = garbage.cpython_list(&last, &tracking, &self.gc.order);
        let found = list.len() + freed_refs;
        if self.gc_saves_all() {
            self.save_garbage(&garbage, &list);
        } else {
            for (n, _) in garbage.nodes.iter().zip(&last).filter(|p| *p.1 && !at(p.0, &shown)) {
                n.clear();
            }
        }
        // Survivors holding only atomic items are untracked (`untrack_tuples`, `untrack_dicts`).
        let untrack = after.untracked_survivors(&survivors, &tracking);
        self.gc.untracked.extend(untrack);
        for n in &after.nodes {
            if let Node::Obj(o) = n {
                if let (Some(flag), true) = (self.gc.exposed.get_mut(&o.id), survivors.contains(&o.id)) {
                    *flag = super::gc_count::holds_trackable(o);
                }
            }
        }
        drop(after);
        drop(garbage);
        found
    }

    fn constant_tuple_addresses(&self) -> FxHashSet<usize> {
        self.constant_tuples_by_value
            .values()
            .filter_map(|v| v.as_obj())
            .map(|o| Rc::as_ptr(o) as *const u8 as usize)
            .collect()
    }

    /// Whether CPython tracks the copy `type.__new__` makes of a namespace holding `ns`'s
    /// items (`gc_list::GcOrigin::dict_early`): the program's constant tuples are tracked
    /// until a collection untracks them.
    pub(super) fn namespace_tracked(&self, ns: &super::dict::DictData) -> bool {
        let constants = if self.gc.collected { self.constant_tuple_addresses() } else { FxHashSet::default() };
        let tracking = Tracking { exposed: &self.gc.exposed, untracked: &self.gc.untracked, constants: &constants };
        tracking.entries_tracked(ns)
    }

    /// `gc.set_debug(gc.DEBUG_SAVEALL)` is on.
    pub fn gc_saves_all(&self) -> bool {
        self.gc.debug & super::gc_debug::DEBUG_SAVEALL != 0
    }

    /// A generator in a garbage cycle is closed, as CPython's finalizer does.
    pub(super) fn finalize_generator(&mut self, g: &ObjRef) {
        if let Payload::Generator(st) = &g.payload {
            if let Ok(mut st) = st.try_borrow_mut() {
                if st.finalized {
                    return;
                }
                st.finalized = true;
            }
        }
        if let Some(exc) = super::exc_owned(self.generator_close(g)) {
            self.report_unraisable(&Value::Obj(g.clone()), &exc);
        }
    }

    /// Interpreter exit, before the globals go: the cycles the program already let go of are
    /// finalized first, as CPython's final collection does.
    pub fn finalize_cycles(&mut self) {
        if self.heap.tracks_instances() {
            self.collect_cycles();
            self.run_pending_finalizers();
        }
    }

    /// After the globals went: whatever is still alive only keeps itself alive.
    pub fn finalize_leftovers(&mut self) {
        let mut left: Vec<(u64, ObjRef)> = Vec::new();
        for o in self.heap.objects_alive() {
            let mut add = |c: &ObjRef| {
                if has_del(c) {
                    left.push((c.id, c.clone()));
                }
            };
            add(&o);
            children(&o, &mut add);
        }
        left.sort_unstable_by_key(|p| p.0);
        left.dedup_by_key(|p| p.0);
        for (_, o) in left {
            if super::finalize::mark_finalized(o.id) {
                self.call_del(&o);
                self.run_pending_finalizers();
            }
        }
    }
}
