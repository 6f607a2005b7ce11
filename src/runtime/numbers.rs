//! Native arithmetic and comparison on builtin values: ints (i64 fast path, bigints past
//! 64 bits), floats, bools, strings, lists, tuples, sets and dicts.

use super::interp::Interp;
use super::value::{Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// Sizes past this many items or bits raise MemoryError instead of exhausting the machine.
pub const MAX_ITEMS: usize = 50_000_000;
pub const MAX_INT_BITS: u64 = 4_000_000;

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i, _) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i, _) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_, _) | Value::Bool(_) | Value::BigInt(_))
}

pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f, _) => Some(*f),
        Value::Int(i, _) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

pub fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    Some(match (op, v) {
        (UnaryOp::USub, Value::Int(i, _)) => match i.checked_neg() {
            Some(n) => Value::int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        (UnaryOp::USub, Value::Bool(b)) => Value::int(-(*b as i64)),
        (UnaryOp::USub, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
        (UnaryOp::USub, Value::Float(f, _)) => Value::float(-f),
        (UnaryOp::UAdd, Value::Int(_, _) | Value::BigInt(_) | Value::Float(_, _)) => v.clone(),
        (UnaryOp::UAdd, Value::Bool(b)) => Value::int(*b as i64),
        (UnaryOp::Invert, Value::Int(i, _)) => Value::int(!i),
        (UnaryOp::Invert, Value::Bool(b)) => Value::int(!(*b as i64)),
        (UnaryOp::Invert, Value::BigInt(b)) => Value::from_bigint(-(**b).clone() - 1),
        _ => return None,
    })
}

pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Int(x, _), Value::Int(y, _)) => Some(x == y),
        (Value::Float(x, _), Value::Float(y, _)) => Some(x == y),
        _ if is_num(a) && is_num(b) => num_cmp(a, b).map(|o| o == Ordering::Equal).or(Some(false)),
        (Value::None | Value::Str(_), _) | (_, Value::None | Value::Str(_))
            if !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_)) =>
        {
            Some(false)
        }
        _ => None,
    }
}

fn is_num(v: &Value) -> bool {
    matches!(v, Value::Int(_, _) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_, _))
}

/// Numeric ordering across int/bool/bigint/float (None when a NaN is involved).
fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x, _), Value::Int(y, _)) => Some(x.cmp(y)),
        (Value::Float(x, _), Value::Float(y, _)) => x.partial_cmp(y),
        (Value::Float(x, _), other) | (other, Value::Float(x, _)) => {
            let flip = matches!(b, Value::Float(_, _)) && !matches!(a, Value::Float(_, _));
            let o = float_int_cmp(*x, &to_big(other)?)?;
            Some(if flip { o.reverse() } else { o })
        }
        _ => Some(to_big(a)?.cmp(&to_big(b)?)),
    }
}

fn float_int_cmp(x: f64, i: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let fl = x.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 { fb } else { super::format::float_to_bigint(fl) };
    match fb.cmp(i) {
        Ordering::Equal => Some(if x > fl { Ordering::Greater } else { Ordering::Equal }),
        o => Some(o),
    }
}

pub fn hash_native(v: &Value) -> i64 {
    match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i, _) => super::format::hash_int(&BigInt::from(*i)),
        Value::BigInt(b) => super::format::hash_int(b),
        Value::Float(f, _) => super::format::hash_float(*f),
        _ => 0,
    }
}

fn int_result(b: BigInt) -> Value {
    Value::from_bigint(b)
}

