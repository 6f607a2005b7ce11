//! `tee`: iterators sharing one input, which the one ahead reads. As in CPython the items
//! wait in a chain of `_tee_dataobject`s of `LINKCELLS` items each, which every `_tee` walks,
//! so a link is freed once the last tee has passed it. An iterator with its own `__copy__` is
//! copied with it instead.

use super::function::Kwargs;
use super::interp::Interp;
use super::itertools::{positional, split, Kind};
use super::itertools_state::{new_tool, state_of, with, Tool};
use super::numbers::MAX_ITEMS;
use super::operator::ssize;
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};
use super::PyResult;
use std::cell::Cell;
use std::rc::Rc;

/// CPython's `LINKCELLS`: how many items one `_tee_dataobject` holds.
pub const LINKCELLS: usize = 57;

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

pub(super) fn tee_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
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

/// A fresh `_tee_dataobject` reading from `source`.
pub fn new_tee_data(it: &mut Interp, source: Value, live: Rc<Cell<usize>>) -> Value {
    let data = TeeData { it: source, values: Vec::new(), next: None, running: false, live };
    new_tool(it, Kind::TeeData, Tool::TeeData(data))
}

/// `tee(iterable, n=2)`: `n` iterators over one. An iterator with a `__copy__` is copied with
/// it (the first result is the iterator itself); anything else is wrapped in a `_tee` first.
pub(super) fn tee(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let n = match args.get(1) {
        Some(n) => ssize(it, n)?,
        None => 2,
    };
    if n < 0 {
        return it.value_error("n must be >= 0");
    }
    if n as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    if n == 0 {
        return Ok(it.tuple(Vec::new()));
    }
    let source = it.iter(&args[0])?;
    let (first, copy) = match it.getattr_opt(&source, "__copy__")? {
        Some(copy) => (source, copy),
        None => {
            let t = tee_from_iterable(it, &source)?;
            let copy = it.getattr(&t, &Rc::from("__copy__"))?;
            (t, copy)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(it.call(&copy, vec![], vec![])?);
    }
    Ok(it.tuple(out))
}

/// A `_tee` over `iterable` (`iter()` is taken again), or a copy of it if it is one.
fn tee_from_iterable(it: &mut Interp, iterable: &Value) -> PyResult<Value> {
    let source = it.iter(iterable)?;
    if let Some(copy) = copy_of(it, &source) {
        return Ok(copy);
    }
    let data = new_tee_data(it, source, Default::default());
    Ok(new_tool(it, Kind::Tee, Tool::Tee { data, index: 0 }))
}

/// A new `_tee` at the same place as `v`, if `v` is one.
fn copy_of(it: &mut Interp, v: &Value) -> Option<Value> {
    let (data, index) = with(state_of(v)?, |t| match t {
        Tool::Tee { data, index } => Some((data.clone(), *index)),
        _ => None,
    })?;
    Some(new_tool(it, Kind::Tee, Tool::Tee { data, index }))
}

pub(super) fn tee_copy(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(args.first().and_then(|v| copy_of(it, v)).unwrap_or(Value::None))
}

pub(super) fn tee_type_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "_tee", &cls, &args, &kwargs, 1, 1)?;
    tee_from_iterable(it, &args[0])
}

/// `_tee_dataobject(iterable, values, next)`: a link holding `values` already read.
pub(super) fn tee_data_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "teedataobject", &cls, &args, &kwargs, 3, 3)?;
    let Some(values) =
        args[1].as_obj().filter(|o| matches!(o.payload, Payload::List(_))).and_then(|_| it.seq_items(&args[1]))
    else {
        let tn = it.type_name(&args[1]);
        return it.type_error(format!("teedataobject() argument 2 must be list, not {tn}"));
    };
    let is_link = |v: &Value| state_of(v).is_some_and(|s| with(s, |t| matches!(t, Tool::TeeData(_))));
    let full = values.len() == LINKCELLS;
    if values.len() > LINKCELLS || !(args[2].is_none() || full && is_link(&args[2])) {
        return it.value_error("Invalid arguments");
    }
    let data = new_tee_data(it, args[0].clone(), Default::default());
    let next = Some(args[2].clone()).filter(|n| !n.is_none());
    if let Some(s) = state_of(&data) {
        with(s, |t| {
            if let Tool::TeeData(d) = t {
                d.live.set(values.len());
                d.values = values;
                d.next = next;
            }
        });
    }
    Ok(data)
}
