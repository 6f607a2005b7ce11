//! A cache of CPython's `str` hashes, by string allocation.
//!
//! Every dict holds CPython's hash of its str keys (one table serves namespaces and user
//! dicts, which are the same objects: `vars(obj)`, `globals()`, and a key whose `__hash__`
//! returns `hash("x")` must find `"x"`; `set(d)` takes the dict's stored hashes). That hash is
//! SipHash-1-3 (`format::hash_str`), about 130 instructions for a short name, and namespace
//! lookups are the interpreter's hottest path. CPython computes a str's hash once and keeps it
//! in the object; metalab's strs are bare `Rc<str>`, so this cache keeps it beside them,
//! keyed by address: the source's names are interned (one allocation per name), so each
//! lookup of `self.x` or a global finds its name here after the first.
//!
//! The cache holds a reference to each string it knows, so no other string can take that
//! address while the entry lives (`sys.getrefcount` discounts it, `Interp::str_refcount`).
//! Direct-mapped: a colliding string replaces the older entry, which only costs a rehash.

use super::refcell::RefCell;
use std::cell::Cell;
use std::rc::Rc;

const SLOTS: usize = 1024;

pub struct StrHashes {
    /// Per slot, the address of the string it knows and that string's hash (address 0: none).
    /// A plain `Cell` read is the whole hit, with no borrow to take and release: inlined into
    /// the wasm's callers, it stays a few instructions.
    keys: Box<[Cell<(usize, i64)>; SLOTS]>,
    /// The strings `keys` knows, held so that no other string takes their addresses.
    held: RefCell<Box<[Option<Rc<str>>; SLOTS]>>,
}

impl Default for StrHashes {
    fn default() -> Self {
        StrHashes {
            keys: Box::new([const { Cell::new((0, 0)) }; SLOTS]),
            held: RefCell::new(Box::new([const { None }; SLOTS])),
        }
    }
}

/// A string's allocation, as `keys` stores it.
#[inline(always)]
fn addr_of(s: &Rc<str>) -> usize {
    Rc::as_ptr(s) as *const u8 as usize
}

/// The slot of an allocation: its address, multiplied to spread neighbouring allocations.
#[inline(always)]
fn slot_of(s: &Rc<str>) -> usize {
    let addr = addr_of(s) as u64;
    (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

impl StrHashes {
    /// `hash(s)`. Inlined into the wasm's ~20 callers: the hit is a few instructions, and the
    /// namespace lookups that call it are the interpreter's hottest path.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn of(&self, s: &Rc<str>) -> i64 {
        let i = slot_of(s);
        let (k, h) = self.keys[i].get();
        if k == addr_of(s) {
            return h;
        }
        self.miss(i, s)
    }

    #[cold]
    #[inline(never)]
    fn miss(&self, i: usize, s: &Rc<str>) -> i64 {
        let h = super::format::hash_str(s);
        let old = self.held.borrow_mut()[i].replace(s.clone());
        self.keys[i].set((addr_of(s), h));
        drop(old);
        h
    }

    /// Whether the cache holds a reference to `s` (not counted by `sys.getrefcount`).
    pub fn holds(&self, s: &Rc<str>) -> bool {
        self.keys[slot_of(s)].get().0 == addr_of(s)
    }
}

#[cfg(test)]
mod tests {
    use super::StrHashes;
    use std::rc::Rc;

    #[test]
    fn caches_by_allocation() {
        let c = StrHashes::default();
        let a: Rc<str> = Rc::from("abc");
        assert_eq!(c.of(&a), -4594863902769663758);
        assert!(c.holds(&a));
        assert_eq!(c.of(&a), -4594863902769663758);
        let b: Rc<str> = Rc::from("abc");
        assert_eq!(c.of(&b), c.of(&a));
        assert_eq!(c.of(&Rc::from("")), 0);
    }
}
