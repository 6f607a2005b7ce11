//! Which of the collector's objects are in CPython 3.11's list of tracked objects, and that
//! list's order, over the collector's graph (`gc_graph`): which containers it tracks at all,
//! and `move_unreachable`'s reordering of the objects it set aside and then found reachable.
//! The objects a garbage node stands for, which `gc.collect()` counts, are `gc_list`'s.

use super::dict::DictData;
use super::function::{CodeBody, FunctionData};
use super::gc_graph::{addr, Graph, Node, Refs};
use super::value::{Layout, Obj, ObjRef, Payload, Value};
use crate::syntax::ast::{Expr, ExprKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// What decides whether CPython tracks a container it would free.
pub(super) struct Tracking<'a> {
    /// Instance dicts the program asked for (`__dict__`, `vars`, `dir`, copying): CPython 3.11
    /// makes them then; before, a plain instance keeps its attributes inline.
    pub exposed: &'a FxHashMap<u64, bool>,
    /// Tuples of atomic items that lived through a collection, which untracked them (as
    /// `untrack_tuples` does); also classes whose `__bases__` tuple it untracked, and
    /// functions whose annotations tuple it untracked.
    pub untracked: &'a FxHashSet<u64>,
    /// The program's constant tuples, made before it ran.
    pub constants: &'a FxHashSet<usize>,
}

impl Tracking<'_> {
    /// `_PyObject_GC_MAY_BE_TRACKED`: whether a container holding `v` must be tracked.
    pub(super) fn may_be_tracked(&self, v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        match &o.payload {
            Payload::Tuple(items) if is_exact(o, "tuple") => {
                let survived = self.untracked.contains(&o.id) || self.constants.contains(&(addr(Rc::as_ptr(o))));
                !items.is_empty() && (!survived || items.iter().any(|x| self.may_be_tracked(x)))
            }
            Payload::Class(c) => !c.builtin,
            _ => gc_object(o),
        }
    }

    pub(super) fn entries_tracked(&self, d: &DictData) -> bool {
        d.iter().any(|e| self.may_be_tracked(&e.key) || self.may_be_tracked(&e.value))
    }

    /// A dict is tracked once it holds something trackable (`MAINTAIN_TRACKING`).
    pub(super) fn dict_tracked(&self, o: &Obj) -> bool {
        match &o.payload {
            Payload::Dict(d) => d.try_borrow().map_or(true, |d| self.entries_tracked(&d)),
            _ => true,
        }
    }
}

/// Whether a dict holds a container (which makes CPython track it), for a dict being made
/// from an instance's attributes.
pub(super) fn holds_trackable(d: &Obj) -> bool {
    let t =
        Tracking { exposed: &FxHashMap::default(), untracked: &FxHashSet::default(), constants: &FxHashSet::default() };
    t.dict_tracked(d)
}

/// Whether a container holding `v` must be tracked (`_PyObject_GC_MAY_BE_TRACKED`).
pub(super) fn trackable(v: &Value) -> bool {
    let t =
        Tracking { exposed: &FxHashMap::default(), untracked: &FxHashSet::default(), constants: &FxHashSet::default() };
    t.may_be_tracked(v)
}

fn is_exact(o: &Obj, name: &str) -> bool {
    o.class.borrow().as_ref().and_then(|c| c.class_data()).is_some_and(|c| c.builtin && &*c.name() == name)
}

/// Whether CPython's counterpart of `o` is a GC object at all.
fn gc_object(o: &Obj) -> bool {
    match &o.payload {
        Payload::Range { .. } | Payload::NotImplemented | Payload::Ellipsis | Payload::Lock(_) => false,
        // `object()`, and instances of a class adding no dict and no slots to `object`.
        Payload::Instance => o.dict.is_some(),
        Payload::Slots(s) => o.dict.is_some() || s.try_borrow().map_or(true, |s| !s.is_empty()),
        _ => true,
    }
}

/// A plain instance of a class deriving from `object` only: CPython 3.11 keeps its attributes
/// inline, without a dict, until the program asks for `__dict__`.
pub(super) fn inline_attributes(o: &Obj) -> bool {
    matches!(o.payload, Payload::Instance | Payload::Slots(_))
        && o.class
            .borrow()
            .as_ref()
            .and_then(|c| c.class_data())
            .is_some_and(|c| !c.builtin && c.layout == Layout::Object)
}

impl Graph {
    /// The objects among `survivors` a collection untracks: tuples of atomic items (inner
    /// ones first), and the classes and functions whose `__bases__` or annotations tuple is.
    pub fn untracked_survivors(&self, survivors: &FxHashSet<u64>, t: &Tracking) -> Vec<u64> {
        let mut objs: Vec<&ObjRef> = self
            .nodes
            .iter()
            .filter_map(|n| match n {
                Node::Obj(o) if survivors.contains(&o.id) => Some(o),
                _ => None,
            })
            .collect();
        objs.sort_by_key(|o| o.id);
        let mut untracked = t.untracked.clone();
        for o in objs {
            let atomic = match &o.payload {
                Payload::Tuple(items) if is_exact(o, "tuple") => {
                    let inner = Tracking { exposed: t.exposed, untracked: &untracked, constants: t.constants };
                    !items.iter().any(|x| inner.may_be_tracked(x))
                }
                Payload::Class(c) if !c.builtin => !c.bases.borrow().iter().any(|b| b.is_user_class()),
                Payload::Function(fd) => fd
                    .annotations
                    .borrow()
                    .as_ref()
                    .and_then(|a| a.as_obj().cloned())
                    .is_some_and(|a| !t.dict_tracked(&a)),
                _ => false,
            };
            if atomic {
                untracked.insert(o.id);
            }
        }
        untracked.into_iter().filter(|id| !t.untracked.contains(id)).collect()
    }
}

