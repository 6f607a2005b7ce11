//! The aliases with their own rules: `Callable[[int], str]` (arguments flattened),
//! `Tuple[int, ...]`, `Union[...]` (equal whatever the order, `typing.Optional[X]`) and
//! `Literal[...]` (values compared with their types), following `Lib/typing.py`.

use super::function::Kwargs;
use super::interp::Interp;
use super::native_class::traced;
use super::typing::{as_items, contains, is_a, params, type_check, type_convert, type_repr, K};
use super::typing_alias::{generic_repr, issubclass, items_of, special_copy};
use super::value::Value;
use super::PyResult;

/// `Callable[[int, str], bool]` (`__args__` flattened to `(int, str, bool)`), `Callable[..., T]`.
pub(super) fn callable_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, item] = params(it, "_CallableType.__getitem__", &["self", "params"], &args)?;
    traced(it, "_CallableType.__getitem__", &me.clone(), |it| {
        let pair = match it.tuple_items(&item) {
            Some([a, r]) => (a.clone(), r.clone()),
            _ => return it.type_error("Callable must be used as Callable[[arg, ...], result]."),
        };
        let (arguments, result) = pair;
        let result = type_check(it, &result, "Callable[args, result]: result must be a type.", true, false)?;
        let mut all = Vec::new();
        if matches!(&arguments, Value::Obj(o) if matches!(o.payload, super::value::Payload::Ellipsis)) {
            all.push(arguments);
        } else {
            let items = match it.seq_items(&arguments) {
                Some(v)
                    if it.is_instance(&arguments, &it.t.list.clone())
                        || it.is_instance(&arguments, &it.t.tuple.clone()) =>
                {
                    v
                }
                _ => vec![arguments],
            };
            for a in items {
                all.push(type_convert(it, &a, false)?);
            }
        }
        all.push(result);
        special_copy(it, &me, all, K::CallableAlias, true)
    })
}

pub(super) fn is_param_expr(it: &Interp, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, super::value::Payload::Ellipsis))
        || it.is_instance(v, &it.t.tuple)
        || it.is_instance(v, &it.t.list)
}

pub(super) fn callable_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_CallableGenericAlias.__repr__", &["self"], &args)?;
    let items = items_of(it, &me, "__args__");
    if items.len() == 2 && is_param_expr(it, &items[0]) || items.is_empty() {
        return Ok(Value::str(&generic_repr(it, &me)?));
    }
    let mut parts = Vec::new();
    for a in &items[..items.len() - 1] {
        parts.push(type_repr(it, a)?);
    }
    let result = type_repr(it, &items[items.len() - 1])?;
    Ok(Value::str(&format!("typing.Callable[[{}], {result}]", parts.join(", "))))
}

/// `Tuple[int, str]`, `Tuple[int, ...]`, `Tuple[()]`.
pub(super) fn tuple_getitem(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, item] = params(it, "_TupleType.__getitem__", &["self", "params"], &args)?;
    traced(it, "_TupleType.__getitem__", &me.clone(), |it| {
        let mut items = as_items(it, &item);
        let ellipsis = items.len() >= 2
            && matches!(items.last(), Some(Value::Obj(o)) if matches!(o.payload, super::value::Payload::Ellipsis));
        let tail = if ellipsis { items.pop() } else { None };
        let msg =
            if ellipsis { "Tuple[t, ...]: t must be a type." } else { "Tuple[t0, t1, ...]: each t must be a type." };
        let mut checked = Vec::new();
        for p in items {
            checked.push(type_check(it, &p, msg, true, false)?);
        }
        checked.extend(tail);
        special_copy(it, &me, checked, K::Alias, false)
    })
}

// ---- _UnionGenericAlias and _LiteralGenericAlias ----

/// Both arguments' sets are equal (`set(a) == set(b)`, by `==`).
pub(super) fn same_set(it: &mut Interp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for x in a {
        if !contains(it, b, x)? {
            return Ok(false);
        }
    }
    for y in b {
        if !contains(it, a, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(super) fn union_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "_UnionGenericAlias.__eq__", &["self", "other"], &args)?;
    let theirs = if is_a(it, &other, K::UnionAlias) {
        items_of(it, &other, "__args__")
    } else if let Some(a) = super::type_forms::union_args(it, &other) {
        a
    } else {
        return Ok(it.not_implemented());
    };
    let mine = items_of(it, &me, "__args__");
    Ok(Value::Bool(same_set(it, &mine, &theirs)?))
}

/// `hash(frozenset(items))`.
pub(super) fn frozenset_hash(it: &mut Interp, items: Vec<Value>) -> PyResult<Value> {
    let mut set = super::dict::DictData::new_set();
    for i in items {
        it.dict_insert(&mut set, i, Value::None)?;
    }
    let fs = it.heap.alloc(Some(it.t.frozenset.clone()), None, super::value::Payload::FrozenSet(set));
    Ok(Value::int(it.hash(&Value::Obj(fs))?))
}

pub(super) fn union_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_UnionGenericAlias.__hash__", &["self"], &args)?;
    let items = items_of(it, &me, "__args__");
    frozenset_hash(it, items)
}

/// `typing.Optional[X]` for a union of `X` and `None`, else `typing.Union[...]`.
pub(super) fn union_repr(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_UnionGenericAlias.__repr__", &["self"], &args)?;
    let items = items_of(it, &me, "__args__");
    let none = Value::Obj(it.t.none_type.clone());
    if items.len() == 2 {
        let other = if items[0].is(&none) {
            Some(&items[1])
        } else if items[1].is(&none) {
            Some(&items[0])
        } else {
            None
        };
        if let Some(o) = other {
            return Ok(Value::str(&format!("typing.Optional[{}]", type_repr(it, o)?)));
        }
    }
    Ok(Value::str(&generic_repr(it, &me)?))
}

/// `issubclass(cls, Union[A, B])`: a subclass of either (None, falsy, otherwise).
pub(super) fn union_subclasscheck(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, cls] = params(it, "_UnionGenericAlias.__subclasscheck__", &["self", "cls"], &args)?;
    traced(it, "_UnionGenericAlias.__subclasscheck__", &me.clone(), |it| {
        for a in items_of(it, &me, "__args__") {
            if issubclass(it, &cls, &a)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::None)
    })
}

/// `(value, type(value))` for each argument: `Literal[1] != Literal[True]`.
pub(super) fn typed_values(it: &mut Interp, me: &Value) -> Vec<Value> {
    let items = items_of(it, me, "__args__");
    items
        .into_iter()
        .map(|v| {
            let t = Value::Obj(it.type_of(&v));
            it.tuple(vec![v, t])
        })
        .collect()
}

pub(super) fn literal_eq(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = params(it, "_LiteralGenericAlias.__eq__", &["self", "other"], &args)?;
    if !is_a(it, &other, K::LiteralAlias) {
        return Ok(it.not_implemented());
    }
    let (a, b) = (typed_values(it, &me), typed_values(it, &other));
    Ok(Value::Bool(same_set(it, &a, &b)?))
}

pub(super) fn literal_hash(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let [me] = params(it, "_LiteralGenericAlias.__hash__", &["self"], &args)?;
    let items = typed_values(it, &me);
    frozenset_hash(it, items)
}
