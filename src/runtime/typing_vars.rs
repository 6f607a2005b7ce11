//! `typing.TypeVar` (`~T`, `+T_co`), `ForwardRef` (a string annotation, `Optional['Node']`)
//! and `NewType`, following `Lib/typing.py`.

use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, make_class, traced};
use super::typing::{caller_module, is_a, new_obj, own, params, type_check, K};
use super::typing_generic::cls_arg;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;

// ---- TypeVar ----

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)`.
pub(super) fn typevar_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first().cloned() else {
        return it.missing_args("TypeVar.__init__", "positional", &[Rc::from("self"), Rc::from("name")]);
    };
    traced(it, "TypeVar.__init__", &me.clone(), |it| typevar_fill(it, me, args, kwargs))
}

pub(super) fn typevar_fill(it: &mut Interp, me: Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut rest: Vec<Value> = args[1..].to_vec();
    let by_name = super::builtins::take_kw(&mut kwargs, "name");
    let name = match (rest.is_empty(), by_name) {
        (true, Some(n)) => n,
        (false, None) => rest.remove(0),
        (false, Some(_)) => return it.type_error("TypeVar.__init__() got multiple values for argument 'name'"),
        (true, None) => {
            return it.missing_args("TypeVar.__init__", "positional", &[Rc::from("name")]);
        }
    };
    let mut opts = [Value::None, Value::Bool(false), Value::Bool(false)];
    for (k, v) in kwargs {
        match ["bound", "covariant", "contravariant"].iter().position(|n| **n == *k) {
            Some(i) => opts[i] = v,
            None => return it.type_error(format!("TypeVar.__init__() got an unexpected keyword argument '{k}'")),
        }
    }
    let [bound, covariant, contravariant] = opts;
    let set = |it: &mut Interp, k: &str, v: Value| it.setattr(&me, &Rc::from(k), v);
    set(it, "__name__", name)?;
    let (co, contra) = (it.truthy(&covariant)?, it.truthy(&contravariant)?);
    if co && contra {
        return it.value_error("Bivariant types are not supported.");
    }
    set(it, "__covariant__", Value::Bool(co))?;
    set(it, "__contravariant__", Value::Bool(contra))?;
    let bound_v =
        if it.truthy(&bound)? { type_check(it, &bound, "Bound must be a type.", true, false)? } else { Value::None };
    set(it, "__bound__", bound_v)?;
    if !rest.is_empty() && !bound.is_none() {
        return it.type_error("Constraints cannot be combined with bound=...");
    }
    if rest.len() == 1 {
        return it.type_error("A single constraint is not allowed");
    }
    let mut constraints = Vec::new();
    for c in &rest {
        constraints.push(type_check(it, c, "TypeVar(name, constraint, ...): constraints must be types.", true, false)?);
    }
    let constraints = it.tuple(constraints);
    set(it, "__constraints__", constraints)?;
    let module = caller_module(it);
    set(it, "__module__", module)?;
    Ok(Value::None)
}

pub(super) fn typevar_subst(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_me, arg] = params(it, "TypeVar.__typing_subst__", &["self", "arg"], &args)?;
    type_check(it, &arg, "Parameters to generic types must be types.", true, false)
}

/// `~T`, `+T` (covariant), `-T` (contravariant).
pub(super) fn typevar_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_BoundVarianceMixin.__repr__", &["self"], &args)?;
    let co = it.getattr(&me, &Rc::from("__covariant__"))?;
    let prefix = if it.truthy(&co)? {
        '+'
    } else {
        let contra = it.getattr(&me, &Rc::from("__contravariant__"))?;
        if it.truthy(&contra)? {
            '-'
        } else {
            '~'
        }
    };
    let name = it.getattr(&me, &Rc::from("__name__"))?;
    let Value::Str(name) = name else {
        let tn = it.type_name(&name);
        return it.type_error(format!("can only concatenate str (not \"{tn}\") to str"));
    };
    Ok(Value::str(&format!("{prefix}{name}")))
}

// ---- ForwardRef ----

/// A `ForwardRef` for a string annotation (`Optional['Node']`).
pub(super) fn forward_ref(it: &mut Interp, arg: Rc<str>, is_argument: bool, is_class: bool) -> Value {
    let obj = new_obj(it, K::ForwardRef, vec![]);
    fill_forward(&obj, Value::Str(arg), is_argument, Value::None, is_class);
    obj
}

pub(super) fn fill_forward(obj: &Value, arg: Value, is_argument: bool, module: Value, is_class: bool) {
    let Some(d) = obj.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) else { return };
    let mut d = d.borrow_mut();
    d.set_str(Rc::from("__forward_arg__"), arg);
    d.set_str(Rc::from("__forward_evaluated__"), Value::Bool(false));
    d.set_str(Rc::from("__forward_value__"), Value::None);
    d.set_str(Rc::from("__forward_is_argument__"), Value::Bool(is_argument));
    d.set_str(Rc::from("__forward_is_class__"), Value::Bool(is_class));
    d.set_str(Rc::from("__forward_module__"), module);
}

/// `ForwardRef(arg, is_argument=True, module=None, *, is_class=False)`.
pub(super) fn forward_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first().cloned() else {
        return it.missing_args("ForwardRef.__init__", "positional", &[Rc::from("self"), Rc::from("arg")]);
    };
    let [arg, is_argument, module, is_class] = bind::<4>(
        it,
        "ForwardRef.__init__",
        &["arg", "is_argument", "module"],
        1,
        &["is_class"],
        args[1..].to_vec(),
        kwargs,
    )?;
    let arg = arg.unwrap_or(Value::None);
    if !matches!(arg, Value::Str(_)) {
        let r = it.repr(&arg)?;
        return it.type_error(format!("Forward reference must be a string -- got {r}"));
    }
    let is_argument = match is_argument {
        Some(v) => it.truthy(&v)?,
        None => true,
    };
    let is_class = match is_class {
        Some(v) => it.truthy(&v)?,
        None => false,
    };
    fill_forward(&me, arg, is_argument, module.unwrap_or(Value::None), is_class);
    Ok(Value::None)
}

pub(super) fn forward_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "ForwardRef.__eq__", &["self", "other"], &args)?;
    if !is_a(it, &other, K::ForwardRef) {
        return Ok(it.not_implemented());
    }
    let get = |v: &Value, k: &str| own(v, k).unwrap_or(Value::None);
    let evaluated = |v: &Value| matches!(own(v, "__forward_evaluated__"), Some(Value::Bool(true)));
    let same_arg = it.eq(&get(&me, "__forward_arg__"), &get(&other, "__forward_arg__"))?;
    let r = if evaluated(&me) && evaluated(&other) {
        same_arg && it.eq(&get(&me, "__forward_value__"), &get(&other, "__forward_value__"))?
    } else {
        same_arg && it.eq(&get(&me, "__forward_module__"), &get(&other, "__forward_module__"))?
    };
    Ok(Value::Bool(r))
}

pub(super) fn forward_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "ForwardRef.__hash__", &["self"], &args)?;
    let pair =
        vec![own(&me, "__forward_arg__").unwrap_or(Value::None), own(&me, "__forward_module__").unwrap_or(Value::None)];
    let pair = it.tuple(pair);
    Ok(Value::int(it.hash(&pair)?))
}

/// `ForwardRef('Node')`, with `module=` when it has one.
pub(super) fn forward_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "ForwardRef.__repr__", &["self"], &args)?;
    let arg = it.repr(&own(&me, "__forward_arg__").unwrap_or(Value::None))?;
    let module = match own(&me, "__forward_module__") {
        None | Some(Value::None) => String::new(),
        Some(m) => format!(", module={}", it.repr(&m)?),
    };
    Ok(Value::str(&format!("ForwardRef({arg}{module})")))
}

// ---- NewType ----

pub(super) fn newtype_init(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, name, tp] = params(it, "NewType.__init__", &["self", "name", "tp"], &args)?;
    traced(it, "NewType.__init__", &me.clone(), |it| newtype_fill(it, me, name, tp))
}

pub(super) fn newtype_fill(it: &mut Interp, me: Value, name: Value, tp: Value) -> PyResult<Value> {
    it.setattr(&me, &Rc::from("__qualname__"), name.clone())?;
    let short = match &name {
        Value::Str(s) => Value::str(s.rsplit('.').next().unwrap_or(s)),
        other => other.clone(),
    };
    it.setattr(&me, &Rc::from("__name__"), short)?;
    it.setattr(&me, &Rc::from("__supertype__"), tp)?;
    let module = caller_module(it);
    it.setattr(&me, &Rc::from("__module__"), module)?;
    Ok(Value::None)
}

/// `UserId(5)` is `5`.
pub(super) fn newtype_call(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [_me, x] = params(it, "_idfunc", &["_", "x"], &args)?;
    Ok(x)
}

pub(super) fn newtype_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "NewType.__repr__", &["self"], &args)?;
    let module = it.getattr(&me, &Rc::from("__module__"))?;
    let qual = it.getattr(&me, &Rc::from("__qualname__"))?;
    let (module, qual) = (it.str_of(&module)?, it.str_of(&qual)?);
    Ok(Value::str(&format!("{module}.{qual}")))
}

// ---- NewType as a base ----

/// `class C(UserId)` fails (in the class's `__init_subclass__`) with a hint.
pub(super) fn newtype_mro_entries(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, _bases] = params(it, "NewType.__mro_entries__", &["self", "bases"], &args)?;
    let name = it.getattr(&me, &Rc::from("__name__"))?;
    let init_sub =
        it.builtin_fn("__init_subclass__", "Dummy.__init_subclass__", dummy_init_subclass, BuiltinKind::ClassMethod);
    let object = Value::Obj(it.t.object.clone());
    let dummy = make_class(
        it,
        "Dummy",
        "typing",
        vec![object],
        vec![("__init_subclass__", init_sub), ("_supertype_name", name)],
    )?;
    Ok(it.tuple(vec![dummy]))
}

pub(super) fn dummy_init_subclass(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let cls = cls_arg(it, &args, "Dummy.__init_subclass__")?;
    let sub = it.short_class_name(&cls);
    let sup = it.getattr(&args[0], &Rc::from("_supertype_name"))?;
    let sup = it.str_of(&sup)?;
    it.type_error(format!(
        "Cannot subclass an instance of NewType. Perhaps you were looking for: `{sub} = NewType('{sub}', {sup})`"
    ))
}
