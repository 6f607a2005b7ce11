//! The methods `@dataclass` writes: the same source text as `Lib/dataclasses.py`'s
//! `_init_fn`, `_repr_fn`, `_cmp_fn`, `_frozen_get_del_attr` and `_hash_fn`, run by
//! `_create_fn`'s `exec` of a `__create_fn__` wrapper whose parameters are the names the
//! method reads (`_type_x`, `_dflt_x`, `MISSING`, ...). Running CPython's text rather than
//! native methods is what makes them Python functions of `<string>`, with CPython's
//! argument errors (`P.__init__() missing 1 required positional argument: 'x'`), traceback
//! lines (`File "<string>", line 4, in __setattr__`) and profile events.

use super::dataclasses::{fattr, fname, Consts};
use super::interp::Interp;
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// What the generators read of one field (`Field`'s attributes, read once).
pub struct Fld {
    pub name: Rc<str>,
    pub ty: Value,
    pub default: Value,
    pub factory: Value,
    pub init: bool,
    pub repr: bool,
    pub compare: bool,
    pub hash: Value,
    pub kw_only: bool,
    pub kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Field,
    ClassVar,
    InitVar,
    /// A `_field_type` that is none of the three (a field made by hand).
    Other,
}

impl Fld {
    pub fn read(it: &mut Interp, c: &Consts, f: &Value) -> PyResult<Fld> {
        let name = fname(it, f)?;
        let flag = |it: &mut Interp, n: &str| -> PyResult<bool> {
            let v = fattr(it, f, n)?;
            it.truthy(&v)
        };
        let (init, repr, compare, kw_only) =
            (flag(it, "init")?, flag(it, "repr")?, flag(it, "compare")?, flag(it, "kw_only")?);
        let kind = fattr(it, f, "_field_type")?;
        let kind = match c.kinds.iter().position(|k| k.is(&kind)) {
            Some(0) => Kind::Field,
            Some(1) => Kind::ClassVar,
            Some(2) => Kind::InitVar,
            _ => Kind::Other,
        };
        Ok(Fld {
            name,
            ty: fattr(it, f, "type")?,
            default: fattr(it, f, "default")?,
            factory: fattr(it, f, "default_factory")?,
            init,
            repr,
            compare,
            hash: fattr(it, f, "hash")?,
            kw_only,
            kind,
        })
    }
}

/// `_create_fn`: `def __create_fn__(<locals>):` around ` def <name>(<args>):` and its body,
/// exec'd in `globals` (the class's module), then called with the locals as keywords.
fn create_fn(
    it: &mut Interp,
    name: &str,
    args: &[String],
    body: &[String],
    globals: &ObjRef,
    mut locals: Vec<(String, Value)>,
    return_type: Option<Value>,
) -> PyResult<Value> {
    let mut annotation = "";
    if let Some(t) = return_type {
        locals.push(("_return_type".into(), t));
        annotation = "->_return_type";
    }
    let body: Vec<String> = body.iter().map(|b| format!("  {b}")).collect();
    let txt = format!(" def {name}({}){annotation}:\n{}", args.join(","), body.join("\n"));
    let vars: Vec<&str> = locals.iter().map(|(k, _)| k.as_str()).collect();
    let txt = format!("def __create_fn__({}):\n{txt}\n return {name}", vars.join(", "));
    let ns = it.new_dict_obj();
    super::exec_eval::b_exec(it, vec![Value::str(&txt), Value::Obj(globals.clone()), Value::Obj(ns.clone())], vec![])?;
    let f = ns.dict_data().and_then(|d| d.borrow().get_str("__create_fn__").cloned()).unwrap_or(Value::None);
    let kwargs = locals.into_iter().map(|(k, v)| (Rc::from(k), v)).collect();
    it.call(&f, vec![], kwargs)
}

/// `(self.x,self.y,)`, or `()`.
pub fn tuple_str(obj: &str, fields: &[&Fld]) -> String {
    if fields.is_empty() {
        return "()".into();
    }
    let parts: Vec<String> = fields.iter().map(|f| format!("{obj}.{}", f.name)).collect();
    format!("({},)", parts.join(","))
}

fn missing(c: &Consts, v: &Value) -> bool {
    v.is(&c.missing)
}

/// `_field_init`: the line that sets one field (adding the default it reads to `locals`).
fn field_init(
    c: &Consts,
    f: &Fld,
    frozen: bool,
    locals: &mut Vec<(String, Value)>,
    me: &str,
    slots: bool,
) -> Option<String> {
    let default_name = format!("_dflt_{}", f.name);
    let name = &f.name;
    let value = if !missing(c, &f.factory) {
        locals.push((default_name.clone(), f.factory.clone()));
        if f.init {
            format!("{default_name}() if {name} is _HAS_DEFAULT_FACTORY else {name}")
        } else {
            format!("{default_name}()")
        }
    } else if f.init {
        if !missing(c, &f.default) {
            locals.push((default_name, f.default.clone()));
        }
        name.to_string()
    } else if slots && !missing(c, &f.default) {
        locals.push((default_name.clone(), f.default.clone()));
        default_name
    } else {
        return None;
    };
    if f.kind == Kind::InitVar {
        return None;
    }
    Some(if frozen {
        format!("__dataclass_builtins_object__.__setattr__({me},'{name}',{value})")
    } else {
        format!("{me}.{name}={value}")
    })
}

