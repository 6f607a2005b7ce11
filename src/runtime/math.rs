//! The `math` module (CPython's `Modules/mathmodule.c`): the constants, the float functions
//! over the C library's `sin`, `exp`, `log`, ... with CPython's error rules, and the rounding
//! functions. The integer functions (`factorial`, `gcd`, `comb`, ...) are in `math_int`, the
//! exactly rounded sums and norms (`fsum`, `hypot`, `dist`) in `math_sum`.
//!
//! Natively, Rust's `f64` methods call the C library's functions, the ones CPython calls, so
//! results are the same bits. The wasm build has no C library: there Rust's port of FreeBSD's
//! functions (`libm`) answers, which is off in the last bit for some arguments. `cbrt` is left
//! out: Rust links its own correctly rounded one even natively, and glibc's is not (CPython's
//! `cbrt(27)` is `3.0000000000000004`). Where CPython does not leave a case to the C library
//! (`log` of 0, `pow(0.0, -1.0)`, `atan2` of infinities, `fmod(x, inf)`), this follows CPython.

use super::call::CALLING;
use super::function::arg;
use super::function::{BuiltinKind, KwSpec, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::methods_types::unbox;
use super::value::{Payload, Value};
use super::PyResult;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::f64::consts::{E, PI, TAU};

pub fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    use Sig::{Clinic, Keywords, One, Varargs};
    let fns: &[(&'static str, Sig, NativeFn)] = &[
        ("acos", One, acos),
        ("acosh", One, acosh),
        ("asin", One, asin),
        ("asinh", One, asinh),
        ("atan", One, atan),
        ("atan2", Clinic(2, 2), atan2),
        ("atanh", One, atanh),
        ("ceil", One, ceil),
        ("comb", Clinic(2, 2), super::math_int::comb),
        ("copysign", Clinic(2, 2), copysign),
        ("cos", One, cos),
        ("cosh", One, cosh),
        ("degrees", One, degrees),
        ("dist", Clinic(2, 2), super::math_sum::dist),
        ("exp", One, exp),
        ("exp2", One, exp2),
        ("expm1", One, expm1),
        ("fabs", One, fabs),
        ("factorial", One, super::math_int::factorial),
        ("floor", One, floor),
        ("fmod", Clinic(2, 2), fmod),
        ("frexp", One, frexp),
        ("fsum", One, super::math_sum::fsum),
        ("gcd", Varargs(0, u8::MAX), super::math_int::gcd),
        ("hypot", Varargs(0, u8::MAX), super::math_sum::hypot),
        ("isclose", Keywords(&ISCLOSE), isclose),
        ("isfinite", One, isfinite),
        ("isinf", One, isinf),
        ("isnan", One, isnan),
        ("isqrt", One, super::math_int::isqrt),
        ("lcm", Varargs(0, u8::MAX), super::math_int::lcm),
        ("ldexp", Clinic(2, 2), ldexp),
        ("log", Sig::Any, log),
        ("log10", One, log10),
        ("log1p", One, log1p),
        ("log2", One, log2),
        ("modf", One, modf),
        ("nextafter", Clinic(2, 2), nextafter),
        ("perm", Clinic(1, 2), super::math_int::perm),
        ("pow", Clinic(2, 2), pow),
        ("prod", Keywords(&super::math_sum::PROD), super::math_sum::prod),
        ("radians", One, radians),
        ("remainder", Clinic(2, 2), remainder),
        ("sin", One, sin),
        ("sinh", One, sinh),
        ("sqrt", One, sqrt),
        ("tan", One, tan),
        ("tanh", One, tanh),
        ("trunc", One, trunc),
        ("ulp", One, ulp),
    ];
    let mut entries: Vec<(&'static str, Value)> = fns
        .iter()
        .map(|&(name, sig, f)| {
            // Argument errors name the function `math.sqrt` ("math.sqrt() takes exactly one
            // argument"); its `__qualname__` stays `sqrt`.
            (name, it.builtin_fn_sig(name, &format!("math.{name}"), f, BuiltinKind::Function, sig))
        })
        .collect();
    entries.push((
        "__doc__",
        Value::str("This module provides access to the mathematical functions\ndefined by the C standard."),
    ));
    for (name, x) in [("pi", PI), ("e", E), ("tau", TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        entries.push((name, Value::float(x)));
    }
    entries
}

static ISCLOSE: KwSpec = KwSpec { names: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, minpos: 2, maxpos: 2 };

/// CPython's `PyFloat_AsDouble`, how every float parameter is read: a float (a subclass's value
/// without calling its `__float__`), an int, or an object whose type has `__float__` or else
/// `__index__`.
pub fn real(it: &mut Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f, _) => Ok(*f),
        Value::Int(i, _) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => big_to_f64(it, b),
        Value::Obj(o) => {
            if let Payload::Boxed(Value::Float(f, _)) = &o.payload {
                return Ok(*f);
            }
            let t = o.class();
            if let Some(m) = it.lookup_special(&t, "__float__") {
                let r = it.call_bound(&m, v, vec![], vec![])?;
                return match unbox(&r) {
                    Value::Float(f, _) => Ok(f),
                    _ => {
                        let (tn, rn) = (it.type_name(v), it.type_name(&r));
                        it.type_error(format!("{tn}.__float__ returned non-float (type {rn})"))
                    }
                };
            }
            if it.lookup_special(&t, "__index__").is_some() {
                let i = index(it, v)?;
                return big_to_f64(it, &i);
            }
            not_real(it, v)
        }
        _ => not_real(it, v),
    }
}

fn not_real<T>(it: &mut Interp, v: &Value) -> PyResult<T> {
    let tn = it.type_name(v);
    it.type_error(format!("must be real number, not {tn}"))
}

/// Runs a one-argument function (CPython's `METH_O`), which holds a level of the recursion
/// limit while it runs, as in CPython (`Interp::c_level`): a `__float__` that calls back into
/// `math.sqrt` fails at the same depth.
pub fn meth_o(
    it: &mut Interp,
    args: &[Value],
    f: impl FnOnce(&mut Interp, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    it.c_level(CALLING, |it| f(it, arg(args, 0)))
}

/// `PyLong_AsDouble`: correctly rounded, or OverflowError past the floats.
pub fn big_to_f64(it: &mut Interp, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => it.err("OverflowError", "int too large to convert to float"),
    }
}

/// An int's value (a subclass's too), if `v` is one.
pub fn int_value(v: &Value) -> Option<BigInt> {
    match unbox(v) {
        Value::Int(i, _) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(b))),
        Value::BigInt(b) => Some((*b).clone()),
        _ => None,
    }
}

