//! `slice.indices(length)` and slice comparisons (as the tuples `(start, stop, step)`).

use super::builtins::arity;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::value::{Payload, Value};
use super::PyResult;
use crate::syntax::ast::CmpOp;

pub fn install(it: &mut Interp) {
    let sl = it.t.slice.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("indices", slice_indices),
        ("__eq__", slice_eq),
        ("__ne__", slice_ne),
        ("__lt__", slice_lt),
        ("__le__", slice_le),
        ("__gt__", slice_gt),
        ("__ge__", slice_ge),
    ];
    for (name, f) in methods {
        let sig = if *name == "indices" { super::function::Sig::One } else { super::function::Sig::Any };
        super::methods::reg_sig(it, &sl, name, BuiltinKind::Method, sig, *f);
    }
}

/// `(start, stop, step)` of a slice object.
fn parts(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Slice { start, stop, step } => Some(vec![start.clone(), stop.clone(), step.clone()]),
            _ => None,
        },
        _ => None,
    }
}

fn slice_indices(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "indices", &args, 2, 2)?;
    let len = it.index_arg(arg(&args, 1))?;
    if len < 0 {
        return it.value_error("length should not be negative");
    }
    match it.slice_indices(arg(&args, 0), len as usize)? {
        Some((start, stop, step, _)) => {
            // A backwards slice may stop before index 0.
            let stop = if stop == usize::MAX { -1 } else { stop as i64 };
            let items = vec![Value::int(start as i64), Value::int(stop), Value::int(step as i64)];
            Ok(it.tuple(items))
        }
        None => it.type_error("descriptor 'indices' for 'slice' objects doesn't apply to this object"),
    }
}

fn compare(it: &mut Interp, args: &[Value], op: CmpOp) -> PyResult<Value> {
    arity(it, "__eq__", args, 2, 2)?;
    let (Some(a), Some(b)) = (parts(arg(args, 0)), parts(arg(args, 1))) else { return Ok(it.not_implemented()) };
    let (a, b) = (it.tuple(a), it.tuple(b));
    it.compare(op, &a, &b)
}

fn slice_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Eq)
}
fn slice_ne(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::NotEq)
}
fn slice_lt(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Lt)
}
fn slice_le(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::LtE)
}
fn slice_gt(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::Gt)
}
fn slice_ge(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    compare(it, &args, CmpOp::GtE)
}
