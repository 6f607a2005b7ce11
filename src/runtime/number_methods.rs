//! The number protocol methods of `int` and `float` beyond the binary operators (`__abs__`,
//! `__round__`, `__divmod__`, `__float__`, `__trunc__`, ...) and their plain methods
//! (`bit_count`, `as_integer_ratio`, `hex`). Builtins like `abs()` compute native values
//! directly; these are what a subclass of `int` or `float` inherits and what an explicit
//! `int.__abs__(x)` calls.

use super::builtins::arity;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::methods::reg_sig;
use super::methods_types::unbox;
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::UnaryOp;

pub fn install(it: &mut Interp) {
    let int = it.t.int.clone();
    let int_methods: &[(&str, NativeFn)] = &[
        ("__abs__", num_abs),
        ("__pos__", num_pos),
        ("__invert__", int_invert),
        ("__round__", num_round),
        ("__divmod__", num_divmod),
        ("__rdivmod__", num_rdivmod),
        ("__float__", int_float),
        ("bit_count", int_bit_count),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    for (name, f) in int_methods {
        reg_sig(it, &int, name, BuiltinKind::Method, sig_of(name), *f);
    }
    let float = it.t.float.clone();
    let float_methods: &[(&str, NativeFn)] = &[
        ("__abs__", num_abs),
        ("__pos__", num_pos),
        ("__round__", num_round),
        ("__divmod__", num_divmod),
        ("__rdivmod__", num_rdivmod),
        ("__int__", float_trunc),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("hex", float_hex),
    ];
    for (name, f) in float_methods {
        reg_sig(it, &float, name, BuiltinKind::Method, sig_of(name), *f);
    }
}

/// The plain methods here take no arguments; the dunders check their own.
fn sig_of(name: &str) -> Sig {
    if name.starts_with("__") {
        Sig::Any
    } else {
        Sig::NoArgs
    }
}

/// The receiver's number (a subclass instance unboxed), checking the method takes no arguments.
fn receiver(it: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len().saturating_sub(1);
        return it.type_error(format!("{name}() takes no arguments ({n} given)"));
    }
    Ok(unbox(arg(args, 0)))
}

fn num_abs(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "__abs__")?;
    super::builtins::b_abs(it, vec![v], kw)
}

fn num_pos(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "__pos__")?;
    it.unary_op(UnaryOp::UAdd, v)
}

fn int_invert(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "__invert__")?;
    it.unary_op(UnaryOp::Invert, v)
}

fn num_round(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    arity(it, "__round__", &args, 1, 2)?;
    let mut a = args;
    a[0] = unbox(&a[0]);
    super::builtins::b_round(it, a, kw)
}

/// `divmod` of two numbers the receiver's type takes (else NotImplemented), `reflected` for
/// `__rdivmod__`.
fn divmod_impl(it: &mut Interp, args: &[Value], name: &str, reflected: bool) -> PyResult<Value> {
    arity(it, name, args, 2, 2)?;
    let (this, other) = (unbox(arg(args, 0)), unbox(arg(args, 1)));
    let int_like = |v: &Value| matches!(v, Value::Int(..) | Value::BigInt(_) | Value::Bool(_));
    let takes = int_like(&other) || (matches!(this, Value::Float(..)) && matches!(other, Value::Float(..)));
    if !takes {
        return Ok(it.not_implemented());
    }
    let pair = if reflected { vec![other, this] } else { vec![this, other] };
    super::builtins::b_divmod(it, pair, vec![])
}

fn num_divmod(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    divmod_impl(it, &args, "__divmod__", false)
}

fn num_rdivmod(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    divmod_impl(it, &args, "__rdivmod__", true)
}

fn int_float(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "__float__")?;
    match super::numbers::to_f64(&v).filter(|f| f.is_finite()) {
        Some(f) => Ok(Value::float(f)),
        None => it.err("OverflowError", "int too large to convert to float"),
    }
}

/// `int(x)` of a float made integral by `round` (truncate, floor or ceil).
fn float_to_int(it: &mut Interp, args: &[Value], name: &str, round: fn(f64) -> f64) -> PyResult<Value> {
    let v = receiver(it, args, name)?;
    let Value::Float(f, _) = v else { return it.type_error(format!("descriptor '{name}' requires a 'float' object")) };
    let int = Value::Obj(it.t.int.clone());
    it.call(&int, vec![Value::float(round(f))], vec![])
}

fn float_trunc(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    float_to_int(it, &args, "__trunc__", f64::trunc)
}

fn float_floor(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    float_to_int(it, &args, "__floor__", f64::floor)
}

fn float_ceil(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    float_to_int(it, &args, "__ceil__", f64::ceil)
}

fn int_bit_count(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "bit_count")?;
    let n = super::numbers::to_big(&v).unwrap_or_default();
    let ones: u64 = n.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::int(ones as i64))
}

fn int_as_integer_ratio(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "as_integer_ratio")?;
    let n = match v {
        Value::Bool(b) => Value::int(b as i64),
        other => other,
    };
    Ok(it.tuple(vec![n, Value::int(1)]))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for zero and subnormals), as C's `%a`.
fn float_hex(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(it, &args, "hex")?;
    let Value::Float(f, _) = v else { return it.type_error("descriptor 'hex' requires a 'float' object") };
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f < 0.0 { "-inf" } else { "inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::str(&format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e < 0 { '-' } else { '+' };
    Ok(Value::str(&format!("{sign}0x{lead}.{mantissa:013x}p{esign}{}", e.abs())))
}
