//! Operators through dunders, as CPython dispatches them: `NotImplemented`, reflected
//! operands, and the right operand's priority when its type is a subclass that overrides the
//! reflected method. Builtin values take native fast paths with the same results.

use super::interp::Interp;
use super::numbers;
use super::value::{Layout, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
    }
}

pub fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        _ => ("__ne__", "__ne__"),
    }
}

/// True for values whose type is an exact builtin handled natively.
fn is_native(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) => {
                o.class().class_data().is_some_and(|c| c.builtin)
            }
            // Not a tuple subclass's instance.
            Payload::Tuple(_) => o.class().class_data().is_some_and(|c| c.builtin && c.layout == Layout::Tuple),
            _ => false,
        },
        _ => true,
    }
}

impl Interp {
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = small_int_op(op, &a, &b) {
            return Ok(r);
        }
        if is_native(&a) && is_native(&b) {
            if let Some(r) = self.native_binop(op, &a, &b)? {
                return Ok(r);
            }
            return self.unsupported(op, &a, &b);
        }
        let (name, rname, _, _) = binop_names(op);
        match self.binary_dispatch(name, rname, &a, &b)? {
            Some(r) => Ok(r),
            None => match self.repeat_by_index(op, &a, &b)? {
                Some(r) => Ok(r),
                None => self.unsupported(op, &a, &b),
            },
        }
    }

    /// `seq * n` where `n` is not an int but has `__index__` (CPython's `sq_repeat` takes any
    /// index).
    fn repeat_by_index(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if op != BinOp::Mult {
            return Ok(None);
        }
        let is_seq = |it: &Self, v: &Value| matches!(v, Value::Str(_)) || it.seq_items(v).is_some();
        let (seq, n) = match (is_seq(self, a), is_seq(self, b)) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ => return Ok(None),
        };
        let has_index = matches!(n, Value::Obj(_)) && self.lookup_special(&self.type_of(n), "__index__").is_some();
        if !has_index {
            return Ok(None);
        }
        let k = self.index_value(n, "")?;
        self.binary_op(BinOp::Mult, seq.clone(), Value::int(k)).map(Some)
    }

    fn unsupported<T>(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<T> {
        let sym = binop_names(op).3;
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add
            && matches!(a, Value::Obj(o) if matches!(o.payload, Payload::List(_)))
            && ta.as_ref() == "list"
        {
            return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add
            && matches!(a, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)))
            && ta.as_ref() == "tuple"
        {
            return self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
        }
        if op == BinOp::Mult
            && (matches!(a, Value::Str(_))
                || matches!(b, Value::Str(_))
                || self.seq_items(a).is_some()
                || self.seq_items(b).is_some())
        {
            let other = if matches!(a, Value::Str(_)) || self.seq_items(a).is_some() { tb } else { ta };
            return self.type_error(format!("can't multiply sequence by non-int of type '{other}'"));
        }
        self.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
    }

    /// `receiver.method(other)` for the operator; see `seq_op_from_operator`.
    fn call_operator_method(&mut self, method: &Value, receiver: &Value, other: &Value) -> PyResult<Value> {
        let seq_op = matches!(method, Value::Obj(f) if matches!(&f.payload, Payload::Builtin(b)
            if matches!(&*b.qualname, "str.__add__" | "str.__mul__" | "str.__rmul__" | "list.__add__"
                | "list.__mul__" | "list.__rmul__" | "tuple.__add__" | "tuple.__mul__" | "tuple.__rmul__")));
        self.seq_op_from_operator = seq_op;
        let r = self.call_bound(method, receiver, vec![other.clone()], vec![]);
        self.seq_op_from_operator = false;
        r
    }

    /// `a.__op__(b)` / `b.__rop__(a)` with subclass priority; `None` if both decline.
    pub fn binary_dispatch(&mut self, name: &str, rname: &str, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let a_op = self.lookup_special(&ta, name);
        let mut b_rop = if same { None } else { self.lookup_special(&tb, rname) };
        if let Some(rop) = &b_rop {
            let overrides = match self.lookup_special(&ta, rname) {
                Some(x) => !x.is(rop),
                None => true,
            };
            if overrides && self.is_subclass(&tb, &ta) {
                let r = self.call_operator_method(rop, b, a)?;
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
                b_rop = None;
            }
        }
        if let Some(op) = a_op {
            let r = self.call_operator_method(&op, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(rop) = b_rop {
            let r = self.call_operator_method(&rop, b, a)?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = small_int_op(op, &a, &b) {
            return Ok(r);
        }
        if let Value::Obj(o) = &a {
            let (_, rname, iname, _) = binop_names(op);
            let t = o.class();
            // A list's `+=`/`*=` is its sequence slot, which CPython tries only after the
            // number slots: the right operand's `__radd__`/`__rmul__` comes first.
            let builtin_iop = self
                .lookup_special(&t, iname)
                .is_some_and(|m| matches!(&m, Value::Obj(f) if matches!(f.payload, Payload::Builtin(_))));
            if builtin_iop && matches!(o.payload, Payload::List(_)) && matches!(op, BinOp::Add | BinOp::Mult) {
                let tb = self.type_of(&b);
                if !Rc::ptr_eq(&t, &tb) && tb.is_user_class() {
                    if let Some(r) = self.lookup_special(&tb, rname) {
                        let r = self.call_bound(&r, &b, vec![a.clone()], vec![])?;
                        if !self.is_not_implemented(&r) {
                            return Ok(r);
                        }
                    }
                }
            }
            if let Some(m) = self.lookup_special(&t, iname) {
                let r = self.call_bound(&m, &a, vec![b.clone()], vec![])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match self.binary_op(op, a, b) {
            Err(e) => Err(self.rewrite_inplace_msg(e, op)),
            ok => ok,
        }
    }

    fn rewrite_inplace_msg(&mut self, e: super::Unwind, op: BinOp) -> super::Unwind {
        if let Some(x) = e.exc() {
            let sym = binop_names(op).3;
            if let Payload::Exception(d) = &x.payload {
                let args = d.args.borrow().clone();
                if let Some([Value::Str(m)]) = self.tuple_items(&args).map(|a| a.to_vec()).as_deref() {
                    let prefix = format!("unsupported operand type(s) for {sym}:");
                    if m.starts_with(&prefix) {
                        // `**=`, not `** or pow()=`.
                        let isym = sym.split(' ').next().unwrap_or(sym);
                        let new = m.replacen(&prefix, &format!("unsupported operand type(s) for {isym}=:"), 1);
                        *d.args.borrow_mut() = self.tuple(vec![Value::str(&new)]);
                    }
                }
            }
        }
        e
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        let (name, sym) = match op {
            UnaryOp::USub => ("__neg__", "-"),
            UnaryOp::UAdd => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(&v)?)),
        };
        if let Some(r) = numbers::unary(op, &v) {
            return Ok(r);
        }
        let t = self.type_of(&v);
        if let Some(m) = self.lookup_special(&t, name) {
            return self.call_bound(&m, &v, vec![], vec![]);
        }
        let tn = self.type_name(&v);
        self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        if is_native(a) && is_native(b) {
            if let Some(r) = self.native_compare(op, a, b)? {
                return Ok(Value::Bool(r));
            }
        } else {
            // PyObject_RichCompare holds a recursion level while the dunders run.
            return self.c_level(" in comparison", |it| it.compare_objects(op, a, b));
        }
        self.compare_fallback(op, a, b)
    }

    /// The comparison dunders, reflected first for a subclass operand (`do_richcompare`).
    fn compare_objects(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname) = cmp_names(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mut tried_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && self.is_subclass(&tb, &ta) {
            if let Some(m) = self.lookup_special(&tb, rname) {
                tried_reflected = true;
                let r = self.call_bound(&m, b, vec![a.clone()], vec![])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = self.lookup_special(&ta, name) {
            let r = self.call_bound(&m, a, vec![b.clone()], vec![])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(m) = self.lookup_special(&tb, rname) {
                let r = self.call_bound(&m, b, vec![a.clone()], vec![])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        self.compare_fallback(op, a, b)
    }

    /// No dunder gave an answer: identity for `==`/`!=`, TypeError for ordering.
    fn compare_fallback(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                self.type_error(format!("'{}' not supported between instances of '{ta}' and '{tb}'", op.symbol()))
            }
        }
    }

    /// `a == b` as a bool (dict keys, `in`, `list.index`).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = numbers::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i, _) => Ok(*i != 0),
            Value::BigInt(_) => Ok(true),
            Value::Float(f, _) => Ok(*f != 0.0),
            Value::Str(s) => Ok(!s.is_empty()),
            Value::Obj(o) => {
                let t = o.class();
                if t.class_data().is_some_and(|c| c.builtin) {
                    return Ok(match &o.payload {
                        Payload::List(l) => !l.borrow().is_empty(),
                        Payload::Tuple(t) => !t.is_empty(),
                        Payload::Dict(d) | Payload::Set(d) => !d.borrow().is_empty(),
                        Payload::FrozenSet(d) => !d.is_empty(),
                        Payload::Range { .. } => self.len(v)? > 0,
                        _ => true,
                    });
                }
                if let Some(m) = self.lookup_special(&t, "__bool__") {
                    let r = self.call_bound(&m, v, vec![], vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        }
                    };
                }
                if self.lookup_special(&t, "__len__").is_some() {
                    return Ok(self.len(v)? > 0);
                }
                Ok(true)
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Str(s) => Ok(self.str_hash(s)),
            Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_, _) | Value::None => {
                Ok(numbers::hash_native(v))
            }
            Value::Obj(o) => {
                let plain = o.class().class_data().is_some_and(|c| {
                    c.builtin && (c.layout == Layout::Tuple || !matches!(o.payload, Payload::Tuple(_)))
                });
                if plain {
                    if let Some(h) = self.payload_hash(o) {
                        return h;
                    }
                }
                let t = o.class();
                match self.lookup_special(&t, "__hash__") {
                    Some(Value::None) | None => {
                        let tn = self.class_name(&t);
                        self.type_error(format!("unhashable type: '{tn}'"))
                    }
                    Some(h) => {
                        if self.is_builtin_named(&h, "object.__hash__") {
                            return Ok((o.id as i64).wrapping_mul(0x9E37_79B9) >> 4);
                        }
                        let r = self.call_bound(&h, v, vec![], vec![])?;
                        match r {
                            Value::Int(i, _) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::BigInt(_) => Ok(numbers::hash_native(&r)),
                            _ => self.type_error("__hash__ method should return an integer"),
                        }
                    }
                }
            }
        }
    }

    /// `tuple.__hash__` and `frozenset.__hash__`: the hash of the builtin value an object
    /// carries (also a subclass instance's), if it is a tuple or a frozenset.
    pub fn payload_hash(&mut self, o: &ObjRef) -> Option<PyResult<i64>> {
        match &o.payload {
            Payload::Tuple(items) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.clone() {
                    match self.hash(&it) {
                        Ok(h) => hs.push(h),
                        Err(e) => return Some(Err(e)),
                    }
                }
                Some(Ok(super::format::hash_tuple(&hs)))
            }
            Payload::FrozenSet(d) => Some(Ok(frozenset_hash(d.iter().map(|e| e.hash), d.len()))),
            // CPython's `method_hash`: the receiver's identity with the function's hash, so
            // `a.m` made twice finds itself in a set (equality compares the same two parts).
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                let x = match &receiver {
                    Value::Obj(r) => Ok((r.id as i64).wrapping_mul(0x9E37_79B9) >> 4),
                    other => self.hash(other),
                };
                Some(x.and_then(|x| self.hash(&func).map(|y| if x ^ y == -1 { -2 } else { x ^ y })))
            }
            _ => None,
        }
    }

    /// A class object used as an operand (for `repr` in error messages).
    pub fn repr_class(&self, c: &ObjRef) -> String {
        format!("<class '{}'>", self.class_name(c))
    }
}

