//! The `math` module's integer functions: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`.
//! Arguments go through `__index__` (`math::index`), never through floats, and results are
//! exact ints of any size, with CPython's checks and messages. Products are split in halves so
//! that big results multiply big halves (num-bigint's fast multiplication) instead of growing
//! one factor at a time.

use super::function::arg;
use super::function::Kwargs;
use super::interp::Interp;
use super::math::{index, meth_o};
use super::numbers::MAX_INT_BITS;
use super::value::Value;
use super::PyResult;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `factorial(n)`.
pub fn factorial(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, factorial_of)
}

fn factorial_of(it: &mut Interp, n: &Value) -> PyResult<Value> {
    let n = index(it, n)?;
    if n.is_negative() {
        return it.value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return it.err("OverflowError", format!("factorial() argument should not exceed {}", i64::MAX));
    };
    let n = n as u64;
    if log2_factorial(n as f64) > MAX_INT_BITS as f64 {
        return it.err("MemoryError", "");
    }
    Ok(Value::from_bigint(falling(&BigInt::from(n), 0, n)))
}

/// `log2(n!)` by Stirling's formula (close enough to refuse results too big to hold).
fn log2_factorial(n: f64) -> f64 {
    if n < 2.0 {
        return 0.0;
    }
    ((n + 0.5) * n.ln() - n + 0.5 * std::f64::consts::TAU.ln()) / std::f64::consts::LN_2
}

/// `n * (n-1) * ... * (n-k+1)` for the `i` in `lo..hi`: the product of `n - i`.
fn falling(n: &BigInt, lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 8 {
        let mut acc = BigInt::one();
        for i in lo..hi {
            acc *= n - i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    falling(n, lo, mid) * falling(n, mid, hi)
}

/// `gcd(*integers)`: of none 0, of one its absolute value.
pub fn gcd(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in &args {
        let x = index(it, a)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

/// `lcm(*integers)`: of none 1, of one its absolute value, 0 if any is 0.
pub fn lcm(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for (i, a) in args.iter().enumerate() {
        let x = index(it, a)?;
        acc = if i == 0 {
            x.abs()
        } else if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            if acc.bits() + x.bits() > MAX_INT_BITS {
                return it.err("MemoryError", "");
            }
            acc.lcm(&x)
        };
    }
    Ok(Value::from_bigint(acc))
}

/// `isqrt(n)`: the integer part of the square root.
pub fn isqrt(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, n| {
        let n = index(it, n)?;
        if n.is_negative() {
            return it.value_error("isqrt() argument must be nonnegative");
        }
        Ok(Value::from_bigint(n.sqrt()))
    })
}

/// The checks `comb` and `perm` share: both ints, neither negative.
fn n_and_k(it: &mut Interp, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index(it, n)?;
    let k = index(it, k)?;
    if n.is_negative() {
        return it.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return it.value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

/// `perm(n, k=None)`: ordered choices, `n! / (n-k)!`; `perm(n)` is `factorial(n)`.
pub fn perm(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let k = match args.get(1) {
        None | Some(Value::None) => return factorial_of(it, arg(&args, 0)),
        Some(k) => k.clone(),
    };
    let (n, k) = n_and_k(it, arg(&args, 0), &k)?;
    if n < k {
        return Ok(Value::int(0));
    }
    let Some(k) = k.to_i64() else {
        return it.err("OverflowError", format!("k must not exceed {}", i64::MAX));
    };
    let k = k as u64;
    // Each factor is at most `n`; past that bound, Stirling's formula says how big it is.
    let log2_n = log2_of(&n);
    if k as f64 * log2_n > MAX_INT_BITS as f64 {
        let nf = n.to_f64().unwrap_or(f64::INFINITY);
        if log2_factorial(nf) - log2_factorial(nf - k as f64) > MAX_INT_BITS as f64 || !nf.is_finite() {
            return it.err("MemoryError", "");
        }
    }
    Ok(Value::from_bigint(falling(&n, 0, k)))
}

/// `comb(n, k)`: unordered choices, `n! / (k! * (n-k)!)`, 0 when `k > n`.
pub fn comb(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (n, k) = n_and_k(it, arg(&args, 0), arg(&args, 1))?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        return it.err("OverflowError", format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let k = k as u64;
    // log2(comb(n, k)) <= k * log2(e * n / k).
    if k > 0 && k as f64 * (log2_of(&n) - (k as f64).log2() + std::f64::consts::LOG2_E) > MAX_INT_BITS as f64 {
        return it.err("MemoryError", "");
    }
    Ok(Value::from_bigint(binomial(&n, k)))
}

/// `comb(n, k)` as `comb(n, j) * comb(n-j, k-j) / comb(k, j)` for `j = k/2`, which keeps every
/// intermediate near the result's size.
fn binomial(n: &BigInt, k: u64) -> BigInt {
    if k <= 16 {
        // Each step is `comb(n, i+1)`, exactly divisible.
        let mut acc = BigInt::one();
        for i in 0..k {
            acc = acc * (n - i) / (i + 1);
        }
        return acc;
    }
    let j = k / 2;
    binomial(n, j) * binomial(&(n - j), k - j) / binomial(&BigInt::from(k), j)
}

/// `log2(n)` for a positive int of any size.
fn log2_of(n: &BigInt) -> f64 {
    match n.to_f64() {
        Some(f) if f.is_finite() => f.log2(),
        _ => n.bits() as f64,
    }
}
