//! CPython 3.11's set table (`Objects/setobject.c`), slot for slot, because a set iterates
//! (and prints, and pops) in slot order: `{10, 5, 1}` prints as `{1, 10, 5}`.
//!
//! A set's `DictData::indices` is that table: a power of two of slots, at least 8, each
//! empty, a *dummy* (what a removed element leaves, so probe chains through it stay intact),
//! or a position in `entries`. An element goes to slot `hash & mask`; if taken, to the next
//! of up to 9 following slots (when they fit before the end), then to `i * 5 + 1 + perturb`
//! with `perturb` the hash shifted right 5 bits more each time. An addition reuses the *last*
//! dummy it passed on the way to an empty slot; only filling an empty slot counts towards
//! `fill` (live plus dummy slots), and when `fill * 5 >= mask * 3` the table is rebuilt with
//! the live elements, in slot order, into the smallest power of two above 4 x `used`.
//! Removal leaves a dummy and never shrinks the table; `pop` scans from a finger left after
//! the previous pop. Copies and merges (`set_merge`) presize the target and, into an empty
//! table of the same size without dummies, copy the slots as they are.

use super::{DictData, Entry, EMPTY};
use crate::runtime::value::Value;

/// A removed element's slot.
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// What CPython's `PySetObject` keeps beside the table.
#[derive(Clone, Copy, Default)]
pub struct SetState {
    /// Live plus dummy slots.
    fill: u32,
    /// Where the next `pop` starts looking.
    finger: u32,
}

impl SetState {
    pub fn emptied(self) -> SetState {
        SetState { fill: 0, finger: self.finger }
    }
}

/// A slot holding an element (not empty, not a dummy).
#[inline]
pub fn is_entry(slot: u32) -> bool {
    slot < DUMMY
}

/// The slots an element with this hash probes, in order, for a table of `mask + 1` slots
/// (endless: a table always keeps empty slots).
fn probe_seq(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut j = 0;
    std::iter::from_fn(move || {
        let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        if j > run {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            j = 0;
        }
        j += 1;
        Some(i + j - 1)
    })
}

impl DictData {
    /// An empty set.
    pub fn new_set() -> DictData {
        let mut d = DictData::default();
        d.set = Some(SetState::default());
        d
    }

    /// This table as a set: itself, or (a dict-mode table) its keys added in order.
    pub fn into_set(self) -> DictData {
        if self.is_set() {
            return self;
        }
        let mut d = DictData::new_set();
        for e in self.into_entries() {
            d.insert_new(e.hash, e.key, Value::None);
        }
        d
    }

    pub fn is_set(&self) -> bool {
        self.set.is_some()
    }

    fn mask(&self) -> usize {
        self.indices.len().max(MIN_SIZE) - 1
    }

    fn state(&mut self) -> &mut SetState {
        self.set.get_or_insert_with(SetState::default)
    }

    /// `set_lookkey`'s walk: entries with this hash in probe order until an empty slot.
    #[inline(never)]
    pub(super) fn set_probe(&self, hash: i64, mut f: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        for slot in probe_seq(hash, self.mask()) {
            let i = self.indices[slot];
            if i == EMPTY {
                return None;
            }
            if is_entry(i) && self.entries[i as usize].as_ref().is_some_and(|e| e.hash == hash) && f(i as usize) {
                return Some(i as usize);
            }
        }
        None
    }

