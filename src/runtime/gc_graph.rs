//! The collector's graph (`runtime::gc`): the heap's objects, plus what CPython makes objects
//! of and metalab keeps elsewhere — function frames (which closures, generators and tracebacks
//! keep) and `__class__` cells — with the references each holds one count of, trial deletion
//! over them, and how many of CPython's objects a garbage node stands for (what
//! `gc.collect()` returns).

use super::function::{ClassCell, CodeBody, Frame, FunctionData};
use super::value::{IterState, Layout, Obj, ObjRef, Payload, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::{Rc, Weak};

#[derive(Clone)]
pub(super) enum Node {
    Obj(ObjRef),
    Frame(Rc<Frame>),
    /// One cell variable of a frame (slot `.1`): CPython's cell object, which the closures
    /// that read it share. (A metalab closure keeps the whole frame.)
    FrameCell(Weak<Frame>, usize),
    Cell(ClassCell),
}

/// A node held weakly (`Graph::downgrade`).
pub(super) enum WeakNode {
    Obj(Weak<Obj>),
    Frame(Weak<Frame>),
    FrameCell(Weak<Frame>, usize),
    Cell(Weak<std::cell::RefCell<Option<ObjRef>>>),
}

/// A reference one node holds.
pub(super) enum Edge<'a> {
    Obj(&'a ObjRef),
    Frame(&'a Rc<Frame>),
    FrameCell(&'a Rc<Frame>, usize),
    Cell(&'a ClassCell),
}

/// Which references `Node::edges` gives: the `Rc` counts a node holds (what tells references
/// from outside apart), or CPython's references (what keeps a node alive): a closure holds
/// its frame's `Rc` but only the cells it reads, a returned frame holds its caller's `Rc`
/// (`Frame::parent`) but nothing in CPython.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Refs {
    Held,
    Live,
}

pub(super) type Key = (usize, usize);

fn addr<T>(p: *const T) -> usize {
    p as *const u8 as usize
}

impl Edge<'_> {
    fn key(&self) -> Key {
        match self {
            Edge::Obj(o) => (addr(Rc::as_ptr(o)), usize::MAX),
            Edge::Frame(f) => (addr(Rc::as_ptr(f)), usize::MAX),
            Edge::FrameCell(f, i) => (addr(Rc::as_ptr(f)), *i),
            Edge::Cell(c) => (addr(Rc::as_ptr(c)), usize::MAX),
        }
    }

    fn node(&self) -> Node {
        match self {
            Edge::Obj(o) => Node::Obj((*o).clone()),
            Edge::Frame(f) => Node::Frame((*f).clone()),
            Edge::FrameCell(f, i) => Node::FrameCell(Rc::downgrade(f), *i),
            Edge::Cell(c) => Node::Cell((*c).clone()),
        }
    }
}

impl Node {
    pub(super) fn key(&self) -> Key {
        match self {
            Node::Obj(o) => Edge::Obj(o).key(),
            Node::Frame(f) => Edge::Frame(f).key(),
            Node::FrameCell(f, i) => (addr(f.as_ptr()), *i),
            Node::Cell(c) => Edge::Cell(c).key(),
        }
    }

    /// The `Rc` counts held on the node, but the graph's own.
    fn held(&self) -> usize {
        match self {
            Node::Obj(o) => Rc::strong_count(o) - 1,
            Node::Frame(f) => Rc::strong_count(f) - 1,
            Node::FrameCell(..) => 0,
            Node::Cell(c) => Rc::strong_count(c) - 1,
        }
    }

    /// Calls `f` for each reference this node holds (`refs` says which kind).
    fn edges(&self, refs: Refs, f: &mut dyn FnMut(Edge<'_>)) {
        match self {
            Node::Obj(o) => obj_edges(o, refs, f),
            Node::Frame(fr) => frame_edges(fr, refs, f),
            Node::FrameCell(fr, i) => {
                if let (Refs::Live, Some(fr)) = (refs, fr.upgrade()) {
                    if let Ok(slots) = fr.slots.try_borrow() {
                        if let Some(Some(v)) = slots.get(*i) {
                            value_edge(v, f);
                        }
                    }
                }
            }
            Node::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    if let Some(o) = &*c {
                        f(Edge::Obj(o));
                    }
                }
            }
        }
    }

    /// Breaks what the node holds (a cycle found to be garbage), as CPython's `tp_clear`.
    pub(super) fn clear(&self) {
        match self {
            Node::Obj(o) => super::heap::clear_contents(o, false),
            Node::Frame(f) => {
                super::call::release_plain_locals(f);
                let back = f.back.borrow_mut().take();
                drop(back);
            }
            Node::FrameCell(f, i) => {
                if let Some(f) = f.upgrade() {
                    let old = f.slots.borrow_mut().get_mut(*i).and_then(Option::take);
                    drop(old);
                }
            }
            Node::Cell(c) => {
                let old = c.borrow_mut().take();
                drop(old);
            }
        }
    }
}

pub(super) fn value_edge(v: &Value, f: &mut dyn FnMut(Edge<'_>)) {
    if let Value::Obj(o) = v {
        f(Edge::Obj(o));
    }
}

fn obj_edges(o: &Obj, refs: Refs, f: &mut dyn FnMut(Edge<'_>)) {
    // CPython's `subtype_traverse` order: slots, `__dict__`, the class, then the base's.
    super::gc::slot_children(o, &mut |c| f(Edge::Obj(c)));
    if let Some(d) = &o.dict {
        f(Edge::Obj(d));
    }
    if let Some(c) = o.class.borrow().as_ref() {
        f(Edge::Obj(c));
    }
    match &o.payload {
        // `list_traverse` and `tupletraverse` go from the last item.
        Payload::List(items) => {
            if let Ok(items) = items.try_borrow() {
                items.iter().rev().for_each(|v| value_edge(v, f));
            }
        }
        Payload::Tuple(items) => items.iter().rev().for_each(|v| value_edge(v, f)),
        _ => super::gc::payload_children(o, &mut |c| f(Edge::Obj(c))),
    }
    match &o.payload {
        Payload::Function(fd) => {
            match refs {
                Refs::Held => {
                    if let Some(fr) = &fd.closure {
                        f(Edge::Frame(fr));
                    }
                }
                Refs::Live => {
                    closure_cells(fd, &mut |fr, i| f(Edge::FrameCell(fr, i)));
                }
            }
            if let Some(c) = &fd.class_cell {
                f(Edge::Cell(c));
            }
        }
        Payload::Exception(e) => {
            if let Ok(tb) = e.traceback.try_borrow() {
                for t in tb.iter() {
                    if let Some(fr) = &t.frame {
                        f(Edge::Frame(fr.frame()));
                    }
                    if let Some(obj) = &t.obj {
                        f(Edge::Obj(obj));
                    }
                }
            }
        }
        Payload::Traceback(t) => {
            if let Ok(next) = t.next().try_borrow() {
                value_edge(&next, f);
            }
            if let Ok(fr) = t.frame().try_borrow() {
                if let Some(fr) = &*fr {
                    f(Edge::Frame(fr.frame()));
                }
            }
        }
        Payload::Generator(g) => {
            if let Ok(g) = g.try_borrow() {
                g.edges(&mut |e| f(e));
            }
        }
        Payload::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                iter_edges(&it, f);
            }
        }
        Payload::ClassCell(c) => f(Edge::Cell(c)),
        _ => {}
    }
}

/// A frame's cell variables: the slots some nested scope reads.
fn cell_slots(fr: &Frame) -> impl Iterator<Item = usize> + '_ {
    (0..fr.code.nslots).filter(|i| fr.code.plain_slots.binary_search(i).is_err())
}

