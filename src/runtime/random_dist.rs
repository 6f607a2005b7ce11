//! `random.Random`'s real-valued distributions (`uniform` ... `weibullvariate`) and
//! `_randbelow_without_getrandbits`, each the operator applications, `math` calls and
//! `random()` calls of `Lib/random.py` in its order: on floats the same IEEE operations, so
//! seeded results are CPython's bits (natively, where `math`'s `log`, `exp`, `cos`, ... are the
//! C library's, as CPython's are), and on other numbers (an int subclass, a class with
//! `__add__`) the same dunder calls.
//!
//! The formulas are lists of `Step`s (`random_calc`), one per operation of random.py.

use super::function::Kwargs;
use super::interp::Interp;
use super::math::{acos, cos, exp, floor, log, sin, sqrt};
use super::random::call_method;
use super::random_calc::{Arg, Calc, Step};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;
use Arg::{F, R};
use BinOp::{Add, Div, Mod, Mult, Pow, Sub};
use CmpOp::{Eq, Gt, GtE, Lt, LtE};
use Step::{If, Math, Neg, Op, Random};

// random.py's constants, as CPython computes them (so the wasm build's `exp` cannot move a bit).
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
const LOG4: f64 = 1.386_294_361_119_890_6;
const SG_MAGICCONST: f64 = 2.504_077_396_776_274;
const TWOPI: f64 = std::f64::consts::TAU;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;

/// `uniform(a, b)`: `a + (b - a) * self.random()`.
pub fn uniform(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "uniform", &["self", "a", "b"], 3, &[], &[], args, kwargs)?;
    c.eval(it, &[Op(Sub, R(1), R(0), 2), Random(3), Op(Mult, R(2), R(3), 2), Op(Add, R(0), R(2), 2)], 2)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const LOW: u8 = 0;
    const HIGH: u8 = 1;
    const MODE: u8 = 2;
    const U: u8 = 3;
    const C: u8 = 4;
    let c = &mut Calc::new(
        it,
        "triangular",
        &["self", "low", "high", "mode"],
        1,
        &[],
        &[Value::float(0.0), Value::float(1.0)],
        args,
        kwargs,
    )?;
    c.run(it, &[Random(U)])?;
    // c = 0.5 if mode is None else (mode - low) / (high - low); on ZeroDivisionError, low.
    if c.is_none(MODE) {
        c.r[C as usize] = Value::float(0.5);
    } else {
        match c.run(it, &[Op(Sub, R(MODE), R(LOW), C), Op(Sub, R(HIGH), R(LOW), 5), Op(Div, R(C), R(5), C)]) {
            Err(e) if it.is_exc(&e, "ZeroDivisionError") => return Ok(c.take(LOW)),
            r => r?,
        };
    }
    if c.run(it, &[If(Gt, R(U), R(C), true)])? {
        c.run(it, &[Op(Sub, F(1.0), R(U), U), Op(Sub, F(1.0), R(C), C)])?;
        c.r.swap(LOW as usize, HIGH as usize);
    }
    // low + (high - low) * sqrt(u * c)
    const STEPS: &[Step] = &[
        Op(Sub, R(HIGH), R(LOW), 5),
        Op(Mult, R(U), R(C), 6),
        Math(sqrt, R(6), 6),
        Op(Mult, R(5), R(6), 5),
        Op(Add, R(LOW), R(5), 5),
    ];
    c.eval(it, STEPS, 5)
}

