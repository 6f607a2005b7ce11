//! Which annotations of a dataclass are fields, and their `Field` objects (`_get_field`):
//! a class attribute becomes the default, `ClassVar` (once `typing` is imported) and
//! `InitVar` annotations, also as strings, mark pseudo-fields, and a mutable default is
//! refused with CPython's ValueError.

use super::dataclass_classes::new_field;
use super::dataclasses::{attr, consts, fattr, fset, is_field, module_dict, Consts};
use super::interp::Interp;
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// `_get_field`: the `Field` for annotation `name: ty` (the class attribute's own `Field`,
/// or a new one with the attribute as its default), checked.
pub fn get_field(
    it: &mut Interp,
    c: &Consts,
    cls: &Value,
    name: &Value,
    ty: &Value,
    kw_only: &Value,
) -> PyResult<Value> {
    let Value::Str(name_str) = name else {
        let tn = it.type_name(name);
        return it.type_error(format!("attribute name must be string, not '{tn}'"));
    };
    let default = it.getattr_opt(cls, name_str)?.unwrap_or_else(|| c.missing.clone());
    let f = if is_field(it, c, &default) {
        default
    } else {
        let member = matches!(&default, Value::Obj(o) if matches!(o.payload, Payload::SlotMember { .. }));
        let default = if member { c.missing.clone() } else { default };
        let (m, t) = (c.missing.clone(), Value::Bool(true));
        new_field(it, c, vec![default, m.clone(), t.clone(), t.clone(), Value::None, t, Value::None, m])?
    };
    fset(it, &f, "name", name.clone())?;
    fset(it, &f, "type", ty.clone())?;
    fset(it, &f, "_field_type", c.kinds[0].clone())?;
    let mut kind = 0;
    if let Some(typing) = it.modules.get("typing").cloned() {
        let typing = Value::Obj(typing);
        if let Some(classvar) = it.getattr_opt(&typing, "ClassVar")? {
            let by_str = |it: &mut Interp| match ty {
                Value::Str(s) => is_type(it, cls, s, &typing, &classvar, Marker::ClassVar),
                _ => Ok(false),
            };
            if is_classvar(it, ty, &classvar)? || by_str(it)? {
                kind = 1;
            }
        }
    }
    if kind == 0 {
        let initvar = Value::Obj(c.initvar.clone());
        let by_str = |it: &mut Interp| match (ty, it.modules.get("dataclasses").cloned()) {
            (Value::Str(s), Some(m)) => is_type(it, cls, s, &Value::Obj(m), &initvar, Marker::InitVar),
            _ => Ok(false),
        };
        if is_marker(it, c, ty, Marker::InitVar)? || by_str(it)? {
            kind = 2;
        }
    }
    if kind != 0 {
        fset(it, &f, "_field_type", c.kinds[kind].clone())?;
        if !fattr(it, &f, "default_factory")?.is(&c.missing) {
            return it.type_error(format!("field {name_str} cannot have a default factory"));
        }
    }
    let own_kw_only = fattr(it, &f, "kw_only")?;
    if kind != 1 {
        if own_kw_only.is(&c.missing) {
            fset(it, &f, "kw_only", kw_only.clone())?;
        }
    } else if !own_kw_only.is(&c.missing) {
        return it.type_error(format!("field {name_str} is a ClassVar but specifies kw_only"));
    }
    if kind == 0 {
        let default = fattr(it, &f, "default")?;
        let default_cls = Value::Obj(it.type_of(&default));
        if attr(it, &default_cls, "__hash__")?.is_none() {
            let tp = Value::Obj(it.type_of(&default));
            let tp = it.str_of(&tp)?;
            return it
                .value_error(format!("mutable default {tp} for field {name_str} is not allowed: use default_factory"));
        }
    }
    Ok(f)
}

#[derive(Clone, Copy)]
enum Marker {
    ClassVar,
    InitVar,
    KwOnly,
}

