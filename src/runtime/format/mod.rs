//! TEMPORARY stub: replaced by the real formatting module.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

#[derive(Debug, Clone)]
pub struct FmtError {
    pub kind: &'static str,
    pub msg: String,
}

pub struct FormatSpec {
    pub raw: String,
}

pub fn parse_format_spec(s: &str) -> Result<FormatSpec, FmtError> {
    Ok(FormatSpec { raw: s.to_string() })
}
pub fn format_int(v: &BigInt, _s: &FormatSpec) -> Result<String, FmtError> {
    Ok(v.to_string())
}
pub fn format_float(v: f64, _s: &FormatSpec) -> Result<String, FmtError> {
    Ok(float_repr(v))
}
pub fn format_str(v: &str, _s: &FormatSpec) -> Result<String, FmtError> {
    Ok(v.to_string())
}
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == f.trunc() && f.abs() < 1e16 {
        return format!("{f:.1}");
    }
    format!("{f}")
}
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
pub fn ascii_repr_of(r: &str) -> String {
    r.chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else if (c as u32) < 0x100 {
                format!("\\x{:02x}", c as u32)
            } else if (c as u32) < 0x10000 {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            }
        })
        .collect()
}
pub fn hash_int(v: &BigInt) -> i64 {
    let m = BigInt::from((1u64 << 61) - 1);
    let mut h = (v.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    if v.sign() == num_bigint::Sign::Minus {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}
pub fn hash_float(f: f64) -> i64 {
    if f.fract() == 0.0 && f.is_finite() {
        return hash_int(&float_to_bigint(f));
    }
    f.to_bits() as i64
}
pub fn hash_tuple(hs: &[i64]) -> i64 {
    let mut acc: u64 = 0x27D4EB2F165667C5;
    for h in hs {
        acc = acc.wrapping_add((*h as u64).wrapping_mul(0xC2B2AE3D27D4EB4F));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(0x9E3779B185EBCA87);
    }
    acc as i64
}
pub fn float_to_bigint(f: f64) -> BigInt {
    num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
}
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b == &BigInt::from(0) {
        return Err(FmtError { kind: "ZeroDivisionError", msg: "division by zero".into() });
    }
    Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0))
}
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let m = x % y;
    let m = if m != 0.0 && ((y < 0.0) != (m < 0.0)) { m + y } else { m };
    ((x - m) / y, m)
}
pub fn round_float(f: f64, nd: Option<i64>) -> f64 {
    match nd {
        None => f.round_ties_even(),
        Some(n) => {
            let m = 10f64.powi(n as i32);
            (f * m).round_ties_even() / m
        }
    }
}
pub fn round_int(v: &BigInt, _nd: i64) -> BigInt {
    v.clone()
}
pub fn parse_int_literal(s: &str, base: u32) -> Result<BigInt, FmtError> {
    let t = s.trim().replace('_', "");
    BigInt::parse_bytes(t.as_bytes(), if base == 0 { 10 } else { base }).ok_or_else(|| FmtError {
        kind: "ValueError",
        msg: format!("invalid literal for int() with base {base}: {}", str_repr(s)),
    })
}
pub fn parse_float_literal(s: &str) -> Result<f64, FmtError> {
    s.trim().parse::<f64>().map_err(|_| FmtError {
        kind: "ValueError",
        msg: format!("could not convert string to float: {}", str_repr(s)),
    })
}
