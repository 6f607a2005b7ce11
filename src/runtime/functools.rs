//! The `functools` module, for the course's decorators: `wraps` (the decorator singleton keeps
//! its class's name and docstring), `update_wrapper`, `partial`, `reduce`, `cached_property`
//! (a non-data descriptor that stores its value in the instance `__dict__`) and
//! `total_ordering` (a class decorator that adds comparison methods).
//!
//! CPython writes most of these in Python (`Lib/functools.py`) and `partial`/`reduce` in C;
//! here all are native and show as builtin steps. `cached_property` keeps its state in its
//! instance `__dict__` under CPython's attribute names (`func`, `attrname`, `__doc__`), so a
//! learner who looks inside sees what CPython has (all but its `lock`).

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, function, make_class, method, traced, untraced};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

const WRAPPER_ASSIGNMENTS: [&str; 5] = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];
const WRAPPER_UPDATES: [&str; 1] = ["__dict__"];

/// A `partial` object's state (CPython's `partialobject`).
pub struct PartialData {
    pub func: Value,
    /// A tuple.
    pub args: Value,
    /// A dict.
    pub keywords: Value,
}

/// Per-run state: the classes whose instances native code recognizes.
#[derive(Default)]
pub struct FunctoolsState {
    partial_class: Option<ObjRef>,
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let partial_methods = vec![
        method(it, "partial", "__new__", partial_new, BuiltinKind::Static),
        method(it, "partial", "__call__", partial_call, BuiltinKind::Method),
        method(it, "partial", "__repr__", partial_repr, BuiltinKind::Method),
    ];
    let partial = make_class(it, "partial", "functools", vec![], partial_methods)?;
    let partial = super::native_class::c_type(partial, "functools.partial");
    it.functools.partial_class = partial.as_obj().cloned();
    let cached_methods = vec![
        method(it, "cached_property", "__init__", cached_init, BuiltinKind::Method),
        method(it, "cached_property", "__set_name__", cached_set_name, BuiltinKind::Method),
        method(it, "cached_property", "__get__", cached_get, BuiltinKind::Method),
    ];
    let cached_property = make_class(it, "cached_property", "functools", vec![], cached_methods)?;
    Ok(vec![
        ("WRAPPER_ASSIGNMENTS", names(it, &WRAPPER_ASSIGNMENTS)),
        ("WRAPPER_UPDATES", names(it, &WRAPPER_UPDATES)),
        function(it, "update_wrapper", update_wrapper),
        function(it, "wraps", wraps),
        function(it, "reduce", reduce),
        function(it, "total_ordering", super::total_ordering::total_ordering),
        ("partial", partial),
        ("cached_property", cached_property),
    ])
}

/// A tuple of attribute names (`WRAPPER_ASSIGNMENTS`, `WRAPPER_UPDATES`).
fn names(it: &mut Interp, names: &[&str]) -> Value {
    let items = names.iter().map(|n| Value::str(n)).collect();
    it.tuple(items)
}

// ---- wraps ----

/// `update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)`.
pub(super) fn update_wrapper(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [wrapper, wrapped, assigned, updated] =
        bind::<4>(it, "update_wrapper", &["wrapper", "wrapped", "assigned", "updated"], 2, &[], args, kwargs)?;
    let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else { return Ok(Value::None) };
    traced(it, "functools.update_wrapper", &wrapped.clone(), |it| {
        let assigned = match assigned {
            Some(a) => it.collect(&a)?,
            None => WRAPPER_ASSIGNMENTS.iter().map(|n| Value::str(n)).collect(),
        };
        for attr in assigned {
            let name = attr_name(it, &attr)?;
            if let Some(value) = it.getattr_opt(&wrapped, &name)? {
                it.setattr(&wrapper, &name, value)?;
            }
        }
        let updated = match updated {
            Some(u) => it.collect(&u)?,
            None => WRAPPER_UPDATES.iter().map(|n| Value::str(n)).collect(),
        };
        for attr in updated {
            let name = attr_name(it, &attr)?;
            let target = it.getattr(&wrapper, &name)?;
            let source = match it.getattr_opt(&wrapped, &name)? {
                Some(s) => s,
                None => it.dict_from(Default::default()),
            };
            let update = it.getattr(&target, &Rc::from("update"))?;
            it.call(&update, vec![source], vec![])?;
        }
        it.setattr(&wrapper, &Rc::from("__wrapped__"), wrapped.clone())?;
        Ok(wrapper)
    })
}

