//! `_process_class`, the body of `@dataclass`: collects the fields (the dataclass bases'
//! first, in reverse MRO order, then the class's own annotations), checks them with
//! CPython's errors, and writes the methods (`dataclass_methods`) into the class unless it
//! defines them itself. The steps, their order and their messages are `Lib/dataclasses.py`'s.

use super::dataclass_methods::{self as methods, Fld, InitSpec, Kind};
use super::dataclasses::{
    attr, consts, dict_values, fattr, fname, fset, new_field, new_params, only_fields, Consts, FIELDS, PARAMS,
};
use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::{bind, traced};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// `_process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
/// slots, weakref_slot)`, called by `dataclass`'s `wrap`.
pub fn process_class(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const NAMES: [&str; 11] = [
        "cls",
        "init",
        "repr",
        "eq",
        "order",
        "unsafe_hash",
        "frozen",
        "match_args",
        "kw_only",
        "slots",
        "weakref_slot",
    ];
    let given = bind::<11>(it, "_process_class", &NAMES, 11, &[], args, kwargs)?;
    let mut raw: Vec<Value> = given.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
    let cls = raw.remove(0);
    traced(it, "_process_class", &cls.clone(), |it| process(it, cls, raw))
}

fn set(it: &mut Interp, v: &Value, name: &str, value: Value) -> PyResult<()> {
    it.setattr(v, &Rc::from(name), value)
}

/// `sys.modules[name].__dict__`, for the modules metalab has.
fn module_dict(it: &Interp, name: &Value) -> Option<ObjRef> {
    match name {
        Value::Str(m) if &**m == "__main__" => Some(it.globals.clone()),
        Value::Str(m) => it.modules.get(&**m).and_then(|md| md.dict.clone()),
        _ => None,
    }
}

fn is_field(it: &Interp, c: &Consts, v: &Value) -> bool {
    it.is_instance(v, &c.field)
}

fn own(cls: &Value, name: &str) -> Option<Value> {
    cls.as_obj().and_then(|o| o.own_attr(name))
}

