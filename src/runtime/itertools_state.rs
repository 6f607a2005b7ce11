//! What an itertools iterator holds (`IterState::Tool`): one variant per type, CPython's fields
//! (`Modules/itertoolsmodule.c`), and the references the collector follows.

use super::interp::Interp;
use super::itertools::Kind;
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};

pub enum Tool {
    /// `cnt` is an exact int and `step` 1 in CPython's fast mode.
    Count {
        cnt: Value,
        step: Value,
    },
    /// `left` is -1 when endless.
    Repeat {
        elem: Value,
        left: i64,
    },
    /// `saved` is a list, as CPython's.
    Cycle {
        it: Option<Value>,
        saved: Value,
        index: usize,
    },
    /// `source` yields the iterables; `active` is the one being read.
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    /// `stop` is -1 for None.
    Islice {
        it: Option<Value>,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Comb(Box<super::itertools_comb::Comb>),
    /// `func` and `initial` are None when not given.
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Value,
    },
    GroupBy(Box<super::itertools_group::GroupBy>),
    /// A group of `parent` (a groupby), current while the parent's `current` is `serial`.
    Grouper {
        parent: Value,
        tgtkey: Value,
        serial: u64,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        stop: bool,
    },
    DropWhile {
        pred: Value,
        it: Value,
        start: bool,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    /// A `_tee`: item `index` of the `_tee_dataobject` `data` comes next.
    Tee {
        data: Value,
        index: usize,
    },
    TeeData(super::itertools_tee::TeeData),
}

impl Tool {
    /// The values the state holds, for the collector.
    pub fn edges(&self, v: &mut dyn FnMut(&Value)) {
        let opt = |x: &Option<Value>, v: &mut dyn FnMut(&Value)| {
            if let Some(x) = x {
                v(x)
            }
        };
        match self {
            Tool::Count { cnt, step } => [cnt, step].into_iter().for_each(v),
            Tool::Repeat { elem, .. } => v(elem),
            Tool::Cycle { it, saved, .. } => {
                opt(it, v);
                v(saved);
            }
            Tool::Chain { source, active } => {
                opt(source, v);
                opt(active, v);
            }
            Tool::Islice { it, .. } => opt(it, v),
            Tool::Pairwise { it, old } => {
                opt(it, v);
                opt(old, v);
            }
            Tool::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|x| opt(x, v));
                v(fill);
            }
            Tool::Comb(c) => c.edges(v),
            Tool::Accumulate { it, func, total, initial } => {
                [it, func, initial].into_iter().for_each(&mut *v);
                opt(total, v);
            }
            Tool::GroupBy(g) => {
                [&g.it, &g.keyfunc].into_iter().for_each(&mut *v);
                [&g.tgtkey, &g.currkey, &g.currvalue].into_iter().for_each(|x| opt(x, v));
            }
            Tool::Grouper { parent, tgtkey, .. } => [parent, tgtkey].into_iter().for_each(v),
            Tool::TakeWhile { pred, it, .. } | Tool::DropWhile { pred, it, .. } => [pred, it].into_iter().for_each(v),
            Tool::StarMap { func, it } | Tool::FilterFalse { func, it } => [func, it].into_iter().for_each(v),
            Tool::Compress { data, selectors } => [data, selectors].into_iter().for_each(v),
            Tool::Tee { data, .. } => v(data),
            Tool::TeeData(d) => {
                v(&d.it);
                d.values.iter().for_each(&mut *v);
                opt(&d.next, v);
            }
        }
    }
}

/// Runs `f` on the iterator's state, borrowed for `f` only (the default once it is gone).
pub fn with<R: Default>(state: &RefCell<IterState>, f: impl FnOnce(&mut Tool) -> R) -> R {
    match &mut *state.borrow_mut() {
        IterState::Tool(t) => f(t),
        _ => R::default(),
    }
}

/// The state of a tool object (`Value::Obj` with an iterator payload).
pub fn state_of(v: &Value) -> Option<&RefCell<IterState>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Iter(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// An object of one of the itertools types.
pub fn new_tool(it: &mut Interp, kind: Kind, tool: Tool) -> Value {
    let cls = it.itertools.class(kind).unwrap_or_else(|| it.t.object.clone());
    tool_of_class(it, &cls, tool)
}

/// An itertools object of class `cls` (a subclass's instance gets its `__dict__`).
pub fn tool_of_class(it: &mut Interp, cls: &ObjRef, tool: Tool) -> Value {
    let payload = Payload::Iter(RefCell::new(IterState::Tool(Box::new(tool))));
    Value::Obj(it.alloc_instance(cls, payload))
}
