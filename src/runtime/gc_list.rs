//! The objects CPython's list of tracked objects holds for a collection's garbage, in that
//! list's order: those metalab has too, and those it keeps inside another (a function's
//! defaults and closure tuples, a class's `__bases__` and `__mro__` tuples, an exception's
//! traceback entries, a frame's cells). This one list is what `gc.collect()` counts, what
//! `gc.DEBUG_COLLECTABLE` prints and what `gc.DEBUG_SAVEALL` keeps in `gc.garbage`.
//!
//! The order is the order CPython tracked the objects in (`gc_count::OrderKey`); a hidden
//! object is placed beside its owner where CPython makes it: a function's tuples just before
//! the function (`MAKE_FUNCTION` takes them ready-made), a class's `__mro__` and descriptors
//! just after the class (`PyType_Ready`), a class statement's bases tuple and `__class__`
//! cell when the statement began (`__build_class__`), a frame's cells when its call began.

use super::gc_count::{OrderKey, Tracking};
use super::gc_graph::{addr, closure_cells, Graph, Node};
use super::value::{ObjRef, Payload};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// An entry's place: its owner's `OrderKey`, then where it stands beside the owner.
pub(super) type SortKey = (u64, u64, i32);

/// What CPython remembers of how a class was made, which places the objects it keeps inside
/// the class in the collector's list.
#[derive(Clone, Copy, Default)]
pub struct GcOrigin {
    /// The object number when its class statement's body began (0 for a class made
    /// otherwise): the `__class__` cell is made then.
    pub statement: u64,
    /// The number of the bases tuple `type.__new__` was given, or 0 when that was empty and
    /// it made `(object,)` itself.
    pub bases_tuple: u64,
    /// The namespace held a container when `type.__new__` copied it, so the class dict was
    /// tracked before the class; else only once a container (a descriptor) went in.
    pub dict_early: bool,
}

/// Which object of CPython's a garbage node stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Part {
    /// The node's own object (an object, a frame object, a cell).
    Itself,
    Defaults,
    KwDefaults,
    Annotations,
    Closure,
    Bases,
    Mro,
    /// An exception's traceback entry `.0` that the program never asked for as an object.
    Traceback(usize),
}

/// One object of CPython's list: the garbage node it belongs to, and which part of it.
pub(super) struct Listed {
    pub key: SortKey,
    pub node: usize,
    pub part: Part,
}

/// Within an owner's place: the class's hidden objects by what CPython makes first.
const BEFORE_BASES: i32 = -3;
const BEFORE_DICT: i32 = -2;
const MRO: i32 = 2;
const FIRST_DESCRIPTOR: i32 = 4;
/// A class dict that only a later assignment made CPython track: after the class's own parts.
const LATE_DICT: i32 = 100;

impl Graph {
    /// CPython's list of tracked objects among the nodes `garbage` marks, in its order.
    pub fn cpython_list(&self, garbage: &[bool], t: &Tracking, order: &FxHashMap<u64, OrderKey>) -> Vec<Listed> {
        let members = self.members(t);
        let pos = |o: &ObjRef| -> SortKey {
            let k = super::gc::list_position(order, o);
            (k.0, k.1, 0)
        };
        let placed = dicts_and_descriptors_placed(self, garbage, &pos);
        let mut list: Vec<Listed> = Vec::new();
        for (i, n) in self.nodes.iter().enumerate().filter(|p| garbage[p.0]) {
            let mut add = |key: SortKey, part: Part| list.push(Listed { key, node: i, part });
            match n {
                Node::Obj(o) => {
                    let key = placed.get(&addr(Rc::as_ptr(o))).copied().unwrap_or_else(|| pos(o));
                    if members[i] {
                        add(key, Part::Itself);
                    }
                    hidden_parts(o, key, t, &mut add);
                }
                // A frame object, when a traceback made one: CPython makes it when the
                // exception passes through the frame, after the frame's own objects.
                Node::Frame(f) if f.tb_holders.get() > 0 => add((f.made, 0, 1), Part::Itself),
                Node::Frame(_) => {}
                Node::FrameCell(f, slot) => {
                    let made = f.upgrade().map_or(u64::MAX, |f| f.made);
                    add((made, 0, -1000 + *slot as i32), Part::Itself)
                }
                // A class body makes the cell only when a method uses it (then it is filled).
                Node::Cell(c) => {
                    let Ok(c) = c.try_borrow() else {
                        add((u64::MAX, 0, 0), Part::Itself);
                        continue;
                    };
                    if let Some(cls) = &*c {
                        let origin = cls.class_data().map(|d| d.gc_origin.get()).unwrap_or_default();
                        add((origin.statement, 0, -1), Part::Itself);
                    }
                }
            }
        }
        list.sort_by_key(|l| l.key);
        list
    }
}

