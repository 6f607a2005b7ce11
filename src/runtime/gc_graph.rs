//! The collector's graph (`runtime::gc`): the heap's objects, plus what CPython makes objects
//! of and metalab keeps elsewhere — function frames (which closures, generators and tracebacks
//! keep) and `__class__` cells — with the references each holds one count of, trial deletion
//! over them, and how many of CPython's objects a garbage node stands for (what
//! `gc.collect()` returns).

use super::function::{ClassCell, CodeBody, Frame, FunctionData};
use super::value::{IterState, Layout, Obj, ObjRef, Payload, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

#[derive(Clone)]
pub(super) enum Node {
    Obj(ObjRef),
    Frame(Rc<Frame>),
    Cell(ClassCell),
}

/// A reference one node holds.
pub(super) enum Edge<'a> {
    Obj(&'a ObjRef),
    Frame(&'a Rc<Frame>),
    Cell(&'a ClassCell),
}

impl Edge<'_> {
    fn key(&self) -> usize {
        match self {
            Edge::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Edge::Frame(f) => Rc::as_ptr(f) as *const u8 as usize,
            Edge::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        }
    }

    fn node(&self) -> Node {
        match self {
            Edge::Obj(o) => Node::Obj((*o).clone()),
            Edge::Frame(f) => Node::Frame((*f).clone()),
            Edge::Cell(c) => Node::Cell((*c).clone()),
        }
    }
}

impl Node {
    fn key(&self) -> usize {
        match self {
            Node::Obj(o) => Edge::Obj(o).key(),
            Node::Frame(f) => Edge::Frame(f).key(),
            Node::Cell(c) => Edge::Cell(c).key(),
        }
    }

    fn strong(&self) -> usize {
        match self {
            Node::Obj(o) => Rc::strong_count(o),
            Node::Frame(f) => Rc::strong_count(f),
            Node::Cell(c) => Rc::strong_count(c),
        }
    }

    /// Calls `f` for each reference this node holds one count of.
    fn edges(&self, f: &mut dyn FnMut(Edge<'_>)) {
        match self {
            Node::Obj(o) => obj_edges(o, f),
            Node::Frame(fr) => frame_edges(fr, f),
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
            Node::Obj(o) => super::heap::clear_object(o),
            Node::Frame(f) => {
                let slots = std::mem::take(&mut *f.slots.borrow_mut());
                let back = f.back.borrow_mut().take();
                let locals = f.locals.borrow_mut().take();
                drop((slots, back, locals));
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

fn obj_edges(o: &Obj, f: &mut dyn FnMut(Edge<'_>)) {
    super::gc::children(o, &mut |c| f(Edge::Obj(c)));
    match &o.payload {
        Payload::Function(fd) => {
            if let Some(fr) = &fd.closure {
                f(Edge::Frame(fr));
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

fn frame_edges(fr: &Frame, f: &mut dyn FnMut(Edge<'_>)) {
    if let Ok(slots) = fr.slots.try_borrow() {
        for v in slots.iter().flatten() {
            value_edge(v, f);
        }
    }
    if let Some(p) = &fr.parent {
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
    index: FxHashMap<usize, usize>,
}

impl Graph {
    /// The objects given, and the frames and cells they (and those) reach.
    pub fn build(objects: impl Iterator<Item = ObjRef>) -> Graph {
        let mut g = Graph { nodes: Vec::new(), index: FxHashMap::default() };
        for o in objects {
            g.add(Node::Obj(o));
        }
        let mut i = 0;
        while i < g.nodes.len() {
            let mut found: Vec<Node> = Vec::new();
            g.nodes[i].edges(&mut |e| {
                if !matches!(e, Edge::Obj(_)) && !g.index.contains_key(&e.key()) {
                    found.push(e.node());
                }
            });
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

    /// How many references to each node come from outside the graph (the graph's own list
    /// of nodes not counted, nor the `ignored` ones: metalab's caches, which CPython's do
    /// not hold).
    fn outside_counts(&self, ignored: &FxHashMap<usize, isize>) -> Vec<isize> {
        let mut outside: Vec<isize> =
            self.nodes.iter().map(|n| n.strong() as isize - 1 - ignored.get(&n.key()).copied().unwrap_or(0)).collect();
        for n in &self.nodes {
            n.edges(&mut |e| {
                if let Some(&i) = self.index.get(&e.key()) {
                    outside[i] -= 1;
                }
            });
        }
        outside
    }

    /// Trial deletion: the nodes that nothing outside the graph keeps alive.
    pub fn unreachable(&self, ignored: &FxHashMap<usize, isize>) -> Vec<bool> {
        let outside = self.outside_counts(ignored);
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
            self.nodes[i].edges(&mut |e| {
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

    /// The nodes reachable from those whose addresses `from` has.
    pub fn reach_from(&self, from: &FxHashMap<usize, isize>) -> Vec<bool> {
        self.reach(from.keys().filter_map(|k| self.index.get(k).copied()).collect())
    }

    /// The nodes whose every reference comes from nodes freed before them: what reference
    /// counting alone frees once the graph's list lets go (CPython frees them during the
    /// finalizers, so they are not among what a collection counts).
    pub fn freed(&self) -> Vec<bool> {
        let mut left: Vec<usize> = self.nodes.iter().map(|n| n.strong() - 1).collect();
        let mut freed = vec![false; self.nodes.len()];
        let mut stack: Vec<usize> = (0..self.nodes.len()).filter(|&i| left[i] == 0).collect();
        while let Some(i) = stack.pop() {
            if freed[i] {
                continue;
            }
            freed[i] = true;
            self.nodes[i].edges(&mut |e| {
                if let Some(&j) = self.index.get(&e.key()) {
                    left[j] = left[j].saturating_sub(1);
                    if left[j] == 0 && !freed[j] {
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
    pub exposed: &'a FxHashSet<u64>,
    /// Objects numbered below this lived through a collection, which untracks tuples of
    /// atomic items (as `untrack_tuples` does).
    pub survived_below: u64,
    /// The program's constant tuples, made before it ran.
    pub constants: FxHashSet<usize>,
}

impl Tracking<'_> {
    /// `_PyObject_GC_MAY_BE_TRACKED`: whether a container holding `v` must be tracked.
    fn may_be_tracked(&self, v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        match &o.payload {
            Payload::Tuple(items) if is_exact(o, "tuple") => {
                let survived =
                    o.id < self.survived_below || self.constants.contains(&(Rc::as_ptr(o) as *const u8 as usize));
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

/// The cells of CPython's closure tuple of `fd`, as (frame address, slot), and whether it has
/// a closure tuple at all (its free variables, or the `__class__` cell).
fn closure_cells(fd: &FunctionData, out: &mut FxHashSet<(usize, usize)>) -> bool {
    let (free, uses_class) = match &fd.code.body {
        CodeBody::Def(d) => (&d.scope.free, d.scope.uses_class_cell),
        CodeBody::Lambda(l) => (&l.scope.free, l.scope.uses_class_cell),
        CodeBody::Comp(c, _) => (&c.scope.free, c.scope.uses_class_cell),
    };
    let mut any = uses_class && fd.class_cell.is_some();
    for name in free {
        let mut frame = fd.closure.as_deref();
        while let Some(f) = frame {
            if let Some(&i) = f.code.slot_of.get(name) {
                if f.code.plain_slots.binary_search(&i).is_err() {
                    out.insert((f as *const Frame as usize, i));
                    any = true;
                }
                break;
            }
            frame = f.parent.as_deref();
        }
    }
    any
}

impl Graph {
    /// How many objects CPython would count among the garbage nodes `garbage` marks.
    pub fn cpython_count(&self, garbage: &[bool], t: &Tracking) -> usize {
        let nodes: Vec<&Node> = self.nodes.iter().zip(garbage).filter(|p| *p.1).map(|p| p.0).collect();
        // The dicts of plain instances that never made theirs.
        let inline: FxHashSet<usize> = nodes
            .iter()
            .filter_map(|n| match n {
                Node::Obj(o) if inline_attributes(o) => o.dict.as_ref().filter(|d| !t.exposed.contains(&d.id)),
                _ => None,
            })
            .map(|d| Rc::as_ptr(d) as *const u8 as usize)
            .collect();
        let mut cells: FxHashSet<(usize, usize)> = FxHashSet::default();
        let mut count = 0;
        for n in &nodes {
            let before = count + cells.len();
            count += match n {
                Node::Obj(o) => self.obj_count(o, t, &inline, &mut cells),
                Node::Frame(f) if f.tb_holders.get() > 0 => {
                    // A frame object holds all its cells.
                    let code = &f.code;
                    for i in (0..code.nslots).filter(|i| code.plain_slots.binary_search(i).is_err()) {
                        cells.insert((Rc::as_ptr(f) as usize, i));
                    }
                    1
                }
                Node::Frame(_) => 0,
                // A class body makes the cell only when a method uses it (then it is filled).
                Node::Cell(c) => usize::from(c.try_borrow().map_or(true, |c| c.is_some())),
            };
            if std::env::var("GCDBG").is_ok() {
                let what = match n {
                    Node::Obj(o) => format!(
                        "obj #{} {}",
                        o.id,
                        o.class
                            .borrow()
                            .as_ref()
                            .and_then(|c| c.class_data())
                            .map(|c| c.name().to_string())
                            .unwrap_or_default()
                    ),
                    Node::Frame(f) => format!("frame {}", f.code.qualname),
                    Node::Cell(_) => "cell".into(),
                };
                eprintln!("GC {what}: {}", count + cells.len() - before);
            }
        }
        count + cells.len()
    }

    fn obj_count(
        &self,
        o: &ObjRef,
        t: &Tracking,
        inline: &FxHashSet<usize>,
        cells: &mut FxHashSet<(usize, usize)>,
    ) -> usize {
        match &o.payload {
            Payload::Dict(_) if is_exact(o, "dict") => {
                let own = inline.contains(&(Rc::as_ptr(o) as *const u8 as usize));
                usize::from(!own && t.dict_tracked(o))
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
                        usize::from(filled && o.id >= t.survived_below && !t.dict_tracked(a))
                    }
                    _ => 0,
                };
                1 + defaults + kwdefaults + annotations + usize::from(closure_cells(fd, cells))
            }
            // The `__bases__` and `__mro__` tuples.
            Payload::Class(c) if !c.builtin => 3,
            Payload::Exception(e) => 1 + e.traceback.borrow().iter().filter(|t| t.obj.is_none()).count(),
            // The `__classcell__` entry is the cell itself.
            Payload::ClassCell(_) => 0,
            _ => usize::from(gc_object(o)),
        }
    }
}
