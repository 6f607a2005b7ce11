//! Exact decimal digit generation for finite doubles.
//!
//! These play the role of David Gay's `_Py_dg_dtoa` in CPython: each
//! function returns a digit string without trailing zeros (`"0"` for a zero
//! result) together with `decpt`, the position of the decimal point
//! relative to the start of the digits (value = 0.DIGITS * 10**decpt).

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// Split a finite double's absolute value into `m * 2**e` with integer `m`.
pub(crate) fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

pub(crate) fn pow10(n: u32) -> BigUint {
    num_traits::pow(BigUint::from(10u32), n as usize)
}

/// `round_half_even(m * 2**e * 10**s)` computed exactly.
pub(crate) fn round_scaled(m: u64, e: i32, s: i64) -> BigUint {
    // Fast path: everything fits in 128 bits.
    if e < 0 && (0..=19).contains(&s) && e > -127 {
        let num = m as u128 * 10u128.pow(s as u32);
        let sh = (-e) as u32;
        let q = num >> sh;
        let r = num & ((1u128 << sh) - 1);
        let half = 1u128 << (sh - 1);
        let up = r > half || (r == half && q & 1 == 1);
        return BigUint::from(q + up as u128);
    }
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if s >= 0 {
        num *= pow10(s as u32);
    } else {
        den *= pow10((-s) as u32);
    }
    let (q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

fn strip_zeros(mut s: String) -> String {
    while s.len() > 1 && s.ends_with('0') {
        s.pop();
    }
    s
}

/// Shortest digit string that round-trips (dtoa mode 0).
pub(crate) fn shortest(x: f64) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return ("0".to_string(), 1);
    }
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits = strip_zeros(digits);
    let decpt = exp + 1;
    match fix_shortest_tie(x, &digits, decpt) {
        Some(fixed) => fixed,
        None => (digits, decpt),
    }
}

/// Rust's shortest digits break an exact tie between two shortest
/// candidates upwards; Gay's dtoa (CPython) picks the even last digit.
/// Returns the other candidate when `digits` ends in an odd digit, the
/// value lies exactly halfway, and the other candidate round-trips too.
fn fix_shortest_tie(x: f64, digits: &str, decpt: i64) -> Option<(String, i64)> {
    let last = digits.bytes().last()?;
    if last & 1 == 0 {
        // b'0' is even, so the byte's parity is the digit's parity.
        return None;
    }
    let n = digits.len() as i64;
    let s = n - decpt;
    let (m, e) = decompose(x);
    // A tie needs x * 10**(s+1) to be an integer.
    if e < 0 && s + 1 < (-e) as i64 - m.trailing_zeros() as i64 {
        return None;
    }
    if !(-400..=400).contains(&s) {
        return None;
    }
    let mut num = BigUint::from(m) << 1usize;
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if s >= 0 {
        num *= pow10(s as u32);
    } else {
        den *= pow10((-s) as u32);
    }
    let d: BigUint = digits.parse().ok()?;
    let twice_d: BigUint = &d << 1usize;
    let cand = if num == (&twice_d + 1u32) * &den {
        d + 1u32
    } else if num == (&twice_d - 1u32) * &den {
        d - 1u32
    } else {
        return None;
    };
    let cs = cand.to_string();
    let new_decpt = decpt + cs.len() as i64 - n;
    let back: f64 = format!("{}e{}", cs, new_decpt - cs.len() as i64).parse().ok()?;
    if back != x {
        return None;
    }
    Some((strip_zeros(cs), new_decpt))
}

/// Correctly rounded (half-even on the exact value) digits with `ndigits`
/// digits after the decimal point (dtoa mode 3).  `ndigits` may be negative.
pub(crate) fn fixed(x: f64, ndigits: i64) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return ("0".to_string(), 1);
    }
    // Digits beyond 1100 places after the point are always zero.
    let nd = ndigits.min(1100);
    let (m, e) = decompose(x);
    let n = round_scaled(m, e, nd);
    if n.is_zero() {
        return ("0".to_string(), 1);
    }
    let s = n.to_string();
    let decpt = s.len() as i64 - nd;
    (strip_zeros(s), decpt)
}

/// Correctly rounded digits with `ndigits >= 1` significant digits (dtoa mode 2).
pub(crate) fn significant(x: f64, ndigits: i64) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return ("0".to_string(), 1);
    }
    // A double has at most 767 significant decimal digits.
    let p = ndigits.clamp(1, 800);
    let (m, e) = decompose(x);
    let mut k = x.log10().floor() as i64;
    for _ in 0..6 {
        let n = round_scaled(m, e, p - 1 - k);
        let s = n.to_string();
        let len = s.len() as i64;
        if len > p {
            k += 1;
        } else if len < p {
            k -= 1;
        } else {
            return (strip_zeros(s), k + 1);
        }
    }
    // Unreachable in practice; fall back to the shortest digits.
    shortest(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert_eq!(shortest(0.1), ("1".to_string(), 0));
        assert_eq!(shortest(123.456), ("123456".to_string(), 3));
        assert_eq!(fixed(2.675, 2), ("267".to_string(), 1));
        assert_eq!(fixed(0.5, 0), ("0".to_string(), 1));
        assert_eq!(fixed(1.5, 0), ("2".to_string(), 1));
        assert_eq!(fixed(1234.5678, -2), ("12".to_string(), 4));
        assert_eq!(significant(9.99, 2), ("1".to_string(), 2));
        assert_eq!(significant(5e-324, 3), ("494".to_string(), -323));
    }
}
