//! `random.Random`'s real-valued distributions (`uniform` ... `weibullvariate`), each the
//! operator applications, `math` calls and `self.random()` calls of `Lib/random.py` in its
//! order: on floats the same IEEE operations, so seeded results are CPython's bits (natively,
//! where `math`'s `log`, `exp`, `cos`, ... are the C library's, as CPython's are), and on other
//! numbers (an int subclass, a class with `__add__`) the same dunder calls.
//!
//! The formulas run on `Calc`, a few registers of values with one method per kind of step:
//! each line of random.py becomes one call with small operands, rather than inline clones and
//! drops of values, which cost the wasm build several times more code.

use super::function::{Kwargs, NativeFn};
use super::interp::Interp;
use super::random::{call_method, lookup, params, Meth};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;
use Arg::{F, R};
use BinOp::{Add, Div, Mod, Mult, Pow, Sub};
use CmpOp::{Gt, GtE, Lt, LtE};

// random.py's constants, as CPython computes them (so the wasm build's `exp` cannot move a bit).
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
const LOG4: f64 = 1.386_294_361_119_890_6;
const SG_MAGICCONST: f64 = 2.504_077_396_776_274;
const TWOPI: f64 = std::f64::consts::TAU;

/// An operand: a register or a float constant.
#[derive(Clone, Copy)]
enum Arg {
    R(u8),
    F(f64),
}

/// The method's parameters (registers 0, 1, ...) and its temporaries.
struct Calc {
    me: Value,
    /// `random = self.random`, once bound.
    random: Option<Meth>,
    r: [Value; 10],
}

impl Calc {
    /// Binds the call (`names` after `self`; `defaults` for the optional ones, in order;
    /// an optional one past them defaults to None).
    fn new(
        it: &mut Interp,
        name: &str,
        names: &[&str],
        required: usize,
        defaults: &[f64],
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Calc> {
        let (me, slots) = params(it, name, names, required, &[], args, kwargs)?;
        let mut r: [Value; 10] = std::array::from_fn(|_| Value::None);
        for (i, slot) in slots.into_iter().skip(1).take(names.len() - 1).enumerate() {
            r[i] = match slot {
                Some(v) => v,
                None => defaults.get((i + 1).saturating_sub(required)).map_or(Value::None, |d| Value::float(*d)),
            };
        }
        Ok(Calc { me, random: None, r })
    }

    fn arg(&self, a: Arg) -> Value {
        match a {
            R(i) => self.r[i as usize].clone(),
            F(x) => Value::float(x),
        }
    }

    fn take(&mut self, i: u8) -> Value {
        std::mem::replace(&mut self.r[i as usize], Value::None)
    }

    /// `dst = a OP b`.
    #[inline(never)]
    fn op(&mut self, it: &mut Interp, op: BinOp, a: Arg, b: Arg, dst: u8) -> PyResult<()> {
        self.r[dst as usize] = it.binary_op(op, self.arg(a), self.arg(b))?;
        Ok(())
    }

    /// `dst = -a`.
    fn neg(&mut self, it: &mut Interp, a: u8, dst: u8) -> PyResult<()> {
        self.r[dst as usize] = it.unary_op(UnaryOp::USub, self.arg(R(a)))?;
        Ok(())
    }

    /// `dst = math.f(a)`.
    #[inline(never)]
    fn math(&mut self, it: &mut Interp, f: NativeFn, a: Arg, dst: u8) -> PyResult<()> {
        self.r[dst as usize] = f(it, vec![self.arg(a)], vec![])?;
        Ok(())
    }

    /// `a OP b` as a condition.
    #[inline(never)]
    fn test(&mut self, it: &mut Interp, op: CmpOp, a: Arg, b: Arg) -> PyResult<bool> {
        super::random::test(it, op, &self.arg(a), &self.arg(b))
    }

    /// `random = self.random`.
    fn bind_random(&mut self, it: &mut Interp) -> PyResult<()> {
        self.random = Some(lookup(it, &self.me, "random")?);
        Ok(())
    }

    /// `dst = random()` (or `self.random()` where random.py does not bind it first).
    #[inline(never)]
    fn random(&mut self, it: &mut Interp, dst: u8) -> PyResult<()> {
        self.r[dst as usize] = match &self.random {
            Some(m) => m.call(it, &self.me, vec![])?,
            None => call_method(it, &self.me, "random", vec![])?,
        };
        Ok(())
    }

    /// `-log(1.0 - random())` into `dst`.
    fn minus_log_random(&mut self, it: &mut Interp, dst: u8) -> PyResult<()> {
        self.random(it, dst)?;
        self.op(it, Sub, F(1.0), R(dst), dst)?;
        self.math(it, super::math::log, R(dst), dst)?;
        self.neg(it, dst, dst)
    }
}

/// `uniform(a, b)`: `a + (b - a) * self.random()`.
pub fn uniform(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "uniform", &["self", "a", "b"], 3, &[], args, kwargs)?;
    c.op(it, Sub, R(1), R(0), 2)?;
    c.random(it, 3)?;
    c.op(it, Mult, R(2), R(3), 2)?;
    c.op(it, Add, R(0), R(2), 2)?;
    Ok(c.take(2))
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "triangular", &["self", "low", "high", "mode"], 1, &[0.0, 1.0], args, kwargs)?;
    let (low, high, mode, u, k) = (0, 1, 2, 3, 4);
    c.random(it, u)?;
    // c = 0.5 if mode is None else (mode - low) / (high - low); on ZeroDivisionError, low.
    let r = if c.r[mode as usize].is_none() {
        c.r[k as usize] = Value::float(0.5);
        Ok(())
    } else {
        c.op(it, Sub, R(mode), R(low), k).and_then(|_| c.op(it, Sub, R(high), R(low), 5)).and_then(|_| c.op(it, Div, R(k), R(5), k))
    };
    match r {
        Err(e) if it.is_exc(&e, "ZeroDivisionError") => return Ok(c.take(low)),
        r => r?,
    }
    if c.test(it, Gt, R(u), R(k))? {
        c.op(it, Sub, F(1.0), R(u), u)?;
        c.op(it, Sub, F(1.0), R(k), k)?;
        c.r.swap(low as usize, high as usize);
    }
    c.op(it, Sub, R(high), R(low), 5)?;
    c.op(it, Mult, R(u), R(k), 6)?;
    c.math(it, super::math::sqrt, R(6), 6)?;
    c.op(it, Mult, R(5), R(6), 5)?;
    c.op(it, Add, R(low), R(5), 5)?;
    Ok(c.take(5))
}