fn class_name(it: &mut Interp, cls: &Value) -> PyResult<Rc<str>> {
    let n = attr(it, cls, "__name__")?;
    it.str_of(&n)
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
    if slots {
        return add_slots(it, &cls, frozen, weakref_slot);
    }
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

/// `_get_field`: the `Field` for annotation `name: ty` (the class attribute's own `Field`,
/// or a new one with the attribute as its default), checked.
fn get_field(it: &mut Interp, c: &Consts, cls: &Value, name: &Value, ty: &Value, kw_only: &Value) -> PyResult<Value> {
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

/// `_is_classvar`: `typing.ClassVar` or `ClassVar[...]` (a `typing` generic whose origin it is).
fn is_classvar(it: &mut Interp, v: &Value, classvar: &Value) -> PyResult<bool> {
    if v.is(classvar) {
        return Ok(true);
    }
    let Value::Obj(o) = v else { return Ok(false) };
    let tp = Value::Obj(o.class());
    let module = it.getattr_opt(&tp, "__module__")?;
    if !matches!(&module, Some(Value::Str(m)) if &**m == "typing") {
        return Ok(false);
    }
    Ok(it.getattr_opt(v, "__origin__")?.is_some_and(|origin| origin.is(classvar)))
}

/// `_is_initvar` (`InitVar` or `InitVar[T]`) and `_is_kw_only` (`KW_ONLY`).
fn is_marker(it: &mut Interp, c: &Consts, v: &Value, marker: Marker) -> PyResult<bool> {
    Ok(match marker {
        Marker::InitVar => v.is(&Value::Obj(c.initvar.clone())) || Rc::ptr_eq(&it.type_of(v), &c.initvar),
        Marker::KwOnly => v.is(&c.kw_only),
        Marker::ClassVar => false,
    })
}

fn is_kw_only(it: &mut Interp, c: &Consts, cls: &Value, ty: &Value) -> PyResult<bool> {
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

/// `_add_slots`: the class again, made by its metaclass from its namespace with
/// `__slots__` set to the field names (those no base has already).
fn add_slots(it: &mut Interp, cls: &Value, frozen: bool, weakref_slot: bool) -> PyResult<Value> {
    if own(cls, "__slots__").is_some() {
        let cn = class_name(it, cls)?;
        return it.type_error(format!("{cn} already specifies __slots__"));
    }
    let mut cls_dict =
        match cls.as_obj().and_then(|o| o.dict.clone()).and_then(|d| d.dict_data().map(|d| d.borrow().clone())) {
            Some(d) => d,
            None => DictData::new(),
        };
    let fields = attr(it, cls, FIELDS)?;
    let mut field_names = Vec::new();
    for f in only_fields(it, &fields)? {
        field_names.push(fname(it, &f)?);
    }
    let mro = attr(it, cls, "__mro__")?;
    let mro = it.collect(&mro)?;
    let mut inherited: Vec<Rc<str>> = Vec::new();
    for base in mro.iter().skip(1).take(mro.len().saturating_sub(2)) {
        for s in get_slots(it, base)? {
            inherited.push(it.str_of(&s)?);
        }
    }
    let weakref: Rc<str> = Rc::from("__weakref__");
    let wanted = field_names.iter().cloned().chain(weakref_slot.then(|| weakref.clone()));
    let new_slots = wanted.filter(|n| !inherited.contains(n)).map(Value::Str).collect();
    let new_slots = it.tuple(new_slots);
    cls_dict.set_str(Rc::from("__slots__"), new_slots);
    for name in field_names.iter().map(|n| &**n).chain(["__dict__", "__weakref__"]) {
        cls_dict.remove_str(name);
    }
    let qualname = it.getattr_opt(cls, "__qualname__")?;
    let (name, bases) = (attr(it, cls, "__name__")?, attr(it, cls, "__bases__")?);
    let meta = attr(it, cls, "__class__")?;
    let ns = it.dict_from(cls_dict);
    let new_cls = it.call(&meta, vec![name, bases, ns], vec![])?;
    if let Some(q) = qualname {
        set(it, &new_cls, "__qualname__", q)?;
    }
    if frozen {
        // Without them `copy` would restore the slots through the frozen `__setattr__`.
        for (name, f) in
            [("__getstate__", dataclass_getstate as super::function::NativeFn), ("__setstate__", dataclass_setstate)]
        {
            if own(&new_cls, name).is_none() {
                let qual = format!("_dataclass_{}", &name[2..name.len() - 2]);
                let f = it.builtin_fn(&qual, &qual, f, super::function::BuiltinKind::Method);
                set(it, &new_cls, name, f)?;
            }
        }
    }
    Ok(new_cls)
}

/// `_get_slots`: a class's own `__slots__` names.
fn get_slots(it: &mut Interp, cls: &Value) -> PyResult<Vec<Value>> {
    match own(cls, "__slots__") {
        None => Ok(Vec::new()),
        Some(s @ Value::Str(_)) => Ok(vec![s]),
        Some(iterable) if it.getattr_opt(&iterable, "__next__")?.is_none() => it.collect(&iterable),
        Some(_) => {
            let cn = class_name(it, cls)?;
            it.type_error(format!("Slots of '{cn}' cannot be determined"))
        }
    }
}

/// `_dataclass_getstate(self)`: the fields' values, in order.
fn dataclass_getstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me] = bind::<1>(it, "_dataclass_getstate", &["self"], 1, &[], args, kwargs)?;
    let me = me.unwrap_or(Value::None);
    let fields = attr(it, &me, FIELDS)?;
    let mut values = Vec::new();
    for f in only_fields(it, &fields)? {
        let name = fname(it, &f)?;
        values.push(it.getattr(&me, &name)?);
    }
    Ok(it.list(values))
}

/// `_dataclass_setstate(self, state)`: each field set with `object.__setattr__`.
fn dataclass_setstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, state] = bind::<2>(it, "_dataclass_setstate", &["self", "state"], 2, &[], args, kwargs)?;
    let (me, state) = (me.unwrap_or(Value::None), state.unwrap_or(Value::None));
    let fields = attr(it, &me, FIELDS)?;
    let fields = only_fields(it, &fields)?;
    let object_setattr = attr(it, &Value::Obj(it.t.object.clone()), "__setattr__")?;
    for (f, v) in fields.into_iter().zip(it.collect(&state)?) {
        let name = fattr(it, &f, "name")?;
        it.call(&object_setattr, vec![me.clone(), name, v], vec![])?;
    }
    Ok(Value::None)
}

