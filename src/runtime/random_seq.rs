//! `random.Random`'s sequence methods, `choice`, `shuffle`, `sample` and `choices`, with
//! `Lib/random.py`'s checks, messages and order of `len()`, item, `_randbelow()` and
//! `random()` calls (so equal seeds pick CPython's items), and `bisect_right` as `_bisect`
//! does it for the weighted choices.

use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::random::{lookup, op, params, randbelow_with, test};
use super::value::{Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// `choice(seq)`: `seq[self._randbelow(len(seq))]`, after refusing an empty one.
pub fn choice(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, seq, ..]) = params(it, "choice", &["self", "seq"], 2, &[], args, kwargs)?;
    let seq = seq.unwrap_or(Value::None);
    if it.len(&seq)? == 0 {
        return it.err("IndexError", "Cannot choose from an empty sequence");
    }
    let m = lookup(it, &me, "_randbelow")?;
    let n = Value::int(it.len(&seq)? as i64);
    let i = randbelow_with(it, &m, &me, n)?;
    it.getitem(&seq, &i)
}

/// `shuffle(x)`: Fisher–Yates from the end, swapping `x[i], x[j] = x[j], x[i]`.
pub fn shuffle(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, x, ..]) = params(it, "shuffle", &["self", "x"], 2, &[], args, kwargs)?;
    let x = x.unwrap_or(Value::None);
    let m = lookup(it, &me, "_randbelow")?;
    let len = it.len(&x)?;
    for i in (1..len).rev() {
        let j = randbelow_with(it, &m, &me, Value::int(i as i64 + 1))?;
        let i = Value::int(i as i64);
        let xj = it.getitem(&x, &j)?;
        let xi = it.getitem(&x, &i)?;
        it.setitem(&x, i, xj)?;
        it.setitem(&x, j, xi)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)` for the types metalab has: list, tuple, str,
/// range and deque, and their subclasses.
fn is_sequence(it: &Interp, v: &Value) -> bool {
    if matches!(v, Value::Str(_)) {
        return true;
    }
    let Value::Obj(o) = v else { return false };
    let t = &it.t;
    super::deque::is_deque(v)
        || [&t.list, &t.tuple, &t.str_, &t.range].iter().any(|c| it.is_subclass(&o.class(), c))
}

/// `sample(population, k, *, counts=None)`: k distinct positions, from a shrinking pool when
/// the population is small next to a set of `k` entries, else by redrawing repeats.
pub fn sample(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, population, k, counts, ..]) =
        params(it, "sample", &["self", "population", "k"], 3, &["counts"], args, kwargs)?;
    let (population, k) = (population.unwrap_or(Value::None), k.unwrap_or(Value::None));
    if !is_sequence(it, &population) {
        return it.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = it.len(&population)?;
    if let Some(counts) = counts.filter(|c| !c.is_none()) {
        return sample_counts(it, &me, &population, n, &k, &counts);
    }
    let m = lookup(it, &me, "_randbelow")?;
    let nv = Value::int(n as i64);
    if !(test(it, CmpOp::LtE, &Value::int(0), &k)? && test(it, CmpOp::LtE, &k, &nv)?) {
        return it.value_error("Sample larger than population or is negative");
    }
    let nones = it.list(vec![Value::None]);
    let result = op(it, BinOp::Mult, &nones, &k)?;
    let mut setsize = Value::int(21);
    if test(it, CmpOp::Gt, &k, &Value::int(5))? {
        let k3 = op(it, BinOp::Mult, &k, &Value::int(3))?;
        let l = super::math::log(it, vec![k3, Value::int(4)], vec![])?;
        let c = super::math::ceil(it, vec![l], vec![])?;
        let p = op(it, BinOp::Pow, &Value::int(4), &c)?;
        setsize = op(it, BinOp::Add, &setsize, &p)?;
    }
    if test(it, CmpOp::LtE, &nv, &setsize)? {
        let items = it.collect(&population)?;
        let pool = it.list(items);
        for i in 0..times(it, &k)? {
            let j = randbelow_with(it, &m, &me, Value::int(n as i64 - i))?;
            let v = it.getitem(&pool, &j)?;
            it.setitem(&result, Value::int(i), v)?;
            let last = it.getitem(&pool, &Value::int(n as i64 - i - 1))?;
            it.setitem(&pool, j, last)?;
        }
    } else {
        let selected = it.set_from(DictData::new());
        let Value::Obj(sel) = &selected else { return Ok(result) };
        for i in 0..times(it, &k)? {
            let mut j = randbelow_with(it, &m, &me, nv.clone())?;
            while it.contains(&selected, &j)? {
                it.step()?;
                j = randbelow_with(it, &m, &me, nv.clone())?;
            }
            it.dict_set(sel, j.clone(), Value::None)?;
            let v = it.getitem(&population, &j)?;
            it.setitem(&result, Value::int(i), v)?;
        }
    }
    Ok(result)
}

/// `sample(..., counts=)`: a sample of `range(total)`, through `self.sample`, mapped back by
/// bisecting the cumulative counts.
fn sample_counts(it: &mut Interp, me: &Value, population: &Value, n: usize, k: &Value, counts: &Value) -> PyResult<Value> {
    let mut cum = accumulate(it, counts)?;
    if cum.len() != n {
        return it.value_error("The number of counts does not match the population");
    }
    let Some(total) = cum.pop() else {
        return it.err("IndexError", "pop from empty list");
    };
    if !it.is_instance(&total, &it.t.int.clone()) {
        return it.type_error("Counts must be integers");
    }
    if test(it, CmpOp::LtE, &total, &Value::int(0))? {
        return it.value_error("Total of counts must be greater than zero");
    }
    let total = super::math::index(it, &total)?;
    let Ok(total) = i128::try_from(&total) else {
        return it.err("OverflowError", "Python int too large to convert to C ssize_t");
    };
    let range = Payload::Range { start: 0, stop: total, step: 1 };
    let range = Value::Obj(it.heap.alloc(Some(it.t.range.clone()), None, range));
    let m = lookup(it, me, "sample")?;
    let selections = m.call_kw(it, me, vec![range], vec![(Rc::from("k"), k.clone())])?;
    let cum = it.list(cum);
    let mut out = Vec::new();
    let iter = it.iter(&selections)?;
    while let Some(s) = it.next(&iter)? {
        let i = bisect(it, &cum, &s, 0, -1)?;
        out.push(it.getitem(population, &Value::int(i))?);
    }
    Ok(it.list(out))
}

/// `list(itertools.accumulate(xs))`: running sums by `+`.
fn accumulate(it: &mut Interp, xs: &Value) -> PyResult<Vec<Value>> {
    let iter = it.iter(xs)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = it.next(&iter)? {
        let v = match out.last() {
            Some(total) => op(it, BinOp::Add, &total.clone(), &x)?,
            None => x,
        };
        out.push(v);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)` (`hi == -1`: `len(a)`): the first position whose
