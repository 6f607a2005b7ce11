//! Allocation of numbered objects, and breaking reference cycles when a run ends.
//!
//! Objects are reference counted (`Rc`): an object dies the moment its last reference goes,
//! as in CPython, which is what the lab's later `__del__`/refcount chapter needs. Cycles
//! (class ↔ MRO, function ↔ globals, `a.me = a`) would leak, so the heap keeps a weak list of
//! the containers and, when the run ends, empties those that are still alive.

use super::refcell::RefCell;
use super::value::{Obj, ObjRef, Payload};
use std::rc::{Rc, Weak};

pub struct Heap {
    next_id: u64,
    all: Vec<Weak<Obj>>,
    prune_at: usize,
    /// Register every object, not only containers: from the moment the program imports `gc`
    /// or defines `__del__`, so that the cycle collector (`runtime::gc`) sees instances.
    track_all: bool,
}

impl Default for Heap {
    fn default() -> Self {
        Heap { next_id: 1, all: Vec::new(), prune_at: 4096, track_all: false }
    }
}

impl Heap {
    pub fn alloc(&mut self, class: Option<ObjRef>, dict: Option<ObjRef>, payload: Payload) -> ObjRef {
        self.alloc_with_slots(class, dict, payload, None)
    }

    /// A number later than every object's so far (objects are numbered as they are made).
    pub fn fresh_serial(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id - 1
    }

    pub fn alloc_with_slots(
        &mut self,
        class: Option<ObjRef>,
        dict: Option<ObjRef>,
        payload: Payload,
        extra_slots: Option<Box<super::value::SlotCells>>,
    ) -> ObjRef {
        let id = self.fresh_serial();
        self.alloc_numbered(id, class, dict, payload, extra_slots)
    }

    /// An object numbered earlier (`fresh_serial`) than it is made: a comprehension's list,
    /// which CPython creates before the items that fill it (its place in the collector's
    /// list of objects orders the finalizers at exit).
    pub fn alloc_numbered(
        &mut self,
        id: u64,
        class: Option<ObjRef>,
        dict: Option<ObjRef>,
        payload: Payload,
        extra_slots: Option<Box<super::value::SlotCells>>,
    ) -> ObjRef {
        let tracked = self.track_all || extra_slots.is_some() || can_close_a_cycle(&payload);
        let obj = Rc::new(Obj { id, class: RefCell::new(class), dict, payload, extra_slots });
        if !tracked {
            return obj;
        }
        if self.all.len() >= self.prune_at {
            self.all.retain(|w| w.strong_count() > 0);
            self.prune_at = (self.all.len() * 2).max(4096);
        }
        self.all.push(Rc::downgrade(&obj));
        obj
    }

    pub fn track_all(&mut self) {
        self.track_all = true;
    }

    /// The number the next object gets.
    pub fn next_id(&self) -> u64 {
        self.next_id
    }

    pub fn tracks_instances(&self) -> bool {
        self.track_all
    }

    pub fn objects_alive(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.all.iter().filter_map(|w| w.upgrade())
    }

    /// Empties every live container so that cycles fall apart; called once per run.
    pub fn break_cycles(&mut self) {
        let live: Vec<ObjRef> = self.objects_alive().collect();
        self.all.clear();
        for o in &live {
            clear_object(o);
        }
    }
}

/// Only objects whose contents `clear_object` empties are registered: every cycle passes
/// through one of them (an instance reaches itself only through its `__dict__` or slots, a
/// tuple only through a mutable container). Leaving plain instances, tuples, bound methods
/// and `super` objects out matters for speed: a weak reference keeps an object's memory
/// allocated until the next prune, which defeats the allocator's recycling.
fn can_close_a_cycle(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Dict(_)
            | Payload::Set(_)
            | Payload::List(_)
            | Payload::Class(_)
            | Payload::Function(_)
            | Payload::Slots(_)
            | Payload::Exception(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::Deque(_)
    )
}

pub(super) fn clear_object(o: &Obj) {
    clear_contents(o, true);
}

/// `clear_object`; `closures` also empties the frames functions close over (at the end of a
/// run), which the collector leaves to its own frame and cell nodes (`gc_graph::Node`): other
/// closures may still read those cells.
pub(super) fn clear_contents(o: &Obj, closures: bool) {
    use std::mem::take;
    *o.class.borrow_mut() = None;
    if let Some(s) = o.slot_cells() {
        let old = take(&mut *s.borrow_mut());
        drop(old);
    }
    match &o.payload {
        Payload::Dict(d) | Payload::Set(d) => {
            let old = take(&mut *d.borrow_mut());
            drop(old);
        }
        Payload::List(l) => {
            let old = take(&mut *l.borrow_mut());
            drop(old);
        }
        Payload::Class(c) => {
            let a = take(&mut *c.mro.borrow_mut());
            let b = take(&mut *c.bases.borrow_mut());
            drop((a, b));
        }
        Payload::Function(f) => {
            let a = take(&mut *f.defaults.borrow_mut());
            let b = take(&mut *f.kwdefaults.borrow_mut());
            drop((a, b));
            if let Some(frame) = f.closure.as_ref().filter(|_| closures) {
                let s = take(&mut *frame.slots.borrow_mut());
                drop(s);
            }
            if let Some(cell) = f.class_cell.as_ref().filter(|_| closures) {
                let c = cell.borrow_mut().take();
                drop(c);
            }
        }
        Payload::Slots(_) => {}
        Payload::Deque(d) => {
            let old = take(&mut d.borrow_mut().items);
            drop(old);
        }
        Payload::WeakRef(w) => {
            let old = std::mem::replace(&mut *w.callback().borrow_mut(), super::value::Value::None);
            drop(old);
        }
        Payload::WeakColl(c) => c.clear(),
        Payload::Exception(e) => {
            let a = std::mem::replace(&mut *e.args.borrow_mut(), super::value::Value::None);
            let b = std::mem::replace(&mut *e.cause.borrow_mut(), super::value::Value::None);
            let c = std::mem::replace(&mut *e.context.borrow_mut(), super::value::Value::None);
            let m = take(&mut *e.members.borrow_mut());
            let t = take(&mut *e.traceback.borrow_mut());
            drop((a, b, c, m, t));
        }
        Payload::Traceback(t) => {
            let next = std::mem::replace(&mut *t.next().borrow_mut(), super::value::Value::None);
            let frame = t.frame().borrow_mut().take();
            drop((next, frame));
        }
        Payload::Iter(it) => {
            let old = std::mem::replace(&mut *it.borrow_mut(), super::value::IterState::Exhausted);
            drop(old);
        }
        Payload::Generator(g) => {
            let old = take(&mut *g.borrow_mut());
            drop(old);
        }
        _ => {}
    }
}
