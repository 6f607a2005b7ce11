//! The call tree built from the flat event list.

use metalab::trace::{Event, EventKind};

/// One row group of the call-chain panel: a `call` with what happened inside it and the event that
/// ended it (`return` or `raise`), or a leaf (`lookup`, or an unmatched `return`/`raise`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Index of the event that opens this node.
    pub index: usize,
    /// For a call: the index of its `return`/`raise` (None if the trace ended inside it).
    pub end: Option<usize>,
    pub children: Vec<Node>,
}

impl Node {
    fn leaf(index: usize) -> Node {
        Node { index, end: None, children: Vec::new() }
    }

    /// The last event index covered by this node (itself, its children, its end).
    pub fn last(&self) -> usize {
        self.end.or_else(|| self.children.last().map(Node::last)).unwrap_or(self.index)
    }

    /// Whether event `step` is this node's event, one inside it, or its end.
    pub fn covers(&self, step: usize) -> bool {
        self.index <= step && step <= self.last()
    }
}

/// Builds the tree: a `call` at depth d owns the events after it up to the first `return` or
/// `raise` at depth d. Events deeper than an enclosing node's depth that arrive after it ended
/// (a truncated trace) are kept as roots, so no event is ever dropped.
pub fn call_tree(events: &[Event]) -> Vec<Node> {
    let mut roots: Vec<Node> = Vec::new();
    let mut stack: Vec<Node> = Vec::new();
    fn attach(stack: &mut [Node], roots: &mut Vec<Node>, node: Node) {
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => roots.push(node),
        }
    }
    for (i, ev) in events.iter().enumerate() {
        match ev.kind {
            EventKind::Call => stack.push(Node::leaf(i)),
            EventKind::Return | EventKind::Raise => {
                // Calls deeper than this event never returned (should not happen; be robust).
                while stack.last().is_some_and(|top| events[top.index].depth > ev.depth) {
                    if let Some(open) = stack.pop() {
                        attach(&mut stack, &mut roots, open);
                    }
                }
                if stack.last().is_some_and(|top| events[top.index].depth == ev.depth) {
                    if let Some(mut call) = stack.pop() {
                        call.end = Some(i);
                        attach(&mut stack, &mut roots, call);
                    }
                } else {
                    attach(&mut stack, &mut roots, Node::leaf(i));
                }
            }
            EventKind::Lookup => attach(&mut stack, &mut roots, Node::leaf(i)),
        }
    }
    while let Some(open) = stack.pop() {
        attach(&mut stack, &mut roots, open);
    }
    roots
}

/// For every event: the index of its partner (a call's end, an end's call), or None.
pub fn partners(tree: &[Node], len: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; len];
    fn walk(nodes: &[Node], out: &mut [Option<usize>]) {
        for n in nodes {
            if let Some(end) = n.end {
                if n.index < out.len() && end < out.len() {
                    out[n.index] = Some(end);
                    out[end] = Some(n.index);
                }
            }
            walk(&n.children, out);
        }
    }
    walk(tree, &mut out);
    out
}

/// For every event: the index of the call node that directly contains it (None at top level).
pub fn parents(tree: &[Node], len: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; len];
    fn walk(nodes: &[Node], parent: Option<usize>, out: &mut [Option<usize>]) {
        for n in nodes {
            if let Some(slot) = out.get_mut(n.index) {
                *slot = parent;
            }
            if let Some(slot) = n.end.and_then(|e| out.get_mut(e)) {
                *slot = parent;
            }
            walk(&n.children, Some(n.index), out);
        }
    }
    walk(tree, None, &mut out);
    out
}

/// One line of the call-chain panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The event shown on this line.
    pub index: usize,
    /// Nesting level in the panel.
    pub level: usize,
    /// A call with something inside it (it can be collapsed).
    pub has_children: bool,
    pub collapsed: bool,
    /// The last event this line stands for (a collapsed call stands for all of its events).
    pub last: usize,
}

/// The lines of the call-chain panel: each node's event, then (unless collapsed) its children
/// and its end event one level deeper.
pub fn visible_rows(tree: &[Node], collapsed: &std::collections::HashSet<usize>) -> Vec<Row> {
    let mut out = Vec::new();
    fn walk(nodes: &[Node], level: usize, collapsed: &std::collections::HashSet<usize>, out: &mut Vec<Row>) {
        for n in nodes {
            let has_children = !n.children.is_empty() || n.end.is_some();
            let is_collapsed = has_children && collapsed.contains(&n.index);
            out.push(Row {
                index: n.index,
                level,
                has_children,
                collapsed: is_collapsed,
                last: if is_collapsed { n.last() } else { n.index },
            });
            if !is_collapsed {
                walk(&n.children, level + 1, collapsed, out);
                if let Some(end) = n.end {
                    out.push(Row { index: end, level: level + 1, has_children: false, collapsed: false, last: end });
                }
            }
        }
    }
    walk(tree, 0, collapsed, &mut out);
    out
}

/// The row that shows event `step` (the collapsed call hiding it, if any).
pub fn row_of(rows: &[Row], step: usize) -> Option<usize> {
    rows.iter().position(|r| r.index <= step && step <= r.last && (r.index == step || r.collapsed))
}
