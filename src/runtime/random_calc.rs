//! The registers `random.Random`'s methods compute in, and the steps they apply to them.
//!
//! Those methods are Python code in CPython: every operator, `math` call and method call on
//! `self` must happen here too, in the same order, on whatever values the program passed. A
//! method's parameters and intermediate values live in one `Calc` (registers 0, 1, ... hold
//! the parameters after `self`), and straight runs of operations are lists of `Step`s that
//! `Calc::run` applies, with the loops and branches in Rust around them. Written as Rust
//! expressions on local values, each operation's clones, drops and error propagation were
//! inline code: the module cost the wasm build about twice as much.

use super::function::{Kwargs, NativeFn};
use super::interp::Interp;
use super::random::{call_method, lookup, params, test, Meth};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// An operand: a register, a float constant or an int constant.
#[derive(Clone, Copy)]
pub enum Arg {
    R(u8),
    F(f64),
    I(i32),
}

/// One operation.
#[derive(Clone, Copy)]
pub enum Step {
    /// `dst = a OP b`.
    Op(BinOp, Arg, Arg, u8),
    /// `dst = -a`.
    Neg(u8, u8),
    /// `dst = math.f(a)`.
    Math(NativeFn, Arg, u8),
    /// `dst = random()`.
    Random(u8),
    /// Stops the list, which then answers true, if `a OP b` is `when` (random.py's `break`,
    /// `continue` and `if`; `and` and `or` stop at the first deciding test, as Python's do).
    If(CmpOp, Arg, Arg, bool),
}

/// A method call's `self`, parameters and temporaries.
pub struct Calc {
    pub me: Value,
    /// `random = self.random`, once bound.
    pub random: Option<Meth>,
    /// `randbelow = self._randbelow`, once bound.
    pub below: Option<Meth>,
    pub r: [Value; 12],
}

impl Calc {
    /// Binds the call to `Random.<name>`'s signature: `names` (`self` first), the first
    /// `required` without defaults, keyword-only `kw_only`. Registers take the parameters
    /// after `self` in that order; a missing optional one is the next of `defaults`, or None.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        it: &mut Interp,
        name: &str,
        names: &[&str],
        required: usize,
        kw_only: &[&str],
        defaults: &[Value],
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Calc> {
        let (me, slots) = params(it, name, names, required, kw_only, args, kwargs)?;
        let mut r: [Value; 12] = std::array::from_fn(|_| Value::None);
        let given = names.len() - 1 + kw_only.len();
        for (i, slot) in slots.into_iter().skip(1).take(given).enumerate() {
            r[i] = match slot {
                Some(v) => v,
                None => defaults.get((i + 1).saturating_sub(required)).cloned().unwrap_or(Value::None),
            };
        }
        Ok(Calc { me, random: None, below: None, r })
    }

    pub fn arg(&self, a: Arg) -> Value {
        match a {
            Arg::R(i) => self.r[i as usize].clone(),
            Arg::F(x) => Value::float(x),
            Arg::I(i) => Value::int(i64::from(i)),
        }
    }

    pub fn take(&mut self, i: u8) -> Value {
        std::mem::replace(&mut self.r[i as usize], Value::None)
    }

    pub fn is_none(&self, i: u8) -> bool {
        self.r[i as usize].is_none()
    }

    /// `random = self.random`.
    pub fn bind_random(&mut self, it: &mut Interp) -> PyResult<()> {
        self.random = Some(lookup(it, &self.me, "random")?);
        Ok(())
    }

    /// `randbelow = self._randbelow`.
    pub fn bind_below(&mut self, it: &mut Interp) -> PyResult<()> {
        self.below = Some(lookup(it, &self.me, "_randbelow")?);
        Ok(())
    }

    /// `dst = randbelow(n)`.
    #[inline(never)]
    pub fn below(&mut self, it: &mut Interp, n: i64, dst: u8) -> PyResult<()> {
        if self.below.is_none() {
            self.bind_below(it)?;
        }
        if let Some(m) = &self.below {
            self.r[dst as usize] = super::random_int::randbelow_with(it, m, &self.me, Value::int(n))?;
        }
        Ok(())
    }

    /// Applies `steps` in order; true if an `If` stopped them.
    #[inline(never)]
    pub fn run(&mut self, it: &mut Interp, steps: &[Step]) -> PyResult<bool> {
        for step in steps {
            let (dst, v) = match *step {
                Step::Op(op, a, b, dst) => (dst, it.binary_op(op, self.arg(a), self.arg(b))?),
                Step::Neg(a, dst) => (dst, it.unary_op(UnaryOp::USub, self.arg(Arg::R(a)))?),
                Step::Math(f, a, dst) => (dst, f(it, vec![self.arg(a)], vec![])?),
                Step::Random(dst) => match &self.random {
                    Some(m) => (dst, m.call(it, &self.me, vec![])?),
                    // Methods that call `self.random()` once look it up there.
                    None => (dst, call_method(it, &self.me, "random", vec![])?),
                },
                Step::If(op, a, b, when) => {
                    if test(it, op, &self.arg(a), &self.arg(b))? == when {
                        return Ok(true);
                    }
                    continue;
                }
            };
            self.r[dst as usize] = v;
        }
        Ok(false)
    }

    /// Whether `a OP b`.
    #[inline(never)]
    pub fn test(&mut self, it: &mut Interp, op: CmpOp, a: Arg, b: Arg) -> PyResult<bool> {
        test(it, op, &self.arg(a), &self.arg(b))
    }

    /// Runs `steps` and answers register `result`.
    pub fn eval(&mut self, it: &mut Interp, steps: &[Step], result: u8) -> PyResult<Value> {
        self.run(it, steps)?;
        Ok(self.take(result))
    }

    /// Runs `steps` until one of its tests stops it (a `while True:` loop with `break`).
    pub fn repeat(&mut self, it: &mut Interp, steps: &[Step]) -> PyResult<()> {
        while !self.run(it, steps)? {
            it.step()?;
        }
        Ok(())
    }
}
