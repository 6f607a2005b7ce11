//! The reduce protocol, which `copy` (and pickle, not modelled) uses to take an object apart
//! and build it again: `object.__reduce_ex__`, `__reduce__` and `__getstate__` (CPython's
//! `Objects/typeobject.c`), and the `copyreg` module (`Lib/copyreg.py`) they call into.
//!
//! Each step looks attributes up and calls them exactly where CPython does, because the lab
//! shows them: `__reduce__` and `__getstate__` through the instance's `__getattribute__`,
//! `__getnewargs_ex__`/`__getnewargs__` on the type only, slot values with `getattr` (so an
//! unset slot reaches `__getattr__`), and `copyreg._slotnames` caching `__slotnames__` on the
//! class through its metaclass. The builtin types' own `__reduce__`s live in
//! `runtime::reduce_builtins`.

use super::call::CALLING;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, positional};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// Per-run state: `copyreg`'s functions and table, made on first use (CPython imports
/// `copyreg` at startup, so `object.__reduce_ex__` can hand them out before any import).
#[derive(Default)]
pub struct CopyregState {
    newobj: Option<Value>,
    newobj_ex: Option<Value>,
    reconstructor: Option<Value>,
    dispatch_table: Option<ObjRef>,
}

/// A frame of CPython's Python code (`copy.py`, `copyreg.py`): one level of the recursion
/// limit, so deep structures fail where CPython's do. Deep copies recurse natively without
/// Python frames between, so these move to a fresh engine stack as a Python call would
/// (`fresh_stack`: a browser Worker's stack is too small for Python's limit).
pub fn py_frame<T>(it: &mut Interp, f: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    it.c_level("", |it| {
        if !super::fresh_stack::wants_fresh_stack(it.depth, it.stack_base) {
            return f(it);
        }
        let base = std::mem::replace(&mut it.stack_base, it.depth);
        let r = super::fresh_stack::on_fresh_stack(|| f(it));
        it.stack_base = base;
        r
    })
}

/// A call from that code into C (`id(x)`, `getattr(x, name, None)`): CPython 3.11 counts it
/// against the limit too, so a hook it runs sits one level deeper.
pub fn c_call<T>(it: &mut Interp, f: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    it.c_level(CALLING, f)
}

pub fn install(it: &mut Interp) {
    super::reduce_builtins::install(it);
}

/// A `copyreg` function: CPython writes them in Python, so they repr as functions.
fn helper(it: &mut Interp, name: &str, f: super::function::NativeFn) -> Value {
    it.builtin_fn(name, name, f, BuiltinKind::Method)
}

/// `copyreg.__newobj__`, `__newobj_ex__`, `_reconstructor` and `dispatch_table`.
fn copyreg_objects(it: &mut Interp) -> (Value, Value, Value, ObjRef) {
    if it.copyreg.newobj.is_none() {
        it.copyreg.newobj = Some(helper(it, "__newobj__", newobj));
        it.copyreg.newobj_ex = Some(helper(it, "__newobj_ex__", newobj_ex));
        it.copyreg.reconstructor = Some(helper(it, "_reconstructor", reconstructor));
        it.copyreg.dispatch_table = Some(it.new_dict_obj());
    }
    let s = &it.copyreg;
    let get = |v: &Option<Value>| v.clone().unwrap_or(Value::None);
    let table = s.dispatch_table.clone();
    let table = table.unwrap_or_else(|| it.t.dict.clone());
    (get(&s.newobj), get(&s.newobj_ex), get(&s.reconstructor), table)
}

/// `copyreg.dispatch_table`, which `copy` consults before `__reduce_ex__`.
pub fn dispatch_table(it: &mut Interp) -> ObjRef {
    copyreg_objects(it).3
}

/// The `copyreg` module's names.
pub fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    let (newobj, newobj_ex, reconstructor, table) = copyreg_objects(it);
    vec![
        ("dispatch_table", Value::Obj(table)),
        ("pickle", helper(it, "pickle", pickle)),
        ("constructor", helper(it, "constructor", constructor)),
        ("__newobj__", newobj),
        ("__newobj_ex__", newobj_ex),
        ("_reconstructor", reconstructor),
        ("_reduce_ex", helper(it, "_reduce_ex", reduce_ex_fn)),
        ("_slotnames", helper(it, "_slotnames", slotnames_fn)),
    ]
}

