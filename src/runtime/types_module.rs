//! The `types` module: the built-in types the course's "add a method at run time" lesson needs,
//! and `new_class`, `prepare_class` and `resolve_bases`, the steps of a `class` statement as
//! functions (building a class with a metaclass and keywords without the statement). CPython
//! writes those in Python (`Lib/types.py`), so unlike the statement they check less: any
//! `__prepare__` result is used as the namespace.

use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::bind;
use super::value::Value;
use super::PyResult;

pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let t = &it.t;
    Ok(vec![
        ("MethodType", Value::Obj(t.method.clone())),
        ("FunctionType", Value::Obj(t.function.clone())),
        ("LambdaType", Value::Obj(t.function.clone())),
        ("BuiltinFunctionType", Value::Obj(t.builtin_function.clone())),
        ("BuiltinMethodType", Value::Obj(t.builtin_function.clone())),
        ("MethodDescriptorType", Value::Obj(t.method_descriptor.clone())),
        ("WrapperDescriptorType", Value::Obj(t.wrapper_descriptor.clone())),
        ("MethodWrapperType", Value::Obj(t.method_wrapper.clone())),
        ("ModuleType", Value::Obj(t.module.clone())),
        ("MappingProxyType", Value::Obj(t.mappingproxy.clone())),
        ("NoneType", Value::Obj(t.none_type.clone())),
        ("UnionType", Value::Obj(t.iter_type("UnionType"))),
        ("GenericAlias", Value::Obj(t.iter_type("GenericAlias"))),
        ("SimpleNamespace", super::simple_namespace::class(it)?),
        ("new_class", it.builtin_fn("new_class", "new_class", new_class, BuiltinKind::Function)),
        ("prepare_class", it.builtin_fn("prepare_class", "prepare_class", prepare_class, BuiltinKind::Function)),
        ("resolve_bases", it.builtin_fn("resolve_bases", "resolve_bases", resolve_bases, BuiltinKind::Function)),
    ])
}

/// `new_class(name, bases=(), kwds=None, exec_body=None)`: resolve the bases, prepare the
/// namespace, let `exec_body` fill it (the class body's part), then call the metaclass.
fn new_class(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [name, bases, kwds, exec_body] =
        bind::<4>(it, "new_class", &["name", "bases", "kwds", "exec_body"], 1, &[], args, kwargs)?;
    let name = name.unwrap_or(Value::None);
    let bases = bases.unwrap_or_else(|| it.tuple(Vec::new()));
    let resolved = resolve(it, &bases)?;
    let (meta, ns, kwds) = prepare(it, &name, &resolved, kwds.unwrap_or(Value::None))?;
    if let Some(body) = exec_body.filter(|b| !b.is_none()) {
        it.call(&body, vec![ns.clone()], vec![])?;
    }
    if !resolved.is(&bases) {
        it.setitem(&ns, Value::str("__orig_bases__"), bases)?;
    }
    let mut keywords = Kwargs::new();
    it.merge_kwargs(Some(&meta), &kwds, &mut keywords)?;
    let outer = it.library_caller.replace((it.frames.len(), "types"));
    let cls = it.call(&meta, vec![name, resolved, ns], keywords);
    it.library_caller = outer;
    cls
}

/// `prepare_class(name, bases=(), kwds=None)`: `(metaclass, namespace, kwds)`, where `kwds` is
/// a copy of the given keywords without `metaclass`.
fn prepare_class(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [name, bases, kwds] = bind::<3>(it, "prepare_class", &["name", "bases", "kwds"], 1, &[], args, kwargs)?;
    let name = name.unwrap_or(Value::None);
    let bases = bases.unwrap_or_else(|| it.tuple(Vec::new()));
    let (meta, ns, kwds) = prepare(it, &name, &bases, kwds.unwrap_or(Value::None))?;
    Ok(it.tuple(vec![meta, ns, kwds]))
}

fn prepare(it: &mut Interp, name: &Value, bases: &Value, kwds: Value) -> PyResult<(Value, Value, Value)> {
    let kwds = if kwds.is_none() {
        Value::Obj(it.new_dict_obj())
    } else {
        let dict = Value::Obj(it.t.dict.clone());
        it.call(&dict, vec![kwds], vec![])?
    };
    let explicit = it.as_dict_data(&kwds).and_then(|d| d.borrow_mut().remove_str("metaclass"));
    let mut meta = match explicit {
        Some(m) => m,
        None if it.truthy(bases)? => {
            let first = it.getitem(bases, &Value::int(0))?;
            Value::Obj(it.type_of(&first))
        }
        None => Value::Obj(it.t.type_.clone()),
    };
    if let Value::Obj(m) = &meta {
        if m.is_class() {
            let listed = it.collect(bases)?;
            meta = Value::Obj(it.calculate_meta(m, &listed)?);
        }
    }
    let ns = match it.getattr_opt(&meta, "__prepare__")? {
        Some(prep) => {
            let mut keywords = Kwargs::new();
            it.merge_kwargs(Some(&prep), &kwds, &mut keywords)?;
            it.call(&prep, vec![name.clone(), bases.clone()], keywords)?
        }
        None => Value::Obj(it.new_dict_obj()),
    };
    Ok((meta, ns, kwds))
}

/// `resolve_bases(bases)`: PEP 560's substitution, as the class statement does it: each base
/// that is not a class but has `__mro_entries__` is replaced by the tuple that returns. The
/// same object comes back when nothing was replaced.
fn resolve_bases(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [bases] = bind::<1>(it, "resolve_bases", &["bases"], 1, &[], args, kwargs)?;
    resolve(it, &bases.unwrap_or(Value::None))
}

fn resolve(it: &mut Interp, bases: &Value) -> PyResult<Value> {
    let items = it.collect(bases)?;
    let mut out = Vec::with_capacity(items.len());
    let mut changed = false;
    for base in items {
        if matches!(&base, Value::Obj(o) if o.is_class()) {
            out.push(base);
            continue;
        }
        let Some(entries) = it.getattr_opt(&base, "__mro_entries__")? else {
            out.push(base);
            continue;
        };
        let r = it.call(&entries, vec![bases.clone()], vec![])?;
        changed = true;
        match it.tuple_items(&r) {
            Some(substitutes) => out.extend_from_slice(substitutes),
            None => return it.type_error("__mro_entries__ must return a tuple"),
        }
    }
    Ok(if changed { it.tuple(out) } else { bases.clone() })
}
