//! The `abc` module: `ABCMeta`, `ABC`, `abstractmethod`. A metaclass the course's learners meet
//! in every "abstract class" lesson, so its steps belong in the trace: `class Shape(ABC)` goes
//! through `ABCMeta.__new__` → `type.__new__`, and `isinstance(x, Shape)` through
//! `ABCMeta.__instancecheck__`.
//!
//! CPython's `ABCMeta` is Python code (`Lib/abc.py`) around the C module `_abc`; here both are
//! native and show as builtin steps. The algorithm is `_abc.c`'s: `__abstractmethods__` from
//! the namespace and the bases' abstract names still abstract in the new class
//! (`compute_abstract_methods`), `object.__new__` refusing a class with any, and
//! `__subclasscheck__` with its positive and negative caches, `__subclasshook__`, the MRO,
//! registered virtual subclasses and real subclasses, in that order. The caches hold strong
//! references where CPython's hold weak ones.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{make_class, namespace, positional, traced, untraced};
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// Per-run state: the class of `_abc_impl` objects, and CPython's
/// `abc_invalidation_counter` (bumped by every `register`, it empties the negative caches).
#[derive(Default)]
pub struct AbcState {
    data_class: Option<ObjRef>,
    generation: u64,
    /// The next `ABCMeta.__subclasscheck__` is called by `abc`'s own code, and whether each
    /// running one was: `typing`'s protocol hook lets such "reckless" checks through, as
    /// CPython's `_allow_reckless_class_checks` sees `abc` as the caller's module.
    from_abc: bool,
    pub(super) callers: Vec<bool>,
}

/// Runs `f` (which may call `ABCMeta.__subclasscheck__`) as `abc`'s own code.
fn as_abc<T>(it: &mut Interp, f: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    it.abc.from_abc = true;
    let r = f(it);
    it.abc.from_abc = false;
    r
}

/// What a class's `_abc_impl` holds.
pub struct AbcData {
    registry: Vec<ObjRef>,
    cache: Vec<ObjRef>,
    negative_cache: Vec<ObjRef>,
    negative_generation: u64,
}

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let type_ = Value::Obj(it.t.type_.clone());
    let data_class = make_class(it, "_abc_data", "_abc", vec![], vec![])?;
    it.abc.data_class = data_class.as_obj().cloned();
    let methods = vec![
        ("__new__", it.builtin_fn("__new__", "ABCMeta.__new__", abcmeta_new, BuiltinKind::Static)),
        ("register", it.builtin_fn("register", "ABCMeta.register", abcmeta_register, BuiltinKind::Method)),
        (
            "__instancecheck__",
            it.builtin_fn("__instancecheck__", "ABCMeta.__instancecheck__", abcmeta_instancecheck, BuiltinKind::Method),
        ),
        (
            "__subclasscheck__",
            it.builtin_fn("__subclasscheck__", "ABCMeta.__subclasscheck__", abcmeta_subclasscheck, BuiltinKind::Method),
        ),
    ];
    let meta = make_class(it, "ABCMeta", "abc", vec![type_], methods)?;
    let no_slots = it.tuple(vec![]);
    let ns = namespace(it, "ABC", "abc", vec![("__slots__", no_slots)]);
    let args = vec![Value::str("ABC"), it.tuple(vec![]), Value::Obj(ns)];
    let abc = it.call(&meta, args, vec![])?;
    let abstractmethod = it.builtin_fn("abstractmethod", "abstractmethod", abstractmethod, BuiltinKind::Function);
    let update = it.builtin_fn(
        "update_abstractmethods",
        "update_abstractmethods",
        update_abstractmethods,
        BuiltinKind::Function,
    );
    Ok(vec![("ABCMeta", meta), ("ABC", abc), ("abstractmethod", abstractmethod), ("update_abstractmethods", update)])
}

