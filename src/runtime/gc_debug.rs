//! `gc.set_debug`'s flags that show the program's own objects: `DEBUG_COLLECTABLE` prints
//! each object a collection found to be garbage (`gc: collectable <P 0x…>`, on stderr, before
//! any finalizer runs), and `DEBUG_SAVEALL` keeps the garbage in `gc.garbage` instead of
//! freeing it. Both walk CPython's list of the garbage (`gc_list`), so the objects metalab
//! keeps inside others (a function's defaults tuple, a class's `__mro__`) are shown as the
//! separate objects CPython has; a saved one is made then (a fresh tuple, the cell object).

use super::gc_graph::{Graph, Key, Node};
use super::gc_list::{Listed, Part};
use super::interp::Interp;
use super::streams::Stream;
use super::value::{Payload, Value};
use rustc_hash::FxHashMap;

pub(super) const DEBUG_STATS: i64 = 1;
pub(super) const DEBUG_COLLECTABLE: i64 = 2;
pub(super) const DEBUG_SAVEALL: i64 = 32;

/// The objects made for a collection's hidden parts, by node and part.
type Made = FxHashMap<(Key, Part), Value>;

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
        let mut made = Made::default();
        let mut saved = Vec::new();
        for l in list {
            if let Some(v) = self.listed_value(&graph.nodes[l.node], l.part, &mut made) {
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

    /// The object standing for `part` of `node`: the node's own, or one made now (once per
    /// collection). None for a frame object, which metalab does not have.
    fn listed_value(&mut self, node: &Node, part: Part, made: &mut Made) -> Option<Value> {
        if let (Node::Obj(o), Part::Itself) = (node, part) {
            return Some(Value::Obj(o.clone()));
        }
        if let Some(v) = made.get(&(node.key(), part)) {
            return Some(v.clone());
        }
        let v = match (node, part) {
            (Node::FrameCell(f, slot), _) => {
                let f = f.upgrade()?;
                self.cell_object(super::cells::CellRef::slot(f, *slot))
            }
            (Node::Cell(c), _) => self.class_cell_object(c),
            (Node::Obj(o), part) => match (&o.payload, part) {
                (Payload::Function(fd), Part::Defaults) => {
                    let d = fd.defaults.borrow().clone();
                    self.tuple(d)
                }
                (Payload::Function(fd), Part::KwDefaults) => {
                    let d = self.new_dict_obj();
                    if let Some(data) = d.dict_data() {
                        let mut data = data.borrow_mut();
                        for (k, v) in fd.kwdefaults.borrow().iter() {
                            data.set_str(k.clone(), v.clone());
                        }
                    }
                    Value::Obj(d)
                }
                (Payload::Function(fd), Part::Annotations) => {
                    let a = fd.annotations.borrow().clone()?;
                    let pairs = a
                        .as_obj()?
                        .dict_data()?
                        .borrow()
                        .iter()
                        .flat_map(|e| [e.key.clone(), e.value.clone()])
                        .collect();
                    self.tuple(pairs)
                }
                (Payload::Function(fd), Part::Closure) => self.function_closure(fd),
                (Payload::Class(c), Part::Bases) => {
                    let b = c.bases.borrow().iter().cloned().map(Value::Obj).collect();
                    self.tuple(b)
                }
                (Payload::Class(c), Part::Mro) => {
                    let m = c.mro.borrow().iter().cloned().map(Value::Obj).collect();
                    self.tuple(m)
                }
                (Payload::Exception(e), Part::Traceback(i)) => {
                    self.traceback_of(o).ok()?;
                    let t = e.traceback.borrow().get(i).and_then(|t| t.obj.clone())?;
                    Value::Obj(t)
                }
                _ => return None,
            },
            _ => return None,
        };
        made.insert((node.key(), part), v.clone());
        Some(v)
    }
}
