//! Attributes CPython implements as C getsets: `__class__`, `__dict__`, `__name__`, `__mro__`,
//! a function's `__qualname__`, a bound method's `__self__`, an exception's `args`, ...

use super::dict::DictData;
use super::function::FunctionData;
use super::interp::Interp;
use super::value::{ExcData, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// Getset attributes of non-class objects. Checked after data descriptors on the type and
    /// before the instance `__dict__`.
    pub fn native_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(o) = obj else {
            return Ok(self.number_attr(obj, name));
        };
        if name == "__dict__" {
            if let Some(d) = &o.dict {
                let d = d.clone();
                self.expose_dict(&d);
                return Ok(Some(Value::Obj(d)));
            }
        }
        // A plain instance computes nothing else.
        if matches!(o.payload, Payload::Instance) {
            return Ok(None);
        }
        let v = match (&o.payload, name) {
            (Payload::Function(fd), "__name__") => Value::Str(fd.name.borrow().clone()),
            (Payload::Function(fd), "__qualname__") => Value::Str(fd.qualname.borrow().clone()),
            (Payload::Function(fd), "__doc__") => fd.doc.borrow().clone(),
            (Payload::Function(fd), "__globals__") => Value::Obj(fd.globals.clone()),
            (Payload::Function(_), "__builtins__") => Value::Obj(self.builtins.clone()),
            (Payload::Function(fd), "__module__") => fd.module.borrow().clone(),
            (Payload::Function(fd), "__closure__") => self.function_closure(fd),
            (Payload::Cell(c), "cell_contents") => self.cell_contents(c)?,
            (Payload::Function(fd), "__annotations__") => {
                // Made on first use for a function that has none (a lambda, a plain `def`).
                let existing = fd.annotations.borrow().clone();
                match existing {
                    Some(d) => d,
                    None => {
                        let d = self.dict_from(DictData::new());
                        *fd.annotations.borrow_mut() = Some(d.clone());
                        d
                    }
                }
            }
            (Payload::Function(fd), "__defaults__") => {
                let d = fd.defaults.borrow().clone();
                if d.is_empty() {
                    Value::None
                } else {
                    self.tuple(d)
                }
            }
            (Payload::Function(fd), "__kwdefaults__") => {
                let d = fd.kwdefaults.borrow().clone();
                if d.is_empty() {
                    Value::None
                } else {
                    let mut dd = DictData::new();
                    for (k, v) in d {
                        dd.set_str(k, v);
                    }
                    self.dict_from(dd)
                }
            }
            (
                Payload::TypeForm(_),
                "__args__" | "__origin__" | "__parameters__" | "__unpacked__" | "__typing_unpacked_tuple_args__",
            ) => match super::type_forms::form_attr(self, o, name) {
                Some(v) => v,
                None => return Ok(None),
            },
            (Payload::Partial(p), _) => return Ok(super::functools::partial_attr(p, name)),
            (Payload::WeakRef(w), "__callback__") => w.callback().borrow().clone(),
            (Payload::TupleGetter { doc, .. }, "__doc__") => doc.borrow().clone(),
            (Payload::Traceback(t), _) => return Ok(Self::traceback_attr(t, name)),
            (Payload::Builtin(b), "__name__") => Value::Str(b.name.clone()),
            // A module's function is known by its name alone (`math.sqrt.__qualname__` is
            // `sqrt`; its `qualname` is what its argument errors say).
            (Payload::Builtin(b), "__qualname__") if b.kind == super::function::BuiltinKind::Function => {
                Value::Str(b.name.clone())
            }
            (Payload::Builtin(b), "__qualname__") => Value::Str(b.qualname.clone()),
            (Payload::BoundMethod { receiver, .. }, "__self__") => receiver.clone(),
            // A `method`'s function; a builtin method has none.
            (Payload::BoundMethod { func, .. }, "__func__") if Rc::ptr_eq(&o.class(), &self.t.method) => func.clone(),
            (Payload::BoundMethod { func, .. }, "__name__" | "__qualname__" | "__doc__") => {
                let func = func.clone();
                return self.getattr(&func, &Rc::from(name)).map(Some);
            }
            (Payload::ClassMethod(f) | Payload::StaticMethod(f), "__func__" | "__wrapped__") => f.clone(),
            (Payload::Property { fget, fset, fdel, .. }, "__isabstractmethod__") => {
                let parts = [fget.clone(), fset.clone(), fdel.clone()];
                for f in parts {
                    if super::abc::is_abstract(self, &f)? {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
                Value::Bool(false)
            }
            (Payload::ClassMethod(f) | Payload::StaticMethod(f), "__isabstractmethod__") => {
                let f = f.clone();
                Value::Bool(super::abc::is_abstract(self, &f)?)
            }
            (Payload::Property { fget, .. }, "fget") => fget.clone(),
            (Payload::Property { fset, .. }, "fset") => fset.clone(),
            (Payload::Property { fdel, .. }, "fdel") => fdel.clone(),
            (Payload::Property { doc, fget, .. }, "__doc__") => {
                if doc.is_none() {
                    if let Value::Obj(f) = fget {
                        if let Payload::Function(fd) = &f.payload {
                            return Ok(Some(fd.doc.borrow().clone()));
                        }
                    }
                }
                doc.clone()
            }
            (Payload::Exception(e), "args") => e.args.borrow().clone(),
            (Payload::Exception(e), "__cause__") => e.cause.borrow().clone(),
            (Payload::Exception(e), "__context__") => e.context.borrow().clone(),
            (Payload::Exception(e), "__suppress_context__") => Value::Bool(e.suppress_context.get()),
            (Payload::Exception(_), "__traceback__") => self.traceback_of(o)?,
            (Payload::Exception(e), _) if super::exc_members::is_member_name(name) => {
                return Ok(self.exc_member(o, e, name));
            }
            (Payload::Range { start, .. }, "start") => Value::from_i128(*start),
            (Payload::Range { stop, .. }, "stop") => Value::from_i128(*stop),
            (Payload::Range { step, .. }, "step") => Value::from_i128(*step),
            (Payload::Slice { start, .. }, "start") => start.clone(),
            (Payload::Slice { stop, .. }, "stop") => stop.clone(),
            (Payload::Slice { step, .. }, "step") => step.clone(),
            (Payload::Super { this_class, .. }, "__thisclass__") => Value::Obj(this_class.clone()),
            (Payload::Super { obj, .. }, "__self__") => obj.clone(),
            (Payload::Super { obj_type, .. }, "__self_class__") => obj_type.clone().map_or(Value::None, Value::Obj),
            (Payload::Generator(g), _) if name.starts_with("gi_") || name.ends_with("name__") => {
                match super::generator::gen_attr(&g.borrow(), name) {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
            (Payload::Boxed(v), _) => {
                let v = v.clone();
                return Ok(self.number_attr(&v, name));
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn number_attr(&mut self, v: &Value, name: &str) -> Option<Value> {
        match (v, name) {
            (Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(match v {
                Value::Bool(b) => Value::int(*b as i64),
                _ => v.clone(),
            }),
            (Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::int(0)),
            (Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::int(1)),
            (Value::Float(..), "real") => Some(v.clone()),
            (Value::Float(_, _), "imag") => Some(Value::float(0.0)),
            _ => None,
        }
    }

    /// Getset attributes of classes (`type.__dict__`'s descriptors).
    pub fn class_special_attr(&mut self, cls: &ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Some(cd) = cls.class_data() else { return Ok(None) };
        let v = match name {
            "__name__" => Value::Str(cd.name()),
            "__qualname__" => Value::Str(cd.qualname.borrow().clone()),
            "__mro__" => {
                let m = cd.mro().into_iter().map(Value::Obj).collect();
                self.tuple(m)
            }
            "__bases__" => {
                let b = cd.bases.borrow().iter().cloned().map(Value::Obj).collect();
                self.tuple(b)
            }
            "__base__" => match cd.bases.borrow().first() {
                Some(_) => Value::Obj(self.best_base(&cd.bases.borrow())),
                None => Value::None,
            },
            "__class__" => Value::Obj(cls.class()),
            "__dict__" => {
                // A read-only view in CPython (mappingproxy); a snapshot here.
                let data =
                    cls.dict.as_ref().and_then(|d| d.dict_data()).map(|d| d.borrow().clone()).unwrap_or_default();
                let proxy = self.t.mappingproxy.clone();
                Value::Obj(self.heap.alloc(Some(proxy), None, Payload::Dict(super::refcell::RefCell::new(data))))
            }
            "__module__" if cd.builtin && !cd.tp_name.borrow().as_deref().is_some_and(|t| t.contains('.')) => {
                Value::str("builtins")
            }
            // A C type made natively (`native_class::c_type`) without `__module__` in its dict
            // has it in its `tp_name`, as CPython's static types do.
            "__module__" => {
                let own = cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned());
                let tp_name = cd.tp_name.borrow().clone();
                match (own, tp_name.as_deref().and_then(|t| t.rsplit_once('.'))) {
                    (Some(v), _) => v,
                    (None, Some((module, _))) => Value::str(module),
                    (None, None) => return Ok(None),
                }
            }
            // `type.__annotations__`: the class's own, made (and stored) on first use, never a
            // base's (3.10+).
            "__annotations__" if !cd.builtin => {
                let own = cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned());
                match own {
                    Some(v) => v,
                    None => {
                        let d = self.dict_from(DictData::new());
                        if let Some(cd) = cls.dict.as_ref().and_then(|d| d.dict_data()) {
                            cd.borrow_mut().set_str(Rc::from(name), d.clone());
                        }
                        self.invalidate_caches();
                        d
                    }
                }
            }
            // A class's own entry only (not a base's), set by `ABCMeta`; never `type`'s.
            "__abstractmethods__" => {
                let own = cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned());
                match own.filter(|_| !Rc::ptr_eq(cls, &self.t.type_)) {
                    Some(v) => v,
                    None => return self.attr_error(name),
                }
            }
            "__text_signature__" => {
                let doc = match cls
                    .dict
                    .as_ref()
                    .and_then(|d| d.dict_data())
                    .and_then(|d| d.borrow().get_str("__doc__").cloned())
                {
                    Some(Value::Str(d)) if !cd.builtin => Some(d),
                    _ => None,
                };
                let sig = match &doc {
                    Some(d) => text_signature(&cd.name(), d),
                    None if cd.builtin => builtin_text_signature(&cd.name()),
                    None => None,
                };
                sig.map_or(Value::None, Value::str)
            }
            "__doc__" => {
                match cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str("__doc__").cloned())
                {
                    Some(v) => v,
                    None => Value::None,
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Assigns (`Some`) or deletes (`None`) a function's getset or member attribute, with
    /// CPython's type checks. `false`: `name` is not one of them (it goes to `__dict__`).
    pub fn set_function_attr(
        &mut self,
        func: &Value,
        fd: &FunctionData,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        match name {
            "__dict__" if value.is_none() => return self.type_error("cannot delete __dict__"),
            "__dict__" => self.replace_instance_dict(func, value)?,
            "__annotations__" => {
                let d = match value {
                    None => None,
                    Some(v) if self.is_instance(&v, &self.t.dict) => Some(v),
                    Some(_) => return self.type_error("__annotations__ must be set to a dict object"),
                };
                drop(fd.annotations.replace(d));
            }
            "__code__" => return self.type_error("__code__ must be set to a code object"),
            "__name__" | "__qualname__" => {
                let Some(Value::Str(s)) = value else {
                    return self.type_error(format!("{name} must be set to a string object"));
                };
                *if name == "__name__" { &fd.name } else { &fd.qualname }.borrow_mut() = s;
            }
            "__doc__" => drop(fd.doc.replace(value.unwrap_or(Value::None))),
            "__module__" => drop(fd.module.replace(value.unwrap_or(Value::None))),
            "__defaults__" => {
                let items = match &value {
                    None | Some(Value::None) => Vec::new(),
                    Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Tuple(_)) => self.collect(v)?,
                    Some(_) => return self.type_error("__defaults__ must be set to a tuple object"),
                };
                drop(fd.defaults.replace(items));
            }
            "__kwdefaults__" => {
                let items = match &value {
                    None | Some(Value::None) => Vec::new(),
                    Some(v) => match self.as_dict_data(v).filter(|_| self.is_instance(v, &self.t.dict)) {
                        Some(d) => {
                            let entries: Vec<(Value, Value)> =
                                d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                            entries
                                .into_iter()
                                .filter_map(|(k, v)| match k {
                                    Value::Str(k) => Some((k, v)),
                                    _ => None,
                                })
                                .collect()
                        }
                        None => return self.type_error("__kwdefaults__ must be set to a dict object"),
                    },
                };
                drop(fd.kwdefaults.replace(items));
            }
            "__globals__" | "__closure__" | "__builtins__" => return self.attr_error("readonly attribute"),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Assigns (`Some`) or refuses to delete (`None`) an exception's getset attributes, with
    /// `BaseException`'s checks. `false`: not one of them.
    pub fn set_exception_attr(&mut self, o: &ObjRef, e: &ExcData, name: &str, value: Option<Value>) -> PyResult<bool> {
        if super::exc_group::is_readonly_member(self, o, name) {
            return self.attr_error("readonly attribute");
        }
        if self.set_exc_member(o, e, name, value.clone()) {
            return Ok(true);
        }
        if !matches!(name, "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__") {
            return Ok(false);
        }
        let Some(value) = value else {
            // `__suppress_context__` is a C member, the others getsets.
            if name == "__suppress_context__" {
                return self.type_error("can't delete numeric/char attribute");
            }
            return self.type_error(format!("{name} may not be deleted"));
        };
        match name {
            "__traceback__" => self.set_traceback(e, &value)?,
            "args" => {
                let items = self.collect(&value)?;
                let t = self.tuple(items);
                drop(e.args.replace(t));
            }
            "__suppress_context__" => match value {
                Value::Bool(b) => e.suppress_context.set(b),
                _ => return self.type_error("attribute value type must be bool"),
            },
            _ => {
                let base = self.t.exc("BaseException");
                if !value.is_none() && !self.is_instance(&value, &base) {
                    let what = if name == "__cause__" { "cause" } else { "context" };
                    return self.type_error(format!("exception {what} must be None or derive from BaseException"));
                }
                if name == "__cause__" {
                    e.suppress_context.set(true);
                    drop(e.cause.replace(value));
                } else {
                    drop(e.context.replace(value));
                }
            }
        }
        Ok(true)
    }
}

/// The signature a type's internal doc starts with (`A(x, y)\n--\n\n...` gives `(x, y)`), as
/// `_PyType_GetTextSignatureFromInternalDoc` finds it.
fn text_signature<'a>(name: &str, doc: &'a str) -> Option<&'a str> {
    let rest = doc.strip_prefix(name)?;
    if !rest.starts_with('(') {
        return None;
    }
    let end = rest.find(")\n--\n\n")?;
    // A blank line before the marker ends the search.
    if rest[..end].contains("\n\n") {
        return None;
    }
    Some(&rest[..=end])
}

/// `__text_signature__` of the builtin types whose docs start with one (metalab keeps no docs
/// for them).
fn builtin_text_signature(name: &str) -> Option<&'static str> {
    Some(match name {
        "object" => "()",
        "list" | "tuple" => "(iterable=(), /)",
        "float" => "(x=0, /)",
        "complex" => "(real=0, imag=0)",
        "enumerate" => "(iterable, start=0)",
        "reversed" => "(sequence, /)",
        "property" => "(fget=None, fset=None, fdel=None, doc=None)",
        _ => return None,
    })
}