/// `ABCMeta.__new__(mcls, name, bases, namespace, /, **kwargs)`: `type.__new__`, then the
/// abstract methods and the class's `_abc_impl`.
fn abcmeta_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional(it, "ABCMeta.__new__", &["mcls", "name", "bases", "namespace"], &args)?;
    let mcls = arg(&args, 0).clone();
    traced(it, "ABCMeta.__new__", &mcls, |it| {
        let type_new = it.getattr(&Value::Obj(it.t.type_.clone()), &Rc::from("__new__"))?;
        let cls = it.call(&type_new, args, kwargs)?;
        init_abstract(it, &cls)?;
        Ok(cls)
    })
}

/// `_abc._abc_init`: `__abstractmethods__`, then `_abc_impl`.
fn init_abstract(it: &mut Interp, cls: &Value) -> PyResult<()> {
    let Value::Obj(c) = cls else { return Ok(()) };
    let own: Vec<(Value, Value)> = match c.dict.as_ref().and_then(|d| d.dict_data()) {
        Some(d) => d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        None => Vec::new(),
    };
    let mut names = Vec::new();
    for (k, v) in own {
        if is_abstract(it, &v)? {
            names.push(k);
        }
    }
    let bases = c.class_data().map(|d| d.bases.borrow().clone()).unwrap_or_default();
    for base in bases {
        let Some(inherited) = it.getattr_opt(&Value::Obj(base), "__abstractmethods__")? else { continue };
        for name in it.collect(&inherited)? {
            let Value::Str(n) = &name else { continue };
            if let Some(v) = it.getattr_opt(cls, n)? {
                if is_abstract(it, &v)? {
                    names.push(name);
                }
            }
        }
    }
    let mut set = super::dict::DictData::new_set();
    for n in names {
        it.dict_insert(&mut set, n, Value::None)?;
    }
    let abstracts = Value::Obj(it.heap.alloc(Some(it.t.frozenset.clone()), None, Payload::FrozenSet(set)));
    it.setattr(cls, &Rc::from("__abstractmethods__"), abstracts)?;
    let data = AbcData { registry: Vec::new(), cache: Vec::new(), negative_cache: Vec::new(), negative_generation: 0 };
    let data_class = it.abc.data_class.clone();
    let impl_ = Value::Obj(it.heap.alloc(data_class, None, Payload::Abc(RefCell::new(data))));
    it.setattr(cls, &Rc::from("_abc_impl"), impl_)
}

/// `update_abstractmethods(cls)`: `__abstractmethods__` again, after methods were added to
/// an abstract class (`@dataclass` calls it last).
fn update_abstractmethods(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "update_abstractmethods", &kwargs)?;
    positional(it, "update_abstractmethods", &["cls"], &args)?;
    let cls = arg(&args, 0).clone();
    update_abstracts(it, &cls)?;
    Ok(cls)
}

/// `Lib/abc.py`'s `update_abstractmethods`: the bases' abstract names still abstract in the
/// class, then the abstract values of its own namespace; nothing for a class without
/// `__abstractmethods__`.
pub fn update_abstracts(it: &mut Interp, cls: &Value) -> PyResult<()> {
    if !it.hasattr(cls, &Rc::from("__abstractmethods__"))? {
        return Ok(());
    }
    let mut set = super::dict::DictData::new_set();
    let bases = it.getattr(cls, &Rc::from("__bases__"))?;
    for base in it.collect(&bases)? {
        let Some(names) = it.getattr_opt(&base, "__abstractmethods__")? else { continue };
        for name in it.collect(&names)? {
            let Value::Str(n) = &name else { continue };
            if let Some(v) = it.getattr_opt(cls, n)? {
                if is_abstract(it, &v)? {
                    it.dict_insert(&mut set, name, Value::None)?;
                }
            }
        }
    }
    let own: Vec<(Value, Value)> = match cls.as_obj().and_then(|c| c.dict.clone()) {
        Some(d) => d.dict_data().map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()),
        None => None,
    }
    .unwrap_or_default();
    for (name, v) in own {
        if is_abstract(it, &v)? {
            it.dict_insert(&mut set, name, Value::None)?;
        }
    }
    let abstracts = Value::Obj(it.heap.alloc(Some(it.t.frozenset.clone()), None, Payload::FrozenSet(set)));
    it.setattr(cls, &Rc::from("__abstractmethods__"), abstracts)
}

