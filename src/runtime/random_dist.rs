//! `random.Random`'s real-valued distributions (`uniform` ... `weibullvariate`), each the
//! operator applications, `math` calls and `self.random()` calls of `Lib/random.py` in its
//! order: on floats the same IEEE operations, so seeded results are CPython's bits (natively,
//! where `math`'s `log`, `exp`, `cos`, ... are the C library's, as CPython's are), and on other
//! numbers (an int subclass, a class with `__add__`) the same dunder calls.

use super::function::{Kwargs, NativeFn};
use super::interp::Interp;
use super::random::{call_method, lookup, op, params, test, Meth};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

// random.py's constants, as CPython computes them (so the wasm build's `exp` cannot move a bit).
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
const LOG4: f64 = 1.386_294_361_119_890_6;
const SG_MAGICCONST: f64 = 2.504_077_396_776_274;
const TWOPI: f64 = std::f64::consts::TAU;

fn fl(x: f64) -> Value {
    Value::float(x)
}

fn add(it: &mut Interp, a: &Value, b: &Value) -> PyResult<Value> {
    op(it, BinOp::Add, a, b)
}

fn sub(it: &mut Interp, a: &Value, b: &Value) -> PyResult<Value> {
    op(it, BinOp::Sub, a, b)
}

fn mul(it: &mut Interp, a: &Value, b: &Value) -> PyResult<Value> {
    op(it, BinOp::Mult, a, b)
}

fn div(it: &mut Interp, a: &Value, b: &Value) -> PyResult<Value> {
    op(it, BinOp::Div, a, b)
}

fn neg(it: &mut Interp, a: Value) -> PyResult<Value> {
    it.unary_op(UnaryOp::USub, a)
}

/// A `math` function of one argument, with its argument conversion and errors.
fn math(it: &mut Interp, f: NativeFn, x: Value) -> PyResult<Value> {
    f(it, vec![x], vec![])
}

pub fn floor(it: &mut Interp, x: &Value) -> PyResult<Value> {
    math(it, super::math::floor, x.clone())
}

fn log(it: &mut Interp, x: Value) -> PyResult<Value> {
    math(it, super::math::log, x)
}

fn mu_sigma(it: &mut Interp, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<(Value, Value, Value)> {
    let (me, [_, mu, sigma]) = params(it, name, &["self", "mu", "sigma"], 1, &[], args, kwargs)?;
    Ok((me, mu.unwrap_or(fl(0.0)), sigma.unwrap_or(fl(1.0))))
}

/// Two required parameters.
fn two(it: &mut Interp, name: &str, names: [&str; 2], args: Vec<Value>, kwargs: Kwargs) -> PyResult<[Value; 3]> {
    let (me, [_, a, b]) = params(it, name, &["self", names[0], names[1]], 3, &[], args, kwargs)?;
    Ok([me, a.unwrap_or(Value::None), b.unwrap_or(Value::None)])
}

/// `uniform(a, b)`: `a + (b - a) * self.random()`.
pub fn uniform(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, a, b] = two(it, "uniform", ["a", "b"], args, kwargs)?;
    let width = sub(it, &b, &a)?;
    let u = call_method(it, &me, "random", vec![])?;
    let d = mul(it, &width, &u)?;
    add(it, &a, &d)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, low, high, mode]) = params(it, "triangular", &["self", "low", "high", "mode"], 1, &[], args, kwargs)?;
    let (mut low, mut high) = (low.unwrap_or(fl(0.0)), high.unwrap_or(fl(1.0)));
    let mut u = call_method(it, &me, "random", vec![])?;
    let c = match mode.filter(|m| !m.is_none()) {
        None => Ok(fl(0.5)),
        Some(mode) => (|| {
            let a = sub(it, &mode, &low)?;
            let b = sub(it, &high, &low)?;
            div(it, &a, &b)
        })(),
    };
    let mut c = match c {
        Err(e) if it.is_exc(&e, "ZeroDivisionError") => return Ok(low),
        c => c?,
    };
    if test(it, CmpOp::Gt, &u, &c)? {
        u = sub(it, &fl(1.0), &u)?;
        c = sub(it, &fl(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let width = sub(it, &high, &low)?;
    let uc = mul(it, &u, &c)?;
    let root = math(it, super::math::sqrt, uc)?;
    let d = mul(it, &width, &root)?;
    add(it, &low, &d)
}

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio of uniforms.
pub fn normalvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, mu, sigma) = mu_sigma(it, "normalvariate", args, kwargs)?;
    normal(it, &me, &mu, &sigma)
}