impl Interp {
    fn zero_div<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err("ZeroDivisionError", msg)
    }

    /// Builtin arithmetic; `Ok(None)` means NotImplemented for these operand types.
    pub fn native_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Some(Value::Bool(*p & *q))),
                    BinOp::BitOr => return Ok(Some(Value::Bool(*p | *q))),
                    BinOp::BitXor => return Ok(Some(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                BinOp::FloorDiv => {
                    if y == 0 {
                        return self.zero_div("integer division or modulo by zero");
                    }
                    x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
                }
                BinOp::Mod => {
                    if y == 0 {
                        return self.zero_div("integer modulo by zero");
                    }
                    x.checked_rem(y).map(|_| x.mod_floor(&y))
                }
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y).filter(|_| y < 63),
                BinOp::RShift if y >= 0 => Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(Value::int(r)));
            }
        }
        if is_intlike(a) && is_intlike(b) {
            return self.bigint_binop(op, a, b).map(Some);
        }
        if is_num(a) && is_num(b) {
            return self.float_binop(op, a, b).map(Some);
        }
        self.seq_binop(op, a, b)
    }

    fn bigint_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (to_big(a), to_big(b)) else { return Ok(Value::None) };
        Ok(match op {
            BinOp::Add => int_result(x + y),
            BinOp::Sub => int_result(x - y),
            BinOp::Mult => {
                if x.bits() + y.bits() > MAX_INT_BITS {
                    return self.err("MemoryError", "");
                }
                int_result(x * y)
            }
            BinOp::Div => match super::format::int_true_div(&x, &y) {
                Ok(f) => Value::float(f),
                Err(e) => return self.raise_fmt(e),
            },
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    return self.zero_div(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    });
                }
                if op == BinOp::Mod {
                    int_result(x.mod_floor(&y))
                } else {
                    int_result(x.div_floor(&y))
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (x.to_f64().unwrap_or(f64::INFINITY), y.to_f64().unwrap_or(f64::NEG_INFINITY));
                    if fx == 0.0 {
                        return self.zero_div("0.0 cannot be raised to a negative power");
                    }
                    return Ok(Value::float(fx.powf(fy)));
                }
                let e = y.to_u64().unwrap_or(u64::MAX);
                if x.bits().saturating_mul(e) > MAX_INT_BITS && x.abs() > BigInt::from(1) {
                    return self.err("MemoryError", "");
                }
                int_result(num_traits::pow::Pow::pow(&x, e))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > MAX_INT_BITS {
                    return self.err("MemoryError", "");
                }
                int_result(x << s)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return self.value_error("negative shift count");
                }
                let s = y.to_u64().unwrap_or(u64::MAX).min(MAX_INT_BITS + 64);
                int_result(x.div_floor(&(BigInt::from(1) << s)))
            }
            BinOp::BitAnd => int_result(x & y),
            BinOp::BitOr => int_result(x | y),
            BinOp::BitXor => int_result(x ^ y),
            BinOp::MatMult => return self.unsupported_matmul(a, b),
        })
    }

    fn unsupported_matmul(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!("unsupported operand type(s) for @: '{ta}' and '{tb}'"))
    }

    fn float_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let x = match to_f64(a) {
            Some(x) if x.is_finite() || matches!(a, Value::Float(_, _)) => x,
            _ => return self.err("OverflowError", "int too large to convert to float"),
        };
        let y = match to_f64(b) {
            Some(y) if y.is_finite() || matches!(b, Value::Float(_, _)) => y,
            _ => return self.err("OverflowError", "int too large to convert to float"),
        };
        Ok(Value::float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return self.zero_div("float division by zero");
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return self.zero_div("float floor division by zero");
                }
                super::format::float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return self.zero_div("float modulo");
                }
                super::format::float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return self.zero_div("0.0 cannot be raised to a negative power");
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    return self.value_error(
                        "metalab does not support complex numbers (negative number to a fractional power)",
                    );
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return self.err("OverflowError", "(34, 'Numerical result out of range')");
                }
                r
            }
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                let sym = super::ops::binop_names(op).3;
                return self.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"));
            }
        }))
    }

    fn seq_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (op, a, b) {
            // Adding "" or repeating once gives the other string itself, as in CPython.
            (BinOp::Add, Value::Str(x), Value::Str(y)) if x.is_empty() || y.is_empty() => {
                Ok(Some(if y.is_empty() { a.clone() } else { b.clone() }))
            }
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Ok(Some(Value::Str(Rc::from(s))))
            }
            (BinOp::Mult, Value::Str(s), n) | (BinOp::Mult, n, Value::Str(s)) if is_intlike(n) => {
                let k = self.repeat_count(n, s.len())?;
                if k == 1 {
                    return Ok(Some(Value::Str(s.clone())));
                }
                Ok(Some(Value::Str(Rc::from(s.repeat(k)))))
            }
            (BinOp::Mod, Value::Str(f), args) => {
                let out = self.percent_format(f, args)?;
                let sole = match args {
                    Value::Obj(o) if self.is_exact_tuple(args) => match &o.payload {
                        Payload::Tuple(items) if items.len() == 1 => items.first(),
                        _ => None,
                    },
                    other => Some(other),
                };
                Ok(Some(super::str_methods::written_once(f, sole, out)))
            }
            (_, Value::Obj(x), _) => {
                let ax = &x.payload;
                match (op, ax, b) {
                    (BinOp::Add, Payload::List(l), Value::Obj(y)) => match &y.payload {
                        Payload::List(m) => {
                            let mut v = l.borrow().clone();
                            v.extend(m.borrow().iter().cloned());
                            Ok(Some(self.list(v)))
                        }
                        _ => Ok(None),
                    },
                    (BinOp::Add, Payload::Tuple(t), Value::Obj(y)) => match &y.payload {
                        // An exact tuple plus () is that tuple itself, as in CPython.
                        Payload::Tuple(u) if u.is_empty() && self.is_exact_tuple(a) => Ok(Some(a.clone())),
                        Payload::Tuple(_) if t.is_empty() && self.is_exact_tuple(b) => Ok(Some(b.clone())),
                        Payload::Tuple(u) => {
                            let mut v = t.clone();
                            v.extend(u.iter().cloned());
                            Ok(Some(self.tuple(v)))
                        }
                        _ => Ok(None),
                    },
                    (BinOp::Mult, Payload::List(l), n) if is_intlike(n) => {
                        let items = l.borrow().clone();
                        let k = self.repeat_count(n, items.len())?;
                        Ok(Some(self.list(repeat(&items, k))))
                    }
                    (BinOp::Mult, Payload::Tuple(t), n) if is_intlike(n) => {
                        let items = t.clone();
                        let k = self.repeat_count(n, items.len())?;
                        if k == 1 && self.is_exact_tuple(a) {
                            return Ok(Some(a.clone()));
                        }
                        Ok(Some(self.tuple(repeat(&items, k))))
                    }
                    (
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                        Payload::Set(_) | Payload::FrozenSet(_),
                        Value::Obj(y),
                    ) if matches!(y.payload, Payload::Set(_) | Payload::FrozenSet(_)) => {
                        self.set_binop(op, a, b).map(Some)
                    }
                    (BinOp::BitOr, Payload::Dict(d), Value::Obj(y)) => match &y.payload {
                        Payload::Dict(e) => {
                            let mut nd = d.borrow().clone();
                            let items: Vec<(Value, Value)> =
                                e.borrow().iter().map(|en| (en.key.clone(), en.value.clone())).collect();
                            for (k, v) in items {
                                self.dict_insert(&mut nd, k, v)?;
                            }
                            Ok(Some(self.dict_from(nd)))
                        }
                        _ => Ok(None),
                    },
                    _ => Ok(None),
                }
            }
            (BinOp::Mult, n, Value::Obj(y)) if is_intlike(n) => match &y.payload {
                Payload::List(_) | Payload::Tuple(_) => self.seq_binop(op, b, a),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn repeat_count(&mut self, n: &Value, item_len: usize) -> PyResult<usize> {
        let k = match n {
            Value::BigInt(b) if b.is_negative() => 0,
            Value::BigInt(_) => return self.err("MemoryError", ""),
            other => as_i64(other).unwrap_or(0).max(0) as usize,
        };
        if k.saturating_mul(item_len.max(1)) > MAX_ITEMS && item_len > 0 {
            return self.err("MemoryError", "");
        }
        Ok(k)
    }

    /// Builtin comparisons; `Ok(None)` means NotImplemented.
    pub fn native_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if is_num(a) && is_num(b) {
            let o = num_cmp(a, b);
            return Ok(Some(match o {
                None => op == CmpOp::NotEq,
                Some(o) => ord_matches(op, o),
            }));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => return Ok(Some(ord_matches(op, x.cmp(y)))),
            (Value::None, Value::None) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => return Ok(Some(op == CmpOp::Eq)),
            _ => {}
        }
        let seqs = match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
                (Payload::List(l), Payload::List(m)) => Some((l.borrow().clone(), m.borrow().clone())),
                (Payload::Tuple(t), Payload::Tuple(u)) => Some((t.clone(), u.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some((xs, ys)) = seqs {
            return self.seq_compare(op, &xs, &ys).map(Some);
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            match (&x.payload, &y.payload) {
                (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                    let eq = self.dict_eq(a, b)?;
                    return Ok(Some(eq == (op == CmpOp::Eq)));
                }
                (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                    return self.set_compare(op, a, b).map(Some)
                }
                _ => {}
            }
        }
        // Different builtin kinds are never equal; an object of a user class may still say so
        // through its reflected `__eq__`, so that is left to the caller.
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && !matches!(b, Value::Obj(_)) {
            let same_kind = std::mem::discriminant(a) == std::mem::discriminant(b);
            if !same_kind || !matches!(a, Value::Obj(_)) {
                return Ok(Some((op == CmpOp::NotEq) ^ a.is(b)));
            }
        }
        Ok(None)
    }

    fn seq_compare(&mut self, op: CmpOp, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        for (x, y) in xs.iter().zip(ys) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(op, x, y)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(ord_matches(op, xs.len().cmp(&ys.len())))
    }

    /// `int(x)` of an int-like value, as a BigInt.
    pub fn big_of(&self, v: &Value) -> Option<BigInt> {
        to_big(v)
    }
}

fn repeat(items: &[Value], k: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        out.extend(items.iter().cloned());
    }
    out
}

pub fn ord_matches(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        _ => false,
    }
}
