//! Why evaluation stopped early: a Python exception, the step budget running out, or a
//! generator body yielding.
//!
//! One pointer, not an enum: every fallible function returns a `PyResult`, and a
//! `PyResult<()>` that is one (nullable) pointer comes back in a register instead of through
//! memory, which makes each `?` a few bytes of wasm instead of a load, compare and copy (~1200
//! of them). The two non-exceptions are marker objects of their own, told apart by their ids,
//! which no object of the heap has.

use super::refcell::RefCell;
use std::rc::Rc;

use super::value::{Obj, ObjRef, Payload};

pub struct Unwind(ObjRef);

// What the type is for (see above), checked where it matters.
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<super::PyResult<()>>() == 4);

/// What an `Unwind` is, to match on.
pub enum UnwindKind<'a> {
    /// A Python exception (an instance of BaseException).
    Exception(&'a ObjRef),
    /// The step budget ran out: not catchable by Python code.
    Halt,
    /// A generator body yielded (used internally by the generator machinery); the value is in
    /// `Interp::yielded` until the generator's `resume` takes it (no Python code runs between).
    Yield,
}

const HALT_ID: u64 = u64::MAX;
const YIELD_ID: u64 = u64::MAX - 1;

thread_local! {
    static MARKERS: (ObjRef, ObjRef) = (marker(HALT_ID), marker(YIELD_ID));
}

fn marker(id: u64) -> ObjRef {
    Rc::new(Obj { id, class: RefCell::new(None), dict: None, payload: Payload::Instance, extra_slots: None })
}

impl Unwind {
    /// A Python exception.
    #[inline]
    pub fn exception(exc: ObjRef) -> Unwind {
        Unwind(exc)
    }

    pub fn halt() -> Unwind {
        Unwind(MARKERS.with(|m| m.0.clone()))
    }

    pub fn yielded() -> Unwind {
        Unwind(MARKERS.with(|m| m.1.clone()))
    }

    #[inline]
    pub fn kind(&self) -> UnwindKind<'_> {
        match self.0.id {
            HALT_ID => UnwindKind::Halt,
            YIELD_ID => UnwindKind::Yield,
            _ => UnwindKind::Exception(&self.0),
        }
    }

    /// The exception, if this is one.
    #[inline]
    pub fn exc(&self) -> Option<&ObjRef> {
        match self.kind() {
            UnwindKind::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// The exception, if this is one; else the unwind itself back.
    #[inline]
    pub fn into_exc(self) -> Result<ObjRef, Unwind> {
        match self.kind() {
            UnwindKind::Exception(_) => Ok(self.0),
            _ => Err(self),
        }
    }

    pub fn is_yield(&self) -> bool {
        self.0.id == YIELD_ID
    }

    pub fn is_halt(&self) -> bool {
        self.0.id == HALT_ID
    }
}

impl Clone for Unwind {
    fn clone(&self) -> Unwind {
        Unwind(self.0.clone())
    }
}

/// The exception a failed result carries, if it is one.
pub fn exc_of<T>(r: &Result<T, Unwind>) -> Option<&ObjRef> {
    r.as_ref().err().and_then(Unwind::exc)
}

/// The exception a failed result carries, if it is one, owned.
pub fn exc_owned<T>(r: Result<T, Unwind>) -> Option<ObjRef> {
    r.err().and_then(|e| e.into_exc().ok())
}