/// The objects CPython keeps as separate objects inside `o` (at `key`), with their places.
fn hidden_parts(o: &ObjRef, key: SortKey, t: &Tracking, add: &mut dyn FnMut(SortKey, Part)) {
    let beside = |sub: i32| (key.0, key.1, sub);
    match &o.payload {
        Payload::Function(fd) => {
            // `MAKE_FUNCTION` takes them ready-made, in this order; defaults that are all
            // constants are one constant tuple, which CPython does not track.
            if !fd.defaults.borrow().is_empty() && !super::gc_count::constant_defaults(fd) {
                add(beside(-4), Part::Defaults);
            }
            if fd.kwdefaults.borrow().iter().any(|(_, v)| t.may_be_tracked(v)) {
                add(beside(-3), Part::KwDefaults);
            }
            // CPython keeps the annotations as a tuple made with the function (tracked until
            // a collection finds only atomic items in it); metalab's dict stands for it when
            // it holds something trackable.
            if let Some(super::value::Value::Obj(a)) = &*fd.annotations.borrow() {
                let filled = a.dict_data().is_some_and(|d| !d.borrow().is_empty());
                if filled && !t.untracked.contains(&o.id) && !t.dict_tracked(a) {
                    add(beside(-2), Part::Annotations);
                }
            }
            if closure_cells(fd, &mut |_, _| {}) {
                add(beside(-1), Part::Closure);
            }
        }
        Payload::Class(c) if !c.builtin => {
            // `__bases__` unless a collection already untracked it (it holds only builtin
            // classes).
            if !t.untracked.contains(&o.id) || c.bases.borrow().iter().any(|b| b.is_user_class()) {
                let origin = c.gc_origin.get();
                let at = match origin.bases_tuple {
                    0 => beside(BEFORE_BASES),
                    made => (made, 0, 0),
                };
                add(at, Part::Bases);
            }
            add(beside(MRO), Part::Mro);
        }
        Payload::Exception(e) => {
            if let Ok(tb) = e.traceback.try_borrow() {
                for (i, _) in tb.iter().enumerate().filter(|p| p.1.obj.is_none()) {
                    add(beside(1 + i as i32), Part::Traceback(i));
                }
            }
        }
        _ => {}
    }
}

/// Where the dicts of garbage objects go, and a garbage class's descriptors, by address.
/// CPython makes an instance's or a function's `__dict__` when first used, after its owner;
/// a class's descriptors after the class; and it tracks a class dict when it copies the
/// namespace, or when the first descriptor goes in, or at a later assignment.
fn dicts_and_descriptors_placed(
    g: &Graph,
    garbage: &[bool],
    pos: &dyn Fn(&ObjRef) -> SortKey,
) -> FxHashMap<usize, SortKey> {
    let mut placed = FxHashMap::default();
    for (n, _) in g.nodes.iter().zip(garbage).filter(|p| *p.1) {
        let Node::Obj(cls) = n else { continue };
        let Payload::Class(c) = &cls.payload else {
            if let Some(d) = &cls.dict {
                let owner = pos(cls);
                placed.insert(addr(Rc::as_ptr(d)), pos(d).max((owner.0, owner.1, 1)));
            }
            continue;
        };
        let (Some(dict), false) = (&cls.dict, c.builtin) else { continue };
        let key = pos(cls);
        let mut sub = FIRST_DESCRIPTOR;
        if let Some(d) = dict.dict_data() {
            let Ok(d) = d.try_borrow() else { continue };
            for e in d.iter() {
                if let super::value::Value::Obj(v) = &e.value {
                    if matches!(v.payload, Payload::GetSet { .. } | Payload::SlotMember { .. }) && v.id > dict.id {
                        placed.insert(addr(Rc::as_ptr(v)), (key.0, key.1, sub));
                        sub += 2;
                    }
                }
            }
        }
        let dict_sub = match c.gc_origin.get() {
            o if o.dict_early => BEFORE_DICT,
            _ if sub > FIRST_DESCRIPTOR => FIRST_DESCRIPTOR + 1,
            _ => LATE_DICT,
        };
        placed.insert(addr(Rc::as_ptr(dict)), (key.0, key.1, dict_sub));
    }
    placed
}
