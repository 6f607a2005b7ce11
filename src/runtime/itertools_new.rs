//! The constructors of the itertools types that read other iterators (`chain`, `islice`,
//! `zip_longest`, `accumulate`, `takewhile`, ...): their arguments checked in CPython's words
//! and order (a bound's `__index__` before `iter()`), the iterators taken at once.

use super::function::Kwargs;
use super::interp::Interp;
use super::itertools::{keywords, obj, positional, split, ACCUMULATE, COMPRESS};
use super::itertools_state::Tool;
use super::operator::number_index;
use super::value::Value;
use super::PyResult;

/// `chain(*iterables)`: the iterables are read from a tuple iterator, as in CPython.
pub(super) fn chain_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "chain", &cls, &args, &kwargs, 0, usize::MAX)?;
    let args = it.tuple(args);
    let source = it.iter(&args)?;
    obj(it, &cls, Tool::Chain { source: Some(source), active: None })
}

/// `chain.from_iterable(iterable)`, a classmethod.
pub(super) fn chain_from_iterable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("chain.from_iterable() takes no keyword arguments");
    }
    let (cls, args) = split(it, args)?;
    if args.len() != 1 {
        return it.type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.len()));
    }
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Chain { source: Some(source), active: None })
}

/// An `islice` bound: `PyNumber_AsSsize_t` with any error forgotten (-1, which is invalid).
pub(super) fn bound(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match number_index(it, v) {
        Ok(Value::Int(i, _)) => Ok(i),
        Ok(_) => Ok(-1),
        Err(e) if e.exc().is_some() => Ok(-1),
        Err(e) => Err(e),
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
pub(super) fn islice_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "islice", &cls, &args, &kwargs, 2, 4)?;
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0, -1, 1);
    let (a1, a2) = if args.len() == 2 { (None, &args[1]) } else { (Some(&args[1]), &args[2]) };
    if let Some(a1) = a1.filter(|v| !v.is_none()) {
        start = bound(it, a1)?;
    }
    if !a2.is_none() {
        stop = bound(it, a2)?;
        if stop == -1 {
            return it.value_error(STOP);
        }
    }
    if start < 0 || stop < -1 {
        return it.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if let Some(a3) = args.get(3).filter(|v| !v.is_none()) {
        step = bound(it, a3)?;
    }
    if step < 1 {
        return it.value_error("Step for islice() must be a positive integer or None.");
    }
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Islice { it: Some(source), next: start, stop, step, cnt: 0 })
}

pub(super) fn zip_longest_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let mut fill = Value::None;
    if !kwargs.is_empty() {
        match &kwargs[..] {
            [(k, v)] if &**k == "fillvalue" => fill = v.clone(),
            _ => return it.type_error("zip_longest() got an unexpected keyword argument"),
        }
    }
    let mut its = Vec::with_capacity(args.len());
    for a in &args {
        its.push(Some(it.iter(a)?));
    }
    let active = its.len();
    obj(it, &cls, Tool::ZipLongest { its, active, fill })
}

/// `accumulate(iterable, func=None, *, initial=None)`.
pub(super) fn accumulate_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, func, initial] = keywords::<3>(it, "accumulate", &ACCUMULATE, args, kwargs)?;
    let source = it.iter(&iterable.unwrap_or(Value::None))?;
    let tool = Tool::Accumulate {
        it: source,
        func: func.unwrap_or(Value::None),
        total: None,
        initial: initial.unwrap_or(Value::None),
    };
    obj(it, &cls, tool)
}

/// The constructors of `(function, iterable)`: `takewhile`, `dropwhile`, `starmap`, `filterfalse`.
fn func_and_iter(
    it: &mut Interp,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
    make: fn(Value, Value) -> Tool,
) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, name, &cls, &args, &kwargs, 2, 2)?;
    let source = it.iter(&args[1])?;
    obj(it, &cls, make(args[0].clone(), source))
}

pub(super) fn takewhile_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "takewhile", args, kwargs, |pred, it| Tool::TakeWhile { pred, it, stop: false })
}

pub(super) fn dropwhile_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "dropwhile", args, kwargs, |pred, it| Tool::DropWhile { pred, it, start: false })
}

pub(super) fn starmap_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "starmap", args, kwargs, |func, it| Tool::StarMap { func, it })
}

pub(super) fn filterfalse_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "filterfalse", args, kwargs, |func, it| Tool::FilterFalse { func, it })
}

pub(super) fn compress_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [data, selectors] = keywords::<2>(it, "compress", &COMPRESS, args, kwargs)?;
    let data = it.iter(&data.unwrap_or(Value::None))?;
    let selectors = it.iter(&selectors.unwrap_or(Value::None))?;
    obj(it, &cls, Tool::Compress { data, selectors })
}

pub(super) fn pairwise_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "pairwise", &cls, &args, &kwargs, 1, 1)?;
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Pairwise { it: Some(source), old: None })
}
