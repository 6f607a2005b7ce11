//! The order CPython 3.11 iterates a set in: the slot order of its open-addressing table
//! (`Objects/setobject.c`), which is why `{10, 5, 1}` prints as `{1, 10, 5}`.
//!
//! metalab's sets keep their entries in insertion order (the table in `dict.rs`); the order
//! shown is computed by replaying those insertions into a model of CPython's table: slot
//! `hash & mask`, up to 9 linear probes, then perturbed probing; a table of 8 slots growing
//! to the next power of two above 4 x used when it is 60% full, rebuilt in slot order. A set
//! built only by adding elements gets exactly CPython's order. Copies (`set(s)`, `s | t`,
//! constant literals, which CPython builds from a frozenset) start from the presized table
//! CPython's `set_merge` makes (`presized`). Not modelled: the slots removed elements leave
//! behind, so after removals the order can differ where elements collide.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Positions (into `hashes`, given in insertion order) in CPython's iteration order, for a
/// table that starts with `start_size` slots (a power of two, at least 8).
pub fn cpython_order(hashes: &[i64], start_size: usize) -> Vec<usize> {
    replay(hashes, start_size).into_iter().flatten().collect()
}

/// The table `set_merge` gives a set of `fill` elements and `size` slots before it merges
/// `incoming` more: grown to the next power of two above twice the total when the total would
/// pass 60%.
pub fn presized(fill: usize, size: usize, incoming: usize) -> usize {
    if (fill + incoming) * 5 < (size - 1) * 3 {
        return size;
    }
    let minused = (fill + incoming) * 2;
    let mut new = MIN_SIZE;
    while new <= minused {
        new <<= 1;
    }
    new
}

fn replay(hashes: &[i64], start_size: usize) -> Vec<Option<usize>> {
    let mut table: Vec<Option<usize>> = vec![None; start_size.max(MIN_SIZE)];
    let mut used = 0usize;
    for (pos, &h) in hashes.iter().enumerate() {
        insert_clean(&mut table, pos, h);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for p in old.into_iter().flatten() {
                insert_clean(&mut table, p, hashes[p]);
            }
        }
    }
    table
}

/// CPython's `set_insert_clean`: the first free slot along the probe sequence (the keys are
/// distinct and there are no removed slots, so no comparison is needed).
fn insert_clean(table: &mut [Option<usize>], pos: usize, hash: i64) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(pos);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            if let Some(slot) = table[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| s.is_none()) {
                *slot = Some(pos);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::{cpython_order, presized};

    /// Int hashes are the ints themselves; the expected orders are what CPython 3.11 prints.
    #[test]
    fn small_int_sets_follow_slot_order() {
        assert_eq!(cpython_order(&[3, 1, 2], 8), vec![1, 2, 0]);
        assert_eq!(cpython_order(&[10, 5, 1], 8), vec![2, 0, 1]);
        assert_eq!(cpython_order(&[], 8), Vec::<usize>::new());
        // `{1, 9, 17} | {25, 2}`: the copy of the left set is presized to 16 slots first.
        assert_eq!(presized(3, 8, 2), 16);
        assert_eq!(cpython_order(&[1, 9, 17, 25, 2], 16), vec![0, 2, 4, 1, 3]);
    }
}