const MU_SIGMA: [&str; 3] = ["self", "mu", "sigma"];

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio of uniforms.
pub fn normalvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "normalvariate", &MU_SIGMA, 1, &[0.0, 1.0], args, kwargs)?;
    let (u1, u2, z, zz) = (2, 3, 4, 5);
    c.bind_random(it)?;
    loop {
        it.step()?;
        c.random(it, u1)?;
        c.random(it, u2)?;
        c.op(it, Sub, F(1.0), R(u2), u2)?;
        c.op(it, Sub, R(u1), F(0.5), z)?;
        c.op(it, Mult, F(NV_MAGICCONST), R(z), z)?;
        c.op(it, Div, R(z), R(u2), z)?;
        c.op(it, Mult, R(z), R(z), zz)?;
        c.op(it, Div, R(zz), F(4.0), zz)?;
        c.math(it, super::math::log, R(u2), 6)?;
        c.neg(it, 6, 6)?;
        if c.test(it, LtE, R(zz), R(6))? {
            break;
        }
    }
    mu_plus_z_sigma(it, c, z)
}

/// `mu + z * sigma`.
fn mu_plus_z_sigma(it: &mut Interp, c: &mut Calc, z: u8) -> PyResult<Value> {
    c.op(it, Mult, R(z), R(1), z)?;
    c.op(it, Add, R(0), R(z), z)?;
    Ok(c.take(z))
}

/// `gauss(mu=0.0, sigma=1.0)`: Box–Muller, two values per pair of `random()` calls, the
/// second kept in `self.gauss_next`.
pub fn gauss(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "gauss", &MU_SIGMA, 1, &[0.0, 1.0], args, kwargs)?;
    let (z, x2pi, g2rad, t) = (2, 3, 4, 5);
    c.bind_random(it)?;
    let next: Rc<str> = Rc::from("gauss_next");
    c.r[z as usize] = it.getattr(&c.me, &next)?;
    it.setattr(&c.me, &next, Value::None)?;
    if c.r[z as usize].is_none() {
        c.random(it, x2pi)?;
        c.op(it, Mult, R(x2pi), F(TWOPI), x2pi)?;
        c.minus_log_random(it, g2rad)?;
        c.op(it, Mult, F(2.0), R(g2rad), g2rad)?;
        c.math(it, super::math::sqrt, R(g2rad), g2rad)?;
        c.math(it, super::math::cos, R(x2pi), z)?;
        c.op(it, Mult, R(z), R(g2rad), z)?;
        c.math(it, super::math::sin, R(x2pi), t)?;
        c.op(it, Mult, R(t), R(g2rad), t)?;
        let second = c.take(t);
        it.setattr(&c.me, &next, second)?;
    }
    mu_plus_z_sigma(it, c, z)
}

/// `lognormvariate(mu, sigma)`: `exp(self.normalvariate(mu, sigma))`.
pub fn lognormvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "lognormvariate", &MU_SIGMA, 3, &[], args, kwargs)?;
    let args = vec![c.take(0), c.take(1)];
    let n = call_method(it, &c.me, "normalvariate", args)?;
    super::math::exp(it, vec![n], vec![])
}

