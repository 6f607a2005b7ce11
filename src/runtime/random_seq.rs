//! `random.Random`'s sequence methods, `choice`, `shuffle`, `sample` and `choices`, with
//! `Lib/random.py`'s checks, messages and order of `len()`, item, `_randbelow()` and
//! `random()` calls (so equal seeds pick CPython's items), and `bisect_right` as `_bisect`
//! does it for the weighted choices. Values live in a `Calc`'s registers.

use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::math::{floor, isfinite};
use super::random::{lookup, test};
use super::random_calc::{Arg, Calc, Step};
use super::value::{Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;
use Arg::{F, I, R};
use Step::{If, Math, Op, Random};

/// `choice(seq)`: `seq[self._randbelow(len(seq))]`, after refusing an empty one.
pub fn choice(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "choice", &["self", "seq"], 2, &[], &[], args, kwargs)?;
    if it.len(&c.r[0])? == 0 {
        return it.err("IndexError", "Cannot choose from an empty sequence");
    }
    c.bind_below(it)?;
    let n = it.len(&c.r[0])?;
    c.below(it, n as i64, 1)?;
    it.getitem(&c.r[0], &c.r[1])
}

/// `shuffle(x)`: Fisher–Yates from the end, swapping `x[i], x[j] = x[j], x[i]`.
pub fn shuffle(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const X: u8 = 0;
    const J: u8 = 1;
    let c = &mut Calc::new(it, "shuffle", &["self", "x"], 2, &[], &[], args, kwargs)?;
    c.bind_below(it)?;
    let len = it.len(&c.r[X as usize])?;
    for i in (1..len).rev() {
        c.below(it, i as i64 + 1, J)?;
        swap(it, c, X, i as i64, J)?;
    }
    Ok(Value::None)
}

/// `x[i], x[j] = x[j], x[i]`: both read, then `x[i]` stored before `x[j]`.
fn swap(it: &mut Interp, c: &mut Calc, x: u8, i: i64, j: u8) -> PyResult<()> {
    let seq = &c.r[x as usize];
    let xj = it.getitem(seq, &c.r[j as usize])?;
    let xi = it.getitem(seq, &Value::int(i))?;
    it.setitem(seq, Value::int(i), xj)?;
    it.setitem(seq, c.r[j as usize].clone(), xi)
}

/// `isinstance(v, collections.abc.Sequence)` for the types metalab has: list, tuple, str,
/// range and deque, and their subclasses.
fn is_sequence(it: &Interp, v: &Value) -> bool {
    if matches!(v, Value::Str(_)) {
        return true;
    }
    let Value::Obj(o) = v else { return false };
    let t = &it.t;
    super::deque::is_deque(v) || [&t.list, &t.tuple, &t.str_, &t.range].iter().any(|c| it.is_subclass(&o.class(), c))
}

const POP: u8 = 0;
const K: u8 = 1;
const COUNTS: u8 = 2;
const RESULT: u8 = 3;
const POOL: u8 = 4;
const J: u8 = 5;
const T: u8 = 6;

/// `sample(population, k, *, counts=None)`: k distinct positions, from a shrinking pool when
/// the population is small next to a set of `k` entries, else by redrawing repeats.
pub fn sample(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "sample", &["self", "population", "k"], 3, &["counts"], &[], args, kwargs)?;
    if !is_sequence(it, &c.r[POP as usize]) {
        return it.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = it.len(&c.r[POP as usize])? as i64;
    if !c.is_none(COUNTS) {
        return sample_counts(it, c, n);
    }
    c.bind_below(it)?;
    c.r[T as usize] = Value::int(n);
    if c.run(it, &[If(CmpOp::LtE, I(0), R(K), false), If(CmpOp::LtE, R(K), R(T), false)])? {
        return it.value_error("Sample larger than population or is negative");
    }
    c.r[RESULT as usize] = it.list(vec![Value::None]);
    c.run(it, &[Op(BinOp::Mult, R(RESULT), R(K), RESULT)])?;
    // `[None] * k` worked, so k is an index.
    let k = times(it, &c.r[K as usize])?;
    // setsize = 21, plus 4 ** ceil(log(k * 3, 4)) (a set's table) if k > 5
    let setsize = if k > 5 { 21 + 4i128.pow(((i128::from(k) * 3) as f64).log(4.0).ceil() as u32) } else { 21 };
    if i128::from(n) <= setsize {
        let pool = it.collect(&c.r[POP as usize])?;
        c.r[POOL as usize] = it.list(pool);
        for i in 0..k {
            // j = randbelow(n - i); result[i] = pool[j]; pool[j] = pool[n - i - 1]
            c.below(it, n - i, J)?;
            let v = it.getitem(&c.r[POOL as usize], &c.r[J as usize])?;
            it.setitem(&c.r[RESULT as usize], Value::int(i), v)?;
            let last = it.getitem(&c.r[POOL as usize], &Value::int(n - i - 1))?;
            it.setitem(&c.r[POOL as usize], c.r[J as usize].clone(), last)?;
        }
    } else {
        c.r[POOL as usize] = it.set_from(DictData::new());
        for i in 0..k {
            // j = randbelow(n); while j in selected: j = randbelow(n)
            c.below(it, n, J)?;
            while it.contains(&c.r[POOL as usize], &c.r[J as usize])? {
                it.step()?;
                c.below(it, n, J)?;
            }
            if let Value::Obj(set) = &c.r[POOL as usize] {
                it.dict_set(set, c.r[J as usize].clone(), Value::None)?;
            }
            let v = it.getitem(&c.r[POP as usize], &c.r[J as usize])?;
            it.setitem(&c.r[RESULT as usize], Value::int(i), v)?;
        }
    }
    Ok(c.take(RESULT))
}

