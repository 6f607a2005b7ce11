//! The attributes builtin classes compute rather than keep in their dict: CPython's getset
//! descriptors and C members (`function.__closure__`, `classmethod.__func__`,
//! `generator.gi_running`). `native_attr` answers them on instances; this table lists them for
//! `dir()` and "Did you mean", says which are read-only and how CPython words that, and gives
//! the descriptor a class hands out for them (`classmethod.__func__` is
//! `<member '__func__' of 'classmethod' objects>`).

use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;

/// Per builtin class, the computed attributes metalab answers.
pub(super) const COMPUTED_ATTRS: &[(&str, &[&str])] = &[
    (
        "type",
        &[
            "__abstractmethods__",
            "__base__",
            "__bases__",
            "__dict__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
            "__text_signature__",
        ],
    ),
    (
        "function",
        &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
    ),
    ("method", &["__func__", "__self__"]),
    ("builtin_function_or_method", &["__name__", "__qualname__"]),
    ("method-wrapper", &["__name__", "__qualname__"]),
    ("int", &["denominator", "imag", "numerator", "real"]),
    ("float", &["imag", "real"]),
    ("BaseException", &["__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args"]),
    ("range", &["start", "step", "stop"]),
    ("slice", &["start", "step", "stop"]),
    ("property", &["__isabstractmethod__", "fdel", "fget", "fset"]),
    ("classmethod", &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"]),
    ("staticmethod", &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"]),
    ("super", &["__self__", "__self_class__", "__thisclass__"]),
    ("generator", &["__name__", "__qualname__", "gi_running", "gi_suspended", "gi_yieldfrom"]),
    ("cell", &["cell_contents"]),
    ("UnionType", &["__args__", "__parameters__"]),
    ("GenericAlias", &["__args__", "__origin__", "__parameters__", "__typing_unpacked_tuple_args__", "__unpacked__"]),
];

/// The computed attributes that are C members (`PyMemberDef`), which CPython shows as
/// `<member ...>` and refuses to set with "readonly attribute"; the others are getsets.
const MEMBERS: &[(&str, &[&str])] = &[
    ("function", &["__builtins__", "__closure__", "__globals__"]),
    ("method", &["__func__", "__self__"]),
    ("range", &["start", "step", "stop"]),
    ("slice", &["start", "step", "stop"]),
    ("property", &["fdel", "fget", "fset"]),
    ("classmethod", &["__func__", "__wrapped__"]),
    ("staticmethod", &["__func__", "__wrapped__"]),
    ("super", &["__self__", "__self_class__", "__thisclass__"]),
    ("types.UnionType", &["__args__"]),
    ("types.GenericAlias", &["__args__", "__origin__", "__unpacked__"]),
];

fn listed(table: &[(&str, &'static [&'static str])], class: &str, name: &str) -> Option<&'static str> {
    let (_, names) = table.iter().find(|(c, _)| *c == class)?;
    names.iter().find(|n| **n == name).copied()
}

/// The computed attribute names of builtin class `class` (for `dir()`).
pub(super) fn names_of(class: &str) -> &'static [&'static str] {
    COMPUTED_ATTRS.iter().find(|(c, _)| *c == class).map_or(&[], |(_, names)| names)
}

/// A cheap first test for the hot `obj.x = v` path on objects with a `__dict__`: a plain
/// instance has no computed attributes (a builtin base gives it another payload), and the
/// names such objects can have (numbers, ranges and slices have no `__dict__`).
#[inline]
pub(super) fn may_be_computed(o: &super::value::Obj, name: &str) -> bool {
    !matches!(o.payload, Payload::Instance | Payload::Slots(_))
        && (name.starts_with("__")
            || name.starts_with("gi_")
            || matches!(name, "cell_contents" | "fget" | "fset" | "fdel"))
}