fn frame_edges(fr: &Rc<Frame>, refs: Refs, f: &mut dyn FnMut(Edge<'_>)) {
    if let Ok(slots) = fr.slots.try_borrow() {
        for (i, v) in slots.iter().enumerate() {
            let plain = fr.code.plain_slots.binary_search(&i).is_ok();
            if let (Some(v), true) = (v, plain || refs == Refs::Held) {
                value_edge(v, f);
            }
        }
    }
    if refs == Refs::Live {
        for i in cell_slots(fr) {
            f(Edge::FrameCell(fr, i));
        }
    }
    if let (Some(p), Refs::Held) = (&fr.parent, refs) {
        f(Edge::Frame(p));
    }
    f(Edge::Obj(&fr.globals));
    if let Ok(l) = fr.locals.try_borrow() {
        if let Some(d) = &*l {
            f(Edge::Obj(d));
        }
    }
    if let Some(c) = &fr.class_cell {
        f(Edge::Cell(c));
    }
    if let Ok(b) = fr.back.try_borrow() {
        if let Some(b) = &*b {
            f(Edge::Frame(b.frame()));
        }
    }
}

fn iter_edges(it: &IterState, f: &mut dyn FnMut(Edge<'_>)) {
    let mut v = |x: &Value| value_edge(x, f);
    match it {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => v(seq),
        IterState::Dict { dict, .. } => v(&Value::Obj(dict.clone())),
        IterState::Set { set, keys, .. } => {
            v(&Value::Obj(set.clone()));
            keys.iter().for_each(v);
        }
        IterState::GetItem { obj, .. } => v(obj),
        IterState::Enumerate { inner, count } => {
            v(inner);
            v(count);
        }
        IterState::Zip { inners, .. } => inners.iter().for_each(v),
        IterState::Map { func, inners } => {
            v(func);
            inners.iter().for_each(v);
        }
        IterState::Filter { func, inner } => {
            v(func);
            v(inner);
        }
        IterState::Values { values, .. } => values.iter().for_each(v),
        IterState::Elements { pairs, elem, .. } => {
            v(pairs);
            v(elem);
        }
        IterState::Callable { func, sentinel } => {
            v(func);
            v(sentinel);
        }
        IterState::Chain { sources, current, .. } => {
            sources.iter().for_each(&mut v);
            if let Some(c) = current {
                v(c);
            }
        }
        _ => {}
    }
}

/// Nodes and their positions, keyed by address.
pub(super) struct Graph {
    pub nodes: Vec<Node>,
    index: FxHashMap<Key, usize>,
}

/// Nodes some of whose references are metalab's, not CPython's, and how many.
pub(super) type Ignored = FxHashMap<Key, isize>;

impl Graph {
    /// The objects given and the `more` nodes, and the frames and cells they (and those)
    /// reach.
    pub fn build(objects: impl Iterator<Item = ObjRef>, more: &[Node]) -> Graph {
        let mut g = Graph { nodes: Vec::new(), index: FxHashMap::default() };
        for o in objects {
            g.add(Node::Obj(o));
        }
        for n in more {
            g.add(n.clone());
        }
        let mut i = 0;
        while i < g.nodes.len() {
            let mut found: Vec<Node> = Vec::new();
            for refs in [Refs::Held, Refs::Live] {
                g.nodes[i].edges(refs, &mut |e| {
                    if !matches!(e, Edge::Obj(_)) && !g.index.contains_key(&e.key()) {
                        found.push(e.node());
                    }
                });
            }
            for n in found {
                g.add(n);
            }
            i += 1;
        }
        g
    }

    fn add(&mut self, n: Node) {
        let k = n.key();
        if let std::collections::hash_map::Entry::Vacant(e) = self.index.entry(k) {
            e.insert(self.nodes.len());
            self.nodes.push(n);
        }
    }

    /// The nodes among `self` that `keep` marks, as a graph of their own.
    pub fn subset(&self, keep: &[bool]) -> Graph {
        let mut g = Graph { nodes: Vec::new(), index: FxHashMap::default() };
        for (n, _) in self.nodes.iter().zip(keep).filter(|p| *p.1) {
            g.add(n.clone());
        }
        g
    }

    /// How many references to each node come from outside the graph (not counting the
    /// graph's own list of nodes, nor the `ignored` ones).
    pub fn outside_counts(&self, ignored: &Ignored) -> Vec<isize> {
        let mut outside: Vec<isize> =
            self.nodes.iter().map(|n| n.held() as isize - ignored.get(&n.key()).copied().unwrap_or(0)).collect();
        for n in &self.nodes {
            n.edges(Refs::Held, &mut |e| {
                if let Some(&i) = self.index.get(&e.key()) {
                    outside[i] -= 1;
                }
            });
        }
        outside
    }

    /// Trial deletion: the nodes that nothing outside the graph keeps alive.
    pub fn unreachable(&self, ignored: &Ignored) -> Vec<bool> {
        self.unreachable_from(&self.outside_counts(ignored))
    }

    /// `unreachable`, from the references from outside (`outside_counts`).
    pub fn unreachable_from(&self, outside: &[isize]) -> Vec<bool> {
        let reached = self.reach((0..self.nodes.len()).filter(|&i| outside[i] > 0).collect());
        reached.into_iter().map(|r| !r).collect()
    }

    /// The nodes reachable from `stack`'s.
    fn reach(&self, mut stack: Vec<usize>) -> Vec<bool> {
        let mut reached = vec![false; self.nodes.len()];
        for &i in &stack {
            reached[i] = true;
        }
        while let Some(i) = stack.pop() {
            self.nodes[i].edges(Refs::Live, &mut |e| {
                if let Some(&j) = self.index.get(&e.key()) {
                    if !reached[j] {
                        reached[j] = true;
                        stack.push(j);
                    }
                }
            });
        }
        reached
    }

    /// The nodes reachable from those `from` has.
    pub fn reach_from(&self, from: &Ignored) -> Vec<bool> {
        self.reach(from.keys().filter_map(|k| self.index.get(k).copied()).collect())
    }

    /// Where the node with `key` is, if the graph has it.
    pub fn position(&self, key: Key) -> Option<usize> {
        self.index.get(&key).copied()
    }

    /// The nodes, held weakly.
    pub fn downgrade(&self) -> Vec<WeakNode> {
        self.nodes
            .iter()
            .map(|n| match n {
                Node::Obj(o) => WeakNode::Obj(Rc::downgrade(o)),
                Node::Frame(f) => WeakNode::Frame(Rc::downgrade(f)),
                Node::FrameCell(f, i) => WeakNode::FrameCell(f.clone(), *i),
                Node::Cell(c) => WeakNode::Cell(Rc::downgrade(c)),
            })
            .collect()
    }

    /// The nodes among `weak` still alive.
    pub fn from_weak(weak: &[WeakNode]) -> Graph {
        let mut g = Graph { nodes: Vec::new(), index: FxHashMap::default() };
        for w in weak {
            let n = match w {
                WeakNode::Obj(o) => o.upgrade().map(Node::Obj),
                WeakNode::Frame(f) => f.upgrade().map(Node::Frame),
                WeakNode::FrameCell(f, i) => (f.strong_count() > 0).then(|| Node::FrameCell(f.clone(), *i)),
                WeakNode::Cell(c) => c.upgrade().map(Node::Cell),
            };
            if let Some(n) = n {
                g.add(n);
            }
        }
        g
    }

    /// The graph's own reference to each node (but cells', which are not `Rc`s), as
    /// references to leave out of another graph's counts.
    pub fn own_references(&self) -> Ignored {
        self.nodes.iter().filter(|n| !matches!(n, Node::FrameCell(..))).map(|n| (n.key(), 1)).collect()
    }

    /// The nodes whose every reference comes from nodes freed before them: what reference
    /// counting alone frees once the graph's list lets go (CPython frees them during the
    /// finalizers, so they are not among what a collection counts). A frame's cell that no
    /// closure reads any more is among them: CPython freed it when the frame went.
    pub fn freed(&self, ignored: &Ignored) -> Vec<bool> {
        let mut left = self.outside_counts(ignored);
        for n in &self.nodes {
            n.edges(Refs::Live, &mut |e| {
                if let Some(&i) = self.index.get(&e.key()) {
                    left[i] += 1;
                }
            });
        }
        let mut freed = vec![false; self.nodes.len()];
        let mut stack: Vec<usize> = (0..self.nodes.len()).filter(|&i| left[i] <= 0).collect();
        while let Some(i) = stack.pop() {
            if freed[i] {
                continue;
            }
            freed[i] = true;
            self.nodes[i].edges(Refs::Live, &mut |e| {
                if let Some(&j) = self.index.get(&e.key()) {
                    left[j] -= 1;
                    if left[j] <= 0 && !freed[j] {
                        stack.push(j);
                    }
                }
            });
        }
        freed
    }
}

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
    fn may_be_tracked(&self, v: &Value) -> bool {
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

    /// A dict is tracked once it holds something trackable (`MAINTAIN_TRACKING`).
    fn dict_tracked(&self, o: &Obj) -> bool {
        match &o.payload {
            Payload::Dict(d) => d
                .try_borrow()
                .map_or(true, |d| d.iter().any(|e| self.may_be_tracked(&e.key) || self.may_be_tracked(&e.value))),
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

/// Calls `out` with the cells of CPython's closure tuple of `fd` (frame, slot), and says
/// whether it has a closure tuple at all (free variables, or the `__class__` cell).
fn closure_cells<'a>(fd: &'a FunctionData, out: &mut dyn FnMut(&'a Rc<Frame>, usize)) -> bool {
    let (free, uses_class) = match &fd.code.body {
        CodeBody::Def(d) => (&d.scope.free, d.scope.uses_class_cell),
        CodeBody::Lambda(l) => (&l.scope.free, l.scope.uses_class_cell),
        CodeBody::Comp(c, _) => (&c.scope.free, c.scope.uses_class_cell),
    };
    let mut any = uses_class && fd.class_cell.is_some();
    for name in free {
        let mut frame = fd.closure.as_ref();
        while let Some(f) = frame {
            if let Some(&i) = f.code.slot_of.get(name) {
                if f.code.plain_slots.binary_search(&i).is_err() {
                    out(f, i);
                    any = true;
                }
                break;
            }
            frame = f.parent.as_ref();
        }
    }
    any
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

    /// How many objects CPython would count among the garbage nodes `garbage` marks.
    pub fn cpython_count(&self, garbage: &[bool], t: &Tracking) -> usize {
        let nodes: Vec<&Node> = self.nodes.iter().zip(garbage).filter(|p| *p.1).map(|p| p.0).collect();
        // The dicts of plain instances that never made theirs.
        let inline: FxHashSet<usize> = nodes
            .iter()
            .filter_map(|n| match n {
                Node::Obj(o) if inline_attributes(o) => o.dict.as_ref().filter(|d| !t.exposed.contains_key(&d.id)),
                _ => None,
            })
            .map(|d| addr(Rc::as_ptr(d)))
            .collect();
        nodes
            .iter()
            .map(|n| match n {
                Node::Obj(o) => obj_count(o, t, &inline),
                // A frame object, when a traceback made one.
                Node::Frame(f) => usize::from(f.tb_holders.get() > 0),
                Node::FrameCell(..) => 1,
                // A class body makes the cell only when a method uses it (then it is filled).
                Node::Cell(c) => usize::from(c.try_borrow().map_or(true, |c| c.is_some())),
            })
            .sum()
    }
}

fn obj_count(o: &ObjRef, t: &Tracking, inline: &FxHashSet<usize>) -> usize {
    match &o.payload {
        Payload::Dict(_) if is_exact(o, "dict") => {
            let own = inline.contains(&addr(Rc::as_ptr(o)));
            let was_tracked = t.exposed.get(&o.id).copied().unwrap_or(false);
            usize::from(!own && (was_tracked || t.dict_tracked(o)))
        }
        Payload::Tuple(_) if is_exact(o, "tuple") => usize::from(t.may_be_tracked(&Value::Obj(o.clone()))),
        Payload::Function(fd) => {
            let defaults = usize::from(!fd.defaults.borrow().is_empty());
            let kwdefaults = usize::from(fd.kwdefaults.borrow().iter().any(|(_, v)| t.may_be_tracked(v)));
            // CPython keeps the annotations as a tuple made with the function (tracked
            // until a collection finds only atomic items in it); metalab's dict stands for
            // it when it holds something trackable.
            let annotations = match &*fd.annotations.borrow() {
                Some(Value::Obj(a)) => {
                    let filled = a.dict_data().is_some_and(|d| !d.borrow().is_empty());
                    usize::from(filled && !t.untracked.contains(&o.id) && !t.dict_tracked(a))
                }
                _ => 0,
            };
            let closure = closure_cells(fd, &mut |_, _| {});
            1 + defaults + kwdefaults + annotations + usize::from(closure)
        }
        // The `__mro__` tuple (which holds the class), and `__bases__` unless a collection
        // already untracked it (it holds only builtin classes).
        Payload::Class(c) if !c.builtin => {
            let fresh = !t.untracked.contains(&o.id);
            2 + usize::from(fresh || c.bases.borrow().iter().any(|b| b.is_user_class()))
        }
        Payload::Exception(e) => 1 + e.traceback.borrow().iter().filter(|t| t.obj.is_none()).count(),
        // The `__classcell__` entry is the cell itself.
        Payload::ClassCell(_) => 0,
        _ => usize::from(gc_object(o)),
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
        let inline: FxHashSet<usize> = self
            .nodes
            .iter()
            .filter_map(|n| match n {
                Node::Obj(o) if inline_attributes(o) => o.dict.as_ref().filter(|d| !t.exposed.contains_key(&d.id)),
                _ => None,
            })
            .map(|d| addr(Rc::as_ptr(d)))
            .collect();
        self.nodes
            .iter()
            .map(|n| match n {
                Node::Obj(o) => match &o.payload {
                    Payload::Dict(_) if is_exact(o, "dict") => {
                        !inline.contains(&addr(Rc::as_ptr(o)))
                            && (t.exposed.get(&o.id).copied().unwrap_or(false) || t.dict_tracked(o))
                    }
                    Payload::Tuple(_) if is_exact(o, "tuple") => t.may_be_tracked(&Value::Obj(o.clone())),
                    Payload::ClassCell(_) => false,
                    _ => gc_object(o),
                },
                _ => false,
            })
            .collect()
    }
}