/// CPython's `PyNumber_Index`, how the integer functions read their arguments: an int (a
/// subclass's value without calling its `__index__`) or an object with `__index__`.
pub fn index(it: &mut Interp, v: &Value) -> PyResult<BigInt> {
    let i = super::operator::number_index(it, v)?;
    Ok(int_value(&i).unwrap_or_default())
}

/// `ValueError: math domain error`: no real result (`sqrt(-1)`) or a pole (`log(0)`).
pub fn domain_error<T>(it: &mut Interp) -> PyResult<T> {
    it.value_error("math domain error")
}

/// `OverflowError: math range error`: a finite result too large for a float.
fn range_error<T>(it: &mut Interp) -> PyResult<T> {
    it.err("OverflowError", "math range error")
}

/// CPython's `math_1`: applies a C function and turns a NaN from a non-NaN into a domain error,
/// and an infinity from a finite argument into a range error (`can_overflow`: `exp(1000)`) or
/// a domain error (a pole: `atanh(1)`).
fn math_1(it: &mut Interp, x: &Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = real(it, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error(it);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error(it) } else { domain_error(it) };
    }
    Ok(Value::float(r))
}

/// CPython's `math_2` for `atan2`, `copysign`, `remainder`: a NaN from non-NaNs is a domain
/// error, an infinity from finite arguments a range error.
fn math_2(it: &mut Interp, args: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let x = real(it, arg(args, 0))?;
    let y = real(it, arg(args, 1))?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error(it);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range_error(it);
    }
    Ok(Value::float(r))
}

