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
use std::rc::Rc;

const SLOTS: usize = 1024;

/// A string the cache holds, with its hash.
type Slot = Option<(Rc<str>, i64)>;

pub struct StrHashes {
    slots: RefCell<Box<[Slot; SLOTS]>>,
}

impl Default for StrHashes {
    fn default() -> Self {
        StrHashes { slots: RefCell::new(Box::new([const { None }; SLOTS])) }
    }
}

/// The slot of an allocation: its address, multiplied to spread neighbouring allocations.
#[inline(always)]
fn slot_of(s: &Rc<str>) -> usize {
    let addr = Rc::as_ptr(s) as *const u8 as usize as u64;
    (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

impl StrHashes {
    /// `hash(s)`.
    #[inline]
    pub fn of(&self, s: &Rc<str>) -> i64 {
        let i = slot_of(s);
        if let Some((k, h)) = &self.slots.borrow()[i] {
            if Rc::ptr_eq(k, s) {
                return *h;
            }
        }
        self.miss(i, s)
    }

    #[cold]
    fn miss(&self, i: usize, s: &Rc<str>) -> i64 {
        let h = super::format::hash_str(s);
        let old = self.slots.borrow_mut()[i].replace((s.clone(), h));
        drop(old);
        h
    }

    /// Whether the cache holds a reference to `s` (not counted by `sys.getrefcount`).
    pub fn holds(&self, s: &Rc<str>) -> bool {
        self.slots.borrow()[slot_of(s)].as_ref().is_some_and(|(k, _)| Rc::ptr_eq(k, s))
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
