//! Methods of `list`, `tuple` and `dict`.

use super::builtins::{arity, dict_update_from, no_kwargs, take_kw, unexpected_kw};
use super::function::arg;
use super::function::{BuiltinKind, KwSpec, Kwargs, Sig};
use super::interp::Interp;
use super::methods::{reg, reg_sig};
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use Sig::{Clinic, Keywords, NoArgs, One};

use BuiltinKind::Method as M;

pub fn install(it: &mut Interp) {
    let l = it.t.list.clone();
    reg_sig(it, &l, "append", M, One, list_append);
    reg_sig(it, &l, "extend", M, One, list_extend);
    reg_sig(it, &l, "insert", M, Clinic(2, 2), list_insert);
    reg_sig(it, &l, "pop", M, Clinic(0, 1), list_pop);
    reg_sig(it, &l, "remove", M, One, list_remove);
    reg_sig(it, &l, "index", M, Clinic(1, 3), seq_index);
    reg_sig(it, &l, "count", M, One, seq_count);
    reg_sig(it, &l, "sort", M, Keywords(&SORT), list_sort);
    reg_sig(it, &l, "reverse", M, NoArgs, list_reverse);
    reg_sig(it, &l, "copy", M, NoArgs, list_copy);
    reg_sig(it, &l, "clear", M, NoArgs, list_clear);
    let t = it.t.tuple.clone();
    reg_sig(it, &t, "index", M, Clinic(1, 3), seq_index);
    reg_sig(it, &t, "count", M, One, seq_count);
    let d = it.t.dict.clone();
    reg_sig(it, &d, "get", M, Clinic(1, 2), dict_get);
    reg_sig(it, &d, "setdefault", M, Clinic(1, 2), dict_setdefault);
    reg_sig(it, &d, "pop", M, Clinic(1, 2), dict_pop);
    reg_sig(it, &d, "popitem", M, NoArgs, dict_popitem);
    reg(it, &d, "update", M, dict_update);
    reg_sig(it, &d, "keys", M, NoArgs, dict_keys);
    reg_sig(it, &d, "values", M, NoArgs, dict_values);
    reg_sig(it, &d, "items", M, NoArgs, dict_items);
    reg_sig(it, &d, "copy", M, NoArgs, dict_copy);
    reg_sig(it, &d, "clear", M, NoArgs, dict_clear);
    // A class's `__dict__` (a read-only view in CPython) reads like a dict.
    let mp = it.t.mappingproxy.clone();
    reg_sig(it, &mp, "get", M, Clinic(1, 2), dict_get);
    reg_sig(it, &mp, "keys", M, NoArgs, dict_keys);
    reg_sig(it, &mp, "values", M, NoArgs, dict_values);
    reg_sig(it, &mp, "items", M, NoArgs, dict_items);
    reg_sig(it, &mp, "copy", M, NoArgs, dict_copy);
    reg(it, &mp, "__str__", M, mappingproxy_str);
    reg(it, &mp, "__new__", BuiltinKind::Static, mappingproxy_new);
}

/// `types.MappingProxyType(mapping)` (`enum`'s `__members__`): a snapshot of the mapping.
fn mappingproxy_new(it: &mut Interp, mut args: Vec<Value>, mut kw: Kwargs) -> PyResult<Value> {
    args.extend(take_kw(&mut kw, "mapping"));
    unexpected_kw(it, "mappingproxy", &kw)?;
    match args.len() {
        2 => super::dataclass_classes::metadata_proxy(it, &args[1]),
        0 | 1 => it.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"),
        n => it.type_error(format!("mappingproxy() takes at most 1 argument ({} given)", n - 1)),
    }
}

static SORT: KwSpec = KwSpec { names: &["key", "reverse"], posonly: 0, minpos: 0, maxpos: 0 };

/// `str(mappingproxy)` is the str of the mapping it wraps: `print(C.__dict__)` shows `{...}`.
fn mappingproxy_str(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let d = dict_of(it, &args, "__str__")?;
    let data = d.dict_data().map(|x| x.borrow().clone()).unwrap_or_default();
    let plain = it.dict_from(data);
    Ok(Value::Str(it.repr(&plain)?))
}

