//! `@dataclass(slots=True)` (`_add_slots`): the class made again by its metaclass, from its
//! namespace with `__slots__` set to the field names; a frozen one gets `__getstate__` and
//! `__setstate__`, without which `copy` would restore it through the frozen `__setattr__`.

use super::dataclasses::{attr, class_name, fattr, fname, only_fields, own, set, FIELDS};
use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::bind;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

/// `_add_slots`: the class again, made by its metaclass from its namespace with
/// `__slots__` set to the field names (those no base has already).
pub fn add_slots(it: &mut Interp, cls: &Value, frozen: bool, weakref_slot: bool) -> PyResult<Value> {
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
