//! `__next__` of the itertools iterators. Each pulls from its inputs exactly when CPython's C
//! code does, so a generator's prints interleave with the program's as they do there. No
//! borrow of the state is held while user code runs: a step takes what it needs out, runs,
//! and writes back.
//!
//! Each item handed out, and each one a loop skips, costs a step of the budget, so
//! `for x in count(): pass`, `5 in count(10)` or `next(filterfalse(None, repeat(1)))` stop as
//! `while True: pass` does; what keeps items (`cycle`, `tee`) stops at `MAX_ITEMS`, as a list.

use super::interp::Interp;
use super::itertools_state::{with, Tool};
use super::numbers::MAX_ITEMS;
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::BinOp;
use std::rc::Rc;

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
            Tool::GroupBy(_) => super::itertools_group::groupby_next,
            Tool::Grouper { .. } => super::itertools_group::grouper_next,
            Tool::TakeWhile { .. } => takewhile_next,
            Tool::DropWhile { .. } => dropwhile_next,
            Tool::StarMap { .. } => starmap_next,
            Tool::Compress { .. } => compress_next,
            Tool::FilterFalse { .. } => filterfalse_next,
            Tool::Pairwise { .. } => pairwise_next,
            Tool::Tee { .. } => super::itertools_tee::tee_next,
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
