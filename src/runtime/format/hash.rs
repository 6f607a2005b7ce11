//! CPython 3.11's numeric and tuple hashes (64-bit build).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

/// `hash(int)`: the value modulo 2**61-1, with the sign; -1 becomes -2.
pub fn hash_int(v: &BigInt) -> i64 {
    let m = (v.magnitude() % MODULUS).to_u64().unwrap_or(0);
    let h = if v.sign() == Sign::Minus { -(m as i64) } else { m as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(float)`, a port of `_Py_HashDouble`.  NaN hashes to 0 here
/// (CPython 3.11 uses the object's identity, which has no analogue).
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp` for finite values: `v == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let (v, adj) = if v.abs() < f64::MIN_POSITIVE { (v * 2f64.powi(64), -64) } else { (v, 0) };
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adj)
}

/// `hash(tuple)` from the hashes of its items (xxHash-based `tuplehash`).
pub fn hash_tuple(hs: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in hs {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hs.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(hash_int(&BigInt::from(-1)), -2);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
    }
}