// ---- object's methods ----

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins (CPython compares what
/// the type's `__reduce__` is with `object.__reduce__`); otherwise `_common_reduce`.
pub(super) fn object_reduce_ex(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = arg(&args, 0).clone();
    let protocol = c_int(it, arg(&args, 1))?;
    let traced = it.tracer.is_some() && it.type_of(&me).is_user_class();
    if traced {
        it.trace_builtin_call("object.__reduce_ex__", Some(&me));
    }
    let r = reduce_ex(it, &me, protocol);
    if traced {
        it.trace_builtin_exit("object.__reduce_ex__", &r);
    }
    r
}

fn reduce_ex(it: &mut Interp, me: &Value, protocol: i64) -> PyResult<Value> {
    if let Some(reduce) = it.getattr_opt(me, "__reduce__")? {
        let cls = Value::Obj(it.type_of(me));
        let cls_reduce = it.getattr(&cls, &Rc::from("__reduce__"))?;
        let object_reduce = it.lookup_mro(&it.t.object, "__reduce__");
        if !object_reduce.is_some_and(|o| o.is(&cls_reduce)) {
            return it.call(&reduce, vec![], vec![]);
        }
    }
    common_reduce(it, me, protocol)
}

/// `object.__reduce__()`: protocol 0, `copyreg._reduce_ex`.
pub(super) fn object_reduce(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    common_reduce(it, arg(&args, 0), 0)
}

fn common_reduce(it: &mut Interp, me: &Value, protocol: i64) -> PyResult<Value> {
    if protocol >= 2 {
        reduce_newobj(it, me)
    } else {
        py_frame(it, |it| reduce_ex_py(it, me, protocol))
    }
}

/// An argument CPython converts to a C `int` (`_PyLong_AsInt`).
fn c_int(it: &mut Interp, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::BigInt(_) => None,
        Value::Int(i, _) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Float(..) => return it.type_error("'float' object cannot be interpreted as an integer"),
        _ => Some(it.index_arg(v)?),
    };
    match n {
        Some(n) if i32::try_from(n).is_ok() => Ok(n),
        _ => it.err("OverflowError", "Python int too large to convert to C int"),
    }
}

/// `object.__getstate__()`: the default state, nothing required.
pub(super) fn object_getstate_method(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    getstate_default(it, arg(&args, 0), false)
}

/// CPython's `object_getstate`: the object's `__getstate__`, or the default one (told whether
/// the state must describe the whole object) when that is `object.__getstate__` itself.
pub fn object_getstate(it: &mut Interp, obj: &Value, required: bool) -> PyResult<Value> {
    let getstate = it.getattr(obj, &Rc::from("__getstate__"))?;
    let default = it.lookup_mro(&it.t.object, "__getstate__");
    let is_default = match (&getstate, &default) {
        (Value::Obj(b), Some(d)) => match &b.payload {
            Payload::BoundMethod { func, receiver } => func.is(d) && receiver.is(obj),
            _ => false,
        },
        _ => false,
    };
    if is_default {
        getstate_default(it, obj, required)
    } else {
        it.call(&getstate, vec![], vec![])
    }
}

