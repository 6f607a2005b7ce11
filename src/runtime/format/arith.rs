//! Correctly rounded numeric helpers: `int / int`, float `//` and `%`,
//! float -> int, and `round()`.

use super::{digits, FmtError};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `x * 2**e` for an exactly representable result (no double rounding).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// The double nearest to `num / den` (ties to even), or `None` if it
/// overflows.  `den` must be nonzero.
pub fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() || den.is_zero() {
        return Some(0.0);
    }
    let na = num.bits() as i64;
    let nb = den.bits() as i64;
    // Scale so that the quotient has at least 55 bits.
    let s = 55 - (na - nb);
    let (q, r) = if s >= 0 { (num << (s as usize)).div_rem(den) } else { num.div_rem(&(den << ((-s) as usize))) };
    let sticky = !r.is_zero();
    let qbits = q.bits() as i64;
    // value = q * 2**-s (+ sticky); msb exponent:
    let msb = qbits - 1 - s;
    if msb > 1023 {
        return None;
    }
    let lsb_exp = (msb - 52).max(-1074);
    let drop = lsb_exp + s; // >= 2
    if drop <= 0 {
        // Cannot happen (q has >= 55 bits), but stay exact anyway.
        let m = q.to_f64()?;
        return Some(ldexp(m, -s));
    }
    let drop_u = drop as usize;
    let mut m: BigUint = &q >> drop_u;
    let rem: BigUint = &q - (&m << drop_u);
    let half = BigUint::one() << (drop_u - 1);
    if rem > half || (rem == half && (sticky || m.is_odd())) {
        m += 1u32;
    }
    let mf = m.to_f64()?; // m <= 2**53: exact
    let v = ldexp(mf, lsb_exp);
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// Python's `a / b` for ints, correctly rounded.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(FmtError { kind: "ZeroDivisionError", msg: "division by zero".into() });
    }
    let negate = a.is_negative() != b.is_negative();
    let limit = BigUint::one() << 53usize;
    let v = if a.magnitude() <= &limit && b.magnitude() <= &limit {
        let x = a.magnitude().to_f64().unwrap_or(0.0);
        let y = b.magnitude().to_f64().unwrap_or(1.0);
        x / y
    } else {
        match ratio_to_f64(a.magnitude(), b.magnitude()) {
            Some(v) => v,
            None => return Err(FmtError::overflow("integer division result too large for a float")),
        }
    };
    Ok(if negate { -v } else { v })
}

/// CPython's `_float_div_mod`: `(x // y, x % y)` for nonzero `y`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// The exact integer value of a finite integral float (the integer part,
/// truncated, for non-integral values; 0 for inf and nan).
pub fn float_to_bigint(f: f64) -> BigInt {
    if !f.is_finite() {
        return BigInt::zero();
    }
    let (m, e) = digits::decompose(f);
    let mag = if e >= 0 {
        BigUint::from(m) << (e as usize)
    } else if e > -64 {
        BigUint::from(m >> ((-e) as u32))
    } else {
        BigUint::zero()
    };
    let sign = if f < 0.0 { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, mag)
}

/// Python's `round(x)` (`None`: to the nearest integer, ties to even; the
/// caller converts to int) and `round(x, n)`.  On overflow (only possible
/// for huge `x` and negative `n`) this returns an infinity; see
/// [`round_float_checked`].
pub fn round_float(x: f64, ndigits: Option<i64>) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => f64::INFINITY.copysign(x),
    }
}

/// `round(x, n)` with CPython's `OverflowError("rounded value too large to represent")`.
pub fn round_float_checked(x: f64, ndigits: Option<i64>) -> Result<f64, FmtError> {
    let Some(nd) = ndigits else {
        return Ok(x.round_ties_even());
    };
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX / NDIGITS_MIN from Objects/floatobject.c
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    let (ds, decpt) = digits::fixed(x, nd);
    let text = format!("{}0{}e{}", if x.is_sign_negative() { "-" } else { "" }, ds, decpt - ds.len() as i64);
    let v: f64 = text.parse().unwrap_or(0.0);
    if v.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    Ok(v)
}

/// Python's `round(n, ndigits)` for an int and negative `ndigits`
/// (ties to even).  Non-negative `ndigits` return `n` unchanged.
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k exceeds |v| by far: the result is 0.
    if k > v.magnitude().bits().saturating_mul(2) + 2 {
        return BigInt::zero();
    }
    let p = BigInt::from(digits::pow10(k as u32));
    let (q, r) = v.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, Some(2)), 2.67);
        assert_eq!(round_float(0.5, None), 0.0);
        assert_eq!(round_float(1.5, None), 2.0);
        assert_eq!(round_float(1234.5678, Some(-2)), 1200.0);
        assert_eq!(round_int(&BigInt::from(1250), -2), BigInt::from(1200));
        assert_eq!(round_int(&BigInt::from(1350), -2), BigInt::from(1400));
        assert_eq!(round_int(&BigInt::from(-1250), -2), BigInt::from(-1200));
        assert_eq!(round_int(&BigInt::from(-1251), -2), BigInt::from(-1300));
    }

    #[test]
    fn division() {
        let big = BigInt::from(10).pow(400);
        assert_eq!(int_true_div(&BigInt::from(-1), &big).map(|v| v.to_bits()), Ok((-0.0f64).to_bits()));
        assert!(int_true_div(&big, &BigInt::from(1)).is_err());
        assert_eq!(float_divmod(-5.0, f64::INFINITY), (-1.0, f64::INFINITY));
    }
}
