//! `int(s, base)` and `float(s)` for strings, after CPython's
//! `PyLong_FromUnicodeObject` and `PyFloat_FromString`.

use super::str_repr::str_repr;
use super::unicode_tables::DECIMAL_ZEROS;
use super::{FmtError, INT_MAX_STR_DIGITS};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if i > 0 && cp - DECIMAL_ZEROS[i - 1] < 10 {
        Some(cp - DECIMAL_ZEROS[i - 1])
    } else {
        None
    }
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace becomes
/// a space, Unicode decimal digits become ASCII digits, any other non-ASCII
/// character becomes `?`.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                return c as u8;
            }
            if c.is_whitespace() {
                return b' ';
            }
            match decimal_value(c) {
                Some(d) => b'0' + d as u8,
                None => b'?',
            }
        })
        .collect()
}

/// `Py_ISSPACE` on ASCII.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// Truncate a repr to 200 characters, like `%.200R`.
fn repr200(s: &str) -> String {
    str_repr(s).chars().take(200).collect()
}

/// Python's `int(s, base)` for a str `s` (`base` 0 or 2..=36).
pub fn parse_int_literal(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if base == 1 || base > 36 {
        return Err(FmtError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || FmtError::value(format!("invalid literal for int() with base {base}: {}", repr200(s)));
    let buf = to_ascii(s);
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < buf.len() && is_space(buf[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        negative = true;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (b == 16 && p == b'x') || (b == 8 && p == b'o') || (b == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    // Digits with single underscores between them.
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < buf.len() && (digit_value(buf[i]) < b || buf[i] == b'_') {
        if buf[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(buf[i]);
        }
        prev = buf[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if i == start {
        return Err(invalid());
    }
    if !b.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(FmtError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    while i < buf.len() && is_space(buf[i]) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    let vals: Vec<u8> = digits.iter().map(|&d| digit_value(d) as u8).collect();
    let mag = BigUint::from_radix_be(&vals, b).unwrap_or_default();
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// `_Py_parse_inf_or_nan` / `_PyOS_ascii_strtod` grammar check: an optional
/// sign, then `inf`, `infinity`, `nan` (any case) or a decimal number.
fn valid_float_syntax(s: &[u8]) -> bool {
    let body = match s.first() {
        Some(b'+') | Some(b'-') => &s[1..],
        _ => s,
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" || lower == b"nan" {
        return true;
    }
    let mut i = 0;
    let mut nd = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return false;
    }
    if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let es = i;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == es {
            return false;
        }
    }
    i == body.len()
}

/// Python's `float(s)` for a str `s`.
pub fn parse_float_literal(s: &str) -> Result<f64, FmtError> {
    let invalid = || FmtError::value(format!("could not convert string to float: {}", str_repr(s)));
    let buf = to_ascii(s);
    let mut lo = 0;
    let mut hi = buf.len();
    while lo < hi && is_space(buf[lo]) {
        lo += 1;
    }
    while hi > lo && is_space(buf[hi - 1]) {
        hi -= 1;
    }
    let t = &buf[lo..hi];
    let mut clean = Vec::with_capacity(t.len());
    if t.contains(&b'_') {
        let mut prev = 0u8;
        for &c in t {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
                clean.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
    } else {
        clean.extend_from_slice(t);
    }
    if !valid_float_syntax(&clean) {
        return Err(invalid());
    }
    let text = std::str::from_utf8(&clean).map_err(|_| invalid())?;
    let lower = text.to_ascii_lowercase();
    let v = match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return text.parse::<f64>().map_err(|_| invalid()),
    };
    Ok(if lower.starts_with('-') { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(parse_int_literal(" -0x_1F ", 0), Ok(BigInt::from(-31)));
        assert_eq!(parse_int_literal("0_0", 0), Ok(BigInt::from(0)));
        assert_eq!(parse_int_literal("٣", 10), Ok(BigInt::from(3)));
        assert_eq!(parse_int_literal("010", 0).unwrap_err().msg, "invalid literal for int() with base 0: '010'");
        assert_eq!(parse_int_literal("1", 37).unwrap_err().msg, "int() base must be >= 2 and <= 36, or 0");
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float_literal(" 1_0.5e1_0 "), Ok(10.5e10));
        assert_eq!(parse_float_literal("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float_literal("nan").map(|v| v.is_nan()).unwrap_or(false));
        assert_eq!(parse_float_literal("1e500"), Ok(f64::INFINITY));
        assert_eq!(parse_float_literal("abc").unwrap_err().msg, "could not convert string to float: 'abc'");
    }
}