const MU_SIGMA: [&str; 3] = ["self", "mu", "sigma"];
const Z: u8 = 2;
/// `mu + z * sigma`.
const MU_PLUS_Z_SIGMA: [Step; 2] = [Op(Mult, R(Z), R(1), Z), Op(Add, R(0), R(Z), Z)];

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio of uniforms.
pub fn normalvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const U1: u8 = 3;
    const U2: u8 = 4;
    const ZZ: u8 = 5;
    let c =
        &mut Calc::new(it, "normalvariate", &MU_SIGMA, 1, &[], &[Value::float(0.0), Value::float(1.0)], args, kwargs)?;
    c.bind_random(it)?;
    // u1 = random(); u2 = 1.0 - random(); z = NV_MAGICCONST * (u1 - 0.5) / u2;
    // zz = z * z / 4.0; if zz <= -log(u2): break
    const BODY: &[Step] = &[
        Random(U1),
        Random(U2),
        Op(Sub, F(1.0), R(U2), U2),
        Op(Sub, R(U1), F(0.5), Z),
        Op(Mult, F(NV_MAGICCONST), R(Z), Z),
        Op(Div, R(Z), R(U2), Z),
        Op(Mult, R(Z), R(Z), ZZ),
        Op(Div, R(ZZ), F(4.0), ZZ),
        Math(log, R(U2), 6),
        Neg(6, 6),
        If(LtE, R(ZZ), R(6), true),
    ];
    c.repeat(it, BODY)?;
    c.eval(it, &MU_PLUS_Z_SIGMA, Z)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box–Muller, two values per pair of `random()` calls, the
/// second kept in `self.gauss_next`.
pub fn gauss(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const X2PI: u8 = 3;
    const G2RAD: u8 = 4;
    const NEXT: u8 = 5;
    let c = &mut Calc::new(it, "gauss", &MU_SIGMA, 1, &[], &[Value::float(0.0), Value::float(1.0)], args, kwargs)?;
    c.bind_random(it)?;
    let next: Rc<str> = Rc::from("gauss_next");
    c.r[Z as usize] = it.getattr(&c.me, &next)?;
    it.setattr(&c.me, &next, Value::None)?;
    if c.is_none(Z) {
        // x2pi = random() * TWOPI; g2rad = sqrt(-2.0 * log(1.0 - random()));
        // z = cos(x2pi) * g2rad; self.gauss_next = sin(x2pi) * g2rad
        const STEPS: &[Step] = &[
            Random(X2PI),
            Op(Mult, R(X2PI), F(TWOPI), X2PI),
            Random(G2RAD),
            Op(Sub, F(1.0), R(G2RAD), G2RAD),
            Math(log, R(G2RAD), G2RAD),
            Op(Mult, F(-2.0), R(G2RAD), G2RAD),
            Math(sqrt, R(G2RAD), G2RAD),
            Math(cos, R(X2PI), Z),
            Op(Mult, R(Z), R(G2RAD), Z),
            Math(sin, R(X2PI), NEXT),
            Op(Mult, R(NEXT), R(G2RAD), NEXT),
        ];
        c.run(it, STEPS)?;
        let second = c.take(NEXT);
        it.setattr(&c.me, &next, second)?;
    }
    c.eval(it, &MU_PLUS_Z_SIGMA, Z)
}

/// `lognormvariate(mu, sigma)`: `exp(self.normalvariate(mu, sigma))`.
pub fn lognormvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "lognormvariate", &MU_SIGMA, 3, &[], &[], args, kwargs)?;
    let args = vec![c.take(0), c.take(1)];
    c.r[2] = call_method(it, &c.me, "normalvariate", args)?;
    c.eval(it, &[Math(exp, R(2), 2)], 2)
}

/// `-log(1.0 - random())` into register 2.
const MINUS_LOG_RANDOM: &[Step] = &[Random(2), Op(Sub, F(1.0), R(2), 2), Math(log, R(2), 2), Neg(2, 2)];

/// `expovariate(lambd)`: `-log(1.0 - self.random()) / lambd`.
pub fn expovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "expovariate", &["self", "lambd"], 2, &[], &[], args, kwargs)?;
    c.run(it, MINUS_LOG_RANDOM)?;
    c.eval(it, &[Op(Div, R(2), R(0), 2)], 2)
}