/// `getattr(v, "__isabstractmethod__", False)`, as a bool.
pub fn is_abstract(it: &mut Interp, v: &Value) -> PyResult<bool> {
    match it.getattr_opt(v, "__isabstractmethod__")? {
        Some(flag) => it.truthy(&flag),
        None => Ok(false),
    }
}

/// `abstractmethod(funcobj)`: marks the function and returns it.
fn abstractmethod(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.first() {
        if &**k != "funcobj" || !args.is_empty() {
            return it.type_error(format!("abstractmethod() got an unexpected keyword argument '{k}'"));
        }
    }
    let args: Vec<Value> = args.into_iter().chain(kwargs.into_iter().map(|(_, v)| v)).collect();
    positional(it, "abstractmethod", &["funcobj"], &args)?;
    let f = arg(&args, 0).clone();
    traced(it, "abstractmethod", &f, |it| {
        it.setattr(&f, &Rc::from("__isabstractmethod__"), Value::Bool(true))?;
        Ok(f.clone())
    })
}

/// The names in a class's own `__abstractmethods__`, sorted, if it has any: `object.__new__`
/// refuses to instantiate it (CPython's `Py_TPFLAGS_IS_ABSTRACT`).
pub fn abstract_names(it: &mut Interp, cls: &ObjRef) -> PyResult<Vec<Rc<str>>> {
    let value = cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| {
        d.borrow().get_str_h("__abstractmethods__", const { super::format::hash_ascii("__abstractmethods__") }).cloned()
    });
    let Some(value) = value else { return Ok(Vec::new()) };
    if !it.truthy(&value)? {
        return Ok(Vec::new());
    }
    let mut names = Vec::new();
    for n in it.collect(&value)? {
        names.push(it.str_of(&n)?);
    }
    names.sort();
    Ok(names)
}

fn abc_data(it: &mut Interp, cls: &Value) -> PyResult<ObjRef> {
    match it.getattr(cls, &Rc::from("_abc_impl"))? {
        Value::Obj(o) if matches!(o.payload, Payload::Abc(_)) => Ok(o),
        _ => it.type_error("_abc_impl is set to a wrong type"),
    }
}

fn data(o: &ObjRef) -> &RefCell<AbcData> {
    match &o.payload {
        Payload::Abc(d) => d,
        _ => unreachable!("abc_data checks the payload"),
    }
}

fn contains(list: &[ObjRef], c: &ObjRef) -> bool {
    list.iter().any(|x| Rc::ptr_eq(x, c))
}

fn class_arg(it: &mut Interp, v: &Value, msg: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if o.is_class() => Ok(o.clone()),
        _ => it.type_error(msg),
    }
}

/// `issubclass(sub, cls)` with the hooks (`__subclasscheck__`), as `_abc.c` calls it.
fn issubclass(it: &mut Interp, sub: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    let f = it.load_global(&Rc::from("issubclass"), &it.builtins.clone())?;
    let r = it.call(&f, vec![Value::Obj(sub.clone()), Value::Obj(cls.clone())], vec![])?;
    it.truthy(&r)
}

/// `ABCMeta.register(cls, subclass)`: a virtual subclass.
fn abcmeta_register(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "register", &kwargs)?;
    positional(it, "ABCMeta.register", &["cls", "subclass"], &args)?;
    let receiver = arg(&args, 0).clone();
    traced(it, "ABCMeta.register", &receiver, |it| {
        let sub = class_arg(it, arg(&args, 1), "Can only register classes")?;
        let cls = class_arg(it, arg(&args, 0), "Can only register classes")?;
        if issubclass(it, &sub, &cls)? {
            return Ok(arg(&args, 1).clone());
        }
        if issubclass(it, &cls, &sub)? {
            return it.err("RuntimeError", "Refusing to create an inheritance cycle");
        }
        let d = abc_data(it, arg(&args, 0))?;
        data(&d).borrow_mut().registry.push(sub);
        it.abc.generation += 1;
        Ok(arg(&args, 1).clone())
    })
}

