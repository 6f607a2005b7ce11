//! Traceback objects (`e.__traceback__`, `sys.exc_info()[2]`, the third argument of `__exit__`)
//! and `sys.exc_info()`/`sys.exception()`. An exception keeps its traceback as entries
//! (`TbEntry`, innermost first); the `traceback` objects are made from them when the program
//! asks, once per entry (so `e.__traceback__ is e.__traceback__`), outermost first with
//! `tb_next` inward, and each keeps its entry's frame alive as CPython's `tb_frame` does.
//! Assigning `__traceback__` (or `with_traceback`) makes the entries from the chain given.
//! Not modelled: `tb_frame` and `tb_lasti`, and a `tb_next` assigned on a chain that an
//! exception already holds changes the object, not the traceback printed for the exception.

use super::builtins::arity;
use super::function::{Kwargs, TbFrame};
use super::interp::{Interp, TbEntry};
use super::refcell::RefCell;
use super::value::{ExcData, ObjRef, Payload, Value};
use super::PyResult;

/// A `traceback` object: where one frame was, and the next (inner) object.
pub struct TbObject {
    next: RefCell<Value>,
    /// The entry it was made from (its `obj` and `frame` left empty).
    entry: TbEntry,
    /// `tb_frame`: the frame it keeps alive.
    frame: RefCell<Option<TbFrame>>,
}

impl TbObject {
    /// `tb_next`, for the collector (`runtime::gc_graph`) and `heap::clear_object`.
    pub(super) fn next(&self) -> &RefCell<Value> {
        &self.next
    }

    pub(super) fn frame(&self) -> &RefCell<Option<TbFrame>> {
        &self.frame
    }
}

impl Interp {
    /// The `traceback` class, made on first use.
    fn traceback_class(&mut self) -> PyResult<ObjRef> {
        if let Some(c) = &self.traceback_class {
            return Ok(c.clone());
        }
        let object = Value::Obj(self.t.object.clone());
        let cls = super::native_class::untraced(self, |it| {
            let slots = it.tuple(Vec::new());
            super::native_class::make_class(it, "traceback", "builtins", vec![object], vec![("__slots__", slots)])
        })?;
        let Value::Obj(cls) = cls else { return self.type_error("traceback class") };
        self.traceback_class = Some(cls.clone());
        Ok(cls)
    }

    /// `exc.__traceback__`: the frames it passed through so far, or `None` before it is raised.
    pub(super) fn traceback_of(&mut self, exc: &ObjRef) -> PyResult<Value> {
        let Payload::Exception(e) = &exc.payload else { return Ok(Value::None) };
        if e.traceback.borrow().is_empty() {
            return Ok(Value::None);
        }
        let cls = self.traceback_class()?;
        let mut entries = e.traceback.borrow_mut();
        // Innermost first: each object's `tb_next` is the one made before it.
        let mut next = Value::None;
        for entry in entries.iter_mut() {
            let obj = match &entry.obj {
                Some(o) => o.clone(),
                None => {
                    let data = TbObject {
                        next: RefCell::new(next),
                        entry: TbEntry { obj: None, frame: None, ..entry.clone() },
                        frame: RefCell::new(entry.frame.clone()),
                    };
                    let o = self.alloc_instance(&cls, Payload::Traceback(Box::new(data)));
                    entry.obj = Some(o.clone());
                    o
                }
            };
            next = Value::Obj(obj);
        }
        Ok(next)
    }

    /// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the exception's traceback becomes
    /// the chain `tb` starts (and keeps its frames), or nothing.
    pub(super) fn set_traceback(&mut self, e: &ExcData, tb: &Value) -> PyResult<()> {
        let entries = match tb {
            Value::None => Vec::new(),
            Value::Obj(o) if matches!(o.payload, Payload::Traceback(_)) => chain_entries(o),
            _ => return self.type_error("__traceback__ must be a traceback or None"),
        };
        let old = e.traceback.replace(entries);
        drop(old);
        Ok(())
    }

    /// A traceback object's attributes: `tb_next` and `tb_lineno`.
    pub(super) fn traceback_attr(t: &TbObject, name: &str) -> Option<Value> {
        match name {
            "tb_next" => Some(t.next.borrow().clone()),
            "tb_lineno" => Some(Value::int(t.entry.line as i64)),
            _ => None,
        }
    }

    /// Assigning (`Some`) or deleting (`None`) a traceback object's attribute, with CPython's
    /// checks; `false`: not one of its own.
    pub(super) fn set_traceback_attr(
        &mut self,
        me: &ObjRef,
        t: &TbObject,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        match (name, value) {
            ("tb_next", None) => self.type_error("can't delete tb_next attribute"),
            ("tb_next", Some(Value::None)) => {
                drop(t.next.replace(Value::None));
                Ok(true)
            }
            ("tb_next", Some(Value::Obj(o))) if matches!(o.payload, Payload::Traceback(_)) => {
                // CPython refuses a chain that would reach this object again.
                let mut cur = Some(o.clone());
                while let Some(c) = cur {
                    if std::rc::Rc::ptr_eq(&c, me) {
                        return self.value_error("traceback loop detected");
                    }
                    cur = match &c.payload {
                        Payload::Traceback(n) => n.next.borrow().as_obj().cloned(),
                        _ => None,
                    };
                }
                drop(t.next.replace(Value::Obj(o)));
                Ok(true)
            }
            ("tb_next", Some(v)) => {
                let tn = self.type_name(&v);
                self.type_error(format!("expected traceback object, got '{tn}'"))
            }
            ("tb_lineno" | "tb_lasti", _) => {
                self.attr_error(format!("attribute '{name}' of 'traceback' objects is not writable"))
            }
            ("tb_frame", _) => self.attr_error("readonly attribute"),
            _ => Ok(false),
        }
    }
}

/// The entries of the chain `head` starts, innermost first, each remembering its object.
pub(super) fn chain_entries(head: &ObjRef) -> Vec<TbEntry> {
    let mut out = Vec::new();
    let mut cur = Some(head.clone());
    while let Some(o) = cur {
        let Payload::Traceback(t) = &o.payload else { break };
        out.push(TbEntry { obj: Some(o.clone()), frame: t.frame.borrow().clone(), ..t.entry.clone() });
        cur = t.next.borrow().as_obj().cloned();
    }
    out.reverse();
    out
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