/// item `x` is less than.
fn bisect(it: &mut Interp, a: &Value, x: &Value, mut lo: i64, mut hi: i64) -> PyResult<i64> {
    if hi == -1 {
        hi = it.len(a)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = it.getitem(a, &Value::int(mid))?;
        if test(it, CmpOp::Lt, x, &item)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `itertools.repeat(None, k)`'s count: `k` as a Py_ssize_t, negative meaning none.
fn times(it: &mut Interp, k: &Value) -> PyResult<i64> {
    let k = super::math::index(it, k)?;
    match i64::try_from(&k) {
        Ok(k) => Ok(k.max(0)),
        Err(_) => it.err("OverflowError", "Python int too large to convert to C ssize_t"),
    }
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`: `k` picks with
/// replacement, `floor(random() * n)` each, or by bisecting the cumulative weights.
pub fn choices(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, population, weights, cum_weights, k, ..]) =
        params(it, "choices", &["self", "population", "weights"], 2, &["cum_weights", "k"], args, kwargs)?;
    let population = population.unwrap_or(Value::None);
    let weights = weights.filter(|w| !w.is_none());
    let k = k.unwrap_or(Value::int(1));
    let random = lookup(it, &me, "random")?;
    let n = it.len(&population)?;
    let cum = match (cum_weights.filter(|c| !c.is_none()), weights) {
        (None, None) => {
            let nf = Value::float(n as f64);
            let count = times(it, &k)?;
            let mut out = Vec::new();
            for _ in 0..count {
                let r = random.call(it, &me, vec![])?;
                let x = op(it, BinOp::Mult, &r, &nf)?;
                let i = super::random::floor(it, &x)?;
                out.push(it.getitem(&population, &i)?);
            }
            return Ok(it.list(out));
        }
        (None, Some(w)) => match accumulate(it, &w) {
            Ok(c) => it.list(c),
            Err(e) if it.is_exc(&e, "TypeError") && it.is_instance(&w, &it.t.int.clone()) => {
                let k = it.repr(&w)?;
                return it.type_error(format!("The number of choices must be a keyword argument: k={k}"));
            }
            Err(e) => return Err(e),
        },
        (Some(c), None) => c,
        (Some(_), Some(_)) => return it.type_error("Cannot specify both weights and cumulative weights"),
    };
    if it.len(&cum)? != n {
        return it.value_error("The number of weights does not match the population");
    }
    let last = it.getitem(&cum, &Value::int(-1))?;
    let total = op(it, BinOp::Add, &last, &Value::float(0.0))?;
    if test(it, CmpOp::LtE, &total, &Value::float(0.0))? {
        return it.value_error("Total of weights must be greater than zero");
    }
    let finite = super::math::isfinite(it, vec![total.clone()], vec![])?;
    if !it.truthy(&finite)? {
        return it.value_error("Total of weights must be finite");
    }
    let hi = n as i64 - 1;
    let count = times(it, &k)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let r = random.call(it, &me, vec![])?;
        let x = op(it, BinOp::Mult, &r, &total)?;
        let i = bisect(it, &cum, &x, 0, hi)?;
        out.push(it.getitem(&population, &Value::int(i))?);
    }
    Ok(it.list(out))
}