/// `object_getstate_default`: the instance `__dict__` (None when empty), paired with a dict
/// of the filled slots when the class has any.
fn getstate_default(it: &mut Interp, obj: &Value, required: bool) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        if let Some(d) = o.dict.as_ref().filter(|_| !o.is_class()) {
            it.expose_dict(&d.clone());
        }
    }
    let mut state = match obj {
        Value::Obj(o) if !o.is_class() => match &o.dict {
            Some(d) if d.dict_data().is_some_and(|x| !x.borrow().is_empty()) => Value::Obj(d.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let cls = it.type_of(obj);
    let slotnames = type_slotnames(it, &cls)?;
    if required && !instance_like(obj) {
        return cannot_pickle(it, obj);
    }
    let Some(names) = slotnames else { return Ok(state) };
    let Some(list) = names.as_obj().cloned() else { return Ok(state) };
    let len_at_start = list_len(&list);
    if len_at_start == 0 {
        return Ok(state);
    }
    let slots = it.new_dict_obj();
    for i in 0..len_at_start {
        let name = match &list.payload {
            Payload::List(l) => l.borrow().get(i).cloned(),
            _ => None,
        };
        let Some(name) = name else { break };
        let Value::Str(n) = &name else {
            let tn = it.type_name(&name);
            return it.type_error(format!("attribute name must be string, not '{tn}'"));
        };
        if let Some(value) = it.getattr_opt(obj, n)? {
            it.dict_set(&slots, name.clone(), value)?;
        }
        if list_len(&list) != len_at_start {
            return it.err("RuntimeError", "__slotsname__ changed size during iteration");
        }
    }
    if slots.dict_data().is_some_and(|d| !d.borrow().is_empty()) {
        state = it.tuple(vec![state, Value::Obj(slots)]);
    }
    Ok(state)
}

fn list_len(o: &ObjRef) -> usize {
    match &o.payload {
        Payload::List(l) => l.borrow().len(),
        _ => 0,
    }
}

/// An object that is all `object`'s layout plus a `__dict__` and slots: what the default
/// state describes completely (CPython compares `tp_basicsize`).
fn instance_like(obj: &Value) -> bool {
    match obj {
        Value::None => true,
        Value::Obj(o) => matches!(o.payload, Payload::Instance | Payload::Slots(_)),
        _ => false,
    }
}

/// `_PyType_GetSlotNames`: the class's cached `__slotnames__`, else `copyreg._slotnames`.
/// `None` stands for Python's None; a list otherwise.
fn type_slotnames(it: &mut Interp, cls: &ObjRef) -> PyResult<Option<Value>> {
    let cached = cls.own_attr("__slotnames__");
    let names = match cached {
        Some(v) => {
            if !v.is_none() && !it.is_instance(&v, &it.t.list) {
                let name = tp_name(it, cls, false);
                let tn = it.type_name(&v);
                return it.type_error(format!("{name}.__slotnames__ should be a list or None, not {tn}"));
            }
            v
        }
        None => {
            let v = py_frame(it, |it| slotnames(it, cls))?;
            if !v.is_none() && !it.is_instance(&v, &it.t.list) {
                return it.type_error("copyreg._slotnames didn't return a list or None");
            }
            v
        }
    };
    Ok(if names.is_none() { None } else { Some(names) })
}

/// `copyreg._slotnames(cls)`: the slot names along the MRO (private ones mangled, `__dict__`
/// and `__weakref__` left out), cached as `cls.__slotnames__` if the class allows it.
fn slotnames(it: &mut Interp, cls: &ObjRef) -> PyResult<Value> {
    let cls_v = Value::Obj(cls.clone());
    // `cls.__dict__.get("__slotnames__")`: the attribute lookups are the metaclass's to see.
    let dict_name: Rc<str> = Rc::from("__dict__");
    it.getattr(&cls_v, &dict_name)?;
    if let Some(names) = cls.own_attr("__slotnames__").filter(|v| !v.is_none()) {
        return Ok(names);
    }
    let mut names = Vec::new();
    if c_call(it, |it| it.hasattr(&cls_v, &Rc::from("__slots__")))? {
        let mro = it.getattr(&cls_v, &Rc::from("__mro__"))?;
        for c in it.collect(&mro)? {
            let Value::Obj(c) = c else { continue };
            // `if "__slots__" in c.__dict__: slots = c.__dict__['__slots__']`
            let c_v = Value::Obj(c.clone());
            it.getattr(&c_v, &dict_name)?;
            let Some(slots) = c.own_attr("__slots__") else { continue };
            it.getattr(&c_v, &dict_name)?;
            let slots = match slots {
                Value::Str(_) => vec![slots],
                other => it.collect(&other)?,
            };
            for name in slots {
                let Value::Str(n) = &name else {
                    names.push(name);
                    continue;
                };
                if &**n == "__dict__" || &**n == "__weakref__" {
                    continue;
                }
                if n.starts_with("__") && !n.ends_with("__") {
                    let cname = it.getattr(&c_v, &Rc::from("__name__"))?;
                    let cname = it.str_of(&cname)?;
                    let stripped = cname.trim_start_matches('_');
                    if !stripped.is_empty() {
                        names.push(Value::str(&format!("_{stripped}{n}")));
                        continue;
                    }
                }
                names.push(name);
            }
        }
    }
    let names = it.list(names);
    // `try: cls.__slotnames__ = names` / `except: pass`.
    match it.setattr(&cls_v, &Rc::from("__slotnames__"), names.clone()) {
        Err(e) if e.exc().is_none() => Err(e),
        _ => Ok(names),
    }
}

/// The name CPython's messages give a type (`tp_name`): a builtin's with its module
/// (`_thread.lock`), a class statement's bare.
fn tp_name(it: &Interp, cls: &ObjRef, native: bool) -> String {
    if let Some(t) = cls.class_data().and_then(|c| c.tp_name.borrow().clone()) {
        return t.to_string();
    }
    let name = it.short_class_name(cls);
    if cls.is_user_class() && !native {
        return name.to_string();
    }
    match cls.own_attr("__module__") {
        Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{name}"),
        _ => name.to_string(),
    }
}

fn cannot_pickle<T>(it: &mut Interp, obj: &Value) -> PyResult<T> {
    let cls = it.type_of(obj);
    let native =
        matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Lock(_) | Payload::Partial(_) | Payload::Abc(_)));
    let name = tp_name(it, &cls, native);
    it.type_error(format!("cannot pickle '{name}' object"))
}