/// `vonmisesvariate(mu, kappa)`: Fisher's method for the circular normal distribution.
pub fn vonmisesvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const MU: u8 = 0;
    const KAPPA: u8 = 1;
    const S: u8 = 2;
    const RR: u8 = 3;
    const ZV: u8 = 4;
    const D: u8 = 5;
    const U2: u8 = 6;
    const T: u8 = 7;
    let c = &mut Calc::new(it, "vonmisesvariate", &["self", "mu", "kappa"], 3, &[], &[], args, kwargs)?;
    c.bind_random(it)?;
    if c.run(it, &[If(LtE, R(KAPPA), F(1e-6), true)])? {
        return c.eval(it, &[Random(T), Op(Mult, F(TWOPI), R(T), T)], T);
    }
    // s = 0.5 / kappa; r = s + sqrt(1.0 + s * s)
    const SETUP: &[Step] = &[
        Op(Div, F(0.5), R(KAPPA), S),
        Op(Mult, R(S), R(S), T),
        Op(Add, F(1.0), R(T), T),
        Math(sqrt, R(T), T),
        Op(Add, R(S), R(T), RR),
    ];
    c.run(it, SETUP)?;
    // u1 = random(); z = cos(pi * u1); d = z / (r + z); u2 = random()
    // if u2 < 1.0 - d * d or u2 <= (1.0 - d) * exp(d): break
    const BODY: &[Step] = &[
        Random(T),
        Op(Mult, F(PI), R(T), T),
        Math(cos, R(T), ZV),
        Op(Add, R(RR), R(ZV), D),
        Op(Div, R(ZV), R(D), D),
        Random(U2),
        Op(Mult, R(D), R(D), T),
        Op(Sub, F(1.0), R(T), T),
        If(Lt, R(U2), R(T), true),
        Op(Sub, F(1.0), R(D), T),
        Math(exp, R(D), S),
        Op(Mult, R(T), R(S), T),
        If(LtE, R(U2), R(T), true),
    ];
    c.repeat(it, BODY)?;
    // q = 1.0 / r; f = (q + z) / (1.0 + q * z); u3 = random(); if u3 > 0.5: ...
    const Q: u8 = S;
    const FV: u8 = D;
    const TAIL: &[Step] = &[
        Op(Div, F(1.0), R(RR), Q),
        Op(Add, R(Q), R(ZV), FV),
        Op(Mult, R(Q), R(ZV), T),
        Op(Add, F(1.0), R(T), T),
        Op(Div, R(FV), R(T), FV),
        Random(T),
        If(Gt, R(T), F(0.5), true),
    ];
    let upper = c.run(it, TAIL)?;
    // theta = (mu + acos(f)) % TWOPI, or (mu - acos(f)) % TWOPI
    const PLUS: &[Step] = &[Math(acos, R(FV), FV), Op(Add, R(MU), R(FV), T), Op(Mod, R(T), F(TWOPI), T)];
    const MINUS: &[Step] = &[Math(acos, R(FV), FV), Op(Sub, R(MU), R(FV), T), Op(Mod, R(T), F(TWOPI), T)];
    c.eval(it, if upper { PLUS } else { MINUS }, T)
}

/// `gammavariate(alpha, beta)`: Cheng's method for alpha > 1, an exponential for alpha == 1,
/// Kennedy and Gentle's algorithm GS below.
pub fn gammavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const ALPHA: u8 = 0;
    const BETA: u8 = 1;
    let c = &mut Calc::new(it, "gammavariate", &["self", "alpha", "beta"], 3, &[], &[], args, kwargs)?;
    if c.run(it, &[If(LtE, R(ALPHA), F(0.0), true), If(LtE, R(BETA), F(0.0), true)])? {
        return it.value_error("gammavariate: alpha and beta must be > 0.0");
    }
    c.bind_random(it)?;
    let x = if c.run(it, &[If(Gt, R(ALPHA), F(1.0), true)])? {
        cheng(it, c)?
    } else if c.run(it, &[If(Eq, R(ALPHA), F(1.0), true)])? {
        c.run(it, MINUS_LOG_RANDOM)?;
        2
    } else {
        algorithm_gs(it, c)?
    };
    c.eval(it, &[Op(Mult, R(x), R(BETA), x)], x)
}