/// The one-argument C functions, each with whether an infinite result from a finite argument
/// is an overflow (`exp`) or a pole (`atanh(1)`).
macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {$(
        pub(super) fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
            meth_o(it, &args, |it, x| math_1(it, x, $f, $overflow))
        }
    )*};
}

unary! {
    acos => f64::acos, false;
    acosh => c_acosh, false;
    asin => f64::asin, false;
    asinh => c_asinh, false;
    atan => f64::atan, false;
    atanh => c_atanh, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

const LN2: f64 = std::f64::consts::LN_2;

/// The upper 32 bits of `|x|`, which fdlibm's branches compare (so `> 2.0` there means from
/// the next value of those bits up).
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) & 0x7fff_ffff) as u32
}

/// The C library's `asinh` (fdlibm's method, which glibc's and musl's share; Rust's own
/// `f64::asinh` computes it differently and can differ in the last bit).
fn c_asinh(x: f64) -> f64 {
    let (a, hw) = (x.abs(), high_word(x));
    // Infinities, NaNs, and |x| < 2**-28 (where asinh(x) rounds to x).
    if !(0x3e30_0000..0x7ff0_0000).contains(&hw) {
        return x;
    }
    let w = if hw > 0x41b0_0000 {
        // |x| > 2**28
        a.ln() + LN2
    } else if hw > 0x4000_0000 {
        // 2 < |x| <= 2**28
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// The C library's `acosh` (fdlibm's method, with glibc's exact comparisons).
fn c_acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 268_435_456.0 {
        // x >= 2**28, or infinite
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    if x == 1.0 {
        return 0.0;
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// The C library's `atanh` (glibc's method).
fn c_atanh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() {
        return x;
    }
    let t = if a < 0.5 {
        if high_word(x) < 0x3e30_0000 {
            // |x| < 2**-28: atanh(x) rounds to x.
            return x;
        }
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else if a < 1.0 {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    } else if a > 1.0 {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

fn atan2(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    math_2(it, &args, m_atan2)
}

/// CPython's `m_atan2`: the infinities and zeros by C99's Annex F on every platform.
fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = x.is_sign_positive();
    if y.is_infinite() {
        if x.is_infinite() {
            return (if x_positive { 0.25 * PI } else { 0.75 * PI }).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return (if x_positive { 0.0 } else { PI }).copysign(y);
    }
    y.atan2(x)
}

fn copysign(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    math_2(it, &args, f64::copysign)
}

fn remainder(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    math_2(it, &args, m_remainder)
}

/// IEEE 754's remainder: `x - n*y` for the integer `n` nearest `x/y` (the even one on a tie),
/// always exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    // `m` against half of `ay`, compared as `m` against `ay - m` (which is exact where it
    // matters, while `0.5 * ay` may not be).
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: `m` if the quotient is even, `-m` if odd.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    1.0f64.copysign(x) * r
}

fn fmod(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let x = real(it, arg(&args, 0))?;
    let y = real(it, arg(&args, 1))?;
    // fmod(x, ±inf) is x for a finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error(it);
    }
    Ok(Value::float(r))
}

fn pow(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let x = real(it, arg(&args, 0))?;
    let y = real(it, arg(&args, 1))?;
    let r = if !x.is_finite() || !y.is_finite() {
        // The special values by C99, whatever the platform's `pow` does.
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            // (negative) ** (non-integer)
            return domain_error(it);
        }
        if r.is_infinite() {
            // 0.0 ** negative is a pole; anything else overflowed.
            return if x == 0.0 { domain_error(it) } else { range_error(it) };
        }
        r
    };
    Ok(Value::float(r))
}

fn degrees(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::float(real(it, x)? * (180.0 / PI))))
}

fn radians(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::float(real(it, x)? * (PI / 180.0))))
}