impl Interp {
    /// The builtin class along `tp`'s MRO that computes `name`, with the name's static copy.
    fn computed_owner(&self, tp: &ObjRef, name: &str) -> Option<(ObjRef, &'static str)> {
        let cd = tp.class_data()?;
        let mro = cd.mro.borrow();
        mro.iter().find_map(|c| {
            let cd = c.class_data().filter(|cd| cd.builtin)?;
            listed(COMPUTED_ATTRS, &cd.name(), name).map(|n| (c.clone(), n))
        })
    }

    /// Assigning (`Some`) or deleting (`None`) a computed attribute that no more specific
    /// setter took: `__dict__` is replaced (never deleted), the others are read-only, in
    /// CPython's words for a member or a getset. `false`: `name` is not computed by `tp`.
    pub(super) fn set_computed_attr(
        &mut self,
        obj: &Value,
        tp: &ObjRef,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some((owner, name)) = self.computed_owner(tp, name) else { return Ok(false) };
        let on = self.class_name(&owner);
        if name == "__dict__" {
            if value.is_none() {
                return self.type_error("cannot delete __dict__");
            }
            return self.replace_instance_dict(obj, value).map(|_| true);
        }
        if self.set_writable_getset(obj, name, value)? {
            return Ok(true);
        }
        if listed(MEMBERS, &on, name).is_some() {
            return self.attr_error("readonly attribute");
        }
        self.attr_error(format!("attribute '{name}' of '{on}' objects is not writable"))
    }

    /// `C.name` for a computed attribute of builtin class `cls` (or a base): the member or
    /// getset descriptor, the same object each time.
    pub(super) fn computed_descriptor(&mut self, cls: &ObjRef, name: &str) -> Option<Value> {
        let (owner, name) = self.computed_owner(cls, name)?;
        let key = (owner.id, name);
        if let Some((_, d)) = self.computed_descriptors.iter().find(|(k, _)| *k == key) {
            return Some(d.clone());
        }
        let on = self.class_name(&owner);
        let kind = if listed(MEMBERS, &on, name).is_some() {
            self.t.member_descriptor.clone()
        } else {
            self.t.getset_descriptor.clone()
        };
        let d = Value::Obj(self.heap.alloc(Some(kind), None, Payload::GetSet { name, owner: on }));
        self.computed_descriptors.push((key, d.clone()));
        Some(d)
    }

    /// `descriptor.__get__(obj)` for a computed attribute's descriptor: the attribute, after
    /// CPython's check that `obj` is an instance of the descriptor's class.
    pub(super) fn computed_get(&mut self, name: &'static str, owner: &str, obj: &Value) -> PyResult<Value> {
        let tp = self.type_of(obj);
        let applies = self.computed_owner(&tp, name).is_some_and(|(c, _)| *self.class_name(&c) == *owner);
        if !applies {
            let tn = self.type_name(obj);
            return self
                .type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"));
        }
        if let Value::Obj(o) = obj {
            if o.is_class() {
                if let Some(v) = self.class_special_attr(o, name)? {
                    return Ok(v);
                }
            }
        }
        match self.native_attr(obj, name)? {
            Some(v) => Ok(v),
            None => {
                let tn = self.type_name(obj);
                self.attr_error(format!("'{tn}' object has no attribute '{name}'"))
            }
        }
    }
}

impl Interp {
    /// The computed attributes CPython lets a program assign or delete, beyond `__dict__` and
    /// the function and exception ones (`set_function_attr`, `set_exception_attr`).
    fn set_writable_getset(&mut self, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
        let Value::Obj(o) = obj else { return Ok(false) };
        match (&o.payload, name) {
            (Payload::Generator(g), "__name__" | "__qualname__") => {
                let Some(Value::Str(s)) = value else {
                    return self.type_error(format!("{name} must be set to a string object"));
                };
                g.borrow_mut().set_name(name == "__name__", s);
            }
            (Payload::Cell(c), "cell_contents") => drop(c.set(value)),
            _ => return Ok(false),
        }
        Ok(true)
    }
}