/// Cheng's rejection method (alpha > 1); the register holding `x`.
fn cheng(it: &mut Interp, c: &mut Calc) -> PyResult<u8> {
    const ALPHA: u8 = 0;
    const AINV: u8 = 2;
    const BBB: u8 = 3;
    const CCC: u8 = 4;
    const U1: u8 = 5;
    const U2: u8 = 6;
    const V: u8 = 7;
    const X: u8 = 8;
    const ZC: u8 = 9;
    const RC: u8 = 10;
    const T: u8 = 11;
    // ainv = sqrt(2.0 * alpha - 1.0); bbb = alpha - LOG4; ccc = alpha + ainv
    const SETUP: &[Step] = &[
        Op(Mult, F(2.0), R(ALPHA), AINV),
        Op(Sub, R(AINV), F(1.0), AINV),
        Math(sqrt, R(AINV), AINV),
        Op(Sub, R(ALPHA), F(LOG4), BBB),
        Op(Add, R(ALPHA), R(AINV), CCC),
    ];
    c.run(it, SETUP)?;
    // u1 = random(); if not 1e-7 < u1 < 0.9999999: continue
    const DRAW: &[Step] = &[Random(U1), If(Lt, F(1e-7), R(U1), false), If(Lt, R(U1), F(0.999_999_9), false)];
    // u2 = 1.0 - random(); v = log(u1 / (1.0 - u1)) / ainv; x = alpha * exp(v);
    // z = u1 * u1 * u2; r = bbb + ccc * v - x;
    // if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= log(z): return x * beta
    const TEST: &[Step] = &[
        Random(U2),
        Op(Sub, F(1.0), R(U2), U2),
        Op(Sub, F(1.0), R(U1), V),
        Op(Div, R(U1), R(V), V),
        Math(log, R(V), V),
        Op(Div, R(V), R(AINV), V),
        Math(exp, R(V), X),
        Op(Mult, R(ALPHA), R(X), X),
        Op(Mult, R(U1), R(U1), ZC),
        Op(Mult, R(ZC), R(U2), ZC),
        Op(Mult, R(CCC), R(V), RC),
        Op(Add, R(BBB), R(RC), RC),
        Op(Sub, R(RC), R(X), RC),
        Op(Add, R(RC), F(SG_MAGICCONST), T),
        Op(Mult, F(4.5), R(ZC), V),
        Op(Sub, R(T), R(V), T),
        If(GtE, R(T), F(0.0), true),
        Math(log, R(ZC), T),
        If(GtE, R(RC), R(T), true),
    ];
    loop {
        it.step()?;
        if !c.run(it, DRAW)? && c.run(it, TEST)? {
            return Ok(X);
        }
    }
}

/// Algorithm GS (0 < alpha < 1); the register holding `x`.
fn algorithm_gs(it: &mut Interp, c: &mut Calc) -> PyResult<u8> {
    const ALPHA: u8 = 0;
    const U: u8 = 2;
    const B: u8 = 3;
    const P: u8 = 4;
    const X: u8 = 5;
    const T: u8 = 6;
    // u = random(); b = (e + alpha) / e; p = b * u; if p <= 1.0: ...
    const START: &[Step] = &[
        Random(U),
        Op(Add, F(E), R(ALPHA), B),
        Op(Div, R(B), F(E), B),
        Op(Mult, R(B), R(U), P),
        If(LtE, R(P), F(1.0), true),
    ];
    // x = p ** (1.0 / alpha), or x = -log((b - p) / alpha)
    const SMALL: &[Step] =
        &[Op(Div, F(1.0), R(ALPHA), T), Op(Pow, R(P), R(T), X), Random(U), If(Gt, R(P), F(1.0), true)];
    const LARGE: &[Step] = &[
        Op(Sub, R(B), R(P), T),
        Op(Div, R(T), R(ALPHA), T),
        Math(log, R(T), X),
        Neg(X, X),
        Random(U),
        If(Gt, R(P), F(1.0), true),
    ];
    // if p > 1.0: break if u1 <= x ** (alpha - 1.0); else: break if u1 <= exp(-x)
    const POWER: &[Step] = &[Op(Sub, R(ALPHA), F(1.0), T), Op(Pow, R(X), R(T), T), If(LtE, R(U), R(T), true)];
    const EXPONENTIAL: &[Step] = &[Neg(X, T), Math(exp, R(T), T), If(LtE, R(U), R(T), true)];
    loop {
        it.step()?;
        let small_p = c.run(it, START)?;
        let above_one = c.run(it, if small_p { SMALL } else { LARGE })?;
        if c.run(it, if above_one { POWER } else { EXPONENTIAL })? {
            return Ok(X);
        }
    }
}

