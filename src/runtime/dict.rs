//! Insertion-ordered hash table behind `dict`, `set`, class namespaces and instance `__dict__`s.
//!
//! The table itself never calls Python code: hashing and key equality that may run a user
//! `__hash__`/`__eq__` happen in the interpreter (`runtime::ops`) with no borrow held, and the
//! table only answers "which entries have this hash". That is what keeps a re-entrant `__eq__`
//! from hitting a `RefCell` already borrowed.

use super::value::Value;
use std::rc::Rc;

const EMPTY: u32 = u32::MAX;

#[derive(Clone, Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    /// Open-addressing table of positions into `entries`.
    indices: Vec<u32>,
    len: usize,
    /// For a set: the slots of the table CPython started it with (0 for the usual 8; more
    /// for a presized copy). See `set_order`.
    set_start: u32,
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The hash of a `str`: CPython's with `PYTHONHASHSEED=0` (`Interp::str_hash` remembers it
/// for an `Rc<str>`).
pub fn str_hash(s: &str) -> i64 {
    super::format::hash_str(s)
}

/// A cheap hash of a name for the interpreter's own caches (never seen by Python code).
#[inline]
pub fn cache_key_hash(s: &str) -> i64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.finish() as i64
}

/// Interned names make most namespace keys the very string being looked up.
#[inline(always)]
pub fn same_str(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

impl DictData {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Probes for the entry positions whose hash is `hash`, calling `f` until it says stop.
    #[inline(always)]
    fn probe(&self, hash: i64, mut f: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if let Some(e) = &self.entries[ix as usize] {
                if e.hash == hash && f(ix as usize) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Finds a key whose equality can be decided without Python code.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        self.probe(hash, |ix| self.entries[ix].as_ref().is_some_and(|e| eq(&e.key)))
    }

    /// `find` for a str key in a namespace.
    #[inline]
    fn find_name(&self, hash: i64, name: &str) -> Option<usize> {
        self.probe(hash, |ix| {
            self.entries[ix].as_ref().is_some_and(|e| matches!(&e.key, Value::Str(s) if same_str(s, name)))
        })
    }

    /// All keys with this hash, for comparisons that may call a user `__eq__`.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        self.probe(hash, |ix| {
            if let Some(e) = &self.entries[ix] {
                out.push((ix, e.key.clone()));
            }
            false
        });
        out
    }

    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, ix: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(ix) {
            e.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len + 1) * 3);
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.place(hash, ix);
    }

    fn place(&mut self, hash: i64, ix: u32) {
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = ix;
    }

    /// Compacts entries and resizes the index to hold at least `min` slots.
    fn rebuild(&mut self, min: usize) {
        let mut size = 8;
        while size < min {
            size *= 2;
        }
        if self.len != self.entries.len() {
            self.entries.retain(|e| e.is_some());
        }
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            if let Some(e) = &self.entries[ix] {
                let h = e.hash;
                self.place(h, ix as u32);
            }
        }
    }

    /// Removes the entry at `ix`, returning it. Positions of other entries stay valid.
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        self.len -= 1;
        // Keep the probe chain intact: the index slot still points at the hole, which
        // `probe` skips. Compact when holes dominate.
        if self.len * 2 < self.entries.len() && self.entries.len() > 16 {
            self.rebuild(self.len * 3 + 1);
        }
        Some(e)
    }

    pub fn clear(&mut self) {
        *self = DictData::default();
    }

    /// The entries, moved out in insertion order (a cleared dict's values die in this order).
    pub fn into_entries(self) -> impl Iterator<Item = Entry> {
        self.entries.into_iter().flatten()
    }

    /// Entries in insertion order (positions are stable until the next removal compaction).
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Entry at or after position `pos`, with the position after it (iterator support).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// The last entry before position `pos`, with its own position (reverse iteration).
    pub fn prev_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos > 0 {
            pos -= 1;
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
        }
        None
    }

    /// The position after the last entry: where reverse iteration starts.
    pub fn end_pos(&self) -> usize {
        self.entries.len()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.entries[ix].take();
        self.len -= 1;
        // Drop trailing holes so the index stays consistent with a shorter entry list.
        self.rebuild(self.len * 3 + 1);
        e
    }

    // ---- str-keyed fast paths (namespaces) ----

    /// A set's live entries in the order CPython iterates them (`set_order`).
    pub fn set_entries(&self) -> Vec<&Entry> {
        let live: Vec<&Entry> = self.iter().collect();
        let hashes: Vec<i64> = live.iter().map(|e| e.hash).collect();
        let order = super::set_order::cpython_order(&hashes, self.set_start as usize);
        order.into_iter().map(|i| live[i]).collect()
    }

    /// What CPython's `set_merge` makes of this set merged into an empty one (`set(s)`,
    /// `s.copy()`, `s | t` before `t` comes in): its elements in its order, in a table
    /// presized for them.
    pub fn set_copy(&self) -> DictData {
        self.set_copy_for(0)
    }

    /// An empty set's table presized for `incoming` elements (`set(some_dict)`).
    pub fn presize_set(&mut self, incoming: usize) {
        self.set_start = super::set_order::presized(0, 8, incoming) as u32;
    }

    /// `set_copy`, then presized again for `incoming` more elements merged in (`s | t`).
    pub fn set_copy_for(&self, incoming: usize) -> DictData {
        let mut out = DictData::new();
        for e in self.set_entries() {
            out.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        let size = super::set_order::presized(0, 8, self.len);
        let size = super::set_order::presized(self.len, size, incoming);
        out.set_start = size as u32;
        out
    }

    /// A set's elements in CPython's iteration order.
    pub fn set_keys(&self) -> Vec<Value> {
        self.set_entries().into_iter().map(|e| e.key.clone()).collect()
    }

    /// `get_str_h` hashing `name` here: for names not from the source (see `str_hashes`).
    pub fn get_str(&self, name: &str) -> Option<&Value> {
        self.get_str_h(name, str_hash(name))
    }

    /// The value under the str key `name`, whose hash is `h`.
    #[inline]
    pub fn get_str_h(&self, name: &str, h: i64) -> Option<&Value> {
        let ix = self.find_name(h, name)?;
        self.entries[ix].as_ref().map(|e| &e.value)
    }

    pub fn set_str(&mut self, name: Rc<str>, value: Value) {
        let h = str_hash(&name);
        self.set_str_h(name, h, value)
    }

    pub fn set_str_h(&mut self, name: Rc<str>, h: i64, value: Value) {
        match self.find_name(h, &name) {
            Some(ix) => self.set_value(ix, value),
            None => self.insert_new(h, Value::Str(name), value),
        }
    }

    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        self.remove_str_h(name, str_hash(name))
    }

    pub fn remove_str_h(&mut self, name: &str, h: i64) -> Option<Value> {
        let ix = self.find_name(h, name)?;
        self.remove_at(ix).map(|e| e.value)
    }
}
