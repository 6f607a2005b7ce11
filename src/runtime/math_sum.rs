//! The `math` functions that combine many numbers: `fsum` (an exactly rounded sum, by
//! Shewchuk's partials as CPython computes it), `hypot` and `dist` (CPython's scaled,
//! compensated vector norm, which is almost always correctly rounded: a plain
//! `sqrt(sum(x*x))` differs in the last bit), and `prod`.

use super::function::arg;
use super::function::{KwSpec, Kwargs};
use super::interp::Interp;
use super::math::{pow2, real, split_exponent};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::BinOp;

/// `fsum(iterable)`: the float nearest the exact sum of the items.
///
/// The running sum is kept exactly as a list of non-overlapping partials, smallest first:
/// adding `x` to each partial gives a rounded sum `hi` and its exact error `lo` (two-sum), the
/// errors that are not zero stay as partials, and `hi` goes on. At the end the partials are
/// added from the largest down until the sum becomes inexact, and a last check rounds a tie
/// the way the partials further down tip it.
pub fn fsum(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    super::math::meth_o(it, &args, fsum_of)
}

fn fsum_of(it: &mut Interp, seq: &Value) -> PyResult<Value> {
    let iter = it.iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed apart (the partials would lose them).
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = it.next(&iter)? {
        let mut x = real(it, &item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // From a summand that is infinite or NaN, or else the partials overflowed.
                if original.is_finite() {
                    return it.err("OverflowError", "intermediate overflow in fsum");
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return it.value_error("-inf + inf in fsum");
        }
        return Ok(Value::float(special_sum));
    }
    Ok(Value::float(sum_partials(&partials)))
}

/// The correctly rounded sum of `fsum`'s partials.
fn sum_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // `hi + lo` rounded to `hi` on a tie; if the partials below push the same way as `lo`,
    // the exact sum is past the tie and rounds the other way.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `hypot(*coordinates)`: the distance from the origin.
pub fn hypot(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let mut coords = Vec::with_capacity(args.len());
    for a in &args {
        coords.push(real(it, a)?.abs());
    }
    Ok(Value::float(vector_norm(&coords)))
}

/// `dist(p, q)`: the distance between two points of the same dimension.
pub fn dist(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let p = as_tuple(it, arg(&args, 0))?;
    let q = as_tuple(it, arg(&args, 1))?;
    if p.len() != q.len() {
        return it.value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let a = real(it, a)?;
        let b = real(it, b)?;
        diffs.push((a - b).abs());
    }
    Ok(Value::float(vector_norm(&diffs)))
}

/// A point's coordinates: a tuple's items, or any iterable's.
fn as_tuple(it: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    match it.tuple_items(v) {
        Some(items) => Ok(items.to_vec()),
        None => it.collect(v),
    }
}

/// The square root of the sum of the squares of `xs` (all `>= 0`), as CPython's
/// `vector_norm` computes it: scaled by a power of two so the largest is in `[0.5, 1)`, each
/// square split exactly into a high and a low part (Veltkamp-Dekker), the parts summed with
/// their rounding errors kept (Neumaier), and the square root corrected once (one Newton step
/// on the exact remainder).
fn vector_norm(xs: &[f64]) -> f64 {
    let max = xs.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, max_e) = split_exponent(max);
    // 2**27 + 1: splits a float into two halves of 26 bits.
    const SPLIT: f64 = 134_217_729.0;
    let split = |x: f64| {
        let t = x * SPLIT;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    // Adds `x` to `csum`, which is never smaller: the rounding error goes to `frac`.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by the largest instead.
        for &x in xs {
            let x = x / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = pow2(-max_e);
    for &x in xs {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `prod(iterable, /, *, start=1)`.
pub static PROD: KwSpec = KwSpec { names: &["iterable", "start"], posonly: 1, minpos: 1, maxpos: 1 };

/// `prod(iterable, *, start=1)`: `start * x0 * x1 * ...` by the `*` operator, so any type with
/// a `__mul__` takes part.
pub fn prod(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let start = super::builtins::take_kw(&mut kwargs, "start");
    let iter = it.iter(arg(&args, 0))?;
    let mut acc = start.unwrap_or_else(|| Value::int(1));
    while let Some(x) = it.next(&iter)? {
        acc = it.binary_op(BinOp::Mult, acc, x)?;
    }
    Ok(acc)
}
