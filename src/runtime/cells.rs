//! Closure cells: `f.__closure__` and `cell_contents`.
//!
//! metalab keeps a closure's variables in the enclosing call's frame (`Frame::slots`), which a
//! nested function holds; CPython keeps each in a `cell`. A cell object here names the frame
//! slot (or the class body's `__class__` cell), so reading and writing `cell_contents` reads
//! and writes the variable itself, as in CPython. `__closure__` lists a function's free
//! variables in `co_freevars` order (sorted by name) and is None when it has none; the same
//! variable gives the same cell object while someone holds it.

use super::function::{ClassCell, CodeBody, Frame, FunctionData};
use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// Where a cell's variable lives.
pub enum CellRef {
    /// Slot `usize` of an enclosing call's frame.
    Slot(Rc<Frame>, usize),
    /// The implicit `__class__` of the methods of one class body.
    Class(ClassCell),
}

impl CellRef {
    /// A cell object for slot `slot` of `frame`: one more reader of that cell.
    pub(super) fn slot(frame: Rc<Frame>, slot: usize) -> CellRef {
        frame.adjust_cell_readers(slot, 1);
        CellRef::Slot(frame, slot)
    }

    /// The variable's value, `None` while it is unbound (an empty cell).
    pub fn get(&self) -> Option<Value> {
        match self {
            CellRef::Slot(f, i) => f.slots.borrow().get(*i).cloned().flatten(),
            CellRef::Class(c) => c.borrow().clone().map(Value::Obj),
        }
    }

    /// Binds (`Some`) or unbinds the variable; returns the old value, for the caller to drop
    /// after the borrow ends.
    pub fn set(&self, v: Option<Value>) -> Option<Value> {
        match self {
            CellRef::Slot(f, i) => f.slots.borrow_mut().get_mut(*i).and_then(|s| std::mem::replace(s, v)),
            CellRef::Class(c) => {
                let new = match v {
                    Some(Value::Obj(o)) => Some(o),
                    _ => None,
                };
                std::mem::replace(&mut *c.borrow_mut(), new).map(Value::Obj)
            }
        }
    }

    /// The variable's identity, which keys the cell objects already handed out.
    fn key(&self) -> (usize, usize) {
        match self {
            CellRef::Slot(f, i) => (Rc::as_ptr(f) as usize, *i),
            CellRef::Class(c) => (Rc::as_ptr(c) as *const u8 as usize, usize::MAX),
        }
    }
}

/// A cell object keeps its variable as a closure does (CPython's cell outlives the frame).
impl Drop for CellRef {
    fn drop(&mut self) {
        if let CellRef::Slot(f, i) = self {
            f.adjust_cell_readers(*i, -1);
        }
    }
}

impl Interp {
    /// `f.__closure__`: a tuple of cells, one per free variable in sorted order, or None.
    pub(super) fn function_closure(&mut self, fd: &FunctionData) -> Value {
        let scope = match &fd.code.body {
            CodeBody::Def(d) => &d.scope,
            CodeBody::Lambda(l) => &l.scope,
            CodeBody::Comp(..) | CodeBody::Class(_) => return Value::None,
        };
        // `free` is sorted; `__class__` goes in its place among the names.
        let mut cells: Vec<(Rc<str>, CellRef)> = Vec::new();
        let class_cell = fd.class_cell.as_ref().filter(|_| scope.uses_class_cell);
        for name in &scope.free {
            if let Some(c) =
                class_cell.filter(|_| &**name > "__class__" && !cells.iter().any(|(n, _)| &**n == "__class__"))
            {
                cells.push((Rc::from("__class__"), CellRef::Class(c.clone())));
            }
            let mut frame = fd.closure.as_ref();
            while let Some(f) = frame {
                if let Some(slot) = f.code.slot(name) {
                    cells.push((name.clone(), CellRef::slot(f.clone(), slot)));
                    break;
                }
                if f.code.globals.contains(name) {
                    break;
                }
                frame = f.parent.as_ref();
            }
        }
        if let Some(c) = class_cell.filter(|_| !cells.iter().any(|(n, _)| &**n == "__class__")) {
            cells.push((Rc::from("__class__"), CellRef::Class(c.clone())));
        }
        if cells.is_empty() {
            return Value::None;
        }
        let items = cells.into_iter().map(|(_, c)| self.cell_object(c)).collect();
        self.tuple(items)
    }

    /// The cell object for a variable: the one handed out before if it still lives.
    pub(super) fn cell_object(&mut self, c: CellRef) -> Value {
        let key = c.key();
        if let Some(o) = self.cell_objects.iter().find(|(k, _)| *k == key).and_then(|(_, w)| w.upgrade()) {
            return Value::Obj(o);
        }
        let o = self.heap.alloc(Some(self.t.cell.clone()), None, Payload::Cell(c));
        self.cell_objects.retain(|(k, w)| w.strong_count() > 0 && *k != key);
        self.cell_objects.push((key, Rc::downgrade(&o)));
        Value::Obj(o)
    }

    /// The cell a class body stores as `__classcell__`: the same object as the methods'
    /// `__closure__` entry for `__class__`.
    pub(super) fn class_cell_object(&mut self, c: &ClassCell) -> Value {
        self.cell_object(CellRef::Class(c.clone()))
    }

    /// `cell.cell_contents`; ValueError for an empty cell.
    pub(super) fn cell_contents(&mut self, c: &CellRef) -> PyResult<Value> {
        match c.get() {
            Some(v) => Ok(v),
            None => self.value_error("Cell is empty"),
        }
    }

    /// `<cell at 0x…: int object at 0x…>`, or `<cell at 0x…: empty>`.
    pub(super) fn cell_repr(&mut self, o: &ObjRef, c: &CellRef) -> String {
        let me = self.addr(o);
        match c.get() {
            None => format!("<cell at {me}: empty>"),
            Some(v) => {
                let tn = self.type_name(&v);
                let at = super::builtins::object_address(self, &v);
                format!("<cell at {me}: {tn} object at {at:#x}>")
            }
        }
    }
}