/// `make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options)`.
pub fn make_dataclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const OPTIONS: [&str; 12] = [
        "bases",
        "namespace",
        "init",
        "repr",
        "eq",
        "order",
        "unsafe_hash",
        "frozen",
        "match_args",
        "kw_only",
        "slots",
        "weakref_slot",
    ];
    let given = bind::<14>(it, "make_dataclass", &["cls_name", "fields"], 2, &OPTIONS, args, kwargs)?;
    let mut given = given.into_iter();
    let cls_name = given.next().flatten().unwrap_or(Value::None);
    let fields = given.next().flatten().unwrap_or(Value::None);
    let bases = given.next().flatten().unwrap_or_else(|| it.tuple(Vec::new()));
    let namespace = given.next().flatten().filter(|n| !n.is_none());
    let options: Vec<(Rc<str>, Value)> =
        OPTIONS[2..].iter().zip(given).filter_map(|(k, v)| v.map(|v| (Rc::from(*k), v))).collect();
    let c = consts(it)?;
    let mut seen: Vec<Rc<str>> = Vec::new();
    let mut annotations = DictData::new();
    let mut defaults = Vec::new();
    for item in it.collect(&fields)? {
        let (name, tp) = if let Value::Str(_) = item {
            (item.clone(), Value::str("typing.Any"))
        } else {
            let parts = match it.len(&item)? {
                2 | 3 => it.collect(&item)?,
                _ => {
                    let r = it.repr(&item)?;
                    return it.type_error(format!("Invalid field: {r}"));
                }
            };
            if let [name, _, spec] = &parts[..] {
                defaults.push((name.clone(), spec.clone()));
            }
            (parts[0].clone(), parts[1].clone())
        };
        let r = it.repr(&name)?;
        let Value::Str(n) = &name else {
            return it.type_error(format!("Field names must be valid identifiers: {r}"));
        };
        if !is_identifier(n) {
            return it.type_error(format!("Field names must be valid identifiers: {r}"));
        }
        if crate::syntax::is_keyword(n) {
            return it.type_error(format!("Field names must not be keywords: {r}"));
        }
        if seen.contains(n) {
            return it.type_error(format!("Field name duplicated: {r}"));
        }
        seen.push(n.clone());
        it.dict_insert(&mut annotations, name, tp)?;
    }
    // `types.new_class`: the class body is the namespace, the defaults and the annotations.
    let mut ns = DictData::new();
    if let Some(n) = &namespace {
        for (k, v) in it.mapping_items(n)? {
            it.dict_insert(&mut ns, k, v)?;
        }
    }
    for (k, v) in defaults {
        it.dict_insert(&mut ns, k, v)?;
    }
    ns.set_str(Rc::from("__annotations__"), it.dict_from(annotations));
    // `type()` takes `__module__` from the frame that calls it: `types.new_class`'s.
    if ns.get_str("__module__").is_none() {
        ns.set_str(Rc::from("__module__"), Value::str("types"));
    }
    let bases = it.collect(&bases)?;
    let bases = it.tuple(bases);
    let ns = it.dict_from(ns);
    let type_ = Value::Obj(it.t.type_.clone());
    let cls = it.call(&type_, vec![cls_name, bases, ns], vec![])?;
    it.call(&c.dataclass, vec![cls], options)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    }
}
