//! CPython 3.11's set algorithms (`Objects/setobject.c`), step for step, over the set tables
//! of `dict::set_table`: which table each result starts from, which operand is walked (in its
//! slot order), which elements are added, discarded or merged, and when a table is presized
//! or rebuilt. Those choices decide the result's slot layout, so its iteration order, and the
//! order of the `__eq__` calls on colliding elements.
//!
//! Elements already in a set are looked up again with their stored hashes, as CPython does
//! (`set_contains_entry`), so `__hash__` runs only for elements coming from other iterables.
//! Operands are read from a copy of their table taken when the operation starts; a target
//! being updated is borrowed one step at a time, so an element's `__eq__` may look at it.

use super::dict::DictData;
use super::interp::Interp;
use super::numbers::MAX_ITEMS;
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// The table of a set or frozenset (of any subclass), copied.
pub fn set_snapshot(v: &Value) -> Option<DictData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Set(d) => Some(d.borrow().clone()),
            Payload::FrozenSet(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The live table of a (mutable) set object.
pub fn set_cell(o: &ObjRef) -> Option<&RefCell<DictData>> {
    match &o.payload {
        Payload::Set(d) => Some(d),
        _ => None,
    }
}

fn same(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if Rc::ptr_eq(x, y))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::FrozenSet(_)))
}

/// `(element, stored hash)` in slot order.
fn elements(d: &DictData) -> Vec<(Value, i64)> {
    d.iter().map(|e| (e.key.clone(), e.hash)).collect()
}

impl Interp {
    /// A new set, or a frozenset when `like` is one (`make_new_set_basetype`).
    pub fn set_result(&mut self, like: &Value, d: DictData) -> Value {
        self.make_set_like(is_frozen(like), d)
    }

    pub fn make_set_like(&mut self, frozen: bool, d: DictData) -> Value {
        if frozen {
            let d = d.into_set();
            Value::Obj(self.heap.alloc(Some(self.t.frozenset.clone()), None, Payload::FrozenSet(d)))
        } else {
            self.set_from(d)
        }
    }

    /// An exact dict's `(key, stored hash)` pairs, which CPython's set code reads directly.
    fn exact_dict_items(&self, v: &Value) -> Option<Vec<(Value, i64)>> {
        let Value::Obj(o) = v else { return None };
        match &o.payload {
            Payload::Dict(d) if Rc::ptr_eq(&o.class(), &self.t.dict) => {
                Some(d.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect())
            }
            _ => None,
        }
    }

    /// `set_add_entry`: adds `key` (hash `h`) unless an equal element is there.
    pub fn set_add_h(&mut self, s: &RefCell<DictData>, key: Value, h: i64) -> PyResult<()> {
        if self.find_in(s, h, &key)?.is_none() {
            if s.borrow().len() >= MAX_ITEMS {
                return self.err("MemoryError", "");
            }
            s.borrow_mut().insert_new(h, key, Value::None);
        }
        Ok(())
    }

    /// `set_add_key`: hashes, then adds.
    pub fn set_add(&mut self, s: &RefCell<DictData>, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.set_add_h(s, key, h)
    }

    /// `set_discard_entry`: whether an equal element was there (now a dummy slot).
    pub fn set_discard_h(&mut self, s: &RefCell<DictData>, key: &Value, h: i64) -> PyResult<bool> {
        let Some(ix) = self.find_in(s, h, key)? else { return Ok(false) };
        let removed = s.borrow_mut().remove_at(ix);
        Ok(removed.is_some())
    }

    /// The element and hash `set_contains`, `set_remove` and `set_discard` look up: an
    /// (unhashable) set is looked up as a frozenset of its elements.
    pub fn set_key(&mut self, key: &Value) -> PyResult<(Value, i64)> {
        match self.hash(key) {
            Ok(h) => Ok((key.clone(), h)),
            Err(e)
                if matches!(key, Value::Obj(o) if matches!(o.payload, Payload::Set(_)))
                    && self.is_exc(&e, "TypeError") =>
            {
                let t = self.set_table_from(key)?;
                let f = self.make_set_like(true, t);
                let h = self.hash(&f)?;
                Ok((f, h))
            }
            Err(e) => Err(e),
        }
    }