/// Builtin objects whose CPython type has no `__reduce__` of its own: those it cannot pickle
/// (no `tp_new`, or C state the default reduce cannot describe) fail at once; those whose own
/// `__reduce__` metalab does not have (iterators, descriptors, `partial`) say so.
fn check_reducible(it: &mut Interp, obj: &Value) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Ok(()) };
    if it.stream_of(obj).is_some() {
        return it.type_error("cannot pickle '_io.TextIOWrapper' object");
    }
    let user = o.class().is_user_class();
    match &o.payload {
        Payload::Instance
        | Payload::Slots(_)
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Boxed(_)
        | Payload::Exception(_) => Ok(()),
        // `int | None` and `list[int]` are tuples inside.
        Payload::Tuple(_) if user || Rc::ptr_eq(&o.class(), &it.t.tuple) => Ok(()),
        Payload::Tuple(_) => not_modelled(it, obj),
        Payload::Iter(_) => {
            let name = it.class_name(&o.class());
            if name.starts_with("dict_") && !name.contains("iterator") {
                cannot_pickle(it, obj)
            } else {
                not_modelled(it, obj)
            }
        }
        Payload::Partial(_) | Payload::SlotMember { .. } => not_modelled(it, obj),
        Payload::Builtin(_) if !Rc::ptr_eq(&o.class(), &it.t.builtin_function) => not_modelled(it, obj),
        _ if user => Ok(()),
        _ => cannot_pickle(it, obj),
    }
}

fn not_modelled<T>(it: &mut Interp, obj: &Value) -> PyResult<T> {
    let cls = it.type_of(obj);
    let name = tp_name(it, &cls, true);
    it.err("NotImplementedError", format!("metalab does not model copying or pickling '{name}' objects"))
}

