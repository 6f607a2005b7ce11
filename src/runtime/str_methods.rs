//! Methods of `str`.

use super::builtins::arity;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::methods::reg;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

use BuiltinKind::Method as M;

pub fn install(it: &mut Interp) {
    let s = it.t.str_.clone();
    reg(it, &s, "join", M, str_join);
    reg(it, &s, "upper", M, str_upper);
    reg(it, &s, "lower", M, str_lower);
}

fn this(it: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<str>> {
    match args.first().map(super::methods_types::unbox) {
        Some(Value::Str(s)) => Ok(s),
        _ => it.type_error(format!("descriptor '{name}' requires a 'str' object")),
    }
}

fn str_join(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "join", &args, 2, 2)?;
    let sep = this(it, &args, "join")?;
    let items = it.collect(&args[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x {
            Value::Str(s) => out.push_str(s),
            other => {
                let tn = it.type_name(other);
                return it.type_error(format!("sequence item {i}: expected str instance, {tn} found"));
            }
        }
    }
    Ok(Value::str(&out))
}

fn str_upper(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let s = this(it, &args, "upper")?;
    Ok(Value::str(&s.to_uppercase()))
}

fn str_lower(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let s = this(it, &args, "lower")?;
    Ok(Value::str(&s.to_lowercase()))
}
