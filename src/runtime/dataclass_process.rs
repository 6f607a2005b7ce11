//! `_process_class`, the body of `@dataclass`: collects the fields (the dataclass bases'
//! first, in reverse MRO order, then the class's own annotations), checks them with
//! CPython's errors, and writes the methods (`dataclass_methods`) into the class unless it
//! defines them itself. The steps, their order and their messages are `Lib/dataclasses.py`'s.

use super::dataclass_classes::new_params;
use super::dataclass_fields::{get_field, is_kw_only};
use super::dataclass_methods::{self as methods, Fld, InitSpec, Kind};
use super::dataclasses::{
    attr, class_name, consts, dict_values, fattr, is_field, module_dict, own, set, FIELDS, PARAMS,
};
use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::{bind, traced};
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// The dataclass options, in `dataclass()`'s order, shared by `_process_class` and
/// `make_dataclass`.
const OPTIONS: [&str; 10] =
    ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];

/// `prefix` followed by the dataclass options: a parameter list for `bind`.
pub const fn options_after<const M: usize>(prefix: &[&'static str]) -> [&'static str; M] {
    assert!(M == prefix.len() + OPTIONS.len());
    let mut out = [""; M];
    let mut i = 0;
    while i < M {
        out[i] = if i < prefix.len() { prefix[i] } else { OPTIONS[i - prefix.len()] };
        i += 1;
    }
    out
}

/// `_process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
/// slots, weakref_slot)`, called by `dataclass`'s `wrap`.
pub fn process_class(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const NAMES: [&str; 11] = options_after(&["cls"]);
    let given = bind::<11>(it, "_process_class", &NAMES, 11, &[], args, kwargs)?;
    let mut raw: Vec<Value> = given.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
    let cls = raw.remove(0);
    traced(it, "_process_class", &cls.clone(), |it| process(it, cls, raw))
}

fn process(it: &mut Interp, cls: Value, raw: Vec<Value>) -> PyResult<Value> {
    let c = consts(it)?;
    let mut flags = [false; 10];
    for (flag, v) in flags.iter_mut().zip(&raw) {
        *flag = it.truthy(v)?;
    }
    let [init, repr, eq, order, unsafe_hash, frozen, match_args, _, slots, weakref_slot] = flags;
    let module = attr(it, &cls, "__module__")?;
    let globals = match module_dict(it, &module) {
        Some(g) => g,
        None => it.new_dict_obj(),
    };
    let params = new_params(it, &c, &raw[..6])?;
    set(it, &cls, PARAMS, params)?;

    let mut fields = DictData::new();
    let (mut any_frozen_base, mut has_dataclass_bases) = (false, false);
    let mro = attr(it, &cls, "__mro__")?;
    let mro = it.collect(&mro)?;
    for b in mro.iter().skip(1).rev() {
        let Some(base_fields) = it.getattr_opt(b, FIELDS)?.filter(|f| !f.is_none()) else { continue };
        has_dataclass_bases = true;
        for f in dict_values(it, &base_fields)? {
            let name = fattr(it, &f, "name")?;
            it.dict_insert(&mut fields, name, f)?;
        }
        let p = attr(it, b, PARAMS)?;
        let base_frozen = fattr(it, &p, "frozen")?;
        if it.truthy(&base_frozen)? {
            any_frozen_base = true;
        }
    }

    let annotations = match own(&cls, "__annotations__") {
        Some(a) => it.mapping_items(&a)?,
        None => Vec::new(),
    };
    let mut kw_only = raw[7].clone();
    let mut kw_only_seen = false;
    let mut cls_fields = Vec::new();
    for (name, ty) in &annotations {
        if is_kw_only(it, &c, &cls, ty)? {
            if kw_only_seen {
                let r = it.repr(name)?;
                return it.type_error(format!("{r} is KW_ONLY, but KW_ONLY has already been specified"));
            }
            kw_only_seen = true;
            kw_only = Value::Bool(true);
        } else {
            cls_fields.push(get_field(it, &c, &cls, name, ty, &kw_only)?);
        }
    }
    for f in &cls_fields {
        let name = fattr(it, f, "name")?;
        it.dict_insert(&mut fields, name.clone(), f.clone())?;
        let name = it.str_of(&name)?;
        let current = it.getattr_opt(&cls, &name)?;
        if current.is_some_and(|v| is_field(it, &c, &v)) {
            let default = fattr(it, f, "default")?;
            if default.is(&c.missing) {
                it.delattr(&cls, &name)?;
            } else {
                it.setattr(&cls, &name, default)?;
            }
        }
    }
    let own_items: Vec<(Value, Value)> = match cls.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) => d.dict_data().map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()),
        None => None,
    }
    .unwrap_or_default();
    for (name, value) in own_items {
        let annotated = annotations.iter().any(|(a, _)| matches!((a, &name), (Value::Str(x), Value::Str(y)) if x == y));
        if is_field(it, &c, &value) && !annotated {
            let r = it.repr(&name)?;
            return it.type_error(format!("{r} is a field but has no type annotation"));
        }
    }
    if has_dataclass_bases {
        if any_frozen_base && !frozen {
            return it.type_error("cannot inherit non-frozen dataclass from a frozen one");
        }
        if !any_frozen_base && frozen {
            return it.type_error("cannot inherit frozen dataclass from a non-frozen one");
        }
    }
    let field_objs: Vec<Value> = fields.iter().map(|e| e.value.clone()).collect();
    let self_field = fields.iter().any(|e| matches!(&e.key, Value::Str(k) if &**k == "self"));
    let fields_dict = it.dict_from(fields);
    set(it, &cls, FIELDS, fields_dict)?;

    let class_hash = own(&cls, "__hash__");
    let has_explicit_hash = match &class_hash {
        None => false,
        Some(h) => !(h.is_none() && own(&cls, "__eq__").is_some()),
    };
    if order && !eq {
        return it.value_error("eq must be true if order is true");
    }
    let mut all = Vec::new();
    for f in &field_objs {
        all.push(Fld::read(it, &c, f)?);
    }
    let init_fields: Vec<&Fld> = all.iter().filter(|f| matches!(f.kind, Kind::Field | Kind::InitVar)).collect();
    let std: Vec<&Fld> = init_fields.iter().copied().filter(|f| f.init && !f.kw_only).collect();
    let kw: Vec<&Fld> = init_fields.iter().copied().filter(|f| f.init && f.kw_only).collect();
    if init {
        let has_post_init = it.hasattr(&cls, &Rc::from("__post_init__"))?;
        let self_name = if self_field { "__dataclass_self__" } else { "self" };
        let spec = InitSpec { frozen, has_post_init, self_name, slots };
        let f = methods::init_fn(it, &c, &init_fields, &std, &kw, &spec, &globals)?;
        set_new_attribute(it, &cls, "__init__", f)?;
    }
    let field_list: Vec<&Fld> = all.iter().filter(|f| f.kind == Kind::Field).collect();
    if repr {
        let flds: Vec<&Fld> = field_list.iter().copied().filter(|f| f.repr).collect();
        let f = methods::repr_fn(it, &c, &flds, &globals)?;
        set_new_attribute(it, &cls, "__repr__", f)?;
    }
    let compared: Vec<&Fld> = field_list.iter().copied().filter(|f| f.compare).collect();
    if eq {
        let f = methods::cmp_fn(it, "__eq__", "==", &compared, &globals)?;
        set_new_attribute(it, &cls, "__eq__", f)?;
    }
    if order {
        for (name, op) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
            let f = methods::cmp_fn(it, name, op, &compared, &globals)?;
            if set_new_attribute(it, &cls, name, f)? {
                let cn = class_name(it, &cls)?;
                return it.type_error(format!(
                    "Cannot overwrite attribute {name} in class {cn}. Consider using functools.total_ordering"
                ));
            }
        }
    }
    if frozen {
        let fns = methods::frozen_fns(it, &c, &cls, &field_list, &globals)?;
        for (f, name) in fns.into_iter().zip(["__setattr__", "__delattr__"]) {
            if set_new_attribute(it, &cls, name, f)? {
                let cn = class_name(it, &cls)?;
                return it.type_error(format!("Cannot overwrite attribute {name} in class {cn}"));
            }
        }
    }
    // `_hash_action[unsafe_hash, eq, frozen, has_explicit_hash]`.
    if unsafe_hash && has_explicit_hash {
        let cn = class_name(it, &cls)?;
        return it.type_error(format!("Cannot overwrite attribute __hash__ in class {cn}"));
    }
    if !has_explicit_hash && (unsafe_hash || (eq && frozen)) {
        let mut flds = Vec::new();
        for f in &field_list {
            let hashed = if f.hash.is_none() { f.compare } else { it.truthy(&f.hash)? };
            if hashed {
                flds.push(*f);
            }
        }
        let f = methods::hash_fn(it, &flds, &globals)?;
        set_qualname(it, &cls, &f)?;
        set(it, &cls, "__hash__", f)?;
    } else if !has_explicit_hash && eq && !frozen && !unsafe_hash {
        set(it, &cls, "__hash__", Value::None)?;
    }
    let doc = attr(it, &cls, "__doc__")?;
    if !it.truthy(&doc)? {
        let sig = super::dataclass_sig::class_signature(it, &cls)?;
        let name = class_name(it, &cls)?;
        set(it, &cls, "__doc__", Value::str(&format!("{name}{sig}")))?;
    }
    if match_args {
        let names = std.iter().map(|f| Value::Str(f.name.clone())).collect();
        let names = it.tuple(names);
        set_new_attribute(it, &cls, "__match_args__", names)?;
    }
    if weakref_slot && !slots {
        return it.type_error("weakref_slot is True but slots is False");
    }
    let cls = if slots { super::dataclass_slots::add_slots(it, &cls, frozen, weakref_slot)? } else { cls };
    super::abc::update_abstracts(it, &cls)?;
    Ok(cls)
}

/// `_set_new_attribute`: sets `name` unless the class defines it itself (then true).
fn set_new_attribute(it: &mut Interp, cls: &Value, name: &str, value: Value) -> PyResult<bool> {
    if own(cls, name).is_some() {
        return Ok(true);
    }
    set_qualname(it, cls, &value)?;
    set(it, cls, name, value)?;
    Ok(false)
}

/// `_set_qualname`: a generated function is named `P.__init__` after its class.
fn set_qualname(it: &mut Interp, cls: &Value, f: &Value) -> PyResult<()> {
    if matches!(f, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
        let q = attr(it, cls, "__qualname__")?;
        let n = attr(it, f, "__name__")?;
        let qualname = format!("{}.{}", it.str_of(&q)?, it.str_of(&n)?);
        set(it, f, "__qualname__", Value::str(&qualname))?;
    }
    Ok(())
}
