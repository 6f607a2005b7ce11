//! `groupby` and its groups (`_grouper`). The groups share the groupby's input: a group reads
//! while it is the current one (CPython's `currgrouper`), and asking the groupby for the next
//! key skips what the current group has not read.

use super::function::Kwargs;
use super::interp::Interp;
use super::itertools::{keywords, obj, positional, split, Kind, GROUPBY};
use super::itertools_state::{new_tool, state_of, with, Tool};
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Value};
use super::PyResult;

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

pub(super) fn groupby_next(it: &mut Interp, me: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
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

pub(super) fn grouper_next(it: &mut Interp, _: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
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

pub(super) fn groupby_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, key] = keywords::<2>(it, "groupby", &GROUPBY, args, kwargs)?;
    let source = it.iter(&iterable.unwrap_or(Value::None))?;
    let g = GroupBy {
        it: source,
        keyfunc: key.unwrap_or(Value::None),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: None,
        serial: 0,
    };
    obj(it, &cls, Tool::GroupBy(Box::new(g)))
}

/// `_grouper(parent, tgtkey)`: a group of `parent` that is current from now on.
pub(super) fn grouper_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "_grouper", &cls, &args, &kwargs, 2, 2)?;
    let serial = state_of(&args[0]).and_then(|s| {
        with(s, |t| match t {
            Tool::GroupBy(g) => {
                g.serial += 1;
                g.current = Some(g.serial);
                Some(g.serial)
            }
            _ => None,
        })
    });
    let Some(serial) = serial else {
        let tn = it.type_name(&args[0]);
        return it.type_error(format!("_grouper() argument 1 must be itertools.groupby, not {tn}"));
    };
    let tool = Tool::Grouper { parent: args[0].clone(), tgtkey: args[1].clone(), serial };
    Ok(new_tool(it, Kind::Grouper, tool))
}
