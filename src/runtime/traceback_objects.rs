//! Traceback objects (`e.__traceback__`, the third argument of `__exit__`) and
//! `sys.exc_info()`/`sys.exception()`. A traceback here is a chain of `traceback` objects,
//! outermost first, with `tb_lineno` and `tb_next`; frames are not modelled (no `tb_frame`).

use super::builtins::arity;
use super::function::Kwargs;
use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// The `traceback` class, made on first use.
    fn traceback_class(&mut self) -> PyResult<ObjRef> {
        if let Some(c) = &self.traceback_class {
            return Ok(c.clone());
        }
        let object = Value::Obj(self.t.object.clone());
        let cls = super::native_class::untraced(self, |it| {
            super::native_class::make_class(it, "traceback", "builtins", vec![object], vec![])
        })?;
        let Value::Obj(cls) = cls else { return self.type_error("traceback class") };
        self.traceback_class = Some(cls.clone());
        Ok(cls)
    }

    /// `exc.__traceback__`: the frames it passed through so far, or `None` before it is raised.
    pub(super) fn traceback_of(&mut self, exc: &ObjRef) -> PyResult<Value> {
        let Payload::Exception(e) = &exc.payload else { return Ok(Value::None) };
        let lines: Vec<u32> = e.traceback.borrow().iter().map(|t| t.line).collect();
        if lines.is_empty() {
            return Ok(Value::None);
        }
        let cls = self.traceback_class()?;
        // Innermost first in `lines`: build from the inside out.
        let mut next = Value::None;
        for line in lines {
            let tb = self.alloc_instance(&cls, Payload::Instance);
            if let Some(d) = tb.dict.as_ref().and_then(|d| d.dict_data()) {
                let mut d = d.borrow_mut();
                d.set_str(Rc::from("tb_next"), next);
                d.set_str(Rc::from("tb_lineno"), Value::int(line as i64));
            }
            next = Value::Obj(tb);
        }
        Ok(next)
    }
}

/// `sys.exc_info()`: the exception being handled as (type, value, traceback).
pub(super) fn sys_exc_info(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "exc_info", &kwargs)?;
    arity(it, "exc_info", &args, 0, 0)?;
    let items = match it.handling.last().cloned() {
        Some(exc) => {
            let tb = it.traceback_of(&exc)?;
            vec![Value::Obj(exc.class()), Value::Obj(exc), tb]
        }
        None => vec![Value::None, Value::None, Value::None],
    };
    Ok(it.tuple(items))
}

/// `sys.exception()` (3.11): the exception being handled, or `None`.
pub(super) fn sys_exception(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "exception", &kwargs)?;
    arity(it, "exception", &args, 0, 0)?;
    Ok(it.handling.last().cloned().map_or(Value::None, Value::Obj))
}
