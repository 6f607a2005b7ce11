//! The `dataclasses` functions a program calls on dataclasses and their instances:
//! `field`, `fields`, `is_dataclass`, `asdict`, `astuple`, `replace` and `make_dataclass`,
//! each taking `Lib/dataclasses.py`'s steps with its messages.

use super::dataclass_classes::{new_field, FIELD_ARGS};
use super::dataclasses::{attr, consts, dict_values, fattr, fname, only_fields, this, FIELDS};
use super::dict::DictData;
use super::function::Kwargs;
use super::interp::Interp;
use super::namedtuple::is_identifier;
use super::native_class::{bind, traced};
use super::value::{ObjRef, Value};
use super::PyResult;
use std::rc::Rc;

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
/// compare=True, metadata=None, kw_only=MISSING)`.
pub fn field_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let given = bind::<8>(it, "field", &[], 0, &FIELD_ARGS, args, kwargs)?;
    let c = consts(it)?;
    let (m, t) = (c.missing.clone(), Value::Bool(true));
    let defaults = [m.clone(), m.clone(), t.clone(), t.clone(), Value::None, t, Value::None, m];
    let values: Vec<Value> = given.into_iter().zip(defaults).map(|(v, d)| v.unwrap_or(d)).collect();
    if !values[0].is(&c.missing) && !values[1].is(&c.missing) {
        return it.value_error("cannot specify both default and default_factory");
    }
    new_field(it, &c, values)
}

/// `fields(class_or_instance)`: the `_FIELD` fields, in order.
pub fn fields_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [x] = bind::<1>(it, "fields", &["class_or_instance"], 1, &[], args, kwargs)?;
    let x = x.unwrap_or(Value::None);
    let found = match it.getattr_opt(&x, FIELDS)? {
        Some(f) => f,
        None => return it.type_error("must be called with a dataclass type or instance"),
    };
    let items = only_fields(it, &found)?;
    Ok(it.tuple(items))
}

fn has_fields(it: &mut Interp, cls: ObjRef) -> PyResult<bool> {
    it.hasattr(&Value::Obj(cls), &Rc::from(FIELDS))
}

/// `is_dataclass(obj)`: a dataclass or an instance of one.
pub fn is_dataclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj] = bind::<1>(it, "is_dataclass", &["obj"], 1, &[], args, kwargs)?;
    let obj = obj.unwrap_or(Value::None);
    let cls = match &obj {
        Value::Obj(o) if o.is_class() => o.clone(),
        _ => it.type_of(&obj),
    };
    Ok(Value::Bool(has_fields(it, cls)?))
}

fn is_instance(it: &mut Interp, obj: &Value) -> PyResult<bool> {
    let cls = it.type_of(obj);
    has_fields(it, cls)
}

/// `asdict(obj, *, dict_factory=dict)`.
pub fn asdict(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj, factory] = bind::<2>(it, "asdict", &["obj"], 1, &["dict_factory"], args, kwargs)?;
    let obj = obj.unwrap_or(Value::None);
    if !is_instance(it, &obj)? {
        return it.type_error("asdict() should be called on dataclass instances");
    }
    let factory = factory.unwrap_or_else(|| Value::Obj(it.t.dict.clone()));
    traced(it, "dataclasses.asdict", &obj.clone(), |it| as_inner(it, obj, &factory, true))
}

/// `astuple(obj, *, tuple_factory=tuple)`.
pub fn astuple(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj, factory] = bind::<2>(it, "astuple", &["obj"], 1, &["tuple_factory"], args, kwargs)?;
    let obj = obj.unwrap_or(Value::None);
    if !is_instance(it, &obj)? {
        return it.type_error("astuple() should be called on dataclass instances");
    }
    let factory = factory.unwrap_or_else(|| Value::Obj(it.t.tuple.clone()));
    traced(it, "dataclasses.astuple", &obj.clone(), |it| as_inner(it, obj, &factory, false))
}