pub(super) fn isfinite(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::Bool(real(it, x)?.is_finite())))
}

fn isinf(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::Bool(real(it, x)?.is_infinite())))
}

fn isnan(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::Bool(real(it, x)?.is_nan())))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: Boost's "weak" test.
fn isclose(it: &mut Interp, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    // The call's keywords were checked against `ISCLOSE`; put `a` and `b` in their places.
    for name in ["a", "b"] {
        if let Some(v) = super::builtins::take_kw(&mut kwargs, name) {
            args.push(v);
        }
    }
    let a = real(it, arg(&args, 0))?;
    let b = real(it, arg(&args, 1))?;
    let rel_tol = match super::builtins::take_kw(&mut kwargs, "rel_tol") {
        Some(v) => real(it, &v)?,
        None => 1e-9,
    };
    let abs_tol = match super::builtins::take_kw(&mut kwargs, "abs_tol") {
        Some(v) => real(it, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return it.value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

/// A float made an int by `floor`/`ceil`: CPython's `PyLong_FromDouble`.
pub fn float_to_int(it: &mut Interp, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return it.value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return it.err("OverflowError", "cannot convert float infinity to integer");
    }
    match f.to_i64() {
        Some(i) if (i as f64) == f => Ok(Value::int(i)),
        _ => Ok(Value::from_bigint(super::format::float_to_bigint(f))),
    }
}

/// `floor`, `ceil`: an exact float directly; otherwise the type's `__floor__`/`__ceil__`
/// (an int's returns itself, a user class's is called), or else the value as a float.
fn round_with(it: &mut Interp, x: &Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Value::Float(v, _) = x {
        return float_to_int(it, f(*v));
    }
    let t = it.type_of(x);
    if let Some(m) = it.lookup_special(&t, dunder) {
        return it.call_bound(&m, x, vec![], vec![]);
    }
    let v = real(it, x)?;
    float_to_int(it, f(v))
}

pub(super) fn floor(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| round_with(it, x, "__floor__", f64::floor))
}

pub(super) fn ceil(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| round_with(it, x, "__ceil__", f64::ceil))
}

/// `trunc`: an exact float directly, anything else through its type's `__trunc__` (there is no
/// fallback to `__float__`).
fn trunc(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, trunc_of)
}

