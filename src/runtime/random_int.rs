//! `random.Random`'s integer methods: `_randbelow_with_getrandbits` (on the native generator
//! directly when `self` has not replaced `getrandbits`), `randrange` with `Lib/random.py`'s
//! argument checks, messages and DeprecationWarnings, and `randint`.

use super::function::Kwargs;
use super::interp::Interp;
use super::random::{call_method, lookup, test, Meth};
use super::random_calc::{Arg, Calc, Step};
use super::random_core::mt_of;
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use Arg::{I, R};
use BinOp::{Add, FloorDiv, Mult, Sub};
use CmpOp::{Eq, Gt, Lt, LtE};
use Step::{If, Op};

/// `self._randbelow(n)`.
pub fn randbelow(it: &mut Interp, me: &Value, n: Value) -> PyResult<Value> {
    let m = lookup(it, me, "_randbelow")?;
    randbelow_with(it, &m, me, n)
}

/// Calls a looked-up `_randbelow`; the native one directly.
pub fn randbelow_with(it: &mut Interp, m: &Meth, me: &Value, n: Value) -> PyResult<Value> {
    if m.is(&it.random.randbelow) {
        return below_with_getrandbits(it, me, &n);
    }
    m.call(it, me, vec![n])
}

pub fn randbelow_with_getrandbits(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "_randbelow_with_getrandbits", &["self", "n"], 2, &[], &[], args, kwargs)?;
    below_with_getrandbits(it, &c.me, &c.r[0])
}

/// `_randbelow_with_getrandbits(n)`: `getrandbits(n.bit_length())` until it is below `n`.
fn below_with_getrandbits(it: &mut Interp, me: &Value, n: &Value) -> PyResult<Value> {
    let getrandbits = lookup(it, me, "getrandbits")?;
    let k = match super::methods_types::unbox(n) {
        Value::Int(i, _) => Value::int(i64::from(64 - i.unsigned_abs().leading_zeros())),
        Value::Bool(b) => Value::int(i64::from(b)),
        Value::BigInt(b) => Value::int(b.bits() as i64),
        _ => call_method(it, n, "bit_length", vec![])?,
    };
    if let (true, Some(mt), Value::Int(bits, _)) = (getrandbits.is(&it.random.getrandbits), mt_of(me), &k) {
        // The native generator, drawn exactly as the loop below would.
        if let Value::Int(limit, _) = super::methods_types::unbox(n) {
            // `n <= 0` draws for ever in CPython; the step budget ends it here.
            if limit <= 0 {
                loop {
                    it.step()?;
                }
            }
            let bits = *bits as u32;
            let mut mt = mt.borrow_mut();
            loop {
                let r = mt.bits64(bits);
                if (r as i128) < i128::from(limit) {
                    return Ok(Value::int(r as i64));
                }
            }
        }
    }
    let mut r = getrandbits.call(it, me, vec![k.clone()])?;
    while test(it, CmpOp::GtE, &r, n)? {
        it.step()?;
        r = getrandbits.call(it, me, vec![k.clone()])?;
    }
    Ok(r)
}

const START: u8 = 0;
const STOP: u8 = 1;
const STEP: u8 = 2;
const WIDTH: u8 = 3;
const N: u8 = 4;

/// `randrange(start, stop=None, step=1)`. The default step is CPython's `_ONE`, which an
/// explicit `1` also is (small ints are shared).
pub fn randrange(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let names = ["self", "start", "stop", "step"];
    let c = &mut Calc::new(it, "randrange", &names, 2, &[], &[Value::None, Value::int(1)], args, kwargs)?;
    range_of(it, c, true)
}

/// `randint(a, b)`: `self.randrange(a, b+1)`.
pub fn randint(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "randint", &["self", "a", "b"], 3, &[], &[], args, kwargs)?;
    let m = lookup(it, &c.me, "randrange")?;
    c.run(it, &[Op(Add, R(STOP), I(1), STOP)])?;
    if m.is(&it.random.randrange) {
        c.r[STEP as usize] = Value::int(1);
        return range_of(it, c, false);
    }
    let args = vec![c.take(START), c.take(STOP)];
    m.call(it, &c.me, args)
}