    /// `set_add_entry` for an element known to be absent.
    pub(super) fn set_insert(&mut self, hash: i64, key: Value) {
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; MIN_SIZE];
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value: Value::None }));
        self.len += 1;
        let mask = self.mask();
        let mut last_dummy = None;
        for slot in probe_seq(hash, mask) {
            match self.indices[slot] {
                EMPTY => {
                    if let Some(d) = last_dummy {
                        self.indices[d] = ix;
                        return;
                    }
                    self.indices[slot] = ix;
                    let fill = {
                        let st = self.state();
                        st.fill += 1;
                        st.fill as usize
                    };
                    if fill * 5 >= mask * 3 {
                        self.set_resize(if self.len > 50_000 { self.len * 2 } else { self.len * 4 });
                    }
                    return;
                }
                DUMMY => last_dummy = Some(slot),
                _ => {}
            }
        }
    }

    /// `set_insert_clean`: the first empty slot along the probe path, linear probes included
    /// (no dummies, no equal keys to meet).
    fn insert_clean(&mut self, hash: i64, ix: u32) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == EMPTY {
                self.indices[i] = ix;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(j) = (i + 1..=i + LINEAR_PROBES).find(|&j| self.indices[j] == EMPTY) {
                    self.indices[j] = ix;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, the live elements
    /// re-placed in slot order (a small table without dummies is left alone).
    pub fn set_resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let fill = self.state().fill as usize;
        if size == MIN_SIZE && self.mask() + 1 == MIN_SIZE && fill == self.len {
            return;
        }
        let old = std::mem::replace(&mut self.indices, vec![EMPTY; size]);
        for i in old.into_iter().filter(|&i| is_entry(i)) {
            if let Some(e) = &self.entries[i as usize] {
                let h = e.hash;
                self.insert_clean(h, i);
            }
        }
        self.state().fill = self.len as u32;
    }

    /// The slot holding entry `ix` (on its probe path).
    fn slot_of(&self, ix: usize) -> Option<usize> {
        let hash = self.entries.get(ix)?.as_ref()?.hash;
        probe_seq(hash, self.mask()).take_while(|&s| self.indices[s] != EMPTY).find(|&s| self.indices[s] == ix as u32)
    }

    /// `set_discard_entry`: the slot becomes a dummy.
    pub(super) fn set_remove(&mut self, ix: usize) -> Option<Entry> {
        let slot = self.slot_of(ix)?;
        self.indices[slot] = DUMMY;
        let e = self.entries[ix].take();
        self.len -= 1;
        if self.len * 2 < self.entries.len() && self.entries.len() > 16 {
            self.compact_entries();
        }
        e
    }

    /// Drops the holes removals left in `entries`, renumbering the slots (which stay put).
    fn compact_entries(&mut self) {
        let mut renumber = vec![EMPTY; self.entries.len()];
        let mut n = 0u32;
        for (i, e) in self.entries.iter().enumerate() {
            if e.is_some() {
                renumber[i] = n;
                n += 1;
            }
        }
        self.entries.retain(|e| e.is_some());
        for slot in self.indices.iter_mut().filter(|s| is_entry(**s)) {
            *slot = renumber[*slot as usize];
        }
    }

    /// `set.pop()`: the first element at or after the finger, wrapping around.
    pub fn set_pop(&mut self) -> Option<Entry> {
        if self.len == 0 {
            return None;
        }
        let mask = self.mask();
        let mut slot = self.state().finger as usize & mask;
        while !is_entry(self.indices[slot]) {
            slot = if slot == mask { 0 } else { slot + 1 };
        }
        let ix = self.indices[slot] as usize;
        self.indices[slot] = DUMMY;
        self.state().finger = slot as u32 + 1;
        let e = self.entries[ix].take();
        self.len -= 1;
        e
    }

    /// `set_merge`'s presizing before `incoming` elements arrive.
    pub fn set_presize(&mut self, incoming: usize) {
        let fill = self.state().fill as usize;
        if (fill + incoming) * 5 >= self.mask() * 3 {
            self.set_resize((self.len + incoming) * 2);
        }
    }

    /// `set_merge` into this set while it has no slot filled: the other set's slots copied as
    /// they are when the tables match and it has no dummies, else its elements placed anew in
    /// its slot order. False when this set is not empty (the caller adds one by one, comparing).
    pub fn set_merge_into_empty(&mut self, other: &DictData) -> bool {
        if other.len == 0 {
            return true;
        }
        self.set_presize(other.len);
        if self.state().fill != 0 {
            return false;
        }
        let same_shape = self.mask() == other.mask() && other.set.is_some_and(|s| s.fill as usize == other.len);
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; MIN_SIZE];
        }
        for (slot, &i) in other.indices.iter().enumerate().filter(|(_, i)| is_entry(**i)) {
            let Some(e) = &other.entries[i as usize] else { continue };
            let ix = self.entries.len() as u32;
            self.entries.push(Some(e.clone()));
            if same_shape {
                self.indices[slot] = ix;
            } else {
                self.insert_clean(e.hash, ix);
            }
        }
        self.len = other.len;
        self.state().fill = other.len as u32;
        true
    }

    /// `set.copy()` and friends: a new set merged from this one.
    pub fn set_copy(&self) -> DictData {
        let mut out = DictData::new_set();
        out.set_merge_into_empty(self);
        out
    }

    /// `set_swap_bodies`: this set takes `d`'s table and contents but keeps its `pop` finger;
    /// the old table is returned.
    pub fn set_adopt(&mut self, mut d: DictData) -> DictData {
        let finger = self.set.map_or(0, |s| s.finger);
        d.state().finger = finger;
        std::mem::replace(self, d)
    }

    /// More than a quarter of the slots are dummies (`difference_update` then rebuilds).
    pub fn set_mostly_dummies(&self) -> bool {
        let fill = self.set.map_or(0, |s| s.fill as usize);
        fill.saturating_sub(self.len) > self.mask() / 4
    }
}

#[cfg(test)]
mod tests {
    use super::DictData;
    use crate::runtime::value::Value;

    fn set_of(hashes: &[i64]) -> DictData {
        let mut d = DictData::new_set();
        for &h in hashes {
            d.insert_new(h, Value::int(h), Value::None);
        }
        d
    }

    fn order(d: &DictData) -> Vec<i64> {
        d.iter().map(|e| e.hash).collect()
    }

    /// Int hashes are the ints themselves; the expected orders are what CPython 3.11 prints.
    #[test]
    fn slot_order() {
        assert_eq!(order(&set_of(&[3, 1, 2])), vec![1, 2, 3]);
        assert_eq!(order(&set_of(&[10, 5, 1])), vec![1, 10, 5]);
        // `{1, 9, 17} | {25, 2}`: the copy of the left set is presized to 16 slots first.
        let mut u = set_of(&[1, 9, 17]).set_copy();
        u.set_presize(2);
        u.insert_new(25, Value::int(25), Value::None);
        u.insert_new(2, Value::int(2), Value::None);
        assert_eq!(order(&u), vec![1, 17, 2, 9, 25]);
    }

    /// `s = {0}; s.add(1); s.add(8); s.remove(0); s.remove(8); s.add(16)` prints `{1, 16}`:
    /// 16 takes the last dummy on its path, slot 6, not slot 0.
    #[test]
    fn reuses_the_last_dummy() {
        let mut s = set_of(&[0, 1, 8]);
        for h in [0, 8] {
            let ix = s.find(h, |_| true).unwrap_or(usize::MAX);
            s.remove_at(ix);
        }
        s.insert_new(16, Value::int(16), Value::None);
        assert_eq!(order(&s), vec![1, 16]);
    }
}
