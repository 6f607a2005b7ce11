//! CPython's constant folding (`Python/ast_opt.c`): an operator whose operands are constants is
//! computed when the module is compiled, and the result becomes one more constant. A learner
//! sees it through identity: `999 + 1 is 1000` and `-1000 is -1000` are True in a script,
//! because the folded result is merged with the equal constant, and it is what makes
//! `x is 2 ** 10` a "literal" for the `is` SyntaxWarning.
//!
//! The parser keeps the operator node (so assignment errors still say "expression") and records
//! the folded value beside it (`ExprKind::BinOp::folded`); the runtime then uses the constant.
//! Only results this module can compute exactly as CPython does are folded: ints (with
//! CPython's size limits, and `int ** -n`), float `+ - * /`, and `str` `+` and `*`. Anything
//! else is left to run: an error (as CPython leaves operations that raise), and complex, bytes,
//! tuples, subscripts and float `//`, `%` and `**`, which CPython folds but metalab does not.

use super::ast::{BinOp, Constant, Expr, ExprKind, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// `safe_multiply`, `safe_power`, `safe_lshift`: no folded int is wider than this.
const MAX_INT_SIZE: u64 = 128;
/// `safe_multiply`: no folded string is longer than this.
const MAX_STR_SIZE: usize = 4096;

/// A folded result, before the parser turns it into a (merged) `Constant`.
pub enum Folded {
    Int(BigInt),
    Float(f64),
    Bool(bool),
    Str(String),
}

/// The constant an expression is after folding: a literal or an already folded operator.
pub fn constant_of(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(c),
        ExprKind::BinOp { folded, .. } | ExprKind::UnaryOp { folded, .. } => folded.as_deref(),
        _ => None,
    }
}

enum Operand<'a> {
    Int(BigInt, bool),
    Float(f64),
    Str(&'a str),
}

fn operand(c: &Constant) -> Option<Operand<'_>> {
    Some(match c {
        Constant::Int(i) => Operand::Int(BigInt::from(*i), false),
        Constant::BigInt(b) => Operand::Int((**b).clone(), false),
        Constant::True => Operand::Int(BigInt::from(1), true),
        Constant::False => Operand::Int(BigInt::zero(), true),
        Constant::Float(f) => Operand::Float(*f),
        Constant::Str(s) => Operand::Str(s),
        _ => return None,
    })
}

/// `-x`, `+x`, `~x` of a constant (`not` is left alone: its result is a singleton anyway).
pub fn unary(op: UnaryOp, operand_expr: &Expr) -> Option<Folded> {
    let c = constant_of(operand_expr)?;
    match (op, operand(c)?) {
        (UnaryOp::USub, Operand::Int(i, _)) => Some(Folded::Int(-i)),
        (UnaryOp::UAdd, Operand::Int(i, _)) => Some(Folded::Int(i)),
        (UnaryOp::Invert, Operand::Int(i, _)) => Some(Folded::Int(-i - 1)),
        (UnaryOp::USub, Operand::Float(f)) => Some(Folded::Float(-f)),
        (UnaryOp::UAdd, Operand::Float(f)) => Some(Folded::Float(f)),
        _ => None,
    }
}

/// `left op right` of two constants, when CPython folds it.
pub fn binary(left: &Expr, op: BinOp, right: &Expr) -> Option<Folded> {
    let (a, b) = (operand(constant_of(left)?)?, operand(constant_of(right)?)?);
    match (a, b) {
        (Operand::Int(x, xb), Operand::Int(y, yb)) => ints(x, xb && yb, op, y),
        (Operand::Float(x), Operand::Float(y)) => floats(x, op, y),
        (Operand::Float(x), Operand::Int(y, _)) => floats(x, op, exact_float(&y)?),
        (Operand::Int(x, _), Operand::Float(y)) => floats(exact_float(&x)?, op, y),
        (Operand::Str(x), Operand::Str(y)) if op == BinOp::Add => Some(Folded::Str(format!("{x}{y}"))),
        (Operand::Str(s), Operand::Int(n, _)) | (Operand::Int(n, _), Operand::Str(s)) if op == BinOp::Mult => {
            repeat(s, &n)
        }
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn ints(x: BigInt, both_bool: bool, op: BinOp, y: BigInt) -> Option<Folded> {
    let nonzero = !x.is_zero() && !y.is_zero();
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult if nonzero && bits(&x) + bits(&y) > MAX_INT_SIZE => return None,
        BinOp::Mult => x * y,
        BinOp::FloorDiv if y.is_zero() => return None,
        BinOp::FloorDiv => x.div_floor(&y),
        BinOp::Mod if y.is_zero() => return None,
        BinOp::Mod => x.mod_floor(&y),
        // A negative exponent gives a float (int `**` converts both to float; 0 raises).
        BinOp::Pow if y.is_negative() && x.is_zero() => return None,
        BinOp::Pow if y.is_negative() => return Some(Folded::Float(exact_float(&x)?.powf(exact_float(&y)?))),
        BinOp::Pow if nonzero && bits(&x) > MAX_INT_SIZE / y.to_u64().unwrap_or(u64::MAX) => return None,
        BinOp::Pow if x.is_zero() => BigInt::from(y.is_zero() as u8),
        BinOp::Pow => num_traits::Pow::pow(&x, y.to_u32()?),
        BinOp::LShift if y.is_negative() => return None,
        BinOp::LShift if x.is_zero() || y.is_zero() => x,
        BinOp::LShift => {
            let shift = y.to_u64().filter(|s| *s <= MAX_INT_SIZE && bits(&x) <= MAX_INT_SIZE - s)?;
            x << shift
        }
        BinOp::RShift if y.is_negative() => return None,
        BinOp::RShift => match y.to_u64().filter(|s| *s < bits(&x) + 1) {
            Some(s) => x.div_floor(&(BigInt::from(1) << s)),
            None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
        },
        BinOp::BitAnd if both_bool => return Some(Folded::Bool(!(x & y).is_zero())),
        BinOp::BitOr if both_bool => return Some(Folded::Bool(!(x | y).is_zero())),
        BinOp::BitXor if both_bool => return Some(Folded::Bool(!(x ^ y).is_zero())),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::Div if y.is_zero() => return None,
        BinOp::Div => return Some(Folded::Float(exact_float(&x)? / exact_float(&y)?)),
        BinOp::MatMult => return None,
    };
    Some(Folded::Int(r))
}

/// The float for an int whose conversion is exact (so the quotient is correctly rounded, as
/// CPython's int true division is); others are left to run.
fn exact_float(i: &BigInt) -> Option<f64> {
    const EXACT: i64 = 1 << 53;
    i.to_i64().filter(|v| (-EXACT..=EXACT).contains(v)).map(|v| v as f64)
}

fn floats(x: f64, op: BinOp, y: f64) -> Option<Folded> {
    float_arith(x, op, y).map(Folded::Float)
}

/// `x op y` for the float operations that are plain IEEE arithmetic in CPython (`+ - * /`, no
/// division by zero); the runtime's fast path uses it too.
#[inline(always)]
pub fn float_arith(x: f64, op: BinOp, y: f64) -> Option<f64> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    })
}

fn repeat(s: &str, n: &BigInt) -> Option<Folded> {
    let size = s.chars().count();
    let n = n.to_i64()?;
    if size == 0 {
        return Some(Folded::Str(String::new()));
    }
    if n < 0 || n as u64 > (MAX_STR_SIZE / size) as u64 {
        return None;
    }
    Some(Folded::Str(s.repeat(n as usize)))
}