/// `reduce_newobj`: `(copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)`, or
/// `__newobj_ex__` with `(cls, args, kwargs)` when `__getnewargs_ex__` gives keywords.
fn reduce_newobj(it: &mut Interp, obj: &Value) -> PyResult<Value> {
    check_reducible(it, obj)?;
    let (args, kwargs) = new_arguments(it, obj)?;
    let (newobj_fn, newobj_ex_fn, _, _) = copyreg_objects(it);
    let cls = Value::Obj(it.type_of(obj));
    let hasargs = args.is_some();
    let kw_empty = match &kwargs {
        None => true,
        Some(k) => it.as_dict_data(k).is_none_or(|d| d.borrow().is_empty()),
    };
    let (newobj, newargs) = if kw_empty {
        let mut items = vec![cls];
        if let Some(a) = &args {
            items.extend(it.tuple_items(a).unwrap_or(&[]).iter().cloned());
        }
        (newobj_fn, it.tuple(items))
    } else {
        let args = args.unwrap_or(Value::None);
        let kwargs = kwargs.unwrap_or(Value::None);
        (newobj_ex_fn, it.tuple(vec![cls, args, kwargs]))
    };
    let is_list = it.is_instance(obj, &it.t.list);
    let is_dict = it.is_instance(obj, &it.t.dict);
    let state = object_getstate(it, obj, !(hasargs || is_list || is_dict))?;
    let listitems = if is_list { it.iter(obj)? } else { Value::None };
    let dictitems = if is_dict {
        let items = it.getattr(obj, &Rc::from("items"))?;
        let items = it.call(&items, vec![], vec![])?;
        it.iter(&items)?
    } else {
        Value::None
    };
    Ok(it.tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// `_PyObject_GetNewArguments`: `__getnewargs_ex__()` or `__getnewargs__()`, looked up on the
/// type, with CPython's checks of what they return.
fn new_arguments(it: &mut Interp, obj: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let cls = it.type_of(obj);
    if let Some(m) = it.lookup_special(&cls, "__getnewargs_ex__") {
        let r = it.call_bound(&m, obj, vec![], vec![])?;
        if !it.is_instance(&r, &it.t.tuple) {
            let tn = it.type_name(&r);
            return it.type_error(format!("__getnewargs_ex__ should return a tuple, not '{tn}'"));
        }
        let items = it.tuple_items(&r).map(<[Value]>::to_vec).unwrap_or_default();
        if items.len() != 2 {
            return it.value_error(format!("__getnewargs_ex__ should return a tuple of length 2, not {}", items.len()));
        }
        let (args, kwargs) = (items[0].clone(), items[1].clone());
        if !it.is_instance(&args, &it.t.tuple) {
            let tn = it.type_name(&args);
            return it.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{tn}'"
            ));
        }
        if !it.is_instance(&kwargs, &it.t.dict) {
            let tn = it.type_name(&kwargs);
            return it.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{tn}'"
            ));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    if let Some(m) = it.lookup_special(&cls, "__getnewargs__") {
        let r = it.call_bound(&m, obj, vec![], vec![])?;
        if !it.is_instance(&r, &it.t.tuple) {
            let tn = it.type_name(&r);
            return it.type_error(format!("__getnewargs__ should return a tuple, not '{tn}'"));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

// ---- copyreg ----

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`, so a class's `__new__` runs
/// and its `__init__` does not.
fn newobj(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.first() {
        return it.type_error(format!("__newobj__() got an unexpected keyword argument '{k}'"));
    }
    positional(it, "__newobj__", &["cls"], &args[..args.len().min(1)])?;
    let cls = arg(&args, 0).clone();
    py_frame(it, |it| {
        super::native_class::traced(it, "copyreg.__newobj__", &cls, |it| {
            let new = it.getattr(&cls, &Rc::from("__new__"))?;
            it.call(&new, args, vec![])
        })
    })
}

/// `copyreg.__newobj_ex__(cls, args, kwargs)`: `cls.__new__(cls, *args, **kwargs)`.
fn newobj_ex(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls, a, k] = bind::<3>(it, "__newobj_ex__", &["cls", "args", "kwargs"], 3, &[], args, kwargs)?;
    let (Some(cls), Some(a), Some(k)) = (cls, a, k) else { return Ok(Value::None) };
    py_frame(it, |it| {
        super::native_class::traced(it, "copyreg.__newobj_ex__", &cls, |it| {
            let new = it.getattr(&cls, &Rc::from("__new__"))?;
            // `cls` comes before `*args`: CPython's message names no function then.
            if !it.is_iterable(&a) {
                let tn = it.type_name(&a);
                return it.type_error(format!("Value after * must be an iterable, not {tn}"));
            }
            let mut argv = vec![cls.clone()];
            argv.extend(it.collect(&a)?);
            let kw = star_kwargs(it, &new, &k)?;
            it.call(&new, argv, kw)
        })
    })
}

/// `f(*v)`: the items of `v`, or CPython's error naming `f`.
pub fn star_args(it: &mut Interp, f: &Value, v: &Value) -> PyResult<Vec<Value>> {
    if !it.is_iterable(v) {
        let fname = it.callable_name(f);
        let tn = it.type_name(v);
        return it.type_error(format!("{fname} argument after * must be an iterable, not {tn}"));
    }
    it.collect(v)
}

/// `f(**m)`: the keywords of the mapping `m`.
fn star_kwargs(it: &mut Interp, f: &Value, m: &Value) -> PyResult<Kwargs> {
    if it.as_dict_data(m).is_none() && it.lookup_special(&it.type_of(m), "keys").is_none() {
        let fname = it.callable_name(f);
        let tn = it.type_name(m);
        return it.type_error(format!("{fname} argument after ** must be a mapping, not {tn}"));
    }
    let mut out: Kwargs = Vec::new();
    for (key, value) in it.mapping_items(m)? {
        let Value::Str(key) = key else { return it.type_error("keywords must be strings") };
        out.push((key, value));
    }
    Ok(out)
}

/// `copyreg._reconstructor(cls, base, state)`: what protocols 0 and 1 rebuild with.
fn reconstructor(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls, base, st] = bind::<3>(it, "_reconstructor", &["cls", "base", "state"], 3, &[], args, kwargs)?;
    let (Some(cls), Some(base), Some(st)) = (cls, base, st) else { return Ok(Value::None) };
    py_frame(it, |it| {
        super::native_class::traced(it, "copyreg._reconstructor", &cls, |it| {
            let object = Value::Obj(it.t.object.clone());
            let new_name: Rc<str> = Rc::from("__new__");
            if base.is(&object) {
                let new = it.getattr(&object, &new_name)?;
                return it.call(&new, vec![cls.clone()], vec![]);
            }
            let new = it.getattr(&base, &new_name)?;
            let obj = it.call(&new, vec![cls.clone(), st.clone()], vec![])?;
            let init_name: Rc<str> = Rc::from("__init__");
            let base_init = it.getattr(&base, &init_name)?;
            let object_init = it.getattr(&object, &init_name)?;
            let ne = it.compare(crate::syntax::ast::CmpOp::NotEq, &base_init, &object_init)?;
            if it.truthy(&ne)? {
                it.call(&base_init, vec![obj.clone(), st], vec![])?;
            }
            Ok(obj)
        })
    })
}

fn reduce_ex_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [me, proto] = bind::<2>(it, "_reduce_ex", &["self", "proto"], 2, &[], args, kwargs)?;
    let (Some(me), Some(proto)) = (me, proto) else { return Ok(Value::None) };
    let lt = it.compare(crate::syntax::ast::CmpOp::Lt, &proto, &Value::int(2))?;
    if !it.truthy(&lt)? {
        return it.err("AssertionError", "");
    }
    let protocol = match &proto {
        Value::Int(i, _) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    };
    py_frame(it, |it| reduce_ex_py(it, &me, protocol))
}

/// `copyreg._reduce_ex(self, proto)` for protocols 0 and 1: `(_reconstructor, (cls, base,
/// state), dict)` where `base` is the first builtin class of the MRO and `state` is
/// `base(self)` unless that is `object`.
fn reduce_ex_py(it: &mut Interp, me: &Value, protocol: i64) -> PyResult<Value> {
    let cls = it.getattr(me, &Rc::from("__class__"))?;
    let Value::Obj(cls_o) = &cls else { return it.type_error("__class__ is not a class") };
    let mro = cls_o.class_data().map(|c| c.mro()).unwrap_or_default();
    let base = mro.into_iter().find(|b| !b.is_user_class()).unwrap_or_else(|| it.t.object.clone());
    let object = it.t.object.clone();
    let state = if Rc::ptr_eq(&base, &object) {
        Value::None
    } else if Rc::ptr_eq(&base, cls_o) {
        let name = it.class_name(cls_o);
        return it.type_error(format!("cannot pickle '{name}' object"));
    } else {
        it.call(&Value::Obj(base.clone()), vec![me.clone()], vec![])?
    };
    let (_, _, reconstructor_fn, _) = copyreg_objects(it);
    let args = it.tuple(vec![cls.clone(), Value::Obj(base), state]);
    let dict = match it.getattr(me, &Rc::from("__getstate__")) {
        Err(e) if it.is_exc(&e, "AttributeError") => {
            if slots_declared(it, me)? {
                let name = it.class_name(cls_o);
                return it.type_error(format!(
                    "cannot pickle '{name}' object: a class that defines __slots__ without defining \
                     __getstate__ cannot be pickled with protocol {protocol}"
                ));
            }
            match it.getattr(me, &Rc::from("__dict__")) {
                Ok(d) => d,
                Err(e) if it.is_exc(&e, "AttributeError") => Value::None,
                Err(e) => return Err(e),
            }
        }
        Err(e) => return Err(e),
        Ok(getstate) => {
            let t = Value::Obj(it.type_of(me));
            let type_getstate = it.getattr(&t, &Rc::from("__getstate__"))?;
            let default = it.lookup_mro(&object, "__getstate__");
            if default.is_some_and(|d| d.is(&type_getstate)) && slots_declared(it, me)? {
                return it.type_error("a class that defines __slots__ without defining __getstate__ cannot be pickled");
            }
            it.call(&getstate, vec![], vec![])?
        }
    };
    if it.truthy(&dict)? {
        Ok(it.tuple(vec![reconstructor_fn, args, dict]))
    } else {
        Ok(it.tuple(vec![reconstructor_fn, args]))
    }
}

/// `getattr(self, "__slots__", None)` is true.
fn slots_declared(it: &mut Interp, me: &Value) -> PyResult<bool> {
    match it.getattr_opt(me, "__slots__")? {
        Some(v) => it.truthy(&v),
        None => Ok(false),
    }
}

fn slotnames_fn(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [cls] = bind::<1>(it, "_slotnames", &["cls"], 1, &[], args, kwargs)?;
    match cls {
        Some(Value::Obj(c)) if c.is_class() => py_frame(it, |it| slotnames(it, &c)),
        Some(v) => {
            let tn = it.type_name(&v);
            it.err("AttributeError", format!("'{tn}' object has no attribute '__dict__'"))
        }
        None => Ok(Value::None),
    }
}

/// `copyreg.pickle(ob_type, pickle_function, constructor_ob=None)`: registers a reduction
/// function in `dispatch_table`.
fn pickle(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [ob_type, func, ctor] =
        bind::<3>(it, "pickle", &["ob_type", "pickle_function", "constructor_ob"], 2, &[], args, kwargs)?;
    let (Some(ob_type), Some(func)) = (ob_type, func) else { return Ok(Value::None) };
    py_frame(it, |it| {
        if !it.is_callable(&func) {
            return it.type_error("reduction functions must be callable");
        }
        let table = dispatch_table(it);
        it.setitem(&Value::Obj(table), ob_type, func)?;
        if let Some(c) = ctor.filter(|c| !c.is_none()) {
            constructor(it, vec![c], vec![])?;
        }
        Ok(Value::None)
    })
}

/// `copyreg.constructor(object)`: only checks that it is callable.
fn constructor(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [obj] = bind::<1>(it, "constructor", &["object"], 1, &[], args, kwargs)?;
    let Some(obj) = obj else { return Ok(Value::None) };
    py_frame(it, |it| {
        if !it.is_callable(&obj) {
            return it.type_error("constructors must be callable");
        }
        Ok(Value::None)
    })
}