    /// `key in s` for a set or frozenset.
    pub fn set_contains(&mut self, o: &ObjRef, key: &Value) -> PyResult<bool> {
        let (k, h) = self.set_key(key)?;
        match &o.payload {
            Payload::Set(d) => Ok(self.find_in(d, h, &k)?.is_some()),
            Payload::FrozenSet(d) => self.set_has_h(d, &k, h),
            _ => Ok(false),
        }
    }

    /// `set_contains_entry` on a table read without a borrow.
    fn set_has_h(&mut self, d: &DictData, key: &Value, h: i64) -> PyResult<bool> {
        let c = d.candidates(h);
        Ok(self.match_candidates(c, key)?.is_some())
    }

    /// `set_update_internal`: a set is merged, an exact dict's keys come with their stored
    /// hashes into a presized table, anything else is iterated and added one by one.
    pub fn set_update(&mut self, s: &RefCell<DictData>, me: Option<&Value>, other: &Value) -> PyResult<()> {
        if let Some(t) = set_snapshot(other) {
            if me.is_some_and(|m| same(m, other)) {
                return Ok(());
            }
            return self.set_merge(s, &t);
        }
        if let Some(items) = self.exact_dict_items(other) {
            s.borrow_mut().set_presize(items.len());
            for (k, h) in items {
                self.set_add_h(s, k, h)?;
            }
            return Ok(());
        }
        self.for_each(other, |it, x| it.set_add(s, x))
    }

    /// `set_merge`: presized once, then copied outright into an empty table, else added one
    /// by one in the other set's slot order.
    fn set_merge(&mut self, s: &RefCell<DictData>, other: &DictData) -> PyResult<()> {
        if s.borrow_mut().set_merge_into_empty(other) {
            return Ok(());
        }
        for (k, h) in elements(other) {
            self.set_add_h(s, k, h)?;
        }
        Ok(())
    }

    /// A new set's table built from `src` (`make_new_set(type, src)`).
    pub fn set_table_from(&mut self, src: &Value) -> PyResult<DictData> {
        let s = RefCell::new(DictData::new_set());
        self.set_update(&s, None, src)?;
        Ok(s.into_inner())
    }

    /// `set_intersection(a, b)`: walks the smaller set (the right one when they are as
    /// large) checking the other; an iterable is walked, stopping once every element of `a`
    /// was found.
    fn set_intersection(&mut self, a: Option<&Value>, ta: &DictData, b: &Value) -> PyResult<DictData> {
        if a.is_some_and(|a| same(a, b)) {
            return Ok(ta.set_copy());
        }
        let out = RefCell::new(DictData::new_set());
        if let Some(tb) = set_snapshot(b) {
            let (big, small) = if tb.len() > ta.len() { (&tb, ta) } else { (ta, &tb) };
            for (k, h) in elements(small) {
                if self.set_has_h(big, &k, h)? {
                    self.set_add_h(&out, k, h)?;
                }
            }
            return Ok(out.into_inner());
        }
        let it = self.iter(b)?;
        while let Some(k) = self.next(&it)? {
            let h = self.hash(&k)?;
            if self.set_has_h(ta, &k, h)? {
                self.set_add_h(&out, k, h)?;
                if out.borrow().len() >= ta.len() {
                    break;
                }
            }
        }
        Ok(out.into_inner())
    }

    /// `set_difference(a, b)`: a copy of `a` with `b` discarded when `b` is small or not a
    /// set or dict, else the elements of `a` missing from `b` added to a new set.
    fn set_difference(&mut self, ta: &DictData, b: &Value) -> PyResult<DictData> {
        let tb = set_snapshot(b);
        let other_len = match &tb {
            Some(t) => Some(t.len()),
            None => self.exact_dict_items(b).map(|items| items.len()),
        };
        if other_len.is_none_or(|n| (ta.len() >> 2) > n) {
            let out = RefCell::new(ta.set_copy());
            self.set_difference_update(&out, None, b)?;
            return Ok(out.into_inner());
        }
        let out = RefCell::new(DictData::new_set());
        for (k, h) in elements(ta) {
            let found = match (&tb, b) {
                (Some(t), _) => self.set_has_h(t, &k, h)?,
                (None, Value::Obj(d)) => self.dict_get_hashed(d, &k, h)?.is_some(),
                _ => false,
            };
            if !found {
                self.set_add_h(&out, k, h)?;
            }
        }
        Ok(out.into_inner())
    }