/// Whether a function's positional defaults are all constants, which the compiler makes one
/// constant tuple of (CPython does not track it); else `MAKE_FUNCTION` gets a new tuple.
pub(super) fn constant_defaults(fd: &FunctionData) -> bool {
    let params = match &fd.code.body {
        CodeBody::Def(d) => &d.params,
        CodeBody::Lambda(l) => &l.params,
        _ => return false,
    };
    params.posonly.iter().chain(&params.args).filter_map(|p| p.default.as_ref()).all(constant_expr)
}

/// A literal, a folded operation, or a tuple display of those: a constant after compiling.
fn constant_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(items) => items.iter().all(constant_expr),
        _ => crate::syntax::fold::constant_of(e).is_some(),
    }
}

/// Where an object sits in CPython's list of tracked objects, which is the order a collection
/// finalizes its garbage in: the order objects were made, but for those a collection moved to
/// the end (`OrderKey`s are compared as pairs: an object's own number and 0, or the number
/// of the first object made after that collection less one, and a sequence number).
pub(super) type OrderKey = (u64, u64);

impl Graph {
    /// CPython's `move_unreachable` over the tracked objects (`member`) in list order (`key`):
    /// an object nothing outside refers to is set aside as maybe unreachable; when a
    /// reachable object refers to one set aside, that one goes back to the end of the list.
    /// Returns those, in the order they went back. Frames and cells are passed through.
    pub fn moved_back(&self, outside: &[isize], member: &[bool], key: &dyn Fn(&Node) -> OrderKey) -> Vec<usize> {
        let n = self.nodes.len();
        let mut refs: Vec<isize> = outside.iter().map(|&o| o.max(0)).collect();
        // What a running frame (or another passed-through node referred to from outside)
        // refers to is referred to from outside.
        for t in (0..n).filter(|&t| !member[t] && outside[t] > 0) {
            self.through(t, member, &mut |j| refs[j] += 1);
        }
        let mut list: Vec<usize> = (0..n).filter(|&i| member[i]).collect();
        list.sort_by_key(|&i| key(&self.nodes[i]));
        // 0: not visited yet, 1: set aside, 2: reachable.
        let mut state = vec![0u8; n];
        let mut moved = Vec::new();
        let mut p = 0;
        while p < list.len() {
            let i = list[p];
            p += 1;
            if refs[i] <= 0 {
                state[i] = 1;
                continue;
            }
            state[i] = 2;
            self.through(i, member, &mut |j| match state[j] {
                1 => {
                    state[j] = 0;
                    refs[j] = 1;
                    list.push(j);
                    moved.push(j);
                }
                0 if refs[j] <= 0 => refs[j] = 1,
                _ => {}
            });
        }
        moved
    }

    /// Calls `f` for each member node `start` refers to, directly or through non-members.
    fn through(&self, start: usize, member: &[bool], f: &mut dyn FnMut(usize)) {
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        let mut stack = vec![start];
        seen.insert(start);
        while let Some(i) = stack.pop() {
            let mut next: Vec<usize> = Vec::new();
            self.nodes[i].edges(Refs::Live, &mut |e| {
                if let Some(&j) = self.index.get(&e.key()) {
                    next.push(j);
                }
            });
            // In the order the references come (the stack takes them last first).
            for &j in next.iter().rev() {
                if member[j] {
                    continue;
                }
                if seen.insert(j) {
                    stack.push(j);
                }
            }
            for j in next {
                if member[j] {
                    f(j);
                }
            }
        }
    }

    /// Whether each node is an object in CPython's list of tracked objects (`Tracking`).
    pub fn members(&self, t: &Tracking) -> Vec<bool> {
        let inline = never_made_dicts(self.nodes.iter(), t);
        self.nodes
            .iter()
            .map(|n| match n {
                Node::Obj(o) => match &o.payload {
                    Payload::Dict(_) if is_exact(o, "dict") => {
                        !inline.contains(&addr(Rc::as_ptr(o)))
                            && (t.exposed.get(&o.id).copied().unwrap_or(false) || t.dict_tracked(o))
                    }
                    Payload::Tuple(_) if is_exact(o, "tuple") => t.may_be_tracked(&Value::Obj(o.clone())),
                    Payload::Cell(super::cells::CellRef::Class(_)) => false,
                    _ => gc_object(o),
                },
                _ => false,
            })
            .collect()
    }
}

/// The dicts of plain instances among `nodes` that never made theirs (CPython keeps such an
/// instance's attributes inline, so there is no dict object to count).
fn never_made_dicts<'n>(nodes: impl Iterator<Item = &'n Node>, t: &Tracking) -> FxHashSet<usize> {
    nodes
        .filter_map(|n| match n {
            Node::Obj(o) if inline_attributes(o) => o.dict.as_ref().filter(|d| !t.exposed.contains_key(&d.id)),
            _ => None,
        })
        .map(|d| addr(Rc::as_ptr(d)))
        .collect()
}
