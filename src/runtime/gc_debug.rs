//! `gc.set_debug`'s flags that show the program's own objects: `DEBUG_COLLECTABLE` prints
//! each object a collection found to be garbage (`gc: collectable <P 0x…>`, on stderr, before
//! any finalizer runs), and `DEBUG_SAVEALL` keeps the garbage in `gc.garbage` instead of
//! freeing it. Both walk CPython's list of the garbage (`gc_list`), so the objects metalab
//! keeps inside others (a function's defaults tuple, a class's `__mro__`) are shown as the
//! separate objects CPython has; a saved one is made then (a fresh tuple, the cell object).

use super::gc_graph::{Graph, Node};
use super::gc_list::{Listed, Part};
use super::interp::Interp;
use super::streams::Stream;
use super::value::{Payload, Value};

pub(super) const DEBUG_STATS: i64 = 1;
pub(super) const DEBUG_COLLECTABLE: i64 = 2;
pub(super) const DEBUG_SAVEALL: i64 = 32;

impl Interp {
    /// `DEBUG_COLLECTABLE`'s lines for the garbage `list` of `graph`.
    pub(super) fn report_collectable(&mut self, graph: &Graph, list: &[Listed]) {
        let mut out = String::new();
        for l in list {
            let node = &graph.nodes[l.node];
            // A hidden part is not made yet (an object holding the garbage would keep it
            // alive): its number is one no object has.
            let id = match (node, l.part) {
                (Node::Obj(o), Part::Itself) => o.id,
                _ => self.heap.fresh_serial(),
            };
            let name = self.listed_type_name(node, l.part);
            out.push_str(&format!("gc: collectable <{name} {}>\n", super::repr::addr_of_id(id)));
        }
        // Past the output limit the report is dropped, as the program goes on anyway.
        let _ = self.write_stream(Stream::Stderr, &out);
    }

    /// `DEBUG_SAVEALL`: the garbage `list` of `graph` goes to the end of `gc.garbage`.
    pub(super) fn save_garbage(&mut self, graph: &Graph, list: &[Listed]) {
        let mut saved = Vec::new();
        for l in list {
            if let Some(v) = self.listed_value(&graph.nodes[l.node], l.part) {
                saved.push(v);
            }
        }
        if let Some(Payload::List(items)) = self.gc.garbage.as_ref().map(|g| &g.payload) {
            items.borrow_mut().extend(saved);
        }
    }

    /// The type CPython's object for `part` of `node` has (its `tp_name`).
    fn listed_type_name(&self, node: &Node, part: Part) -> std::rc::Rc<str> {
        let name = match (node, part) {
            (Node::Obj(o), Part::Itself) => {
                return o.class.borrow().as_ref().map_or_else(|| "object".into(), |c| self.class_name(c));
            }
            (Node::Frame(_), Part::Itself) => "frame",
            (_, Part::Itself) => "cell",
            (_, Part::KwDefaults) => "dict",
            (_, Part::Traceback(_)) => "traceback",
            _ => "tuple",
        };
        name.into()
    }

    /// The object standing for `part` of `node`: the node's own, or one made now, as the
    /// attribute that shows it makes it (`__defaults__`, `__mro__`, a cell object). None for
    /// a frame object, which metalab does not have.
    fn listed_value(&mut self, node: &Node, part: Part) -> Option<Value> {
        let o = match (node, part) {
            (Node::Obj(o), Part::Itself) => return Some(Value::Obj(o.clone())),
            (Node::FrameCell(f, slot), _) => {
                let f = f.upgrade()?;
                return Some(self.cell_object(super::cells::CellRef::slot(f, *slot)));
            }
            (Node::Cell(c), _) => return Some(self.class_cell_object(c)),
            (Node::Obj(o), _) => o,
            _ => return None,
        };
        let attr = match (&o.payload, part) {
            // CPython keeps the annotations as a flat tuple of names and values.
            (Payload::Function(fd), Part::Annotations) => {
                let a = fd.annotations.borrow().clone()?;
                let data = a.as_obj()?.dict_data()?;
                let pairs = data.borrow().iter().flat_map(|e| [e.key.clone(), e.value.clone()]).collect();
                return Some(self.tuple(pairs));
            }
            (Payload::Exception(e), Part::Traceback(i)) => {
                self.traceback_of(o).ok()?;
                let t = e.traceback.borrow().get(i).and_then(|t| t.obj.clone())?;
                return Some(Value::Obj(t));
            }
            (_, Part::Defaults) => "__defaults__",
            (_, Part::KwDefaults) => "__kwdefaults__",
            (_, Part::Closure) => "__closure__",
            (_, Part::Bases) => "__bases__",
            (_, Part::Mro) => "__mro__",
            _ => return None,
        };
        if o.is_class() {
            self.class_special_attr(o, attr).ok().flatten()
        } else {
            self.native_attr(&Value::Obj(o.clone()), attr).ok().flatten()
        }
    }
}
