//! Raising builtin exceptions from Rust with CPython's exact messages.

use super::interp::Interp;
use super::value::{ExcData, ObjRef, Payload, Value};
use super::{PyResult, Unwind};

impl Interp {
    /// A new instance of a builtin exception class with one string argument (none if empty).
    pub fn new_exc(&mut self, name: &str, msg: &str) -> ObjRef {
        let cls = self.t.exc(name);
        let args =
            if msg.is_empty() && name != "KeyError" { self.tuple(vec![]) } else { self.tuple(vec![Value::str(msg)]) };
        self.new_exc_obj(&cls, args)
    }

    /// An exception made by the interpreter itself: as CPython's, it went through `__init__`,
    /// so its members (`StopIteration.value`, ...) are set.
    pub fn new_exc_obj(&mut self, cls: &ObjRef, args: Value) -> ObjRef {
        let items = self.tuple_items(&args).map(<[Value]>::to_vec).unwrap_or_default();
        let dict = Some(self.new_dict_obj());
        let exc = self.heap.alloc(Some(cls.clone()), dict, Payload::Exception(Box::new(ExcData::new(args))));
        self.fill_exc_members(&exc, &items);
        exc
    }

    pub fn err<T>(&mut self, name: &str, msg: impl AsRef<str>) -> PyResult<T> {
        Err(Unwind::exception(self.new_exc(name, msg.as_ref())))
    }

    pub fn type_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    pub fn value_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("ValueError", msg)
    }

    pub fn attr_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("AttributeError", msg)
    }

    /// `KeyError(key)`: its argument is the key itself, not a message.
    pub fn key_error<T>(&mut self, key: Value) -> PyResult<T> {
        let cls = self.t.exc("KeyError");
        let args = self.tuple(vec![key]);
        Err(Unwind::exception(self.new_exc_obj(&cls, args)))
    }

    pub fn stop_iteration<T>(&mut self, value: Option<Value>) -> PyResult<T> {
        let cls = self.t.exc("StopIteration");
        let args = self.tuple(value.into_iter().collect());
        Err(Unwind::exception(self.new_exc_obj(&cls, args)))
    }

    /// True if the pending error is an instance of the named builtin exception class.
    pub fn is_exc(&self, err: &Unwind, name: &str) -> bool {
        match err.exc() {
            Some(e) => {
                let cls = self.t.exc(name);
                self.is_subclass(&e.class(), &cls)
            }
            None => false,
        }
    }

    pub fn raise_fmt<T>(&mut self, e: super::format::FmtError) -> PyResult<T> {
        self.err(e.kind, e.msg)
    }
}
