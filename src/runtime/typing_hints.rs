//! `typing`'s introspection: `get_type_hints` (string annotations evaluated, a class's along
//! its MRO), `get_origin` and `get_args`, following `Lib/typing.py`.

use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::bind;
use super::typing::{as_items, caller_module, is_a, is_class, own, type_check, K};
use super::typing_generic::flag;
use super::typing_vars::forward_ref;
use super::value::{Payload, Value};
use super::PyResult;
use std::rc::Rc;

// ---- introspection ----

/// `get_origin(tp)`: `list` for `List[int]`, `Union` for `Optional[X]`, `Generic`, else None.
pub(super) fn get_origin(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tp] = bind::<1>(it, "get_origin", &["tp"], 1, &[], args, kwargs)?;
    let tp = tp.unwrap_or(Value::None);
    if is_a(it, &tp, K::BaseAlias) {
        return Ok(own(&tp, "__origin__").unwrap_or(Value::None));
    }
    if super::type_forms::is_generic_alias(it, &tp) {
        return it.getattr(&tp, &Rc::from("__origin__"));
    }
    if is_class(it, &tp, K::Generic) {
        return Ok(tp);
    }
    if super::type_forms::union_args(it, &tp).is_some() {
        return Ok(Value::Obj(it.t.iter_type("UnionType")));
    }
    Ok(Value::None)
}

/// `get_args(tp)`: the arguments, a `Callable`'s as `([args], result)`.
pub(super) fn get_args(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tp] = bind::<1>(it, "get_args", &["tp"], 1, &[], args, kwargs)?;
    let tp = tp.unwrap_or(Value::None);
    if is_a(it, &tp, K::Alias) || super::type_forms::is_generic_alias(it, &tp) {
        let res = it.getattr(&tp, &Rc::from("__args__"))?;
        let origin = it.getattr(&tp, &Rc::from("__origin__"))?;
        let callable =
            it.typing.callable_abc.as_ref().is_some_and(|c| matches!(&origin, Value::Obj(o) if Rc::ptr_eq(o, c)));
        let items = as_items(it, &res);
        let param_expr = |it: &Interp, v: &Value| {
            matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Ellipsis))
                || it.is_instance(v, &it.t.tuple)
                || it.is_instance(v, &it.t.list)
        };
        if callable && !(items.len() == 2 && param_expr(it, &items[0])) && !items.is_empty() {
            let n = items.len() - 1;
            let first = it.list(items[..n].to_vec());
            return Ok(it.tuple(vec![first, items[n].clone()]));
        }
        return Ok(res);
    }
    if let Some(a) = super::type_forms::union_args(it, &tp) {
        return Ok(it.tuple(a));
    }
    Ok(it.tuple(vec![]))
}

/// The globals of `module` (for a class's annotations): the program's, or an imported module's.
pub(super) fn module_globals(it: &mut Interp, module: &Value) -> Value {
    let main = caller_module(it);
    if module.is(&main) || matches!((module, &main), (Value::Str(a), Value::Str(b)) if a == b) {
        return Value::Obj(it.globals.clone());
    }
    let found = match module {
        Value::Str(m) => it.modules.get(&**m).and_then(|o| o.dict.clone()),
        _ => None,
    };
    match found {
        Some(d) => Value::Obj(d),
        None => Value::Obj(it.new_dict_obj()),
    }
}