/// `randrange`'s steps on registers `start`, `stop`, `step`. `warn`: the caller is the
/// program, to which Python's default filters show DeprecationWarnings (not so `randint`).
fn range_of(it: &mut Interp, c: &mut Calc, warn: bool) -> PyResult<Value> {
    index_or_int(it, c, START, "arg 1", warn)?;
    if c.is_none(STOP) {
        if !c.r[STEP as usize].is(&Value::int(1)) {
            return it.type_error("Missing a non-None stop argument");
        }
        if c.test(it, Gt, R(START), I(0))? {
            let istart = c.take(START);
            return randbelow(it, &c.me, istart);
        }
        return it.value_error("empty range for randrange()");
    }
    index_or_int(it, c, STOP, "stop", warn)?;
    c.run(it, &[Op(Sub, R(STOP), R(START), WIDTH)])?;
    index_or_int(it, c, STEP, "step", warn)?;
    if c.test(it, Eq, R(STEP), I(1))? {
        if c.test(it, Gt, R(WIDTH), I(0))? {
            let width = c.take(WIDTH);
            c.r[N as usize] = randbelow(it, &c.me, width)?;
            return c.eval(it, &[Op(Add, R(START), R(N), N)], N);
        }
        let [a, b, w] = [START, STOP, WIDTH].map(|i| c.r[i as usize].clone());
        let (a, b, w) = (it.str_of(&a)?, it.str_of(&b)?, it.str_of(&w)?);
        return it.value_error(format!("empty range for randrange() ({a}, {b}, {w})"));
    }
    // n = (width + istep - 1) // istep, or (width + istep + 1) // istep for a negative step
    const UP: &[Step] = &[Op(Add, R(WIDTH), R(STEP), N), Op(Sub, R(N), I(1), N), Op(FloorDiv, R(N), R(STEP), N)];
    const DOWN: &[Step] = &[Op(Add, R(WIDTH), R(STEP), N), Op(Add, R(N), I(1), N), Op(FloorDiv, R(N), R(STEP), N)];
    if c.test(it, Gt, R(STEP), I(0))? {
        c.run(it, UP)?;
    } else if c.test(it, Lt, R(STEP), I(0))? {
        c.run(it, DOWN)?;
    } else {
        return it.value_error("zero step for randrange()");
    }
    if c.run(it, &[If(LtE, R(N), I(0), true)])? {
        return it.value_error("empty range for randrange()");
    }
    let n = c.take(N);
    c.r[N as usize] = randbelow(it, &c.me, n)?;
    c.eval(it, &[Op(Mult, R(STEP), R(N), N), Op(Add, R(START), R(N), N)], N)
}

/// Register `reg` as `operator.index(x)`, or for a TypeError `int(x)`, which must equal `x`
/// (with random.py's DeprecationWarnings).
fn index_or_int(it: &mut Interp, c: &mut Calc, reg: u8, what: &str, warn: bool) -> PyResult<()> {
    let x = &c.r[reg as usize];
    let err = match super::math::index(it, x) {
        Ok(i) => {
            c.r[reg as usize] = Value::from_bigint(i);
            return Ok(());
        }
        Err(e) => e,
    };
    if !it.is_exc(&err, "TypeError") {
        return Err(err);
    }
    let handled = err.into_exc()?;
    // `int(x)` runs while the TypeError is being handled: it becomes the new error's context.
    let r = int_equal(it, x, what, warn);
    if let Some(e) = super::exc_of(&r) {
        it.chain_context(e, &handled);
    }
    c.r[reg as usize] = r?;
    Ok(())
}

fn int_equal(it: &mut Interp, x: &Value, what: &str, warn: bool) -> PyResult<Value> {
    let i = it.int_of(x)?;
    if test(it, CmpOp::NotEq, &i, x)? {
        if warn {
            deprecation(it, "randrange() will raise TypeError in the future")?;
        }
        return it.value_error(format!("non-integer {what} for randrange()"));
    }
    if warn {
        deprecation(
            it,
            "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
        )?;
    }
    Ok(i)
}

/// A DeprecationWarning attributed to the program's line running now, as `warnings` prints
/// it (the default filters show them for `__main__`), once per line and message.
fn deprecation(it: &mut Interp, msg: &'static str) -> PyResult<()> {
    let Some(f) = it.frames.last() else { return Ok(()) };
    let (unit, offset) = (f.unit, f.offset.get());
    let (file, line, text) = if unit == 0 {
        let line = it.lines.line(offset);
        let text = it.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim().to_string();
        (it.filename.clone(), line, text)
    } else {
        let Some(u) = it.units.get(unit as usize - 1) else { return Ok(()) };
        (u.filename.clone(), u.lines.line(offset), String::new())
    };
    if it.random.warned.contains(&(unit, line, msg)) {
        return Ok(());
    }
    it.random.warned.push((unit, line, msg));
    let mut report = format!("{file}:{line}: DeprecationWarning: {msg}\n");
    if !text.is_empty() {
        report.push_str(&format!("  {text}\n"));
    }
    it.write_stream(super::Stream::Stderr, &report)
}