/// `_init_param`: `x:_type_x`, `x:_type_x=_dflt_x` or `x:_type_x=_HAS_DEFAULT_FACTORY`.
fn init_param(c: &Consts, f: &Fld) -> String {
    let default = if missing(c, &f.default) && missing(c, &f.factory) {
        String::new()
    } else if !missing(c, &f.default) {
        format!("=_dflt_{}", f.name)
    } else {
        "=_HAS_DEFAULT_FACTORY".into()
    };
    format!("{0}:_type_{0}{default}", f.name)
}

/// What `_init_fn` needs besides the fields.
pub struct InitSpec<'a> {
    pub frozen: bool,
    pub has_post_init: bool,
    pub self_name: &'a str,
    pub slots: bool,
}

/// `_init_fn`: `__init__(self, <std fields>, *, <kw-only fields>)`.
pub fn init_fn(
    it: &mut Interp,
    c: &Consts,
    fields: &[&Fld],
    std: &[&Fld],
    kw_only: &[&Fld],
    spec: &InitSpec,
    globals: &ObjRef,
) -> PyResult<Value> {
    let mut seen_default = false;
    for f in std.iter().filter(|f| f.init) {
        if !(missing(c, &f.default) && missing(c, &f.factory)) {
            seen_default = true;
        } else if seen_default {
            return it.type_error(format!("non-default argument '{}' follows default argument", f.name));
        }
    }
    let mut locals: Vec<(String, Value)> = fields.iter().map(|f| (format!("_type_{}", f.name), f.ty.clone())).collect();
    locals.push(("MISSING".into(), c.missing.clone()));
    locals.push(("_HAS_DEFAULT_FACTORY".into(), c.has_factory.clone()));
    locals.push(("__dataclass_builtins_object__".into(), Value::Obj(it.t.object.clone())));
    let me = spec.self_name;
    let mut body: Vec<String> =
        fields.iter().filter_map(|f| field_init(c, f, spec.frozen, &mut locals, me, spec.slots)).collect();
    if spec.has_post_init {
        let names: Vec<&str> = fields.iter().filter(|f| f.kind == Kind::InitVar).map(|f| &*f.name).collect();
        body.push(format!("{me}.__post_init__({})", names.join(",")));
    }
    if body.is_empty() {
        body.push("pass".into());
    }
    let mut params = vec![me.to_string()];
    params.extend(std.iter().map(|f| init_param(c, f)));
    if !kw_only.is_empty() {
        params.push("*".into());
        params.extend(kw_only.iter().map(|f| init_param(c, f)));
    }
    create_fn(it, "__init__", &params, &body, globals, locals, Some(Value::None))
}

/// `_repr_fn`: `P(x=1, y=2)` by the instance's class `__qualname__`, wrapped by
/// `_recursive_repr` (`...` for an instance inside itself).
pub fn repr_fn(it: &mut Interp, c: &Consts, fields: &[&Fld], globals: &ObjRef) -> PyResult<Value> {
    let parts: Vec<String> = fields.iter().map(|f| format!("{0}={{self.{0}!r}}", f.name)).collect();
    let body = [format!("return self.__class__.__qualname__ + f\"({})\"", parts.join(", "))];
    let f = create_fn(it, "__repr__", &["self".into()], &body, globals, Vec::new(), None)?;
    it.call(&c.recursive_repr, vec![f], vec![])
}

/// `_cmp_fn`: compares the tuples of fields of two instances of the same class, else
/// `NotImplemented`.
pub fn cmp_fn(it: &mut Interp, name: &str, op: &str, fields: &[&Fld], globals: &ObjRef) -> PyResult<Value> {
    let body = [
        "if other.__class__ is self.__class__:".to_string(),
        format!(" return {}{op}{}", tuple_str("self", fields), tuple_str("other", fields)),
        "return NotImplemented".into(),
    ];
    create_fn(it, name, &["self".into(), "other".into()], &body, globals, Vec::new(), None)
}

/// `_frozen_get_del_attr`: `__setattr__` and `__delattr__` that raise `FrozenInstanceError`
/// for the fields (and for any name on the class itself).
pub fn frozen_fns(it: &mut Interp, c: &Consts, cls: &Value, fields: &[&Fld], globals: &ObjRef) -> PyResult<[Value; 2]> {
    let locals = vec![("cls".to_string(), cls.clone()), ("FrozenInstanceError".to_string(), c.frozen_error.clone())];
    let names = if fields.is_empty() {
        "()".to_string()
    } else {
        let quoted: Vec<String> = fields.iter().map(|f| format!("'{}'", f.name)).collect();
        format!("({},)", quoted.join(","))
    };
    let condition = format!("if type(self) is cls or name in {names}:");
    let set = [
        condition.clone(),
        " raise FrozenInstanceError(f\"cannot assign to field {name!r}\")".into(),
        "super(cls, self).__setattr__(name, value)".into(),
    ];
    let args: Vec<String> = ["self", "name", "value"].iter().map(|s| s.to_string()).collect();
    let setattr = create_fn(it, "__setattr__", &args, &set, globals, locals.clone(), None)?;
    let del = [
        condition,
        " raise FrozenInstanceError(f\"cannot delete field {name!r}\")".into(),
        "super(cls, self).__delattr__(name)".into(),
    ];
    let delattr = create_fn(it, "__delattr__", &args[..2], &del, globals, locals, None)?;
    Ok([setattr, delattr])
}

/// `_hash_fn`: the hash of the tuple of fields.
pub fn hash_fn(it: &mut Interp, fields: &[&Fld], globals: &ObjRef) -> PyResult<Value> {
    let body = [format!("return hash({})", tuple_str("self", fields))];
    create_fn(it, "__hash__", &["self".into()], &body, globals, Vec::new(), None)
}