/// `get_type_hints(obj, globalns=None, localns=None, include_extras=False)`: the annotations
/// with string ones evaluated (a class's along its MRO).
pub(super) fn get_type_hints(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj, globalns, localns, _extras] =
        bind::<4>(it, "get_type_hints", &["obj", "globalns", "localns", "include_extras"], 1, &[], args, kwargs)?;
    let obj = obj.unwrap_or(Value::None);
    let (globalns, localns) = (globalns.filter(|g| !g.is_none()), localns.filter(|l| !l.is_none()));
    if flag(it, &obj, "__no_type_check__")? {
        return Ok(it.dict_from(super::dict::DictData::new()));
    }
    let mut hints = super::dict::DictData::new();
    if let Some(cls) = obj.as_obj().filter(|o| o.is_class()).cloned() {
        for base in cls.class_data().map(|c| c.mro()).unwrap_or_default().into_iter().rev() {
            let base_v = Value::Obj(base.clone());
            let Some(ann) = own(&base_v, "__annotations__") else { continue };
            let base_globals = match &globalns {
                Some(g) => g.clone(),
                None => {
                    let m = it.getattr(&base_v, &Rc::from("__module__"))?;
                    module_globals(it, &m)
                }
            };
            let base_locals = match &localns {
                Some(l) => l.clone(),
                None => {
                    let items =
                        base.dict.as_ref().and_then(|d| d.dict_data()).map(|d| d.borrow().clone()).unwrap_or_default();
                    it.dict_from(items)
                }
            };
            let (g, l) = if globalns.is_none() && localns.is_none() {
                (base_locals, base_globals)
            } else {
                (base_globals, base_locals)
            };
            for (name, value) in it.mapping_items(&ann)? {
                let value = match value {
                    Value::None => Value::Obj(it.t.none_type.clone()),
                    Value::Str(s) => forward_ref(it, s, false, true),
                    v => v,
                };
                let v = eval_type(it, &value, &g, &l)?;
                it.dict_insert(&mut hints, name, v)?;
            }
        }
        return Ok(it.dict_from(hints));
    }
    let is_module = matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Module { .. }));
    let globalns = match globalns {
        Some(g) => g,
        None if is_module => it.getattr(&obj, &Rc::from("__dict__"))?,
        None => {
            let mut ns = obj.clone();
            while let Some(w) = it.getattr_opt(&ns, "__wrapped__")? {
                ns = w;
            }
            match it.getattr_opt(&ns, "__globals__")? {
                Some(g) => g,
                None => Value::Obj(it.new_dict_obj()),
            }
        }
    };
    let localns = localns.unwrap_or_else(|| globalns.clone());
    let Some(ann) = it.getattr_opt(&obj, "__annotations__")?.filter(|a| !a.is_none()) else {
        let allowed = matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Module { .. }));
        if allowed {
            return Ok(it.dict_from(hints));
        }
        let r = it.repr(&obj)?;
        return it.type_error(format!("{r} is not a module, class, method, or function."));
    };
    for (name, value) in it.mapping_items(&ann)? {
        let value = match value {
            Value::None => Value::Obj(it.t.none_type.clone()),
            Value::Str(s) => forward_ref(it, s, !is_module, false),
            v => v,
        };
        let v = eval_type(it, &value, &globalns, &localns)?;
        it.dict_insert(&mut hints, name, v)?;
    }
    Ok(it.dict_from(hints))
}

/// `_eval_type`: forward references evaluated, inside aliases and unions too.
pub(super) fn eval_type(it: &mut Interp, t: &Value, globalns: &Value, localns: &Value) -> PyResult<Value> {
    if is_a(it, t, K::ForwardRef) {
        let arg = own(t, "__forward_arg__").unwrap_or(Value::None);
        let builtins = it.builtins.clone();
        let eval = it.load_global(&Rc::from("eval"), &builtins)?;
        let v = it.call(&eval, vec![arg, globalns.clone(), localns.clone()], vec![])?;
        let is_argument = matches!(own(t, "__forward_is_argument__"), Some(Value::Bool(true)));
        let is_class = matches!(own(t, "__forward_is_class__"), Some(Value::Bool(true)));
        let v = type_check(it, &v, "Forward references must evaluate to types.", is_argument, is_class)?;
        let v = eval_type(it, &v, globalns, localns)?;
        if let Some(d) = t.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
            let mut d = d.borrow_mut();
            d.set_str(Rc::from("__forward_evaluated__"), Value::Bool(true));
            d.set_str(Rc::from("__forward_value__"), v.clone());
        }
        return Ok(v);
    }
    let ga = super::type_forms::is_generic_alias(it, t);
    let union = super::type_forms::union_args(it, t);
    if !(is_a(it, t, K::Alias) || ga || union.is_some()) {
        return Ok(t.clone());
    }
    let args_v = it.getattr(t, &Rc::from("__args__"))?;
    let old = as_items(it, &args_v);
    let mut new = Vec::new();
    for a in &old {
        let a = match a {
            Value::Str(s) if ga => forward_ref(it, s.clone(), true, false),
            other => other.clone(),
        };
        new.push(eval_type(it, &a, globalns, localns)?);
    }
    if old.iter().zip(&new).all(|(a, b)| a.is(b)) {
        return Ok(t.clone());
    }
    if ga {
        let origin = it.getattr(t, &Rc::from("__origin__"))?;
        let alias = Value::Obj(it.t.iter_type("GenericAlias"));
        let args = it.tuple(new);
        return it.call(&alias, vec![origin, args], vec![]);
    }
    if union.is_some() {
        let mut r = new[0].clone();
        for n in &new[1..] {
            r = it.binary_op(crate::syntax::ast::BinOp::BitOr, r, n.clone())?;
        }
        return Ok(r);
    }
    super::typing_alias::copy_with(it, t, new)
}
