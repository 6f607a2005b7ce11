//! The combinatoric iterators (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`): index arithmetic over pools read once when the iterator is
//! made, CPython's algorithms step for step (so the order of the tuples is CPython's). Nothing
//! here runs user code.

use super::value::Value;
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
