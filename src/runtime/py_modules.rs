//! Standard modules metalab writes in Python: `contextlib`, which CPython writes in Python
//! too, and `io`'s `StringIO`, which CPython writes in C. Their text is metalab's own, with
//! CPython's behaviour and messages; it runs as library code (`Interp::exec_library`), so its
//! calls are builtin steps in the trace and its frames stay out of tracebacks.

use super::interp::Interp;
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// The source of the module `name`, if metalab writes it in Python.
pub fn source(name: &str) -> Option<&'static str> {
    match name {
        "contextlib" => Some(include_str!("contextlib.py")),
        "io" => Some(include_str!("io.py")),
        _ => None,
    }
}

/// The namespace of the module `name` (its globals after its text ran).
pub fn namespace(it: &mut Interp, name: &str, text: &str) -> PyResult<ObjRef> {
    let globals = it.new_dict_obj();
    if let Some(d) = globals.dict_data() {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__name__"), Value::str(name));
        d.set_str(Rc::from("__builtins__"), Value::Obj(it.builtins.clone()));
    }
    super::native_class::untraced(it, |it| it.exec_library(text, &globals))?;
    Ok(globals)
}