fn attr_name(it: &mut Interp, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => {
            let tn = it.type_name(v);
            it.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

/// `wraps(wrapped, assigned=..., updated=...)`: `partial(update_wrapper, wrapped=wrapped, ...)`.
fn wraps(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [wrapped, assigned, updated] =
        bind::<3>(it, "wraps", &["wrapped", "assigned", "updated"], 1, &[], args, kwargs)?;
    let update = it.builtin_fn("update_wrapper", "update_wrapper", update_wrapper, BuiltinKind::Function);
    let mut keywords = vec![(Rc::from("wrapped"), wrapped.unwrap_or(Value::None))];
    let assigned = match assigned {
        Some(a) => a,
        None => names(it, &WRAPPER_ASSIGNMENTS),
    };
    let updated = match updated {
        Some(u) => u,
        None => names(it, &WRAPPER_UPDATES),
    };
    keywords.push((Rc::from("assigned"), assigned));
    keywords.push((Rc::from("updated"), updated));
    let Some(partial) = it.functools.partial_class.clone() else { return Ok(Value::None) };
    it.call(&Value::Obj(partial), vec![update], keywords)
}

// ---- partial ----

fn partial_data(v: &Value) -> Option<&PartialData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Partial(p) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

/// `partial(func, /, *args, **keywords)`; a partial of a partial (with no attributes of its
/// own) is flattened, as in CPython.
fn partial_new(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("partial.__new__(X): X is not a type object");
    };
    if args.len() < 2 {
        let n = it.short_class_name(&cls);
        return it.type_error(format!("type '{n}' takes at least one argument"));
    }
    let mut rest = args.split_off(1);
    let mut func = rest.remove(0);
    if !it.is_callable(&func) {
        return it.type_error("the first argument must be callable");
    }
    let mut keywords = super::dict::DictData::new();
    if let Some(inner) = partial_data(&func) {
        let own_attrs = matches!(&func, Value::Obj(o) if o.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| !d.borrow().is_empty()));
        // CPython flattens only objects whose type calls like partial (`tp_call == partial_call`).
        let func_type = it.type_of(&func);
        let calls_like_partial =
            it.lookup_mro(&func_type, "__call__").is_some_and(|c| it.is_builtin_named(&c, "partial.__call__"));
        if !own_attrs && calls_like_partial {
            let (inner_func, inner_args, inner_kw) = (inner.func.clone(), inner.args.clone(), inner.keywords.clone());
            let mut all = it.collect(&inner_args)?;
            all.append(&mut rest);
            rest = all;
            if let Some(d) = it.as_dict_data(&inner_kw) {
                keywords = d.borrow().clone();
            }
            func = inner_func;
        }
    }
    for (k, v) in kwargs {
        it.dict_insert(&mut keywords, Value::Str(k), v)?;
    }
    let data = PartialData { func, args: it.tuple(rest), keywords: it.dict_from(keywords) };
    Ok(Value::Obj(it.alloc_instance(&cls, Payload::Partial(Box::new(data)))))
}

fn partial_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.remove(0);
    let Some(p) = partial_data(&this) else {
        return it.type_error("descriptor '__call__' requires a 'functools.partial' object");
    };
    let (func, stored, keywords) = (p.func.clone(), p.args.clone(), p.keywords.clone());
    traced(it, "partial.__call__", &this, |it| {
        let mut all = it.collect(&stored)?;
        all.append(&mut args);
        let mut kw: Kwargs = match it.as_dict_data(&keywords) {
            Some(d) => d
                .borrow()
                .iter()
                .filter_map(|e| match &e.key {
                    Value::Str(k) => Some((k.clone(), e.value.clone())),
                    _ => None,
                })
                .collect(),
            None => Vec::new(),
        };
        for (k, v) in kwargs {
            match kw.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => kw.push((k, v)),
            }
        }
        it.call(&func, all, kw)
    })
}

/// `functools.partial(<function f at 0x...>, 1, x=2)`; a subclass shows its own name.
fn partial_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Ok(Value::None) };
    let Some(p) = partial_data(this) else { return Ok(Value::None) };
    let (func, stored, keywords) = (p.func.clone(), p.args.clone(), p.keywords.clone());
    let cls = it.type_of(this);
    let is_base = it.functools.partial_class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &cls));
    let name = if is_base { "functools.partial".to_string() } else { it.class_name(&cls).to_string() };
    let mut parts = vec![it.repr(&func)?.to_string()];
    for a in it.collect(&stored)? {
        parts.push(it.repr(&a)?.to_string());
    }
    let entries: Vec<(Value, Value)> = match it.as_dict_data(&keywords) {
        Some(d) => d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        None => Vec::new(),
    };
    for (k, v) in entries {
        let key = match &k {
            Value::Str(s) => s.to_string(),
            other => it.repr(other)?.to_string(),
        };
        parts.push(format!("{key}={}", it.repr(&v)?));
    }
    Ok(Value::str(&format!("{name}({})", parts.join(", "))))
}