/// `expovariate(lambd)`: `-log(1.0 - self.random()) / lambd`.
pub fn expovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "expovariate", &["self", "lambd"], 2, &[], args, kwargs)?;
    c.minus_log_random(it, 1)?;
    c.op(it, Div, R(1), R(0), 1)?;
    Ok(c.take(1))
}

/// `vonmisesvariate(mu, kappa)`: Fisher's method for the circular normal distribution.
pub fn vonmisesvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "vonmisesvariate", &["self", "mu", "kappa"], 3, &[], args, kwargs)?;
    let (mu, kappa, s, r, z, d, u2, t) = (0, 1, 2, 3, 4, 5, 6, 7);
    c.bind_random(it)?;
    if c.test(it, LtE, R(kappa), F(1e-6))? {
        c.random(it, t)?;
        c.op(it, Mult, F(TWOPI), R(t), t)?;
        return Ok(c.take(t));
    }
    c.op(it, Div, F(0.5), R(kappa), s)?;
    c.op(it, Mult, R(s), R(s), t)?;
    c.op(it, Add, F(1.0), R(t), t)?;
    c.math(it, super::math::sqrt, R(t), t)?;
    c.op(it, Add, R(s), R(t), r)?;
    loop {
        it.step()?;
        c.random(it, t)?;
        c.op(it, Mult, F(std::f64::consts::PI), R(t), t)?;
        c.math(it, super::math::cos, R(t), z)?;
        c.op(it, Add, R(r), R(z), d)?;
        c.op(it, Div, R(z), R(d), d)?;
        c.random(it, u2)?;
        // u2 < 1.0 - d * d or u2 <= (1.0 - d) * exp(d)
        c.op(it, Mult, R(d), R(d), t)?;
        c.op(it, Sub, F(1.0), R(t), t)?;
        if c.test(it, Lt, R(u2), R(t))? {
            break;
        }
        c.op(it, Sub, F(1.0), R(d), t)?;
        c.math(it, super::math::exp, R(d), s)?;
        c.op(it, Mult, R(t), R(s), t)?;
        if c.test(it, LtE, R(u2), R(t))? {
            break;
        }
    }
    // q = 1.0 / r; f = (q + z) / (1.0 + q * z)
    let (q, f) = (s, d);
    c.op(it, Div, F(1.0), R(r), q)?;
    c.op(it, Add, R(q), R(z), f)?;
    c.op(it, Mult, R(q), R(z), t)?;
    c.op(it, Add, F(1.0), R(t), t)?;
    c.op(it, Div, R(f), R(t), f)?;
    c.random(it, t)?;
    let upper = c.test(it, Gt, R(t), F(0.5))?;
    c.math(it, super::math::acos, R(f), f)?;
    c.op(it, if upper { Add } else { Sub }, R(mu), R(f), t)?;
    c.op(it, Mod, R(t), F(TWOPI), t)?;
    Ok(c.take(t))
}

/// `gammavariate(alpha, beta)`: Cheng's method for alpha > 1, an exponential for alpha == 1,
/// Kennedy and Gentle's algorithm GS below.
pub fn gammavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "gammavariate", &["self", "alpha", "beta"], 3, &[], args, kwargs)?;
    let (alpha, beta) = (0, 1);
    if c.test(it, LtE, R(alpha), F(0.0))? || c.test(it, LtE, R(beta), F(0.0))? {
        return it.value_error("gammavariate: alpha and beta must be > 0.0");
    }
    c.bind_random(it)?;
    let x = if c.test(it, Gt, R(alpha), F(1.0))? {
        cheng(it, c)?
    } else if c.test(it, CmpOp::Eq, R(alpha), F(1.0))? {
        c.minus_log_random(it, 2)?;
        2
    } else {
        algorithm_gs(it, c)?
    };
    c.op(it, Mult, R(x), R(beta), x)?;
    Ok(c.take(x))
}