    /// `set_difference_update_internal`: discards what `other` holds (walking the
    /// intersection instead when `other` is a set over 8 times larger), then rebuilds the
    /// table if more than a quarter of its slots are dummies.
    pub fn set_difference_update(&mut self, s: &RefCell<DictData>, me: Option<&Value>, other: &Value) -> PyResult<()> {
        if me.is_some_and(|m| same(m, other)) {
            return self.set_clear(s);
        }
        if let Some(mut t) = set_snapshot(other) {
            let mine = s.borrow().clone();
            if (t.len() >> 3) > mine.len() {
                t = self.set_intersection(me, &mine, other)?;
            }
            for (k, h) in elements(&t) {
                self.set_discard_h(s, &k, h)?;
            }
        } else {
            self.for_each(other, |it, k| {
                let h = it.hash(&k)?;
                it.set_discard_h(s, &k, h).map(|_| ())
            })?;
        }
        let mut d = s.borrow_mut();
        if d.set_mostly_dummies() {
            let used = d.len();
            d.set_resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
        Ok(())
    }

    /// `set.clear()` (`set_clear_internal`): an empty small table; the elements go in slot
    /// order; the `pop` finger stays.
    pub fn set_clear(&mut self, s: &RefCell<DictData>) -> PyResult<()> {
        let old = {
            let mut d = s.borrow_mut();
            let empty = d.emptied();
            std::mem::replace(&mut *d, empty)
        };
        drop(old);
        Ok(())
    }

    /// `set_symmetric_difference_update`: each element of `other` (an exact dict's keys with
    /// their hashes, a set's in slot order, else a new set made from it) is discarded, or
    /// added when it was not there.
    pub fn set_symmetric_difference_update(
        &mut self,
        s: &RefCell<DictData>,
        me: Option<&Value>,
        other: &Value,
    ) -> PyResult<()> {
        if me.is_some_and(|m| same(m, other)) {
            return self.set_clear(s);
        }
        let items = match self.exact_dict_items(other) {
            Some(items) => items,
            None => match set_snapshot(other) {
                Some(t) => elements(&t),
                None => elements(&self.set_table_from(other)?),
            },
        };
        for (k, h) in items {
            if !self.set_discard_h(s, &k, h)? {
                self.set_add_h(s, k, h)?;
            }
        }
        Ok(())
    }

    /// `set_issubset(a, b)` for two set tables.
    fn set_issubset(&mut self, a: &DictData, b: &DictData) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        for (k, h) in elements(a) {
            if !self.set_has_h(b, &k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.issubset(b)`, `a.issuperset(b)`: a `b` that is not a set becomes one first.
    pub fn set_subset_method(&mut self, a: &Value, b: &Value, superset: bool) -> PyResult<bool> {
        let ta = set_snapshot(a).unwrap_or_else(DictData::new_set);
        let tb = match set_snapshot(b) {
            Some(t) => t,
            None => self.set_table_from(b)?,
        };
        if superset {
            self.set_issubset(&tb, &ta)
        } else {
            self.set_issubset(&ta, &tb)
        }
    }

    /// `a.isdisjoint(b)`: an exact set or frozenset `b` is walked or checked, whichever is
    /// smaller; anything else is iterated.
    pub fn set_isdisjoint(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let ta = set_snapshot(a).unwrap_or_else(DictData::new_set);
        if same(a, b) {
            return Ok(ta.is_empty());
        }
        let exact = matches!(b, Value::Obj(o) if Rc::ptr_eq(&o.class(), &self.t.set) || Rc::ptr_eq(&o.class(), &self.t.frozenset));
        if exact {
            let tb = set_snapshot(b).unwrap_or_else(DictData::new_set);
            let (big, small) = if tb.len() > ta.len() { (&tb, &ta) } else { (&ta, &tb) };
            for (k, h) in elements(small) {
                if self.set_has_h(big, &k, h)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = self.iter(b)?;
        while let Some(k) = self.next(&it)? {
            let h = self.hash(&k)?;
            if self.set_has_h(&ta, &k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a op b` for two sets (`set_or`, `set_and`, `set_sub`, `set_xor`); the result is a set
    /// or frozenset as `a` is.
    pub fn set_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let Some(ta) = set_snapshot(a) else { return Ok(self.not_implemented()) };
        let d = match op {
            BinOp::BitOr => {
                let out = RefCell::new(ta.set_copy());
                if !same(a, b) {
                    self.set_update(&out, None, b)?;
                }
                out.into_inner()
            }
            BinOp::BitAnd => self.set_intersection(Some(a), &ta, b)?,
            BinOp::Sub => self.set_difference(&ta, b)?,
            _ => {
                // `set_symmetric_difference`: a new set from `b`, updated with `a`.
                let out = RefCell::new(self.set_table_from(b)?);
                self.set_symmetric_difference_update(&out, None, a)?;
                out.into_inner()
            }
        };
        Ok(self.set_result(a, d))
    }

    /// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a set: `t` must be a set too.
    pub fn set_inplace(&mut self, op: BinOp, target: &Value, other: &Value) -> PyResult<Value> {
        let Value::Obj(o) = target else { return Ok(self.not_implemented()) };
        let (Some(s), Some(_)) = (set_cell(o), set_snapshot(other)) else { return Ok(self.not_implemented()) };
        match op {
            BinOp::BitOr => self.set_update(s, Some(target), other)?,
            BinOp::BitAnd => {
                let mine = s.borrow().clone();
                let d = self.set_intersection(Some(target), &mine, other)?;
                self.set_swap_in(s, d);
            }
            BinOp::Sub => self.set_difference_update(s, Some(target), other)?,
            _ => self.set_symmetric_difference_update(s, Some(target), other)?,
        }
        Ok(target.clone())
    }

    /// `set_swap_bodies`: the set takes `d`'s table (keeping its `pop` finger); its old
    /// elements go in slot order.
    pub fn set_swap_in(&mut self, s: &RefCell<DictData>, d: DictData) {
        let old = s.borrow_mut().set_adopt(d);
        drop(old);
    }

    /// `set.union(*others)`, `intersection`, `difference`: `set_union`, `set_intersection_multi`
    /// and `set_difference_multi`, the result a set or frozenset as `me` is.
    pub fn set_multi(&mut self, op: BinOp, me: &Value, others: &[Value]) -> PyResult<Value> {
        let d = self.set_multi_table(op, me, others)?;
        Ok(self.set_result(me, d))
    }

    pub fn set_multi_table(&mut self, op: BinOp, me: &Value, others: &[Value]) -> PyResult<DictData> {
        let ta = set_snapshot(me).unwrap_or_else(DictData::new_set);
        let Some((first, rest)) = others.split_first() else { return Ok(ta.set_copy()) };
        Ok(match op {
            BinOp::BitOr => {
                let out = RefCell::new(ta.set_copy());
                for other in others.iter().filter(|o| !same(o, me)) {
                    self.set_update(&out, None, other)?;
                }
                out.into_inner()
            }
            BinOp::BitAnd => {
                let mut acc = self.set_intersection(Some(me), &ta, first)?;
                for other in rest {
                    acc = self.set_intersection(None, &acc, other)?;
                }
                acc
            }
            _ => {
                let out = RefCell::new(self.set_difference(&ta, first)?);
                for other in rest {
                    self.set_difference_update(&out, None, other)?;
                }
                out.into_inner()
            }
        })
    }

    /// `set_richcompare` for two sets: sizes first, then `set_issubset` one way or the other.
    pub fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(x), Some(y)) = (set_snapshot(a), set_snapshot(b)) else { return Ok(false) };
        Ok(match op {
            CmpOp::Eq => x.len() == y.len() && self.set_issubset(&x, &y)?,
            CmpOp::NotEq => !(x.len() == y.len() && self.set_issubset(&x, &y)?),
            CmpOp::LtE => self.set_issubset(&x, &y)?,
            CmpOp::Lt => x.len() < y.len() && self.set_issubset(&x, &y)?,
            CmpOp::GtE => self.set_issubset(&y, &x)?,
            CmpOp::Gt => x.len() > y.len() && self.set_issubset(&y, &x)?,
            _ => false,
        })
    }
}
