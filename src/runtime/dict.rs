//! Insertion-ordered hash table behind `dict`, `set`, class namespaces and instance `__dict__`s.
//!
//! The table itself never calls Python code: hashing and key equality that may run a user
//! `__hash__`/`__eq__` happen in the interpreter (`runtime::ops`) with no borrow held, and the
//! table only answers "which entries have this hash". That is what keeps a re-entrant `__eq__`
//! from hitting a `RefCell` already borrowed.
//!
//! A set's table (`DictData::new_set`) keeps its entries the same way, but its index is a
//! model of CPython's set table, slot for slot (`set_table`): a set iterates in slot order.

mod set_table;

use super::value::Value;
use std::rc::Rc;

const EMPTY: u32 = u32::MAX;

#[derive(Clone, Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    /// Open-addressing table of positions into `entries` (for a set, `set_table`'s slots).
    indices: Vec<u32>,
    len: usize,
    /// A set's table state; `None` for a dict.
    set: Option<set_table::SetState>,
}

/// A set's elements die in slot order, as CPython's `set_dealloc` releases them.
impl Drop for DictData {
    fn drop(&mut self) {
        if self.set.is_some() && !self.indices.is_empty() {
            for slot in std::mem::take(&mut self.indices) {
                if set_table::is_entry(slot) {
                    let e = self.entries[slot as usize].take();
                    drop(e);
                }
            }
        }
    }
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
    #[inline]
    fn probe(&self, hash: i64, f: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.set.is_some() {
            return self.set_probe(hash, f);
        }
        self.dict_probe(hash, f)
    }

    #[inline(always)]
    fn dict_probe(&self, hash: i64, mut f: impl FnMut(usize) -> bool) -> Option<usize> {
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
            if let Some(Some(e)) = self.entries.get(ix as usize) {
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

    /// `find` for a str key in a namespace, which is a dict (never a set: a set's table would
    /// only be missed, not misread). `dict_probe`'s loop written out: at opt-level "z" its
    /// closure stays a call per probed entry in the wasm build.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn find_name(&self, hash: i64, name: &str) -> Option<usize> {
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
            if let Some(Some(e)) = self.entries.get(ix as usize) {
                if e.hash == hash && matches!(&e.key, Value::Str(s) if same_str(s, name)) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
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

    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub fn set_value(&mut self, ix: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(ix) {
            e.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.set.is_some() {
            return self.set_insert(hash, key);
        }
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
        if self.set.is_some() {
            return self.set_remove(ix);
        }
        let e = self.entries.get_mut(ix)?.take()?;
        self.len -= 1;
        // Keep the probe chain intact: the index slot still points at the hole, which
        // `probe` skips. Compact when holes dominate.
        if self.len * 2 < self.entries.len() && self.entries.len() > 16 {
            self.rebuild(self.len * 3 + 1);
        }
        Some(e)
    }

    /// Empties the table, keeping a set a set.
    pub fn clear(&mut self) {
        let old = std::mem::replace(self, self.emptied());
        drop(old);
    }

    /// An empty table of the same kind (a set keeps its `pop` finger, as CPython's does).
    pub fn emptied(&self) -> DictData {
        let mut d = DictData::default();
        d.set = self.set.map(|s| s.emptied());
        d
    }

    /// The entries, moved out in iteration order (a cleared dict's values, or a set's
    /// elements, die in this order).
    pub fn into_entries(mut self) -> impl Iterator<Item = Entry> {
        let mut out = Vec::with_capacity(self.len);
        if self.set.is_some() {
            for slot in std::mem::take(&mut self.indices) {
                if set_table::is_entry(slot) {
                    out.extend(self.entries[slot as usize].take());
                }
            }
        } else {
            out.extend(std::mem::take(&mut self.entries).into_iter().flatten());
        }
        out.into_iter()
    }

    /// Entries in iteration order: insertion order for a dict (positions are stable until the
    /// next removal compaction), slot order for a set.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        let mut pos = 0;
        std::iter::from_fn(move || {
            let (next, e) = self.next_from(pos)?;
            pos = next;
            Some(e)
        })
    }

    /// Entry at or after position `pos`, with the position after it (iterator support). For a
    /// set, positions are slots of its table, as CPython's set iterator walks them.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        if self.set.is_some() {
            while pos < self.indices.len() {
                let i = self.indices[pos];
                if set_table::is_entry(i) {
                    return self.entries[i as usize].as_ref().map(|e| (pos + 1, e));
                }
                pos += 1;
            }
            return None;
        }
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