/// `betavariate(alpha, beta)`: from two gamma variates, through `self.gammavariate`.
pub fn betavariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "betavariate", &["self", "alpha", "beta"], 3, &[], &[], args, kwargs)?;
    let args = vec![c.take(0), Value::float(1.0)];
    c.r[2] = call_method(it, &c.me, "gammavariate", args)?;
    if !it.truthy(&c.r[2])? {
        return Ok(Value::float(0.0));
    }
    let args = vec![c.take(1), Value::float(1.0)];
    c.r[3] = call_method(it, &c.me, "gammavariate", args)?;
    c.eval(it, &[Op(Add, R(2), R(3), 3), Op(Div, R(2), R(3), 3)], 3)
}

/// `paretovariate(alpha)`: `(1.0 - self.random()) ** (-1.0 / alpha)`.
pub fn paretovariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "paretovariate", &["self", "alpha"], 2, &[], &[], args, kwargs)?;
    c.eval(it, &[Random(1), Op(Sub, F(1.0), R(1), 1), Op(Div, F(-1.0), R(0), 2), Op(Pow, R(1), R(2), 1)], 1)
}

/// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - self.random())) ** (1.0 / beta)`.
pub fn weibullvariate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "weibullvariate", &["self", "alpha", "beta"], 3, &[], &[], args, kwargs)?;
    c.run(it, MINUS_LOG_RANDOM)?;
    c.eval(it, &[Op(Div, F(1.0), R(1), 3), Op(Pow, R(2), R(3), 2), Op(Mult, R(0), R(2), 2)], 2)
}

/// `_randbelow_without_getrandbits(n, maxsize=1<<53)`: an int below `n` from `random()`
/// alone, for subclasses that replace `random()` but not `getrandbits()`.
pub fn randbelow_without_getrandbits(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const N: u8 = 0;
    const MAXSIZE: u8 = 1;
    const LIMIT: u8 = 2;
    const T: u8 = 3;
    let name = "_randbelow_without_getrandbits";
    let c = &mut Calc::new(it, name, &["self", "n", "maxsize"], 2, &[], &[], args, kwargs)?;
    if c.is_none(MAXSIZE) {
        c.r[MAXSIZE as usize] = Value::int(1 << 53);
    }
    c.bind_random(it)?;
    if c.run(it, &[If(GtE, R(N), R(MAXSIZE), true)])? {
        // CPython also warns (a UserWarning) that `random()` has too few bits for this.
        return c.eval(it, &[Random(T), Op(Mult, R(T), R(N), T), Math(floor, R(T), T)], T);
    }
    // rem = maxsize % n; limit = (maxsize - rem) / maxsize; r = random()
    const SETUP: &[Step] = &[
        Op(Mod, R(MAXSIZE), R(N), T),
        Op(Sub, R(MAXSIZE), R(T), LIMIT),
        Op(Div, R(LIMIT), R(MAXSIZE), LIMIT),
        Random(T),
    ];
    c.run(it, SETUP)?;
    // while r >= limit: r = random()
    c.repeat(it, &[If(GtE, R(T), R(LIMIT), false), Random(T)])?;
    c.eval(it, &[Op(Mult, R(T), R(MAXSIZE), T), Math(floor, R(T), T), Op(Mod, R(T), R(N), T)], T)
}