/// `_is_classvar`: `typing.ClassVar`, or `ClassVar[...]` (a `typing._GenericAlias` whose
/// `__origin__` it is; any `typing` class if the module has no `_GenericAlias`).
fn is_classvar(it: &mut Interp, v: &Value, classvar: &Value) -> PyResult<bool> {
    if v.is(classvar) {
        return Ok(true);
    }
    let Value::Obj(o) = v else { return Ok(false) };
    let tp = Value::Obj(o.class());
    let generic = match it.modules.get("typing").cloned() {
        Some(typing) => it.getattr_opt(&Value::Obj(typing), "_GenericAlias")?,
        None => None,
    };
    let is_alias = match generic {
        Some(g) => tp.is(&g),
        None => matches!(it.getattr_opt(&tp, "__module__")?, Some(Value::Str(m)) if &*m == "typing"),
    };
    Ok(is_alias && it.getattr_opt(v, "__origin__")?.is_some_and(|origin| origin.is(classvar)))
}

/// `_is_initvar` (`InitVar` or `InitVar[T]`) and `_is_kw_only` (`KW_ONLY`).
fn is_marker(it: &mut Interp, c: &Consts, v: &Value, marker: Marker) -> PyResult<bool> {
    Ok(match marker {
        Marker::InitVar => v.is(&Value::Obj(c.initvar.clone())) || Rc::ptr_eq(&it.type_of(v), &c.initvar),
        Marker::KwOnly => v.is(&c.kw_only),
        Marker::ClassVar => false,
    })
}

pub fn is_kw_only(it: &mut Interp, c: &Consts, cls: &Value, ty: &Value) -> PyResult<bool> {
    if is_marker(it, c, ty, Marker::KwOnly)? {
        return Ok(true);
    }
    match (ty, it.modules.get("dataclasses").cloned()) {
        (Value::Str(s), Some(m)) => is_type(it, cls, s, &Value::Obj(m), &c.kw_only.clone(), Marker::KwOnly),
        _ => Ok(false),
    }
}

/// `_MODULE_IDENTIFIER_RE.match`: `^(?:\s*(\w+)\s*\.)?\s*(\w+)`.
fn module_identifier(s: &str) -> Option<(Option<&str>, &str)> {
    fn word(s: &str) -> (&str, &str) {
        let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
        s.split_at(end)
    }
    let (first, rest) = word(s.trim_start());
    if first.is_empty() {
        return None;
    }
    if let Some(after) = rest.trim_start().strip_prefix('.') {
        let (second, _) = word(after.trim_start());
        if !second.is_empty() {
            return Some((Some(first), second));
        }
    }
    Some((None, first))
}

/// `_is_type`: whether a string annotation (`"ClassVar[int]"`, `"dataclasses.InitVar"`) names
/// `a_type`, looked up in the class's module (or in `a_type`'s, through its module's name).
fn is_type(
    it: &mut Interp,
    cls: &Value,
    annotation: &str,
    a_module: &Value,
    a_type: &Value,
    marker: Marker,
) -> PyResult<bool> {
    let Some((module_name, name)) = module_identifier(annotation) else { return Ok(false) };
    let cls_module = attr(it, cls, "__module__")?;
    let ns = match module_name {
        None => module_dict(it, &cls_module),
        Some(m) => {
            let bound =
                module_dict(it, &cls_module).and_then(|d| d.dict_data().and_then(|d| d.borrow().get_str(m).cloned()));
            if bound.is_some_and(|b| b.is(a_module)) {
                let a_type_module = attr(it, a_type, "__module__")?;
                module_dict(it, &a_type_module)
            } else {
                None
            }
        }
    };
    let Some(ns) = ns else { return Ok(false) };
    let v = ns.dict_data().and_then(|d| d.borrow().get_str(name).cloned()).unwrap_or(Value::None);
    let c = consts(it)?;
    match marker {
        Marker::ClassVar => is_classvar(it, &v, a_type),
        _ => is_marker(it, &c, &v, marker),
    }
}
