//! The combinatoric iterators (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`): index arithmetic over pools read whole when the iterator
//! is made, CPython's algorithms step for step (so the order of the tuples is CPython's).
//! Stepping runs no user code; making one reads the inputs (`tuple(iterable)`).

use super::function::Kwargs;
use super::interp::Interp;
use super::itertools::{keywords, obj, pool, split, COMBINATIONS, PERMUTATIONS, PRODUCT};
use super::itertools_state::Tool;
use super::numbers::MAX_ITEMS;
use super::operator::{int_value, ssize};
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CombKind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

pub struct Comb {
    kind: CombKind,
    /// `product`: one pool per position (repeats share); the others: the one pool.
    pools: Vec<Rc<Vec<Value>>>,
    indices: Vec<usize>,
    /// `permutations`' rollover counters.
    cycles: Vec<usize>,
    r: usize,
    /// The last tuple given out, updated in place.
    result: Option<Vec<Value>>,
    stopped: bool,
}

impl Comb {
    /// The iterator over `pools` (one for all but `product`) taking `r` items.
    pub fn new(kind: CombKind, pools: Vec<Rc<Vec<Value>>>, r: usize) -> Comb {
        let n = pools.first().map_or(0, |p| p.len());
        let (indices, cycles, stopped) = match kind {
            CombKind::Product => (vec![0; pools.len()], Vec::new(), false),
            CombKind::Combinations => ((0..r).collect(), Vec::new(), r > n),
            CombKind::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
            CombKind::Permutations => ((0..n).collect(), (0..r.min(n)).map(|i| n - i).collect(), r > n),
        };
        Comb { kind, pools, indices, cycles, r, result: None, stopped }
    }

    pub fn edges(&self, v: &mut dyn FnMut(&Value)) {
        self.pools.iter().for_each(|p| p.iter().for_each(&mut *v));
    }

    /// The next tuple's items; `None` once done.
    pub fn advance(&mut self) -> Option<Vec<Value>> {
        if self.stopped {
            return None;
        }
        let more = match self.result {
            None => self.first(),
            Some(_) => match self.kind {
                CombKind::Product => self.product_step(),
                CombKind::Combinations => self.combinations_step(),
                CombKind::WithReplacement => self.cwr_step(),
                CombKind::Permutations => self.permutations_step(),
            },
        };
        if !more {
            self.stopped = true;
            return None;
        }
        self.result.clone()
    }

    fn pool(&self) -> Rc<Vec<Value>> {
        self.pools.first().cloned().unwrap_or_default()
    }

    fn first(&mut self) -> bool {
        let result: Option<Vec<Value>> = match self.kind {
            CombKind::Product => self.pools.iter().map(|p| p.first().cloned()).collect(),
            _ => {
                let pool = self.pool();
                self.indices.iter().take(self.r).map(|&i| pool.get(i).cloned()).collect()
            }
        };
        let ok = result.is_some();
        self.result = result;
        ok
    }

    fn set(&mut self, i: usize, v: Option<&Value>) {
        if let (Some(result), Some(v)) = (self.result.as_mut(), v) {
            if let Some(slot) = result.get_mut(i) {
                *slot = v.clone();
            }
        }
    }

    /// The rightmost pool's index moves on; a pool that rolls over moves the one on its left.
    fn product_step(&mut self) -> bool {
        for i in (0..self.pools.len()).rev() {
            let pool = self.pools[i].clone();
            self.indices[i] += 1;
            if self.indices[i] == pool.len() {
                self.indices[i] = 0;
                self.set(i, pool.first());
            } else {
                self.set(i, pool.get(self.indices[i]));
                return true;
            }
        }
        false
    }

    fn combinations_step(&mut self) -> bool {
        let (pool, r) = (self.pool(), self.r);
        let n = pool.len();
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else { return false };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = self.indices[j - 1] + 1;
        }
        for j in i..r {
            self.set(j, pool.get(self.indices[j]));
        }
        true
    }

    fn cwr_step(&mut self) -> bool {
        let (pool, r) = (self.pool(), self.r);
        let n = pool.len();
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != n - 1) else { return false };
        let index = self.indices[i] + 1;
        for j in i..r {
            self.indices[j] = index;
            self.set(j, pool.get(index));
        }
        true
    }

    fn permutations_step(&mut self) -> bool {
        let (pool, r) = (self.pool(), self.r);
        let n = pool.len();
        if n == 0 {
            return false;
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // indices[i:] = indices[i+1:] + indices[i:i+1]
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                for k in i..r {
                    self.set(k, pool.get(self.indices[k]));
                }
                return true;
            }
        }
        false
    }
}

// ---- combinatorics ----

/// `product(*iterables, repeat=1)`: the `repeat` keyword is read first, and with `repeat=0`
/// the iterables are never read.
pub(super) fn product_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [repeat] = keywords::<1>(it, "product", &PRODUCT, Vec::new(), kwargs)?;
    let repeat = match repeat {
        Some(r) => ssize(it, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return it.value_error("repeat argument cannot be negative");
    }
    let nargs = if repeat == 0 { 0 } else { args.len() };
    if nargs as u64 > (i64::MAX as u64) / 8 / (repeat.max(1) as u64) {
        return it.err("OverflowError", "repeat argument too large");
    }
    if nargs * repeat as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    let mut pools = Vec::with_capacity(nargs);
    for a in &args[..nargs] {
        pools.push(pool(it, a)?);
    }
    let pools = pools.iter().cycle().take(nargs * repeat as usize).cloned().collect();
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(CombKind::Product, pools, 0))))
}

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`: `r` is
/// converted before the iterable is read.
fn choose(it: &mut Interp, name: &str, kind: CombKind, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, r] = keywords::<2>(it, name, &COMBINATIONS, args, kwargs)?;
    let r = ssize(it, &r.unwrap_or(Value::None))?;
    let pool = pool(it, &iterable.unwrap_or(Value::None))?;
    if r < 0 {
        return it.value_error("r must be non-negative");
    }
    if r as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(kind, vec![pool], r as usize))))
}

pub(super) fn combinations_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    choose(it, "combinations", CombKind::Combinations, args, kwargs)
}

pub(super) fn cwr_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    choose(it, "combinations_with_replacement", CombKind::WithReplacement, args, kwargs)
}

/// `permutations(iterable, r=None)`: here the iterable is read first, then `r` checked.
pub(super) fn permutations_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, r] = keywords::<2>(it, "permutations", &PERMUTATIONS, args, kwargs)?;
    let pool = pool(it, &iterable.unwrap_or(Value::None))?;
    let r = match r.filter(|r| !r.is_none()) {
        None => pool.len() as i64,
        Some(r) => match int_value(&r) {
            Some(i) => ssize(it, &i)?,
            None => return it.type_error("Expected int as r"),
        },
    };
    if r < 0 {
        return it.value_error("r must be non-negative");
    }
    if r as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(CombKind::Permutations, vec![pool], r as usize))))
}
