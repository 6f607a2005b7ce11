//! Reuse of call frames. Every Python call needs a frame and a slot vector; allocating and
//! freeing both per call was a tenth of a method call's cost. A frame that no closure or
//! generator kept (its `Rc` is unique when the call returns) goes back to the pool.

use super::function::{Code, Frame, FunctionData};
use super::refcell::RefCell;
use super::value::Value;
use std::rc::Rc;

/// Enough for the frames of a deep recursion to be reused on the way back down.
const KEEP: usize = 64;

#[derive(Default)]
pub struct FramePool {
    frames: Vec<Rc<Frame>>,
    slots: Vec<Vec<Option<Value>>>,
}

impl FramePool {
    /// An empty slot vector, with capacity from an earlier call when there is one.
    pub fn slots(&mut self) -> Vec<Option<Value>> {
        self.slots.pop().unwrap_or_default()
    }

    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub fn give_slots(&mut self, mut v: Vec<Option<Value>>) {
        v.clear();
        if self.slots.len() < KEEP {
            self.slots.push(v);
        }
    }

    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub fn frame(&mut self, code: &Rc<Code>, slots: Vec<Option<Value>>, fd: &FunctionData, made: u64) -> Rc<Frame> {
        if let Some(mut f) = self.frames.pop() {
            if let Some(m) = Rc::get_mut(&mut f) {
                m.code = code.clone();
                *m.slots.get_mut() = slots;
                m.parent = fd.closure.clone();
                m.globals = fd.globals.clone();
                m.class_cell = fd.class_cell.clone();
                *m.returned.get_mut() = false;
                m.cell_refs.get_mut().clear();
                m.made = made;
                return f;
            }
        }
        Rc::new(Frame {
            code: code.clone(),
            slots: RefCell::new(slots),
            parent: fd.closure.clone(),
            globals: fd.globals.clone(),
            class_cell: fd.class_cell.clone(),
            locals: Default::default(),
            tb_holders: Default::default(),
            returned: Default::default(),
            back: Default::default(),
            cell_refs: Default::default(),
            reads_cells: Default::default(),
            made,
        })
    }

    /// Takes back a frame after its call; frames still shared (closures, generators) are
    /// left to their other owners.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub fn recycle(&mut self, mut f: Rc<Frame>) {
        if self.frames.len() >= KEEP {
            return;
        }
        let Some(m) = Rc::get_mut(&mut f) else { return };
        let slots = std::mem::take(m.slots.get_mut());
        m.parent = None;
        m.class_cell = None;
        let locals = m.locals.get_mut().take();
        self.frames.push(f);
        drop(locals);
        self.give_slots(slots);
    }
}
