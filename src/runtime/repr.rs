//! `repr()`, `str()`, `format()` and `%`-formatting, dispatching to user `__repr__`,
//! `__str__` and `__format__` and rendering builtin values as CPython does.

use super::format;
use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// `repr(v)` (CPython's `PyObject_Repr`, which holds a recursion level while a user
    /// `__repr__` runs).
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<str>> {
        match v {
            Value::Obj(o) if o.class().is_user_class() => {
                self.c_level(" while getting the repr of an object", |it| it.repr_unguarded(v))
            }
            _ => self.repr_unguarded(v),
        }
    }

    /// The type's repr slot called directly, as `object.__str__` does.
    fn repr_unguarded(&mut self, v: &Value) -> PyResult<Rc<str>> {
        match v {
            Value::None => Ok(Rc::from("None")),
            Value::Bool(b) => Ok(Rc::from(if *b { "True" } else { "False" })),
            Value::Int(i, _) => Ok(Rc::from(i.to_string())),
            Value::BigInt(b) => {
                if b.bits() > 4300 * 10 / 3 {
                    return self.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
                }
                Ok(Rc::from(b.to_string()))
            }
            Value::Float(f, _) => Ok(Rc::from(format::float_repr(*f))),
            Value::Str(s) => Ok(Rc::from(format::str_repr(s))),
            Value::Obj(o) => {
                let t = o.class();
                if t.class_data().is_some_and(|c| c.builtin) {
                    return self.native_repr(o);
                }
                let Some(m) = self.lookup_special(&t, "__repr__") else { return self.native_repr(o) };
                let r = self.call_bound(&m, v, vec![], vec![])?;
                match r {
                    Value::Str(s) => Ok(s),
                    other => {
                        let tn = self.type_name(&other);
                        self.type_error(format!("__repr__ returned non-string (type {tn})"))
                    }
                }
            }
        }
    }

    /// `object.__str__`: the type's repr slot called directly, its result unchecked (the
    /// caller, `str()`, says "__str__ returned non-string").
    pub fn object_str_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let t = o.class();
            if !t.class_data().is_some_and(|c| c.builtin) {
                if let Some(m) = self.lookup_special(&t, "__repr__") {
                    return self.call_bound(&m, v, vec![], vec![]);
                }
            }
        }
        Ok(Value::Str(self.repr_unguarded(v)?))
    }

    /// The fake address CPython would print, stable per object.
    pub fn addr(&self, o: &ObjRef) -> String {
        addr_of_id(o.id)
    }

    /// `object.__repr__` and the builtin types' reprs.
    pub fn native_repr(&mut self, o: &ObjRef) -> PyResult<Rc<str>> {
        if let Some(s) = self.stream_of(&Value::Obj(o.clone())) {
            return Ok(Rc::from(super::streams::stream_repr(s)));
        }
        let s: String = match &o.payload {
            Payload::List(l) => {
                let items = l.borrow().clone();
                return self.seq_repr(o, "[", "]", &items, false);
            }
            Payload::Tuple(t) => {
                let items = t.clone();
                return self.seq_repr(o, "(", ")", &items, items.len() == 1);
            }
            Payload::TypeForm(t) => super::type_forms::form_repr(self, o, t.clone())?,
            Payload::Dict(d) => {
                let items: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                if items.is_empty() {
                    let proxy = Rc::ptr_eq(&o.class(), &self.t.mappingproxy);
                    return Ok(Rc::from(if proxy { "mappingproxy({})" } else { "{}" }));
                }
                if self.repr_stack.contains(&o.id) {
                    return Ok(Rc::from("{...}"));
                }
                self.repr_enter(o.id)?;
                let mut parts = Vec::new();
                for (k, v) in items {
                    let r = self.repr(&k).and_then(|k| Ok(format!("{k}: {}", self.repr(&v)?)));
                    match r {
                        Ok(p) => parts.push(p),
                        Err(e) => {
                            self.repr_leave();
                            return Err(e);
                        }
                    }
                }
                self.repr_leave();
                if Rc::ptr_eq(&o.class(), &self.t.mappingproxy) {
                    format!("mappingproxy({{{}}})", parts.join(", "))
                } else {
                    format!("{{{}}}", parts.join(", "))
                }
            }
            Payload::Set(d) => {
                let keys = d.borrow().keys();
                if keys.is_empty() {
                    return Ok(Rc::from(format!("{}()", self.class_name(&o.class()))));
                }
                let inner = self.seq_repr(o, "{", "}", &keys, false)?;
                if o.class().class_data().is_some_and(|c| c.builtin) {
                    inner.to_string()
                } else {
                    format!("{}({inner})", self.class_name(&o.class()))
                }
            }
            Payload::FrozenSet(d) => {
                let keys = d.keys();
                if keys.is_empty() {
                    return Ok(Rc::from("frozenset()"));
                }
                let inner = self.seq_repr(o, "{", "}", &keys, false)?;
                format!("frozenset({inner})")
            }
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Payload::Class(c) => {
                let module = if c.builtin {
                    // A C type outside `builtins` names its module in its `tp_name`.
                    c.tp_name.borrow().as_deref().and_then(|t| t.rsplit_once('.')).map(|(m, _)| Value::str(m))
                } else {
                    let own = o
                        .dict
                        .as_ref()
                        .and_then(|d| d.dict_data())
                        .and_then(|d| d.borrow().get_str("__module__").cloned());
                    let tp_module =
                        || c.tp_name.borrow().as_deref().and_then(|t| t.rsplit_once('.')).map(|(m, _)| Value::str(m));
                    own.or_else(tp_module)
                };
                match module {
                    Some(Value::Str(m)) if &*m != "builtins" => format!("<class '{m}.{}'>", c.qualname.borrow()),
                    _ => format!("<class '{}'>", c.qualname.borrow()),
                }
            }
            Payload::Function(fd) => format!("<function {} at {}>", fd.qualname.borrow(), self.addr(o)),
            Payload::Builtin(b) => match b.kind {
                // A module's helper that CPython writes in Python (`functools`' `_le_from_lt`).
                super::function::BuiltinKind::Method if !b.qualname.contains('.') => {
                    format!("<function {} at {}>", b.qualname, self.addr(o))
                }
                super::function::BuiltinKind::Method => {
                    let owner = match b.owner.as_ref().and_then(|o| o.upgrade()) {
                        Some(c) => self.class_name(&c).to_string(),
                        None => b.qualname.rsplit_once('.').map_or("", |(o, _)| o).to_string(),
                    };
                    if super::function::is_dunder(&b.name) {
                        format!("<slot wrapper '{}' of '{owner}' objects>", b.name)
                    } else {
                        format!("<method '{}' of '{owner}' objects>", b.name)
                    }
                }
                // `object.__new__` is a builtin bound to its type in CPython.
                super::function::BuiltinKind::Static if b.owner.is_some() => {
                    let owner = b.owner.as_ref().and_then(|o| o.upgrade());
                    let at = owner.map(|o| self.addr(&o)).unwrap_or_default();
                    format!("<built-in method {} of type object at {at}>", b.name)
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                let fname = match &func {
                    Value::Obj(f) => match &f.payload {
                        Payload::Function(fd) => fd.qualname.borrow().to_string(),
                        Payload::Builtin(b) => b.qualname.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                if matches!(&func, Value::Obj(f) if matches!(f.payload, Payload::Builtin(_))) {
                    let name = fname.rsplit('.').next().unwrap_or("").to_string();
                    let tn = self.type_name(&receiver);
                    let at = match &receiver {
                        Value::Obj(r) => self.addr(r),
                        _ => "0x0".into(),
                    };
                    if super::function::is_dunder(&name) {
                        format!("<method-wrapper '{name}' of {tn} object at {at}>")
                    } else {
                        format!("<built-in method {name} of {tn} object at {at}>")
                    }
                } else {
                    let r = self.repr(&receiver)?;
                    format!("<bound method {fname} of {r}>")
                }
            }
            Payload::Exception(e) => {
                let args = e.args.borrow().clone();
                let items = self.tuple_items(&args).map(|a| a.to_vec()).unwrap_or_default();
                let name = self.class_name(&o.class());
                let mut parts = Vec::new();
                for a in &items {
                    parts.push(self.repr(a)?.to_string());
                }
                format!("{name}({})", parts.join(", "))
            }
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::SlotMember { name, owner, .. } => format!("<member '{name}' of '{owner}' objects>"),
            Payload::GetSet { name, owner } if Rc::ptr_eq(&o.class(), &self.t.member_descriptor) => {
                format!("<member '{name}' of '{owner}' objects>")
            }
            Payload::GetSet { name, owner } => format!("<attribute '{name}' of '{owner}' objects>"),
            Payload::Cell(c) => self.cell_repr(o, c),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Super { this_class, obj_type, .. } => {
                let tc = self.class_name(this_class);
                match obj_type {
                    Some(t) => format!("<super: <class '{tc}'>, <{} object>>", self.class_name(t)),
                    None => format!("<super: <class '{tc}'>, NULL>"),
                }
            }
            Payload::Generator(g) => generator_repr(&g.borrow().qualname(), o.id),
            // 3.10+: `<classmethod(<function A.f at 0x...>)>`.
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => {
                let kind = if matches!(o.payload, Payload::ClassMethod(_)) { "classmethod" } else { "staticmethod" };
                let inner = self.repr(&f.clone())?;
                format!("<{kind}({inner})>")
            }
            Payload::Module { name } if name.is_empty() => {
                // Made by `types.ModuleType`: named by its `__name__`, whatever that is.
                match o.own_attr("__name__") {
                    Some(n) => format!("<module {}>", self.repr(&n)?),
                    None => "<module '?'>".into(),
                }
            }
            Payload::Module { name } => format!("<module '{name}' (built-in)>"),
            Payload::Boxed(inner) => {
                let inner = inner.clone();
                let cname = self.class_name(&o.class());
                if cname.starts_with("dict_") {
                    // A dict view: dict_keys([...]) and friends.
                    let t = o.class();
                    if let Some(m) = self.lookup_special(&t, "__repr__") {
                        let r = self.call_bound(&m, &Value::Obj(o.clone()), vec![], vec![])?;
                        if let Value::Str(s) = r {
                            return Ok(s);
                        }
                    }
                }
                return self.repr(&inner);
            }
            _ => {
                let t = o.class();
                let cd = t.class_data();
                let module = if cd.is_some_and(|c| c.builtin) {
                    String::new()
                } else {
                    match t
                        .dict
                        .as_ref()
                        .and_then(|d| d.dict_data())
                        .and_then(|d| d.borrow().get_str("__module__").cloned())
                    {
                        Some(Value::Str(m)) => format!("{m}."),
                        _ => String::new(),
                    }
                };
                let qn = cd.map(|c| c.qualname.borrow().to_string()).unwrap_or_default();
                format!("<{module}{qn} object at {}>", self.addr(o))
            }
        };
        Ok(Rc::from(s))
    }

    pub(super) fn repr_enter(&mut self, id: u64) -> PyResult<()> {
        if self.repr_stack.len() as u32 + self.depth >= self.recursion_limit() {
            return self.err("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        self.repr_stack.push(id);
        Ok(())
    }

    pub(super) fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn seq_repr(
        &mut self,
        o: &ObjRef,
        open: &str,
        close: &str,
        items: &[Value],
        trailing_comma: bool,
    ) -> PyResult<Rc<str>> {
        if self.repr_stack.contains(&o.id) {
            return Ok(Rc::from(format!("{open}...{close}")));
        }
        self.repr_enter(o.id)?;
        let mut s = String::from(open);
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            match self.repr(it) {
                Ok(r) => s.push_str(&r),
                Err(e) => {
                    self.repr_leave();
                    return Err(e);
                }
            }
        }
        self.repr_leave();
        if trailing_comma {
            s.push(',');
        }
        s.push_str(close);
        let t = o.class();
        if !t.class_data().is_some_and(|c| c.builtin)
            && !matches!(o.payload, Payload::List(_) | Payload::Tuple(_) | Payload::Set(_))
        {
            return Ok(Rc::from(s));
        }
        Ok(Rc::from(s))
    }

    /// `str(v)` (CPython's `PyObject_Str`, which holds a recursion level while it runs).
    pub fn str_of(&mut self, v: &Value) -> PyResult<Rc<str>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Obj(o) if o.class().is_user_class() => {
                self.c_level(" while getting the str of an object", |it| it.str_unguarded(v))
            }
            _ => self.str_unguarded(v),
        }
    }

    fn str_unguarded(&mut self, v: &Value) -> PyResult<Rc<str>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Obj(o) => {
                let t = o.class();
                let m = self.lookup_special(&t, "__str__");
                match m {
                    Some(m) if !self.is_builtin_named(&m, "object.__str__") => {
                        let r = self.call_bound(&m, v, vec![], vec![])?;
                        self.str_result(r)
                    }
                    _ => {
                        let r = self.object_str_value(v)?;
                        self.str_result(r)
                    }
                }
            }
            _ => self.repr_unguarded(v),
        }
    }

    /// What `__str__` returned, which `str()` requires to be a str.
    fn str_result(&mut self, r: Value) -> PyResult<Rc<str>> {
        match r {
            Value::Str(s) => Ok(s),
            other => {
                let tn = self.type_name(&other);
                self.type_error(format!("__str__ returned non-string (type {tn})"))
            }
        }
    }

    /// `BaseException.__str__`.
    pub fn exc_args_str(&mut self, o: &ObjRef) -> PyResult<Rc<str>> {
        let Payload::Exception(e) = &o.payload else { return Ok(Rc::from("")) };
        if let Some(s) = self.exc_member_str(o)? {
            return Ok(s);
        }
        let args = e.args.borrow().clone();
        let items = self.tuple_items(&args).map(|a| a.to_vec()).unwrap_or_default();
        let is_key_error = self.is_instance(&Value::Obj(o.clone()), &self.t.exc("KeyError"));
        match items.as_slice() {
            [] => Ok(Rc::from("")),
            [one] if is_key_error => self.repr(one),
            [one] => self.str_of(one),
            _ => self.repr(&args),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) if spec.is_empty() => return Ok(s.to_string()),
            Value::Int(_, _) | Value::BigInt(_) | Value::Float(_, _) | Value::Str(_) | Value::Bool(_) | Value::None => {
                return self.native_format(v, spec)
            }
            _ => {}
        }
        let t = self.type_of(v);
        match self.lookup_special(&t, "__format__") {
            Some(m) if !self.is_builtin_named(&m, "object.__format__") => {
                let r = self.call_bound(&m, v, vec![Value::str(spec)], vec![])?;
                match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => {
                        let tn = self.type_name(&other);
                        self.type_error(format!("__format__ must return a str, not {tn}"))
                    }
                }
            }
            _ => {
                if let Value::Obj(o) = v {
                    if let Payload::Boxed(inner) = &o.payload {
                        let inner = inner.clone();
                        return self.native_format(&inner, spec);
                    }
                }
                if !spec.is_empty() {
                    return self.unsupported_format(v);
                }
                Ok(self.str_of(v)?.to_string())
            }
        }
    }

    /// `object.__format__` given a spec.
    pub fn unsupported_format<T>(&mut self, v: &Value) -> PyResult<T> {
        let tn = self.type_name(v);
        self.type_error(format!("unsupported format string passed to {tn}.__format__"))
    }

    pub fn native_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return Ok(self.str_of(v)?.to_string());
        }
        // Only numbers and str have their own `__format__`; the rest inherit `object.__format__`,
        // which takes no spec.
        if !matches!(v, Value::Int(..) | Value::BigInt(_) | Value::Bool(_) | Value::Float(..) | Value::Str(_)) {
            return self.unsupported_format(v);
        }
        let fs = match format::parse_format_spec(spec) {
            Ok(s) => s,
            Err(e) => return self.raise_fmt(e),
        };
        let r = match v {
            Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_) => {
                format::format_int(&super::numbers::to_big(v).unwrap_or_default(), &fs)
            }
            Value::Float(f, _) => format::format_float(*f, &fs),
            Value::Str(s) => format::format_str(s, &fs),
            _ => return self.unsupported_format(v),
        };
        match r {
            Ok(s) => Ok(s),
            Err(e) => self.raise_fmt(e),
        }
    }
}

/// The address metalab shows for the object with id `id`.
pub fn addr_of_id(id: u64) -> String {
    format!("0x7f{:010x}", 0x1000 + id * 0x30)
}

/// `<generator object f at 0x...>`, also for one already freed (an "Exception ignored" report).
pub fn generator_repr(qualname: &str, id: u64) -> String {
    format!("<generator object {qualname} at {}>", addr_of_id(id))
}