/// `_asdict_inner` / `_astuple_inner`: dataclass instances become dicts (tuples), the
/// builtin containers are rebuilt by their own type, anything else is `copy.deepcopy`'d.
/// Each level is a Python frame in CPython, so a self-containing instance ends in its
/// RecursionError.
fn as_inner(it: &mut Interp, obj: Value, factory: &Value, as_dict: bool) -> PyResult<Value> {
    super::reduce::py_frame(it, |it| {
        it.step()?;
        if is_instance(it, &obj)? {
            let mut result = Vec::new();
            let fields = attr(it, &obj, FIELDS)?;
            for f in only_fields(it, &fields)? {
                let name = fattr(it, &f, "name")?;
                let name_str = it.str_of(&name)?;
                let v = it.getattr(&obj, &name_str)?;
                let v = as_inner(it, v, factory, as_dict)?;
                result.push(if as_dict { it.tuple(vec![name, v]) } else { v });
            }
            let list = it.list(result);
            return it.call(factory, vec![list], vec![]);
        }
        let cls = Value::Obj(it.type_of(&obj));
        let (list, tuple, dict) = (it.t.list.clone(), it.t.tuple.clone(), it.t.dict.clone());
        if it.is_instance(&obj, &tuple) && it.hasattr(&obj, &Rc::from("_fields"))? {
            let mut items = Vec::new();
            for v in it.collect(&obj)? {
                items.push(as_inner(it, v, factory, as_dict)?);
            }
            return it.call(&cls, items, vec![]);
        }
        if it.is_instance(&obj, &list) || it.is_instance(&obj, &tuple) {
            let mut items = Vec::new();
            for v in it.collect(&obj)? {
                items.push(as_inner(it, v, factory, as_dict)?);
            }
            let items = it.list(items);
            return it.call(&cls, vec![items], vec![]);
        }
        if it.is_instance(&obj, &dict) {
            let mut pairs = Vec::new();
            for (k, v) in it.mapping_items(&obj)? {
                let k = as_inner(it, k, factory, as_dict)?;
                let v = as_inner(it, v, factory, as_dict)?;
                pairs.push(it.tuple(vec![k, v]));
            }
            let pairs = it.list(pairs);
            return it.call(&cls, vec![pairs], vec![]);
        }
        super::copy::deepcopy(it, obj)
    })
}

/// `replace(obj, /, **changes)`: a new instance from `obj`'s init fields and the changes.
pub fn replace(it: &mut Interp, args: Vec<Value>, mut changes: Kwargs) -> PyResult<Value> {
    super::native_class::positional(it, "replace", &["obj"], &args)?;
    let obj = this(&args);
    if !is_instance(it, &obj)? {
        return it.type_error("replace() should be called on dataclass instances");
    }
    let c = consts(it)?;
    let fields = attr(it, &obj, FIELDS)?;
    for f in dict_values(it, &fields)? {
        let kind = fattr(it, &f, "_field_type")?;
        if kind.is(&c.kinds[1]) {
            continue;
        }
        let name = fname(it, &f)?;
        let given = changes.iter().any(|(k, _)| *k == name);
        let init = fattr(it, &f, "init")?;
        if !it.truthy(&init)? {
            if given {
                return it.value_error(format!(
                    "field {name} is declared with init=False, it cannot be specified with replace()"
                ));
            }
            continue;
        }
        if !given {
            if kind.is(&c.kinds[2]) && fattr(it, &f, "default")?.is(&c.missing) {
                let r = it.repr(&Value::Str(name.clone()))?;
                return it.value_error(format!("InitVar {r} must be specified with replace()"));
            }
            let v = it.getattr(&obj, &name)?;
            changes.push((name, v));
        }
    }
    let cls = attr(it, &obj, "__class__")?;
    it.call(&cls, vec![], changes)
}

/// `make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options)`.
pub fn make_dataclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const OPTIONS: [&str; 12] = super::dataclass_process::options_after(&["bases", "namespace"]);
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