/// `partial`'s read-only members.
pub fn partial_attr(p: &PartialData, name: &str) -> Option<Value> {
    match name {
        "func" => Some(p.func.clone()),
        "args" => Some(p.args.clone()),
        "keywords" => Some(p.keywords.clone()),
        _ => None,
    }
}

// ---- reduce ----

/// `reduce(function, iterable[, initial])`.
fn reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "reduce", &kwargs)?;
    if args.len() < 2 {
        return it.type_error(format!("reduce expected at least 2 arguments, got {}", args.len()));
    }
    if args.len() > 3 {
        return it.type_error(format!("reduce expected at most 3 arguments, got {}", args.len()));
    }
    let iter = match it.iter(arg(&args, 1)) {
        Ok(i) => i,
        Err(e) if it.is_exc(&e, "TypeError") => return it.type_error("reduce() arg 2 must support iteration"),
        Err(e) => return Err(e),
    };
    let mut acc = args.get(2).cloned();
    while let Some(x) = it.next(&iter)? {
        acc = Some(match acc {
            None => x,
            Some(a) => it.call(arg(&args, 0), vec![a, x], vec![])?,
        });
    }
    match acc {
        Some(a) => Ok(a),
        None => it.type_error("reduce() of empty iterable with no initial value"),
    }
}

// ---- cached_property ----

fn cached_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, func] = bind::<2>(it, "cached_property.__init__", &["self", "func"], 2, &[], args, kwargs)?;
    let (Some(this), Some(func)) = (this, func) else { return Ok(Value::None) };
    let doc = it.getattr_opt(&func, "__doc__")?.unwrap_or(Value::None);
    it.setattr(&this, &Rc::from("func"), func)?;
    it.setattr(&this, &Rc::from("attrname"), Value::None)?;
    it.setattr(&this, &Rc::from("__doc__"), doc)?;
    Ok(Value::None)
}

fn cached_set_name(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, _owner, name] =
        bind::<3>(it, "cached_property.__set_name__", &["self", "owner", "name"], 3, &[], args, kwargs)?;
    let (Some(this), Some(name)) = (this, name) else { return Ok(Value::None) };
    let current = it.getattr(&this, &Rc::from("attrname"))?;
    if current.is_none() {
        it.setattr(&this, &Rc::from("attrname"), name)?;
    } else if !it.eq(&name, &current)? {
        let (a, b) = (it.repr(&current)?, it.repr(&name)?);
        return it.type_error(format!("Cannot assign the same cached_property to two different names ({a} and {b})."));
    }
    Ok(Value::None)
}

fn cached_get(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [this, instance, _owner] =
        bind::<3>(it, "cached_property.__get__", &["self", "instance", "owner"], 2, &[], args, kwargs)?;
    let (Some(this), Some(instance)) = (this, instance) else { return Ok(Value::None) };
    if instance.is_none() {
        return Ok(this);
    }
    traced(it, "cached_property.__get__", &instance.clone(), |it| {
        let attrname = it.getattr(&this, &Rc::from("attrname"))?;
        if attrname.is_none() {
            return it.type_error("Cannot use cached_property instance without calling __set_name__ on it.");
        }
        let attr_repr = it.repr(&attrname)?;
        let tn = it.type_name(&instance);
        let Some(cache) = it.getattr_opt(&instance, "__dict__")? else {
            return it.type_error(format!("No '__dict__' attribute on '{tn}' instance to cache {attr_repr} property."));
        };
        let get = it.getattr(&cache, &Rc::from("get"))?;
        // A fresh object: no cached value can be it (CPython's `_NOT_FOUND`).
        let missing = Value::Obj(it.heap.alloc(Some(it.t.object.clone()), None, Payload::Instance));
        let found = it.call(&get, vec![attrname.clone(), missing.clone()], vec![])?;
        if !found.is(&missing) {
            return Ok(found);
        }
        let func = it.getattr(&this, &Rc::from("func"))?;
        let value = it.call(&func, vec![instance.clone()], vec![])?;
        match it.setitem(&cache, attrname, value.clone()) {
            Ok(()) => Ok(value),
            Err(e) if it.is_exc(&e, "TypeError") => it.type_error(format!(
                "The '__dict__' attribute on '{tn}' instance does not support item assignment for caching {attr_repr} property."
            )),
            Err(e) => Err(e),
        }
    })
}