fn list_of<'a>(it: &mut Interp, args: &'a [Value], name: &str) -> PyResult<(&'a ObjRef, &'a RefCell<Vec<Value>>)> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Payload::List(l) = &o.payload {
            return Ok((o, l));
        }
    }
    it.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to this object"))
}

fn list_append(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list.append", &kw)?;
    if args.len() != 2 {
        return it
            .type_error(format!("list.append() takes exactly one argument ({} given)", args.len().saturating_sub(1)));
    }
    let (_, l) = list_of(it, &args, "append")?;
    if l.borrow().len() >= super::numbers::MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    l.borrow_mut().push(arg(&args, 1).clone());
    Ok(Value::None)
}

fn list_extend(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list.extend", &kw)?;
    arity(it, "extend", &args, 2, 2)?;
    let items = it.collect_sized(arg(&args, 1))?;
    let (_, l) = list_of(it, &args, "extend")?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list.insert", &kw)?;
    if args.len() != 3 {
        return it.type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1)));
    }
    let i = it.index_arg(arg(&args, 1))?;
    let (_, l) = list_of(it, &args, "insert")?;
    let n = l.borrow().len() as i64;
    let ix = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.borrow_mut().insert(ix, arg(&args, 2).clone());
    Ok(Value::None)
}

fn list_pop(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list.pop", &kw)?;
    arity(it, "pop", &args, 1, 2)?;
    let i = match args.get(1) {
        Some(v) => it.index_arg(v)?,
        None => -1,
    };
    let (_, l) = list_of(it, &args, "pop")?;
    let n = l.borrow().len();
    if n == 0 {
        return it.err("IndexError", "pop from empty list");
    }
    match super::containers::norm_index(i, n) {
        Some(ix) => Ok(l.borrow_mut().remove(ix)),
        None => it.err("IndexError", "pop index out of range"),
    }
}

fn list_remove(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "list.remove", &kw)?;
    arity(it, "remove", &args, 2, 2)?;
    let (_, l) = list_of(it, &args, "remove")?;
    let items = l.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if it.eq(x, arg(&args, 1))? {
            let (_, l) = list_of(it, &args, "remove")?;
            if i < l.borrow().len() {
                l.borrow_mut().remove(i);
            }
            return Ok(Value::None);
        }
    }
    it.value_error("list.remove(x): x not in list")
}

fn seq_items(it: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    match it.seq_items(v) {
        Some(x) => Ok(x),
        None => it.type_error("expected a sequence"),
    }
}

fn seq_index(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "index", &kw)?;
    arity(it, "index", &args, 2, 4)?;
    let items = seq_items(it, arg(&args, 0))?;
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match args.get(2) {
        Some(v) => clamp(it.index_value(v, "slice indices must be integers or have an __index__ method")?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(it.index_value(v, "slice indices must be integers or have an __index__ method")?),
        None => items.len(),
    };
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if it.eq(x, arg(&args, 1))? {
            return Ok(Value::int(i as i64));
        }
    }
    let is_list = matches!(arg(&args, 0), Value::Obj(o) if matches!(o.payload, Payload::List(_)));
    if is_list {
        let r = it.repr(arg(&args, 1))?;
        return it.value_error(format!("{r} is not in list"));
    }
    it.value_error("tuple.index(x): x not in tuple")
}

fn seq_count(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "count", &kw)?;
    arity(it, "count", &args, 2, 2)?;
    let items = seq_items(it, arg(&args, 0))?;
    let mut c = 0;
    for x in &items {
        if it.eq(x, arg(&args, 1))? {
            c += 1;
        }
    }
    Ok(Value::int(c))
}