fn normal(it: &mut Interp, me: &Value, mu: &Value, sigma: &Value) -> PyResult<Value> {
    let random = lookup(it, me, "random")?;
    let z = loop {
        it.step()?;
        let u1 = random.call(it, me, vec![])?;
        let r = random.call(it, me, vec![])?;
        let u2 = sub(it, &fl(1.0), &r)?;
        let t = sub(it, &u1, &fl(0.5))?;
        let t = mul(it, &fl(NV_MAGICCONST), &t)?;
        let z = div(it, &t, &u2)?;
        let zz = mul(it, &z, &z)?;
        let zz = div(it, &zz, &fl(4.0))?;
        let l = log(it, u2)?;
        let l = neg(it, l)?;
        if test(it, CmpOp::LtE, &zz, &l)? {
            break z;
        }
    };
    let d = mul(it, &z, sigma)?;
    add(it, mu, &d)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box–Muller, two values per pair of `random()` calls, the
/// second kept in `self.gauss_next`.
pub fn gauss(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, mu, sigma) = mu_sigma(it, "gauss", args, kwargs)?;
    let random = lookup(it, &me, "random")?;
    let next: Rc<str> = Rc::from("gauss_next");
    let mut z = it.getattr(&me, &next)?;
    it.setattr(&me, &next, Value::None)?;
    if z.is_none() {
        let r = random.call(it, &me, vec![])?;
        let x2pi = mul(it, &r, &fl(TWOPI))?;
        let r = random.call(it, &me, vec![])?;
        let d = sub(it, &fl(1.0), &r)?;
        let l = log(it, d)?;
        let l = mul(it, &fl(-2.0), &l)?;
        let g2rad = math(it, super::math::sqrt, l)?;
        let c = math(it, super::math::cos, x2pi.clone())?;
        z = mul(it, &c, &g2rad)?;
        let s = math(it, super::math::sin, x2pi)?;
        let s = mul(it, &s, &g2rad)?;
        it.setattr(&me, &next, s)?;
    }
    let d = mul(it, &z, &sigma)?;
    add(it, &mu, &d)
}

/// `lognormvariate(mu, sigma)`: `exp(self.normalvariate(mu, sigma))`.
pub fn lognormvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, mu, sigma] = two(it, "lognormvariate", ["mu", "sigma"], args, kwargs)?;
    let n = call_method(it, &me, "normalvariate", vec![mu, sigma])?;
    math(it, super::math::exp, n)
}

/// `expovariate(lambd)`: `-log(1.0 - self.random()) / lambd`.
pub fn expovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, lambd]) = params(it, "expovariate", &["self", "lambd"], 2, &[], args, kwargs)?;
    let r = call_method(it, &me, "random", vec![])?;
    let d = sub(it, &fl(1.0), &r)?;
    let l = log(it, d)?;
    let l = neg(it, l)?;
    div(it, &l, &lambd.unwrap_or(Value::None))
}

/// `vonmisesvariate(mu, kappa)`: Fisher's method for the circular normal distribution.
pub fn vonmisesvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, mu, kappa] = two(it, "vonmisesvariate", ["mu", "kappa"], args, kwargs)?;
    let random = lookup(it, &me, "random")?;
    if test(it, CmpOp::LtE, &kappa, &fl(1e-6))? {
        let r = random.call(it, &me, vec![])?;
        return mul(it, &fl(TWOPI), &r);
    }
    let s = div(it, &fl(0.5), &kappa)?;
    let ss = mul(it, &s, &s)?;
    let t = add(it, &fl(1.0), &ss)?;
    let t = math(it, super::math::sqrt, t)?;
    let r = add(it, &s, &t)?;
    let z = loop {
        it.step()?;
        let u1 = random.call(it, &me, vec![])?;
        let t = mul(it, &fl(std::f64::consts::PI), &u1)?;
        let z = math(it, super::math::cos, t)?;
        let rz = add(it, &r, &z)?;
        let d = div(it, &z, &rz)?;
        let u2 = random.call(it, &me, vec![])?;
        let dd = mul(it, &d, &d)?;
        let bound = sub(it, &fl(1.0), &dd)?;
        if test(it, CmpOp::Lt, &u2, &bound)? {
            break z;
        }
        let t = sub(it, &fl(1.0), &d)?;
        let e = math(it, super::math::exp, d)?;
        let bound = mul(it, &t, &e)?;
        if test(it, CmpOp::LtE, &u2, &bound)? {
            break z;
        }
    };
    let q = div(it, &fl(1.0), &r)?;
    let num = add(it, &q, &z)?;
    let qz = mul(it, &q, &z)?;
    let den = add(it, &fl(1.0), &qz)?;
    let f = div(it, &num, &den)?;
    let u3 = random.call(it, &me, vec![])?;
    let upper = test(it, CmpOp::Gt, &u3, &fl(0.5))?;
    let a = math(it, super::math::acos, f)?;
    let theta = op(it, if upper { BinOp::Add } else { BinOp::Sub }, &mu, &a)?;
    op(it, BinOp::Mod, &theta, &fl(TWOPI))
}

/// `gammavariate(alpha, beta)`: Cheng's method for alpha > 1, an exponential for alpha == 1,
/// Kennedy and Gentle's algorithm GS below.
pub fn gammavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, alpha, beta] = two(it, "gammavariate", ["alpha", "beta"], args, kwargs)?;
    gamma(it, &me, &alpha, &beta)
}