fn trunc_of(it: &mut Interp, x: &Value) -> PyResult<Value> {
    if let Value::Float(v, _) = x {
        return float_to_int(it, v.trunc());
    }
    let t = it.type_of(x);
    match it.lookup_special(&t, "__trunc__") {
        Some(m) => it.call_bound(&m, x, vec![], vec![]),
        None => {
            let tn = it.type_name(x);
            it.type_error(format!("type {tn} doesn't define __trunc__ method"))
        }
    }
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1` (`(x, 0)` for zeros,
/// infinities and NaNs).
fn frexp(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| {
        let (m, e) = split_exponent(real(it, x)?);
        Ok(it.tuple(vec![Value::float(m), Value::int(i64::from(e))]))
    })
}

/// C's `frexp`, from the bits.
pub fn split_exponent(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exactly, by 2**54).
        let (m, e) = split_exponent(x * f64::from_bits((1023 + 54) << 52));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// `2**k` for `k` in the floats' range (`-1074..=1023`), exactly.
pub fn pow2(k: i32) -> f64 {
    if k >= -1022 {
        f64::from_bits(((0x3ff + k) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `ldexp(x, i)`: `x * 2**i`, correctly rounded; `i` must be an int.
fn ldexp(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let x = real(it, arg(&args, 0))?;
    let Some(i) = int_value(arg(&args, 1)) else {
        return it.type_error("Expected an int as second argument to ldexp.");
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Past ±10000 every finite nonzero float overflows or underflows alike.
    let n = i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }).clamp(-10_000, 10_000);
    let r = scale_by_power_of_two(x, n as i32);
    if r.is_infinite() {
        return range_error(it);
    }
    Ok(Value::float(r))
}

/// C's `scalbn`: `x * 2**n` with one rounding, also into the subnormals.
fn scale_by_power_of_two(x: f64, mut n: i32) -> f64 {
    let mut y = x;
    if n > 1023 {
        for _ in 0..2 {
            if n > 1023 {
                y *= pow2(1023);
                n -= 1023;
            }
        }
        n = n.min(1023);
    } else if n < -1022 {
        // Steps of 2**-969 keep the final multiplication the only one that rounds.
        for _ in 0..2 {
            if n < -1022 {
                y *= pow2(-969);
                n += 969;
            }
        }
        n = n.max(-1022);
    }
    y * pow2(n)
}

/// `modf(x)`: the fractional and integral parts, both with the sign of `x`.
fn modf(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| {
        let x = real(it, x)?;
        let (frac, int) = if x.is_infinite() {
            (0.0f64.copysign(x), x)
        } else if x.is_nan() {
            (x, x)
        } else {
            let int = x.trunc();
            ((x - int).copysign(x), int)
        };
        Ok(it.tuple(vec![Value::float(frac), Value::float(int)]))
    })
}

/// `log(x[, base])`, with CPython's own argument checks (its optional group).
pub(super) fn log(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "log", &kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return it.type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_of(it, arg(&args, 0), m_log)?;
    let Some(base) = args.get(1) else { return Ok(Value::float(num)) };
    let den = log_of(it, base, m_log)?;
    if den == 0.0 {
        return it.err("ZeroDivisionError", "float division by zero");
    }
    Ok(Value::float(num / den))
}

fn log2(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::float(log_of(it, x, m_log2)?)))
}

fn log10(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| Ok(Value::float(log_of(it, x, m_log10)?)))
}

/// CPython's `loghelper`: an int of any size by its own value (`log(10**400)` works, from
/// `m * 2**e`), anything else as a float through `math_1`'s rules.
fn log_of(it: &mut Interp, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let Some(i) = int_value(x) else {
        let Value::Float(r, _) = math_1(it, x, f, false)? else { unreachable!() };
        return Ok(r);
    };
    if !i.is_positive() {
        return domain_error(it);
    }
    match i.to_f64() {
        Some(v) if v.is_finite() => Ok(f(v)),
        _ => {
            let (m, e) = big_split_exponent(&i);
            Ok(f(m) + f(2.0) * e as f64)
        }
    }
}

/// `_PyLong_Frexp` for a positive int: `(m, e)` with `m` in `[0.5, 1)` correctly rounded to a
/// float's 53 bits and `i ≈ m * 2**e`.
fn big_split_exponent(i: &BigInt) -> (f64, u64) {
    let bits = i.bits();
    if bits <= 64 {
        let v = i.to_u64().unwrap_or(0) as f64;
        let (m, e) = split_exponent(v);
        return (m, e as u64);
    }
    // The top 64 bits, with the lowest set if anything below them is: rounding that to 53 bits
    // rounds the whole int.
    let shift = bits - 64;
    let top = (i >> shift).to_u64().unwrap_or(0);
    let sticky = i.trailing_zeros().is_some_and(|z| z < shift);
    let m = (top | u64::from(sticky)) as f64 / f64::from_bits((1023 + 64) << 52);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// CPython's `m_log`: the logarithm with C99's special values on every platform.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log2()
    } else {
        m_log(x)
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log10()
    } else {
        m_log(x)
    }
}

/// `nextafter(x, y)`: the float next to `x` towards `y`.
fn nextafter(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let x = real(it, arg(&args, 0))?;
    let y = real(it, arg(&args, 1))?;
    let r = if x.is_nan() || y.is_nan() {
        x + y
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    };
    Ok(Value::float(r))
}

/// `ulp(x)`: the value of the last bit of `abs(x)`.
fn ulp(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    meth_o(it, &args, |it, x| {
        let x = real(it, x)?.abs();
        let r = if !x.is_finite() {
            x
        } else if x == f64::MAX {
            x - x.next_down()
        } else {
            x.next_up() - x
        };
        Ok(Value::float(r))
    })
}