/// CPython's `frozenset_hash`: the entries' hashes, bit-shuffled and xored (so the order does
/// not matter), mixed with the size and dispersed, so `hash(frozenset())` is CPython's too.
fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut h = hashes.fold(0u64, |acc, e| acc ^ shuffle(e as u64));
    h ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

/// `+`, `-`, `*` on machine-size ints that do not overflow, and `+ - * /` on floats and on
/// ints that floats hold exactly: the loop counters, sums and averages of every program,
/// answered before any dispatch. IEEE arithmetic on exact operands is what CPython computes;
/// everything else (overflow, division by zero, huge ints) takes the general path.
#[inline(always)]
fn small_int_op(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if let (Value::Int(x, _), Value::Int(y, _)) = (a, b) {
        let r = match op {
            BinOp::Add => x.checked_add(*y),
            BinOp::Sub => x.checked_sub(*y),
            BinOp::Mult => x.checked_mul(*y),
            BinOp::Div if *y != 0 => return Some(Value::float(exact_f64(*x)? / exact_f64(*y)?)),
            _ => None,
        }?;
        return Some(Value::int(r));
    }
    let (x, y) = match (a, b) {
        (Value::Float(x, _), Value::Float(y, _)) => (*x, *y),
        (Value::Float(x, _), Value::Int(y, _)) => (*x, exact_f64(*y)?),
        (Value::Int(x, _), Value::Float(y, _)) => (exact_f64(*x)?, *y),
        _ => return None,
    };
    crate::syntax::fold::float_arith(x, op, y).map(Value::float)
}

/// The int as a float when the conversion is exact (|i| <= 2**53).
#[inline(always)]
fn exact_f64(i: i64) -> Option<f64> {
    (i.unsigned_abs() <= 1 << 53).then_some(i as f64)
}