/// `ABCMeta.__instancecheck__(cls, instance)`.
fn abcmeta_instancecheck(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "__instancecheck__", &kwargs)?;
    positional(it, "ABCMeta.__instancecheck__", &["cls", "instance"], &args)?;
    let receiver = arg(&args, 0).clone();
    traced(it, "ABCMeta.__instancecheck__", &receiver, |it| {
        let d = abc_data(it, arg(&args, 0))?;
        let Value::Obj(subclass) = it.getattr(arg(&args, 1), &Rc::from("__class__"))? else {
            return Ok(Value::Bool(false));
        };
        if contains(&data(&d).borrow().cache, &subclass) {
            return Ok(Value::Bool(true));
        }
        let subtype = it.type_of(arg(&args, 1));
        let check = it.getattr(arg(&args, 0), &Rc::from("__subclasscheck__"))?;
        if Rc::ptr_eq(&subtype, &subclass) {
            let known_not = {
                let d = data(&d).borrow();
                d.negative_generation == it.abc.generation && contains(&d.negative_cache, &subclass)
            };
            if known_not {
                return Ok(Value::Bool(false));
            }
            return as_abc(it, |it| it.call(&check, vec![Value::Obj(subclass)], vec![]));
        }
        let r = as_abc(it, |it| it.call(&check, vec![Value::Obj(subclass)], vec![]))?;
        if it.truthy(&r)? {
            return Ok(r);
        }
        as_abc(it, |it| it.call(&check, vec![Value::Obj(subtype)], vec![]))
    })
}

/// `ABCMeta.__subclasscheck__(cls, subclass)`.
fn abcmeta_subclasscheck(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "__subclasscheck__", &kwargs)?;
    positional(it, "ABCMeta.__subclasscheck__", &["cls", "subclass"], &args)?;
    let receiver = arg(&args, 0).clone();
    let from_abc = std::mem::take(&mut it.abc.from_abc);
    it.abc.callers.push(from_abc);
    let r = traced(it, "ABCMeta.__subclasscheck__", &receiver, |it| {
        let sub = class_arg(it, arg(&args, 1), "issubclass() arg 1 must be a class")?;
        let cls = class_arg(it, arg(&args, 0), "issubclass() arg 2 must be a class")?;
        let d = abc_data(it, arg(&args, 0))?;
        subclasscheck(it, &cls, &sub, &d).map(Value::Bool)
    });
    it.abc.callers.pop();
    r
}

fn subclasscheck(it: &mut Interp, cls: &ObjRef, sub: &ObjRef, d: &ObjRef) -> PyResult<bool> {
    if contains(&data(d).borrow().cache, sub) {
        return Ok(true);
    }
    {
        let generation = it.abc.generation;
        let mut dd = data(d).borrow_mut();
        if dd.negative_generation < generation {
            dd.negative_cache.clear();
            dd.negative_generation = generation;
        } else if contains(&dd.negative_cache, sub) {
            return Ok(false);
        }
    }
    let remember = |yes: bool| {
        let mut dd = data(d).borrow_mut();
        if yes {
            dd.cache.push(sub.clone());
        } else {
            dd.negative_cache.push(sub.clone());
        }
        yes
    };
    let hook = it.getattr(&Value::Obj(cls.clone()), &Rc::from("__subclasshook__"))?;
    match it.call(&hook, vec![Value::Obj(sub.clone())], vec![])? {
        Value::Bool(b) => return Ok(remember(b)),
        Value::Obj(o) if Rc::ptr_eq(&o, &it.not_implemented) => {}
        _ => return it.err("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented"),
    }
    let mro = sub.class_data().map(|c| c.mro()).unwrap_or_default();
    if contains(&mro, cls) {
        return Ok(remember(true));
    }
    let registry = data(d).borrow().registry.clone();
    for r in registry {
        if as_abc(it, |it| issubclass(it, sub, &r))? {
            return Ok(remember(true));
        }
    }
    let method = it.getattr(&Value::Obj(cls.clone()), &Rc::from("__subclasses__"))?;
    let subclasses = it.call(&method, vec![], vec![])?;
    for s in it.collect(&subclasses)? {
        if let Value::Obj(s) = s {
            if as_abc(it, |it| issubclass(it, sub, &s))? {
                return Ok(remember(true));
            }
        }
    }
    Ok(remember(false))
}
