//! `RefCell` with `borrow`/`borrow_mut` that report a conflict from one shared cold function.
//!
//! std's `borrow` is `#[track_caller]`: each of the ~600 borrow sites carries its own 16-byte
//! panic location and passes it to the panic, ~12 KB of the wasm for a conflict that is a bug in
//! metalab, never a Python error. The borrows themselves compile to the same code as std's.

use std::cell::{Ref, RefMut};
use std::ops::{Deref, DerefMut};

/// std's `RefCell` (every other method comes through `Deref`).
#[derive(Default, Debug)]
pub struct RefCell<T: ?Sized>(std::cell::RefCell<T>);

impl<T> RefCell<T> {
    #[inline]
    pub const fn new(value: T) -> Self {
        RefCell(std::cell::RefCell::new(value))
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}

impl<T: ?Sized> RefCell<T> {
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.0.try_borrow() {
            Ok(r) => r,
            Err(_) => conflict(),
        }
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.0.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => conflict(),
        }
    }
}

impl<T: Clone> Clone for RefCell<T> {
    fn clone(&self) -> Self {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: ?Sized> Deref for RefCell<T> {
    type Target = std::cell::RefCell<T>;
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T: ?Sized> DerefMut for RefCell<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// A borrow that conflicts with a live one: a bug in metalab (a borrow held across a call into
/// user code), reported the way std's `RefCell` reports it.
#[cold]
#[inline(never)]
fn conflict() -> ! {
    panic!("RefCell already borrowed")
}