fn gamma(it: &mut Interp, me: &Value, alpha: &Value, beta: &Value) -> PyResult<Value> {
    if test(it, CmpOp::LtE, alpha, &fl(0.0))? || test(it, CmpOp::LtE, beta, &fl(0.0))? {
        return it.value_error("gammavariate: alpha and beta must be > 0.0");
    }
    let random = lookup(it, me, "random")?;
    if test(it, CmpOp::Gt, alpha, &fl(1.0))? {
        return cheng(it, me, &random, alpha, beta);
    }
    if test(it, CmpOp::Eq, alpha, &fl(1.0))? {
        let r = random.call(it, me, vec![])?;
        let d = sub(it, &fl(1.0), &r)?;
        let l = log(it, d)?;
        let l = neg(it, l)?;
        return mul(it, &l, beta);
    }
    let e = fl(std::f64::consts::E);
    let x = loop {
        it.step()?;
        let u = random.call(it, me, vec![])?;
        let b = add(it, &e, alpha)?;
        let b = div(it, &b, &e)?;
        let p = mul(it, &b, &u)?;
        let small = test(it, CmpOp::LtE, &p, &fl(1.0))?;
        let x = if small {
            let inv = div(it, &fl(1.0), alpha)?;
            op(it, BinOp::Pow, &p, &inv)?
        } else {
            let t = sub(it, &b, &p)?;
            let t = div(it, &t, alpha)?;
            let l = log(it, t)?;
            neg(it, l)?
        };
        let u1 = random.call(it, me, vec![])?;
        let bound = if test(it, CmpOp::Gt, &p, &fl(1.0))? {
            let a1 = sub(it, alpha, &fl(1.0))?;
            op(it, BinOp::Pow, &x, &a1)?
        } else {
            let nx = neg(it, x.clone())?;
            math(it, super::math::exp, nx)?
        };
        if test(it, CmpOp::LtE, &u1, &bound)? {
            break x;
        }
    };
    mul(it, &x, beta)
}

/// Cheng's rejection method (alpha > 1).
fn cheng(it: &mut Interp, me: &Value, random: &Meth, alpha: &Value, beta: &Value) -> PyResult<Value> {
    let t = mul(it, &fl(2.0), alpha)?;
    let t = sub(it, &t, &fl(1.0))?;
    let ainv = math(it, super::math::sqrt, t)?;
    let bbb = sub(it, alpha, &fl(LOG4))?;
    let ccc = add(it, alpha, &ainv)?;
    loop {
        it.step()?;
        let u1 = random.call(it, me, vec![])?;
        if !(test(it, CmpOp::Lt, &fl(1e-7), &u1)? && test(it, CmpOp::Lt, &u1, &fl(0.999_999_9))?) {
            continue;
        }
        let r = random.call(it, me, vec![])?;
        let u2 = sub(it, &fl(1.0), &r)?;
        let t = sub(it, &fl(1.0), &u1)?;
        let t = div(it, &u1, &t)?;
        let l = log(it, t)?;
        let v = div(it, &l, &ainv)?;
        let e = math(it, super::math::exp, v.clone())?;
        let x = mul(it, alpha, &e)?;
        let z = mul(it, &u1, &u1)?;
        let z = mul(it, &z, &u2)?;
        let cv = mul(it, &ccc, &v)?;
        let r = add(it, &bbb, &cv)?;
        let r = sub(it, &r, &x)?;
        let t = add(it, &r, &fl(SG_MAGICCONST))?;
        let z45 = mul(it, &fl(4.5), &z)?;
        let t = sub(it, &t, &z45)?;
        if test(it, CmpOp::GtE, &t, &fl(0.0))? {
            return mul(it, &x, beta);
        }
        let lz = log(it, z)?;
        if test(it, CmpOp::GtE, &r, &lz)? {
            return mul(it, &x, beta);
        }
    }
}

/// `betavariate(alpha, beta)`: from two gamma variates, through `self.gammavariate`.
pub fn betavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, alpha, beta] = two(it, "betavariate", ["alpha", "beta"], args, kwargs)?;
    let y = call_method(it, &me, "gammavariate", vec![alpha, fl(1.0)])?;
    if !it.truthy(&y)? {
        return Ok(fl(0.0));
    }
    let g = call_method(it, &me, "gammavariate", vec![beta, fl(1.0)])?;
    let den = add(it, &y, &g)?;
    div(it, &y, &den)
}

/// `paretovariate(alpha)`: `(1.0 - self.random()) ** (-1.0 / alpha)`.
pub fn paretovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, alpha]) = params(it, "paretovariate", &["self", "alpha"], 2, &[], args, kwargs)?;
    let r = call_method(it, &me, "random", vec![])?;
    let u = sub(it, &fl(1.0), &r)?;
    let e = div(it, &fl(-1.0), &alpha.unwrap_or(Value::None))?;
    op(it, BinOp::Pow, &u, &e)
}

/// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - self.random())) ** (1.0 / beta)`.
pub fn weibullvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, alpha, beta] = two(it, "weibullvariate", ["alpha", "beta"], args, kwargs)?;
    let r = call_method(it, &me, "random", vec![])?;
    let u = sub(it, &fl(1.0), &r)?;
    let l = log(it, u)?;
    let l = neg(it, l)?;
    let e = div(it, &fl(1.0), &beta)?;
    let p = op(it, BinOp::Pow, &l, &e)?;
    mul(it, &alpha, &p)
}
