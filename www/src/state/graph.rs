//! The classes, metaclasses and instances that exist at a step, with instance-of and
//! subclass-of edges, and a simple layered layout for the SVG.

use super::tree::Node;
use super::Run;
use crate::i18n::{t, Key, Lang};
use metalab::trace::EventKind;
// Hash maps and sorted vectors, no BTreeMap: its code was 22 KB of the UI's wasm (9 KB gzipped)
// for these few uses, while yew already brings the hash map's.
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// In the order of the graph's rows, top to bottom (`layout` indexes its rows by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Metaclass,
    Class,
    Instance,
}

impl Kind {
    /// The node's CSS class (the page's SVG and the embeds').
    pub fn name(self) -> &'static str {
        match self {
            Kind::Metaclass => "metaclass",
            Kind::Class => "class",
            Kind::Instance => "instance",
        }
    }

    pub fn key(self) -> Key {
        match self {
            Kind::Metaclass => Key::Metaclass,
            Kind::Class => Key::Class,
            Kind::Instance => Key::Instance,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GNode {
    pub id: u64,
    pub label: String,
    pub kind: Kind,
    /// How many outermost `__call__`s (a class call, or a metaclass `__call__`) returned this
    /// object so far: a singleton made by two calls is one node returned by 2 calls.
    pub returned: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdgeKind {
    InstanceOf,
    SubclassOf,
}

impl EdgeKind {
    /// The edge's CSS class.
    pub fn name(self) -> &'static str {
        match self {
            EdgeKind::InstanceOf => "instance-of",
            EdgeKind::SubclassOf => "subclass-of",
        }
    }

    pub fn key(self) -> Key {
        match self {
            EdgeKind::InstanceOf => Key::InstanceOf,
            EdgeKind::SubclassOf => Key::SubclassOf,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: u64,
    pub to: u64,
    pub kind: EdgeKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Graph {
    pub nodes: Vec<GNode>,
    pub edges: Vec<Edge>,
}

impl GNode {
    /// The node's tooltip: `Foo — class #3`.
    pub fn title(&self, lang: Lang) -> String {
        format!("{} — {} #{}", self.label, t(lang, self.kind.key()), self.id)
    }
}

impl Graph {
    pub fn node(&self, id: u64) -> Option<&GNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.nodes.iter().filter(|n| n.kind == kind).count()
    }
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The graph after event `step` (inclusive). An object exists from the first event that names it
/// as receiver or result; the classes it refers to (its class, a class's metaclass and bases)
/// exist then too when the run's object table knows them.
pub fn graph_at(run: &Run, step: usize) -> Graph {
    let events = &run.result.events;
    if events.is_empty() {
        return Graph::default();
    }
    let last = step.min(events.len() - 1);
    // id -> (type name, repr) of objects the trace mentions.
    let mut seen: HashMap<u64, (String, String)> = HashMap::new();
    for ev in &events[..=last] {
        for r in [&ev.receiver, &ev.result_obj].into_iter().flatten() {
            seen.entry(r.id).or_insert_with(|| (r.type_name.clone(), r.repr.clone()));
        }
    }
    // Close over the classes the visible objects refer to.
    let mut work: Vec<u64> = seen.keys().copied().collect();
    while let Some(id) = work.pop() {
        let Some(info) = run.object(id) else { continue };
        let refs = info.class.into_iter().chain(info.metaclass).chain(info.bases.iter().copied());
        for r in refs {
            if let (Some(target), Entry::Vacant(slot)) = (run.object(r), seen.entry(r)) {
                slot.insert((target.type_name.clone(), target.repr.clone()));
                work.push(r);
            }
        }
    }
    let returned = call_returns(run, last);
    let mut graph = Graph::default();
    // Object numbers count up as objects are created: creation order.
    let mut visible: Vec<u64> = seen.keys().copied().collect();
    visible.sort_unstable();
    for &id in &visible {
        let repr = &seen[&id].1;
        let info = run.object(id);
        let is_class = match info {
            Some(i) => i.kind == "class",
            None => repr.starts_with("<class '"),
        };
        let kind = if !is_class {
            Kind::Instance
        } else if run.is_metaclass(id) {
            Kind::Metaclass
        } else {
            Kind::Class
        };
        let label = match (kind, info.and_then(|i| i.name.as_deref())) {
            (Kind::Instance, _) => short(repr, 28),
            (_, Some(name)) => short(name, 28),
            (_, None) => short(repr.trim_start_matches("<class '").trim_end_matches("'>"), 28),
        };
        graph.nodes.push(GNode { id, label, kind, returned: returned.get(&id).copied().unwrap_or(0) });
    }
    for &id in &visible {
        let Some(info) = run.object(id) else { continue };
        let of = if info.kind == "class" { info.metaclass } else { info.class };
        if let Some(to) = of.filter(|to| *to != id && seen.contains_key(to)) {
            graph.edges.push(Edge { from: id, to, kind: EdgeKind::InstanceOf });
        }
        for &base in &info.bases {
            if base != id && seen.contains_key(&base) {
                graph.edges.push(Edge { from: id, to: base, kind: EdgeKind::SubclassOf });
            }
        }
    }
    graph
}

/// id -> number of outermost `…__call__` calls that returned it by event `last`.
fn call_returns(run: &Run, last: usize) -> HashMap<u64, usize> {
    let mut out = HashMap::new();
    fn walk(run: &Run, nodes: &[Node], last: usize, out: &mut HashMap<u64, usize>) {
        for n in nodes {
            if n.index > last {
                return;
            }
            let ev = &run.result.events[n.index];
            if ev.kind == EventKind::Call && ev.qualname.ends_with("__call__") {
                let end = n.end.filter(|&e| e <= last).map(|e| &run.result.events[e]);
                if let Some(obj) = end.and_then(|e| e.result_obj.as_ref()) {
                    *out.entry(obj.id).or_insert(0) += 1;
                    continue;
                }
            }
            walk(run, &n.children, last, out);
        }
    }
    walk(run, &run.tree, last, &mut out);
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub node: GNode,
    pub x: i32,
    pub y: i32,
    pub w: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub nodes: Vec<Placed>,
    pub width: i32,
    pub height: i32,
}

pub const NODE_H: i32 = 36;
const ROW_GAP: i32 = 64;
const GAP: i32 = 28;
const MARGIN: i32 = 16;

impl Layout {
    pub fn get(&self, id: u64) -> Option<&Placed> {
        self.nodes.iter().find(|p| p.node.id == id)
    }
}

/// Rows top to bottom: metaclasses, classes, instances (empty rows take no space); within a
/// row, objects in creation order.
pub fn layout(graph: &Graph) -> Layout {
    let mut rows: [Vec<&GNode>; 3] = Default::default();
    for n in &graph.nodes {
        rows[n.kind as usize].push(n);
    }
    let mut out = Layout::default();
    let mut y = MARGIN + 14;
    for nodes in rows.iter().filter(|r| !r.is_empty()) {
        let mut x = MARGIN;
        for n in nodes {
            let chars = n.label.chars().count() as i32;
            let mut w = (chars * 8 + 24).max(64);
            if n.kind == Kind::Instance && n.returned > 0 {
                w = w.max(150); // room for "returned by N calls"
            }
            out.nodes.push(Placed { node: (*n).clone(), x, y, w });
            x += w + GAP;
        }
        out.width = out.width.max(x - GAP + MARGIN);
        y += NODE_H + ROW_GAP;
    }
    out.height = if out.nodes.is_empty() { 0 } else { y - ROW_GAP + MARGIN };
    out
}

/// The SVG path of an edge between two placed nodes (None if either is not drawn): from the
/// edge of one box to the other's, or an arc above both when they share a row.
pub fn edge_path(placed: &Layout, e: &Edge) -> Option<String> {
    let center = |id: u64| placed.get(id).map(|p| (p.x + p.w / 2, p.y));
    let ((x1, y1), (x2, y2)) = (center(e.from)?, center(e.to)?);
    Some(if y1 == y2 {
        format!("M{x1},{y1} Q{},{} {x2},{y2}", (x1 + x2) / 2, y1 - 34)
    } else if y1 > y2 {
        format!("M{x1},{y1} L{x2},{}", y2 + NODE_H)
    } else {
        format!("M{x1},{} L{x2},{y2}", y1 + NODE_H)
    })
}