fn list_sort(it: &mut Interp, args: Vec<Value>, mut kw: Kwargs) -> PyResult<Value> {
    let key = take_kw(&mut kw, "key").filter(|k| !k.is_none());
    let reverse = take_kw(&mut kw, "reverse");
    unexpected_kw(it, "sort", &kw)?;
    if args.len() != 1 {
        return it.type_error("sort() takes no positional arguments");
    }
    let rev = match reverse {
        Some(r) => it.truthy(&r)?,
        None => false,
    };
    let (_, l) = list_of(it, &args, "sort")?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = it.sort_values(&mut items, key, rev);
    let (_, l) = list_of(it, &args, "sort")?;
    *l.borrow_mut() = items;
    r?;
    Ok(Value::None)
}

fn list_reverse(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "list.reverse", &args, &kw)?;
    let (_, l) = list_of(it, &args, "reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "list.copy", &args, &kw)?;
    let (_, l) = list_of(it, &args, "copy")?;
    let items = l.borrow().clone();
    Ok(it.list(items))
}

fn list_clear(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "list.clear", &args, &kw)?;
    let (_, l) = list_of(it, &args, "clear")?;
    let mut old = std::mem::take(&mut *l.borrow_mut());
    // CPython's `list.clear` releases the items last to first (a `Vec` drops first to last).
    old.reverse();
    drop(old);
    Ok(Value::None)
}

fn dict_of(it: &mut Interp, args: &[Value], name: &str) -> PyResult<ObjRef> {
    if let Some(Value::Obj(o)) = args.first() {
        if matches!(o.payload, Payload::Dict(_)) {
            return Ok(o.clone());
        }
    }
    it.type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply to this object"))
}

fn dict_get(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "dict.get", &kw)?;
    if !(2..=3).contains(&args.len()) {
        return it.type_error(format!("get expected at least 1 argument, got {}", args.len().saturating_sub(1)));
    }
    let d = dict_of(it, &args, "get")?;
    Ok(it.dict_get(&d, arg(&args, 1))?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "dict.setdefault", &kw)?;
    arity(it, "setdefault", &args, 2, 3)?;
    let d = dict_of(it, &args, "setdefault")?;
    if let Some(v) = it.dict_get(&d, arg(&args, 1))? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    it.dict_set(&d, arg(&args, 1).clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "dict.pop", &kw)?;
    if !(2..=3).contains(&args.len()) {
        return it.type_error(format!("pop expected at least 1 argument, got {}", args.len().saturating_sub(1)));
    }
    let d = dict_of(it, &args, "pop")?;
    match it.dict_del(&d, arg(&args, 1))? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => it.key_error(arg(&args, 1).clone()),
        },
    }
}

fn dict_popitem(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.popitem", &args, &kw)?;
    let d = dict_of(it, &args, "popitem")?;
    let e = d.dict_data().and_then(|x| x.borrow_mut().pop_last());
    match e {
        Some(e) => Ok(it.tuple(vec![e.key, e.value])),
        None => it.key_error(Value::str("popitem(): dictionary is empty")),
    }
}

fn dict_update(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    arity(it, "update", args.get(1..).unwrap_or_default(), 0, 1)?;
    let d = dict_of(it, &args, "update")?;
    if let Some(src) = args.get(1) {
        dict_update_from(it, &d, src)?;
    }
    for (k, v) in kw {
        it.dict_set(&d, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

fn dict_keys(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.keys", &args, &kw)?;
    let d = dict_of(it, &args, "keys")?;
    Ok(super::methods_types::make_view(it, &d, "dict_keys"))
}

fn dict_values(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.values", &args, &kw)?;
    let d = dict_of(it, &args, "values")?;
    Ok(super::methods_types::make_view(it, &d, "dict_values"))
}

fn dict_items(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.items", &args, &kw)?;
    let d = dict_of(it, &args, "items")?;
    Ok(super::methods_types::make_view(it, &d, "dict_items"))
}

fn dict_copy(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.copy", &args, &kw)?;
    let d = dict_of(it, &args, "copy")?;
    let data = d.dict_data().map(|x| x.borrow().clone()).unwrap_or_default();
    Ok(it.dict_from(data))
}

fn dict_clear(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    super::builtins::no_arguments(it, "dict.clear", &args, &kw)?;
    let d = dict_of(it, &args, "clear")?;
    if let Some(x) = d.dict_data() {
        let old = std::mem::take(&mut *x.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}
