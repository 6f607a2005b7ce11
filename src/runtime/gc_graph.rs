//! The collector's graph (`runtime::gc`): the heap's objects, plus what CPython makes objects
//! of and metalab keeps elsewhere — function frames (which closures, generators and tracebacks
//! keep), closure cells and `__class__` cells — with the references each holds, and trial
//! deletion over them. What CPython tracks and in which order is `gc_count`; what it counts
//! of the garbage, `gc_list`.

use super::cells::CellRef;
use super::function::{ClassCell, CodeBody, Frame, FunctionData};
use super::value::{IterState, Obj, ObjRef, Payload, Value};
use rustc_hash::FxHashMap;
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
    Cell(Weak<super::refcell::RefCell<Option<ObjRef>>>),
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

pub(super) fn addr<T>(p: *const T) -> usize {
    p as *const u8 as usize
}

impl Edge<'_> {
    pub(super) fn key(&self) -> Key {
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
    pub(super) fn edges(&self, refs: Refs, f: &mut dyn FnMut(Edge<'_>)) {
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
        Payload::Cell(CellRef::Class(c)) => f(Edge::Cell(c)),
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
        IterState::Set { set, .. } => v(&Value::Obj(set.clone())),
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
        IterState::Tool(t) => t.edges(&mut v),
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
    pub(super) index: FxHashMap<Key, usize>,
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

/// Calls `out` with the cells of CPython's closure tuple of `fd` (frame, slot), and says
/// whether it has a closure tuple at all (free variables, or the `__class__` cell).
pub(super) fn closure_cells<'a>(fd: &'a FunctionData, out: &mut dyn FnMut(&'a Rc<Frame>, usize)) -> bool {
    let (free, uses_class) = match &fd.code.body {
        CodeBody::Def(d) => (&d.scope.free[..], d.scope.uses_class_cell),
        CodeBody::Lambda(l) => (&l.scope.free[..], l.scope.uses_class_cell),
        CodeBody::Comp(c, _) => (&c.scope.free[..], c.scope.uses_class_cell),
        CodeBody::Class(_) => (&[][..], false),
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