/// `sample(..., counts=)`: a sample of `range(total)`, through `self.sample`, mapped back by
/// bisecting the cumulative counts.
#[inline(never)]
fn sample_counts(it: &mut Interp, c: &mut Calc, n: i64) -> PyResult<Value> {
    c.r[T as usize] = accumulate(it, &c.r[COUNTS as usize])?;
    if it.len(&c.r[T as usize])? as i64 != n {
        return it.value_error("The number of counts does not match the population");
    }
    let total = match &c.r[T as usize] {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => l.borrow_mut().pop(),
            _ => None,
        },
        _ => None,
    };
    let Some(total) = total else {
        return it.err("IndexError", "pop from empty list");
    };
    c.r[J as usize] = total;
    if !it.is_instance(&c.r[J as usize], &it.t.int.clone()) {
        return it.type_error("Counts must be integers");
    }
    if c.run(it, &[If(CmpOp::LtE, R(J), I(0), true)])? {
        return it.value_error("Total of counts must be greater than zero");
    }
    let total = super::math::index(it, &c.r[J as usize])?;
    let Ok(total) = i128::try_from(&total) else {
        return it.err("OverflowError", "Python int too large to convert to C ssize_t");
    };
    let range = Payload::Range { start: 0, stop: total, step: 1 };
    let range = Value::Obj(it.heap.alloc(Some(it.t.range.clone()), None, range));
    let m = lookup(it, &c.me, "sample")?;
    c.r[POOL as usize] = m.call_kw(it, &c.me, vec![range], vec![(Rc::from("k"), c.arg(R(K)))])?;
    let mut out = Vec::new();
    let iter = it.iter(&c.r[POOL as usize])?;
    while let Some(s) = it.next(&iter)? {
        let i = bisect(it, &c.r[T as usize], &s, 0, -1)?;
        out.push(it.getitem(&c.r[POP as usize], &Value::int(i))?);
    }
    Ok(it.list(out))
}

/// `list(itertools.accumulate(xs))`: running sums by `+`.
#[inline(never)]
fn accumulate(it: &mut Interp, xs: &Value) -> PyResult<Value> {
    let iter = it.iter(xs)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = it.next(&iter)? {
        let v = match out.last() {
            Some(total) => it.binary_op(BinOp::Add, total.clone(), x)?,
            None => x,
        };
        out.push(v);
    }
    Ok(it.list(out))
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
    const WEIGHTS: u8 = 1;
    const CUM: u8 = 2;
    const KC: u8 = 3;
    const NF: u8 = 4;
    const X: u8 = 5;
    const TOTAL: u8 = 6;
    let names = ["self", "population", "weights"];
    let defaults = [Value::None, Value::None, Value::int(1)];
    let c = &mut Calc::new(it, "choices", &names, 2, &["cum_weights", "k"], &defaults, args, kwargs)?;
    c.bind_random(it)?;
    let n = it.len(&c.r[POP as usize])?;
    let mut out = Vec::new();
    if c.is_none(CUM) {
        if c.is_none(WEIGHTS) {
            // [population[floor(random() * n)] for i in repeat(None, k)], n a float
            c.r[NF as usize] = Value::float(n as f64);
            for _ in 0..times(it, &c.r[KC as usize])? {
                c.run(it, &[Random(X), Op(BinOp::Mult, R(X), R(NF), X), Math(floor, R(X), X)])?;
                out.push(it.getitem(&c.r[POP as usize], &c.r[X as usize])?);
            }
            return Ok(it.list(out));
        }
        c.r[CUM as usize] = match accumulate(it, &c.r[WEIGHTS as usize]) {
            Ok(cum) => cum,
            Err(e) if it.is_exc(&e, "TypeError") && it.is_instance(&c.r[WEIGHTS as usize], &it.t.int.clone()) => {
                let k = it.repr(&c.r[WEIGHTS as usize])?;
                return it.type_error(format!("The number of choices must be a keyword argument: k={k}"));
            }
            Err(e) => return Err(e),
        };
    } else if !c.is_none(WEIGHTS) {
        return it.type_error("Cannot specify both weights and cumulative weights");
    }
    if it.len(&c.r[CUM as usize])? != n {
        return it.value_error("The number of weights does not match the population");
    }
    c.r[TOTAL as usize] = it.getitem(&c.r[CUM as usize], &Value::int(-1))?;
    // total = cum_weights[-1] + 0.0; refused if total <= 0.0, or if not isfinite(total)
    let checks = [
        Op(BinOp::Add, R(TOTAL), F(0.0), TOTAL),
        If(CmpOp::LtE, R(TOTAL), F(0.0), true),
        Math(isfinite, R(TOTAL), X),
        If(CmpOp::Eq, R(X), I(0), true),
    ];
    if c.run(it, &checks)? {
        let what = if c.is_none(X) { "greater than zero" } else { "finite" };
        return it.value_error(format!("Total of weights must be {what}"));
    }
    let hi = n as i64 - 1;
    for _ in 0..times(it, &c.r[KC as usize])? {
        c.run(it, &[Random(X), Op(BinOp::Mult, R(X), R(TOTAL), X)])?;
        let i = bisect(it, &c.r[CUM as usize], &c.r[X as usize], 0, hi)?;
        out.push(it.getitem(&c.r[POP as usize], &Value::int(i))?);
    }
    Ok(it.list(out))
}