/// Cheng's rejection method (alpha > 1); the register holding `x`.
fn cheng(it: &mut Interp, c: &mut Calc) -> PyResult<u8> {
    let (alpha, ainv, bbb, ccc, u1, u2, v, x, z, t) = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    // beta is not needed until the end: keep it where `x` will not go.
    c.r.swap(1, 9);
    c.op(it, Mult, F(2.0), R(alpha), ainv)?;
    c.op(it, Sub, R(ainv), F(1.0), ainv)?;
    c.math(it, super::math::sqrt, R(ainv), ainv)?;
    c.op(it, Sub, R(alpha), F(LOG4), bbb)?;
    c.op(it, Add, R(alpha), R(ainv), ccc)?;
    let beta = c.take(t);
    loop {
        it.step()?;
        c.random(it, u1)?;
        if !(c.test(it, Lt, F(1e-7), R(u1))? && c.test(it, Lt, R(u1), F(0.999_999_9))?) {
            continue;
        }
        c.random(it, u2)?;
        c.op(it, Sub, F(1.0), R(u2), u2)?;
        // v = log(u1 / (1.0 - u1)) / ainv; x = alpha * exp(v); z = u1 * u1 * u2
        c.op(it, Sub, F(1.0), R(u1), v)?;
        c.op(it, Div, R(u1), R(v), v)?;
        c.math(it, super::math::log, R(v), v)?;
        c.op(it, Div, R(v), R(ainv), v)?;
        c.math(it, super::math::exp, R(v), x)?;
        c.op(it, Mult, R(alpha), R(x), x)?;
        c.op(it, Mult, R(u1), R(u1), z)?;
        c.op(it, Mult, R(z), R(u2), z)?;
        // r = bbb + ccc * v - x (in u2)
        c.op(it, Mult, R(ccc), R(v), u2)?;
        c.op(it, Add, R(bbb), R(u2), u2)?;
        c.op(it, Sub, R(u2), R(x), u2)?;
        // r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= log(z)
        c.op(it, Add, R(u2), F(SG_MAGICCONST), t)?;
        c.op(it, Mult, F(4.5), R(z), v)?;
        c.op(it, Sub, R(t), R(v), t)?;
        if c.test(it, GtE, R(t), F(0.0))? {
            break;
        }
        c.math(it, super::math::log, R(z), t)?;
        if c.test(it, GtE, R(u2), R(t))? {
            break;
        }
    }
    c.r[1] = beta;
    Ok(x)
}

/// Algorithm GS (0 < alpha < 1); the register holding `x`.
fn algorithm_gs(it: &mut Interp, c: &mut Calc) -> PyResult<u8> {
    let (alpha, u, b, p, x, t) = (0, 2, 3, 4, 5, 6);
    let e = std::f64::consts::E;
    loop {
        it.step()?;
        c.random(it, u)?;
        c.op(it, Add, F(e), R(alpha), b)?;
        c.op(it, Div, R(b), F(e), b)?;
        c.op(it, Mult, R(b), R(u), p)?;
        if c.test(it, LtE, R(p), F(1.0))? {
            c.op(it, Div, F(1.0), R(alpha), t)?;
            c.op(it, Pow, R(p), R(t), x)?;
        } else {
            c.op(it, Sub, R(b), R(p), t)?;
            c.op(it, Div, R(t), R(alpha), t)?;
            c.math(it, super::math::log, R(t), x)?;
            c.neg(it, x, x)?;
        }
        c.random(it, u)?;
        if c.test(it, Gt, R(p), F(1.0))? {
            c.op(it, Sub, R(alpha), F(1.0), t)?;
            c.op(it, Pow, R(x), R(t), t)?;
        } else {
            c.neg(it, x, t)?;
            c.math(it, super::math::exp, R(t), t)?;
        }
        if c.test(it, LtE, R(u), R(t))? {
            return Ok(x);
        }
    }
}

/// `betavariate(alpha, beta)`: from two gamma variates, through `self.gammavariate`.
pub fn betavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "betavariate", &["self", "alpha", "beta"], 3, &[], args, kwargs)?;
    let args = vec![c.take(0), Value::float(1.0)];
    c.r[2] = call_method(it, &c.me, "gammavariate", args)?;
    if !it.truthy(&c.r[2])? {
        return Ok(Value::float(0.0));
    }
    let args = vec![c.take(1), Value::float(1.0)];
    c.r[3] = call_method(it, &c.me, "gammavariate", args)?;
    c.op(it, Add, R(2), R(3), 3)?;
    c.op(it, Div, R(2), R(3), 3)?;
    Ok(c.take(3))
}

/// `paretovariate(alpha)`: `(1.0 - self.random()) ** (-1.0 / alpha)`.
pub fn paretovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "paretovariate", &["self", "alpha"], 2, &[], args, kwargs)?;
    c.random(it, 1)?;
    c.op(it, Sub, F(1.0), R(1), 1)?;
    c.op(it, Div, F(-1.0), R(0), 2)?;
    c.op(it, Pow, R(1), R(2), 1)?;
    Ok(c.take(1))
}

/// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - self.random())) ** (1.0 / beta)`.
pub fn weibullvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "weibullvariate", &["self", "alpha", "beta"], 3, &[], args, kwargs)?;
    c.minus_log_random(it, 2)?;
    c.op(it, Div, F(1.0), R(1), 3)?;
    c.op(it, Pow, R(2), R(3), 2)?;
    c.op(it, Mult, R(0), R(2), 2)?;
    Ok(c.take(2))
}
