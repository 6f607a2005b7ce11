//! The itertools iterators' state (`IterState::Tool`) and their `__next__`. Each pulls from its
//! inputs exactly when CPython's C code does (`Modules/itertoolsmodule.c`), so a generator's
//! prints interleave with the program's as they do there. No borrow of the state is held while
//! user code runs: a step takes what it needs out, runs, and writes back.
//!
//! Each item handed out, and each one a loop skips, costs a step of the budget, so
//! `for x in count(): pass`, `5 in count(10)` or `next(filterfalse(None, repeat(1)))` stop as
//! `while True: pass` does; what keeps items (`cycle`, `tee`) stops at `MAX_ITEMS`, as a list.

use super::interp::Interp;
use super::itertools::Kind;
use super::numbers::MAX_ITEMS;
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::BinOp;
use std::cell::Cell;
use std::rc::Rc;

/// CPython's `LINKCELLS`: how many items one `_tee_dataobject` holds.
pub const LINKCELLS: usize = 57;

pub enum Tool {
    /// `cnt` is an exact int and `step` 1 in CPython's fast mode.
    Count {
        cnt: Value,
        step: Value,
    },
    /// `left` is -1 when endless.
    Repeat {
        elem: Value,
        left: i64,
    },
    /// `saved` is a list, as CPython's.
    Cycle {
        it: Option<Value>,
        saved: Value,
        index: usize,
    },
    /// `source` yields the iterables; `active` is the one being read.
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    /// `stop` is -1 for None.
    Islice {
        it: Option<Value>,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Comb(Box<super::itertools_comb::Comb>),
    /// `func` and `initial` are None when not given.
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Value,
    },
    GroupBy(Box<GroupBy>),
    /// A group of `parent` (a groupby), current while the parent's `current` is `serial`.
    Grouper {
        parent: Value,
        tgtkey: Value,
        serial: u64,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        stop: bool,
    },
    DropWhile {
        pred: Value,
        it: Value,
        start: bool,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    /// A `_tee`: item `index` of the `_tee_dataobject` `data` comes next.
    Tee {
        data: Value,
        index: usize,
    },
    TeeData(TeeData),
}

pub struct GroupBy {
    pub it: Value,
    pub keyfunc: Value,
    pub tgtkey: Option<Value>,
    pub currkey: Option<Value>,
    pub currvalue: Option<Value>,
    /// The serial of the grouper that may still read (CPython's `currgrouper`), and the last
    /// one given out.
    pub current: Option<u64>,
    pub serial: u64,
}

/// A `_tee_dataobject`: up to `LINKCELLS` items read from `it`, shared by the tees, then the
/// next link. `live` counts the items all the links of one `tee()` hold.
pub struct TeeData {
    pub it: Value,
    pub values: Vec<Value>,
    pub next: Option<Value>,
    pub running: bool,
    pub live: Rc<Cell<usize>>,
}

impl Drop for TeeData {
    /// Frees the links after this one in a loop, not by recursion (CPython's
    /// `teedataobject_safe_decref`): a tee that lags far behind holds a long chain.
    fn drop(&mut self) {
        self.live.set(self.live.get().saturating_sub(self.values.len()));
        let mut next = self.next.take();
        while let Some(Value::Obj(o)) = next {
            if Rc::strong_count(&o) != 1 {
                break;
            }
            next = match &o.payload {
                Payload::Iter(s) => match s.try_borrow_mut().as_deref_mut() {
                    Ok(IterState::Tool(t)) => match &mut **t {
                        Tool::TeeData(d) => d.next.take(),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            };
            drop(o);
        }
    }
}

impl Tool {
    /// The values the state holds, for the collector.
    pub fn edges(&self, v: &mut dyn FnMut(&Value)) {
        let opt = |x: &Option<Value>, v: &mut dyn FnMut(&Value)| {
            if let Some(x) = x {
                v(x)
            }
        };
        match self {
            Tool::Count { cnt, step } => [cnt, step].into_iter().for_each(v),
            Tool::Repeat { elem, .. } => v(elem),
            Tool::Cycle { it, saved, .. } => {
                opt(it, v);
                v(saved);
            }
            Tool::Chain { source, active } => {
                opt(source, v);
                opt(active, v);
            }
            Tool::Islice { it, .. } => opt(it, v),
            Tool::Pairwise { it, old } => {
                opt(it, v);
                opt(old, v);
            }
            Tool::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|x| opt(x, v));
                v(fill);
            }
            Tool::Comb(c) => c.edges(v),
            Tool::Accumulate { it, func, total, initial } => {
                [it, func, initial].into_iter().for_each(&mut *v);
                opt(total, v);
            }
            Tool::GroupBy(g) => {
                [&g.it, &g.keyfunc].into_iter().for_each(&mut *v);
                [&g.tgtkey, &g.currkey, &g.currvalue].into_iter().for_each(|x| opt(x, v));
            }
            Tool::Grouper { parent, tgtkey, .. } => [parent, tgtkey].into_iter().for_each(v),
            Tool::TakeWhile { pred, it, .. } | Tool::DropWhile { pred, it, .. } => [pred, it].into_iter().for_each(v),
            Tool::StarMap { func, it } | Tool::FilterFalse { func, it } => [func, it].into_iter().for_each(v),
            Tool::Compress { data, selectors } => [data, selectors].into_iter().for_each(v),
            Tool::Tee { data, .. } => v(data),
            Tool::TeeData(d) => {
                v(&d.it);
                d.values.iter().for_each(&mut *v);
                opt(&d.next, v);
            }
        }
    }
}

/// Runs `f` on the iterator's state, borrowed for `f` only (the default once it is gone).
pub fn with<R: Default>(state: &RefCell<IterState>, f: impl FnOnce(&mut Tool) -> R) -> R {
    match &mut *state.borrow_mut() {
        IterState::Tool(t) => f(t),
        _ => R::default(),
    }
}

/// The state of a tool object (`Value::Obj` with an iterator payload).
pub fn state_of(v: &Value) -> Option<&RefCell<IterState>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Iter(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

type Step = fn(&mut Interp, &ObjRef, &RefCell<IterState>) -> PyResult<Option<Value>>;

/// `__next__` of an itertools object; `None` when it is exhausted.
pub fn next(it: &mut Interp, me: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let step: Option<Step> = with(state, |t| {
        Some(match t {
            Tool::Count { .. } => count_next as Step,
            Tool::Repeat { .. } => repeat_next,
            Tool::Cycle { .. } => cycle_next,
            Tool::Chain { .. } => chain_next,
            Tool::Islice { .. } => islice_next,
            Tool::ZipLongest { .. } => zip_longest_next,
            Tool::Comb(_) => comb_next,
            Tool::Accumulate { .. } => accumulate_next,
            Tool::GroupBy(_) => groupby_next,
            Tool::Grouper { .. } => grouper_next,
            Tool::TakeWhile { .. } => takewhile_next,
            Tool::DropWhile { .. } => dropwhile_next,
            Tool::StarMap { .. } => starmap_next,
            Tool::Compress { .. } => compress_next,
            Tool::FilterFalse { .. } => filterfalse_next,
            Tool::Pairwise { .. } => pairwise_next,
            Tool::Tee { .. } => tee_next,
            Tool::TeeData(_) => not_an_iterator,
        })
    });
    let Some(f) = step else { return Ok(None) };
    // Each item costs a step: some of these never end, others take astronomically long.
    it.step()?;
    f(it, me, state)
}

fn not_an_iterator(it: &mut Interp, me: &ObjRef, _: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let tn = it.class_name(&me.class());
    it.type_error(format!("'{tn}' object is not an iterator"))
}

fn count_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((cnt, step)) = with(state, |t| match t {
        Tool::Count { cnt, step } => Some((cnt.clone(), step.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    // CPython computes the next count before it returns this one.
    let after = it.binary_op(BinOp::Add, cnt.clone(), step)?;
    with(state, |t| {
        if let Tool::Count { cnt, .. } = t {
            *cnt = after;
        }
    });
    Ok(Some(cnt))
}

fn repeat_next(_: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let elem = with(state, |t| match t {
        Tool::Repeat { elem, left } if *left != 0 => {
            if *left > 0 {
                *left -= 1;
            }
            Some(elem.clone())
        }
        _ => None,
    });
    Ok(elem)
}

fn cycle_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((source, saved)) = with(state, |t| match t {
        Tool::Cycle { it, saved, .. } => Some((it.clone(), saved.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(Payload::List(saved)) = saved.as_obj().map(|o| &o.payload) else { return Ok(None) };
    if let Some(source) = source {
        match it.next(&source)? {
            Some(v) => {
                if saved.borrow().len() >= MAX_ITEMS {
                    return it.err("MemoryError", "");
                }
                saved.borrow_mut().push(v.clone());
                return Ok(Some(v));
            }
            None => with(state, |t| {
                if let Tool::Cycle { it, .. } = t {
                    *it = None;
                }
            }),
        }
    }
    let saved = saved.borrow();
    Ok(with(state, |t| match t {
        Tool::Cycle { index, .. } if !saved.is_empty() => {
            let v = saved.get(*index).cloned();
            *index = (*index + 1) % saved.len();
            v
        }
        _ => None,
    }))
}

fn chain_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    loop {
        let Some((source, active)) = with(state, |t| match t {
            Tool::Chain { source: Some(s), active } => Some((s.clone(), active.clone())),
            _ => None,
        }) else {
            return Ok(None);
        };
        let set = |active: Option<Value>, source_done: bool| {
            with(state, |t| {
                if let Tool::Chain { source, active: a } = t {
                    *a = active;
                    if source_done {
                        *source = None;
                    }
                }
            })
        };
        let active = match active {
            Some(a) => a,
            None => {
                let Some(iterable) = it.next(&source)? else {
                    set(None, true);
                    return Ok(None);
                };
                match it.iter(&iterable) {
                    Ok(a) => {
                        set(Some(a.clone()), false);
                        a
                    }
                    Err(e) => {
                        set(None, true);
                        return Err(e);
                    }
                }
            }
        };
        if let Some(v) = it.next(&active)? {
            return Ok(Some(v));
        }
        set(None, false);
        it.step()?;
    }
}

fn islice_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some(source) = with(state, |t| match t {
        Tool::Islice { it, .. } => it.clone(),
        _ => None,
    }) else {
        return Ok(None);
    };
    // Any end, an error too, lets the source go for good.
    let empty = |r: PyResult<Option<Value>>| {
        with(state, |t| {
            if let Tool::Islice { it, .. } = t {
                *it = None;
            }
        });
        r.map(|_| None)
    };
    let counts = || {
        with(state, |t| match t {
            Tool::Islice { next, stop, cnt, .. } => (*cnt, *next, *stop),
            _ => (0, 0, 0),
        })
    };
    loop {
        let (cnt, next, _) = counts();
        if cnt >= next {
            break;
        }
        it.step()?;
        match it.next(&source) {
            Ok(Some(_)) => with(state, |t| {
                if let Tool::Islice { cnt, .. } = t {
                    *cnt += 1;
                }
            }),
            r => return empty(r),
        }
    }
    let (cnt, _, stop) = counts();
    if stop != -1 && cnt >= stop {
        return empty(Ok(None));
    }
    let item = match it.next(&source) {
        Ok(Some(v)) => v,
        r => return empty(r),
    };
    with(state, |t| {
        if let Tool::Islice { next, stop, step, cnt, .. } = t {
            *cnt += 1;
            *next = match next.checked_add(*step) {
                Some(n) if *stop == -1 || n <= *stop => n,
                _ => *stop,
            };
        }
    });
    Ok(Some(item))
}

fn zip_longest_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((its, fill)) = with(state, |t| match t {
        Tool::ZipLongest { its, active, fill } if !its.is_empty() && *active > 0 => Some((its.clone(), fill.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(its.len());
    for (i, source) in its.iter().enumerate() {
        let Some(source) = source else {
            out.push(fill.clone());
            continue;
        };
        match it.next(source) {
            Ok(Some(v)) => out.push(v),
            r => {
                // One more input is done; an error ends the whole iterator.
                let failed = r.is_err();
                let done = with(state, |t| match t {
                    Tool::ZipLongest { its, active, .. } => {
                        *active = active.saturating_sub(1);
                        if *active == 0 || failed {
                            *active = 0;
                            true
                        } else {
                            if let Some(slot) = its.get_mut(i) {
                                *slot = None;
                            }
                            false
                        }
                    }
                    _ => true,
                });
                r?;
                if done {
                    return Ok(None);
                }
                out.push(fill.clone());
            }
        }
    }
    Ok(Some(it.tuple(out)))
}

fn comb_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let items = with(state, |t| match t {
        Tool::Comb(c) => c.advance(),
        _ => None,
    });
    Ok(items.map(|items| it.tuple(items)))
}

fn accumulate_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((source, func, initial)) = with(state, |t| match t {
        Tool::Accumulate { it, func, initial, .. } => Some((it.clone(), func.clone(), initial.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let set_total = |v: &Value| {
        with(state, |t| {
            if let Tool::Accumulate { total, initial, .. } = t {
                *total = Some(v.clone());
                *initial = Value::None;
            }
        })
    };
    if !initial.is_none() {
        set_total(&initial);
        return Ok(Some(initial));
    }
    let Some(val) = it.next(&source)? else { return Ok(None) };
    let total = with(state, |t| match t {
        Tool::Accumulate { total, .. } => total.clone(),
        _ => None,
    });
    let Some(total) = total else {
        set_total(&val);
        return Ok(Some(val));
    };
    let new =
        if func.is_none() { it.binary_op(BinOp::Add, total, val)? } else { it.call(&func, vec![total, val], vec![])? };
    set_total(&new);
    Ok(Some(new))
}

fn group<R: Default>(state: &RefCell<IterState>, f: impl FnOnce(&mut GroupBy) -> R) -> R {
    with(state, |t| match t {
        Tool::GroupBy(g) => f(g),
        _ => R::default(),
    })
}

/// CPython's `groupby_step`: reads the next item and its key; false at the end.
fn groupby_step(it: &mut Interp, state: &RefCell<IterState>) -> PyResult<bool> {
    let Some((source, keyfunc)) = group(state, |g| Some((g.it.clone(), g.keyfunc.clone()))) else { return Ok(false) };
    let Some(value) = it.next(&source)? else { return Ok(false) };
    let key = if keyfunc.is_none() { value.clone() } else { it.call(&keyfunc, vec![value.clone()], vec![])? };
    let old = group(state, |g| Some((g.currvalue.replace(value), g.currkey.replace(key))));
    drop(old);
    Ok(true)
}

fn groupby_next(it: &mut Interp, me: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    group(state, |g| g.current = None);
    // Skip to the next group.
    loop {
        let (tgtkey, currkey) = group(state, |g| (g.tgtkey.clone(), g.currkey.clone()));
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !it.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !groupby_step(it, state)? {
            return Ok(None);
        }
        it.step()?;
    }
    let Some((key, serial)) = group(state, |g| {
        g.tgtkey = g.currkey.clone();
        g.serial += 1;
        g.current = Some(g.serial);
        g.currkey.clone().map(|k| (k, g.serial))
    }) else {
        return Ok(None);
    };
    let grouper = Tool::Grouper { parent: Value::Obj(me.clone()), tgtkey: key.clone(), serial };
    let grouper = new_tool(it, Kind::Grouper, grouper);
    Ok(Some(it.tuple(vec![key, grouper])))
}

fn grouper_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((parent, tgtkey, serial)) = with(state, |t| match t {
        Tool::Grouper { parent, tgtkey, serial } => Some((parent.clone(), tgtkey.clone(), *serial)),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(ps) = state_of(&parent) else { return Ok(None) };
    if group(ps, |g| g.current != Some(serial)) {
        return Ok(None);
    }
    if group(ps, |g| g.currvalue.is_none()) && !groupby_step(it, ps)? {
        return Ok(None);
    }
    let Some(currkey) = group(ps, |g| g.currkey.clone()) else { return Ok(None) };
    if !it.eq(&tgtkey, &currkey)? {
        return Ok(None);
    }
    let (value, key) = group(ps, |g| (g.currvalue.take(), g.currkey.take()));
    drop(key);
    Ok(value)
}

fn takewhile_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((pred, source)) = with(state, |t| match t {
        Tool::TakeWhile { pred, it, stop: false } => Some((pred.clone(), it.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(item) = it.next(&source)? else { return Ok(None) };
    let good = it.call(&pred, vec![item.clone()], vec![])?;
    if it.truthy(&good)? {
        return Ok(Some(item));
    }
    with(state, |t| {
        if let Tool::TakeWhile { stop, .. } = t {
            *stop = true;
        }
    });
    Ok(None)
}

fn dropwhile_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((pred, source)) = with(state, |t| match t {
        Tool::DropWhile { pred, it, .. } => Some((pred.clone(), it.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    loop {
        let Some(item) = it.next(&source)? else { return Ok(None) };
        if with(state, |t| matches!(t, Tool::DropWhile { start: true, .. })) {
            return Ok(Some(item));
        }
        let good = it.call(&pred, vec![item.clone()], vec![])?;
        if !it.truthy(&good)? {
            with(state, |t| {
                if let Tool::DropWhile { start, .. } = t {
                    *start = true;
                }
            });
            return Ok(Some(item));
        }
        it.step()?;
    }
}

fn starmap_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((func, source)) = with(state, |t| match t {
        Tool::StarMap { func, it } => Some((func.clone(), it.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(args) = it.next(&source)? else { return Ok(None) };
    // `PySequence_Tuple` unless it is a tuple already.
    let args = match it.is_exact_tuple(&args) {
        true => it.seq_items(&args).unwrap_or_default(),
        false => it.collect_sized(&args)?,
    };
    it.call(&func, args, vec![]).map(Some)
}

fn compress_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((data, selectors)) = with(state, |t| match t {
        Tool::Compress { data, selectors } => Some((data.clone(), selectors.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    loop {
        let Some(datum) = it.next(&data)? else { return Ok(None) };
        let Some(selector) = it.next(&selectors)? else { return Ok(None) };
        if it.truthy(&selector)? {
            return Ok(Some(datum));
        }
        it.step()?;
    }
}

fn filterfalse_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((func, source)) = with(state, |t| match t {
        Tool::FilterFalse { func, it } => Some((func.clone(), it.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    // `None` and `bool` itself test the item without a call.
    let plain = func.is_none() || matches!(&func, Value::Obj(f) if Rc::ptr_eq(f, &it.t.bool_));
    loop {
        let Some(item) = it.next(&source)? else { return Ok(None) };
        let ok = if plain {
            it.truthy(&item)?
        } else {
            let good = it.call(&func, vec![item.clone()], vec![])?;
            it.truthy(&good)?
        };
        if !ok {
            return Ok(Some(item));
        }
        it.step()?;
    }
}

fn pairwise_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((source, old)) = with(state, |t| match t {
        Tool::Pairwise { it: Some(s), old } => Some((s.clone(), old.clone())),
        _ => None,
    }) else {
        return Ok(None);
    };
    let set = |source_done: bool, new_old: Option<Value>| {
        with(state, |t| {
            if let Tool::Pairwise { it, old } = t {
                if source_done {
                    *it = None;
                }
                *old = new_old;
            }
        })
    };
    let old = match old {
        Some(o) => o,
        None => match it.next(&source) {
            Ok(Some(o)) => {
                set(false, Some(o.clone()));
                o
            }
            r => {
                set(true, None);
                return r;
            }
        },
    };
    match it.next(&source) {
        Ok(Some(new)) => {
            set(false, Some(new.clone()));
            Ok(Some(it.tuple(vec![old, new])))
        }
        r => {
            set(true, None);
            r
        }
    }
}

fn tee_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let Some((mut data, mut index)) = with(state, |t| match t {
        Tool::Tee { data, index } => Some((data.clone(), *index)),
        _ => None,
    }) else {
        return Ok(None);
    };
    if index >= LINKCELLS {
        data = jump_link(it, &data);
        index = 0;
        let d = data.clone();
        with(state, |t| {
            if let Tool::Tee { data, index } = t {
                *data = d;
                *index = 0;
            }
        });
    }
    let v = tee_item(it, &data, index)?;
    if v.is_some() {
        with(state, |t| {
            if let Tool::Tee { index, .. } = t {
                *index += 1;
            }
        });
    }
    Ok(v)
}

/// The link after `data`, made when first needed.
fn jump_link(it: &mut Interp, data: &Value) -> Value {
    let Some(ds) = state_of(data) else { return Value::None };
    let (found, source, live) = with(ds, |t| match t {
        Tool::TeeData(d) => (d.next.clone(), Some(d.it.clone()), Some(d.live.clone())),
        _ => (None, None, None),
    });
    if let Some(next) = found {
        return next;
    }
    let (Some(source), Some(live)) = (source, live) else { return Value::None };
    let link = new_tee_data(it, source, live);
    let l = link.clone();
    with(ds, |t| {
        if let Tool::TeeData(d) = t {
            d.next = Some(l);
        }
    });
    link
}

/// Item `i` of a `_tee_dataobject`, read from its iterator by the tee that is ahead.
fn tee_item(it: &mut Interp, data: &Value, i: usize) -> PyResult<Option<Value>> {
    let Some(ds) = state_of(data) else { return Ok(None) };
    enum Got {
        Have(Value),
        Read(Value),
        Running,
    }
    let got = with(ds, |t| match t {
        Tool::TeeData(d) => Some(match d.values.get(i) {
            Some(v) => Got::Have(v.clone()),
            None if d.running => Got::Running,
            None => {
                d.running = true;
                Got::Read(d.it.clone())
            }
        }),
        _ => None,
    });
    let source = match got {
        Some(Got::Have(v)) => return Ok(Some(v)),
        Some(Got::Running) => return it.err("RuntimeError", "cannot re-enter the tee iterator"),
        None => return Ok(None),
        Some(Got::Read(s)) => s,
    };
    let r = it.next(&source);
    let full = with(ds, |t| match t {
        Tool::TeeData(d) => {
            d.running = false;
            match &r {
                Ok(Some(v)) if d.live.get() < MAX_ITEMS => {
                    d.values.push(v.clone());
                    d.live.set(d.live.get() + 1);
                    false
                }
                Ok(Some(_)) => true,
                _ => false,
            }
        }
        _ => false,
    });
    if full {
        return it.err("MemoryError", "");
    }
    r
}

/// An object of one of the itertools types.
pub fn new_tool(it: &mut Interp, kind: Kind, tool: Tool) -> Value {
    let cls = it.itertools.class(kind).unwrap_or_else(|| it.t.object.clone());
    tool_of_class(it, &cls, tool)
}

/// An itertools object of class `cls` (a subclass's instance gets its `__dict__`).
pub fn tool_of_class(it: &mut Interp, cls: &ObjRef, tool: Tool) -> Value {
    let payload = Payload::Iter(RefCell::new(IterState::Tool(Box::new(tool))));
    Value::Obj(it.alloc_instance(cls, payload))
}

/// A fresh `_tee_dataobject` reading from `source`.
pub fn new_tee_data(it: &mut Interp, source: Value, live: Rc<Cell<usize>>) -> Value {
    let data = TeeData { it: source, values: Vec::new(), next: None, running: false, live };
    new_tool(it, Kind::TeeData, Tool::TeeData(data))
}
