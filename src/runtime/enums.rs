//! The `enum` module: the standard library's showcase of a metaclass (`EnumType`'s
//! `__prepare__` returns a namespace that records members, its `__new__` makes them, its
//! `__call__` looks values up, and members are singletons), which is why the lab has it.
//!
//! CPython writes it in Python (`Lib/enum.py`), and so does metalab (`enum.py`, metalab's own
//! text with CPython's steps and messages), run as library code (`Interp::exec_library`):
//! its calls are builtin steps in the trace, the program's `__init__`, `_missing_` and
//! `_generate_next_value_` it calls are the program's calls, and its frames stay out of
//! tracebacks.

use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

const SOURCE: &str = include_str!("enum.py");

/// The names a program imports: `__all__` (CPython's order, without the `global_*` and
/// `pickle_by_*` helpers metalab leaves out), then the other names.
const NAMES: [&str; 27] = [
    "EnumType",
    "EnumMeta",
    "Enum",
    "IntEnum",
    "StrEnum",
    "Flag",
    "IntFlag",
    "ReprEnum",
    "auto",
    "unique",
    "property",
    "verify",
    "member",
    "nonmember",
    "FlagBoundary",
    "STRICT",
    "CONFORM",
    "EJECT",
    "KEEP",
    "EnumCheck",
    "CONTINUOUS",
    "NAMED_FLAGS",
    "UNIQUE",
    "show_flag_values",
    "_EnumDict",
    "_proto_member",
    "_auto_null",
];
const ALL: usize = 23;

pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    super::native_class::untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let globals = it.new_dict_obj();
    if let Some(d) = globals.dict_data() {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__name__"), Value::str("enum"));
        d.set_str(Rc::from("__builtins__"), Value::Obj(it.builtins.clone()));
    }
    let warn = it.builtin_fn("_warning_at", "_warning_at", warning_at, BuiltinKind::Function);
    it.dict_set(&globals, Value::str("_warning_at"), warn)?;
    it.exec_library(SOURCE, &globals)?;
    let get = |name: &str| globals.dict_data().and_then(|d| d.borrow().get_str(name).cloned()).unwrap_or(Value::None);
    let all = it.list(NAMES[..ALL].iter().map(|n| Value::str(n)).collect());
    let mut out = vec![("__all__", all)];
    out.extend(NAMES.iter().map(|&n| (n, get(n))));
    Ok(out)
}

/// Where `warnings.warn(message, DeprecationWarning, stacklevel)` in enum's code points:
/// `stacklevel` frames below the caller of `_deprecated`. Returns its line and the report
/// CPython's default filters print for `__main__` (`file:line: DeprecationWarning: message`
/// and the line's text), or None for frames of other modules (enum's own: ignored there).
fn warning_at(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let message = it.str_of(&args.first().cloned().unwrap_or(Value::None))?;
    let level = match args.get(1) {
        Some(Value::Int(n, _)) => usize::try_from(*n).unwrap_or(0),
        _ => 1,
    };
    let Some(f) = it.frames.len().checked_sub(1 + level).and_then(|i| it.frames.get(i)) else {
        return Ok(Value::None);
    };
    if f.unit != 0 {
        return Ok(Value::None);
    }
    let line = it.unit_line(0, f.offset.get());
    let text = it.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
    let report = format!("{}:{line}: DeprecationWarning: {message}\n  {text}\n", it.filename);
    Ok(it.tuple(vec![Value::int(line as i64), Value::str(&report)]))
}
