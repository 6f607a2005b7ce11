//! Methods of `set` and `frozenset`.

use super::builtins::arity;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::methods::reg;
use super::value::{Payload, Value};
use super::PyResult;

use BuiltinKind::Method as M;

pub fn install(it: &mut Interp) {
    let s = it.t.set.clone();
    reg(it, &s, "add", M, set_add);
    reg(it, &s, "discard", M, set_discard);
    reg(it, &s, "remove", M, set_remove);
    reg(it, &s, "copy", M, set_copy);
}

fn set_add(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "add", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        it.dict_set(o, args[1].clone(), Value::None)?;
    }
    Ok(Value::None)
}

fn set_discard(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "discard", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        it.dict_del(o, &args[1])?;
    }
    Ok(Value::None)
}

fn set_remove(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "remove", &args, 2, 2)?;
    if let Value::Obj(o) = &args[0] {
        if it.dict_del(o, &args[1])?.is_none() {
            return it.key_error(args[1].clone());
        }
    }
    Ok(Value::None)
}

fn set_copy(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "copy", &args, 1, 1)?;
    let d = match &args[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Set(d) => d.borrow().clone(),
            Payload::FrozenSet(d) => d.clone(),
            _ => Default::default(),
        },
        _ => Default::default(),
    };
    Ok(it.set_from(d))
}
