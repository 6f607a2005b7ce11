//! `typing`'s special forms (`Union`, `Optional`, `ClassVar`, `Final`, `Literal`, `NoReturn`,
//! ...: instances of `_SpecialForm`, subscripted by their name) and `Any` (a class whose
//! metaclass `_AnyMeta` refuses `isinstance`), following `Lib/typing.py`.

use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::traced;
use super::typing::{
    as_items, contains, form_name, is_a, is_class, is_plain_tuple, none_type, own, params, same, type_check,
    union_form, K,
};
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

// ---- special forms ----

pub(super) fn form_getattr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, item] = params(it, "_SpecialForm.__getattr__", &["self", "item"], &args)?;
    if matches!(&item, Value::Str(s) if &**s == "__name__" || &**s == "__qualname__") {
        return Ok(own(&me, "_name").unwrap_or(Value::None));
    }
    let s = it.str_of(&item)?;
    it.attr_error(s)
}

pub(super) fn form_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, _bases] = params(it, "_SpecialForm.__mro_entries__", &["self", "bases"], &args)?;
    let r = it.repr(&me)?;
    it.type_error(format!("Cannot subclass {r}"))
}

pub(super) fn form_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_SpecialForm.__repr__", &["self"], &args)?;
    let name = form_name(it, &me).unwrap_or_else(|| Rc::from("?"));
    Ok(Value::str(&format!("typing.{name}")))
}

pub(super) fn form_call(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return it.type_error("_SpecialForm.__call__() missing 'self'") };
    let r = it.repr(me)?;
    it.type_error(format!("Cannot instantiate {r}"))
}

pub(super) fn form_instancecheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, _obj] = params(it, "_SpecialForm.__instancecheck__", &["self", "obj"], &args)?;
    let s = it.str_of(&me)?;
    it.type_error(format!("{s} cannot be used with isinstance()"))
}

pub(super) fn form_subclasscheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, _cls] = params(it, "_SpecialForm.__subclasscheck__", &["self", "cls"], &args)?;
    let s = it.str_of(&me)?;
    it.type_error(format!("{s} cannot be used with issubclass()"))
}

/// `Union[...]`, `Optional[...]`, `ClassVar[...]`, `Final[...]`; the others take no arguments.
pub(super) fn form_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, parameters] = params(it, "_SpecialForm.__getitem__", &["self", "parameters"], &args)?;
    let name = form_name(it, &me).unwrap_or_else(|| Rc::from("?"));
    traced(it, "_SpecialForm.__getitem__", &me.clone(), |it| match &*name {
        "Union" => union_getitem(it, &parameters),
        "Optional" => {
            let arg = type_check(it, &parameters, "typing.Optional requires a single type.", true, false)?;
            let pair = vec![arg, none_type(it)];
            let pair = it.tuple(pair);
            union_getitem(it, &pair)
        }
        "ClassVar" | "Final" => {
            let msg = format!("typing.{name} accepts only single type.");
            let item = type_check(it, &parameters, &msg, true, false)?;
            super::typing_alias::new_alias(it, K::Alias, &me, vec![item], None, true, false)
        }
        _ => it.type_error(format!("typing.{name} is not subscriptable")),
    })
}

/// `Union[X, Y, ...]`: checked, flattened, without repeats; one argument is itself.
pub(super) fn union_getitem(it: &mut Interp, parameters: &Value) -> PyResult<Value> {
    if is_plain_tuple(it, parameters) && it.tuple_items(parameters).is_some_and(|t| t.is_empty()) {
        return it.type_error("Cannot take a Union of no types.");
    }
    let mut flat: Vec<Value> = Vec::new();
    let mut checked = Vec::new();
    for p in as_items(it, parameters) {
        checked.push(type_check(it, &p, "Union[arg, ...]: each arg must be a type.", true, false)?);
    }
    for p in checked {
        if is_a(it, &p, K::UnionAlias) {
            let inner = own(&p, "__args__").unwrap_or(Value::None);
            flat.extend(as_items(it, &inner));
        } else if let Some(inner) = super::type_forms::union_args(it, &p) {
            flat.extend(inner);
        } else {
            flat.push(p);
        }
    }
    // `_deduplicate` builds a set: an unhashable argument is a TypeError.
    for p in &flat {
        it.hash(p)?;
    }
    let mut unique: Vec<Value> = Vec::new();
    for p in flat {
        if !contains(it, &unique, &p)? {
            unique.push(p);
        }
    }
    if unique.len() == 1 {
        return Ok(unique.remove(0));
    }
    let none = none_type(it);
    let optional = unique.len() == 2 && unique.iter().any(|p| p.is(&none));
    let form = union_form(it);
    super::typing_alias::new_alias(it, K::UnionAlias, &form, unique, optional.then_some("Optional"), true, false)
}

/// `Literal[...]`: values, not types; nested literals flattened, repeats (by value and type)
/// dropped.
pub(super) fn literal_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, parameters] = params(it, "_LiteralSpecialForm.__getitem__", &["self", "parameters"], &args)?;
    traced(it, "_LiteralSpecialForm.__getitem__", &me.clone(), |it| {
        let mut flat = Vec::new();
        for p in as_items(it, &parameters) {
            if is_a(it, &p, K::LiteralAlias) {
                let inner = own(&p, "__args__").unwrap_or(Value::None);
                flat.extend(as_items(it, &inner));
            } else {
                flat.push(p);
            }
        }
        let mut unique: Vec<Value> = Vec::new();
        let mut hashable = true;
        for p in &flat {
            if it.hash(p).is_err() {
                hashable = false;
            }
        }
        if hashable {
            for p in flat.iter() {
                let mut seen = false;
                for q in &unique {
                    if Rc::ptr_eq(&it.type_of(p), &it.type_of(q)) && same(it, p, q)? {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    unique.push(p.clone());
                }
            }
        } else {
            unique = flat;
        }
        super::typing_alias::new_alias(it, K::LiteralAlias, &me, unique, None, true, false)
    })
}

// ---- Any ----

pub(super) fn any_instancecheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, obj] = params(it, "_AnyMeta.__instancecheck__", &["self", "obj"], &args)?;
    if is_class(it, &me, K::Any) {
        return it.type_error("typing.Any cannot be used with isinstance()");
    }
    let Some(c) = me.as_obj() else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(it.is_instance(&obj, c)))
}

pub(super) fn any_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_AnyMeta.__repr__", &["self"], &args)?;
    if is_class(it, &me, K::Any) {
        return Ok(Value::str("typing.Any"));
    }
    let type_repr = it.getattr(&Value::Obj(it.t.type_.clone()), &Rc::from("__repr__"))?;
    it.call(&type_repr, vec![me], vec![])
}

/// `Any()` is refused; a subclass of `Any` is made by `object.__new__`.
pub(super) fn any_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.first().is_some_and(|c| is_class(it, c, K::Any)) {
        return it.type_error("Any cannot be instantiated");
    }
    let new = it.getattr(&Value::Obj(it.t.object.clone()), &Rc::from("__new__"))?;
    it.call(&new, args, kwargs)
}
