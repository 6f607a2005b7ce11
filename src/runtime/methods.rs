//! The object model's builtin methods: `object`, `type`, `property`, `classmethod`,
//! `staticmethod`, `super`, `BaseException`, functions, generators and iterators. Each is a
//! `BuiltinFn` placed in its class's namespace, so user code can find, call and override it
//! exactly as in CPython (`super().__init__()`, `object.__new__(cls)`, `type.__call__`).

use super::attr::hooks;
use super::builtins::{arity, no_kwargs};
use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::value::{ExcData, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub fn reg(it: &mut Interp, cls: &ObjRef, name: &str, kind: BuiltinKind, f: NativeFn) {
    reg_sig(it, cls, name, kind, Sig::Any, f);
}

/// `reg` for a builtin whose arguments are checked by `sig` before it runs.
pub fn reg_sig(it: &mut Interp, cls: &ObjRef, name: &str, kind: BuiltinKind, sig: Sig, f: NativeFn) {
    let v = it.owned_builtin_fn(cls, name, f, kind, sig);
    set_attr_value(cls, name, v);
}

pub fn set_attr_value(cls: &ObjRef, name: &str, v: Value) {
    if let Some(d) = cls.dict.as_ref().and_then(|d| d.dict_data()) {
        d.borrow_mut().set_str(Rc::from(name), v);
    }
}

use BuiltinKind::{ClassMethod as C, Method as M, Static as S};

pub fn install(it: &mut Interp) {
    let o = it.t.object.clone();
    reg(it, &o, "__new__", S, object_new);
    reg(it, &o, "__init__", M, object_init);
    reg(it, &o, "__repr__", M, object_repr);
    reg(it, &o, "__str__", M, object_str);
    reg(it, &o, "__eq__", M, object_eq);
    reg(it, &o, "__ne__", M, object_ne);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        reg(it, &o, n, M, object_not_implemented);
    }
    reg(it, &o, "__hash__", M, object_hash);
    reg(it, &o, "__getattribute__", M, object_getattribute);
    reg(it, &o, "__setattr__", M, object_setattr);
    reg(it, &o, "__delattr__", M, object_delattr);
    reg(it, &o, "__init_subclass__", C, object_init_subclass);
    reg(it, &o, "__subclasshook__", C, object_subclasshook);
    reg_sig(it, &o, "__getstate__", M, Sig::NoArgs, super::reduce::object_getstate_method);
    reg(it, &o, "__sizeof__", M, object_sizeof);
    reg_sig(it, &o, "__reduce__", M, Sig::NoArgs, super::reduce::object_reduce);
    reg_sig(it, &o, "__reduce_ex__", M, Sig::One, super::reduce::object_reduce_ex);
    let class_getset = Payload::GetSet { name: "__class__", owner: Rc::from("object") };
    let class_getset = it.heap.alloc(Some(it.t.getset_descriptor.clone()), None, class_getset);
    set_attr_value(&o, "__class__", Value::Obj(class_getset));
    reg(it, &o, "__format__", M, object_format);
    reg(it, &o, "__dir__", M, object_dir);
    set_attr_value(&o, "__doc__", Value::str("The base class of the class hierarchy."));

    let t = it.t.type_.clone();
    reg(it, &t, "__new__", S, type_new);
    reg(it, &t, "__init__", M, type_init);
    reg(it, &t, "__call__", M, type_call);
    reg(it, &t, "__prepare__", C, type_prepare);
    reg(it, &t, "mro", M, type_mro);
    reg(it, &t, "__repr__", M, type_repr);
    reg(it, &t, "__getattribute__", M, object_getattribute);
    reg(it, &t, "__setattr__", M, type_setattr);
    reg(it, &t, "__delattr__", M, type_delattr);
    reg(it, &t, "__instancecheck__", M, type_instancecheck);
    reg(it, &t, "__subclasscheck__", M, type_subclasscheck);
    reg(it, &t, "__subclasses__", M, type_subclasses);
    reg(it, &t, "__dir__", M, object_dir);

    let p = it.t.property.clone();
    reg(it, &p, "__new__", S, property_new);
    reg(it, &p, "__init__", M, property_init);
    reg(it, &p, "getter", M, property_getter);
    reg(it, &p, "setter", M, property_setter);
    reg(it, &p, "deleter", M, property_deleter);
    reg(it, &p, "__get__", M, property_get);
    reg(it, &p, "__set__", M, property_set);
    reg(it, &p, "__delete__", M, property_delete);
    reg(it, &p, "__set_name__", M, property_set_name);

    let cm = it.t.classmethod.clone();
    reg(it, &cm, "__new__", S, classmethod_new);
    reg(it, &cm, "__init__", M, noop_init);
    reg(it, &cm, "__get__", M, descr_get_method);
    let sm = it.t.staticmethod.clone();
    reg(it, &sm, "__new__", S, staticmethod_new);
    reg(it, &sm, "__init__", M, noop_init);
    reg(it, &sm, "__get__", M, descr_get_method);
    // Functions and methods of every kind have `__call__` (`hasattr(f, "__call__")`), though
    // calling them never looks it up.
    let callables = [
        it.t.function.clone(),
        it.t.method.clone(),
        it.t.builtin_function.clone(),
        it.t.method_wrapper.clone(),
        it.t.method_descriptor.clone(),
        it.t.wrapper_descriptor.clone(),
        it.t.staticmethod.clone(),
    ];
    for c in callables {
        reg(it, &c, "__call__", M, slot_call);
    }
    let descriptors = [
        it.t.function.clone(),
        it.t.method_descriptor.clone(),
        it.t.wrapper_descriptor.clone(),
        it.t.getset_descriptor.clone(),
        it.t.member_descriptor.clone(),
    ];
    for descriptor in descriptors {
        reg(it, &descriptor, "__get__", M, descr_get_method);
    }

    let bm = it.t.method.clone();
    reg(it, &bm, "__new__", S, method_new);
    let su = it.t.super_.clone();
    reg(it, &su, "__new__", S, super_new);
    reg(it, &su, "__init__", M, noop_init);
    reg(it, &su, "__get__", M, descr_get_method);

    let be = it.t.exc("BaseException");
    reg(it, &be, "__new__", S, exc_new);
    reg(it, &be, "__init__", M, exc_init);
    reg(it, &be, "__str__", M, exc_str);
    reg(it, &be, "__repr__", M, exc_repr);
    reg_sig(it, &be, "with_traceback", M, Sig::One, exc_with_traceback);
    reg(it, &be, "add_note", M, super::exc_members::exc_add_note);
    super::exc_group::install(it);

    let g = it.t.generator.clone();
    reg(it, &g, "__iter__", M, iter_self);
    reg(it, &g, "__next__", M, gen_next);
    reg(it, &g, "send", M, gen_send);
    reg(it, &g, "close", M, gen_close);
    reg(it, &g, "throw", M, gen_throw);
    let iter_types: Vec<ObjRef> = super::types::ITER_TYPES
        .iter()
        .filter(|n| !n.starts_with("dict_") && !matches!(**n, "GenericAlias" | "UnionType"))
        .map(|n| it.t.iter_type(n))
        .collect();
    for c in iter_types {
        reg(it, &c, "__iter__", M, iter_self);
        reg(it, &c, "__next__", M, iter_next);
    }
    let none = it.t.none_type.clone();
    reg(it, &none, "__new__", S, singleton_new);
    let ellipsis = it.t.ellipsis_type.clone();
    reg(it, &ellipsis, "__new__", S, singleton_new);
    let not_implemented = it.t.not_implemented_type.clone();
    reg(it, &not_implemented, "__new__", S, singleton_new);
    let function = it.t.function.clone();
    reg(it, &function, "__new__", S, function_new);
    let module = it.t.module.clone();
    reg(it, &module, "__new__", S, super::modules::module_new);
    reg(it, &module, "__init__", M, super::modules::module_init);
    reg(it, &module, "__repr__", M, super::modules::module_repr);
    set_attr_value(&none, "__hash__", Value::None);
    reg(it, &none, "__hash__", M, object_hash);
    super::methods_types::install(it);
    super::number_methods::install(it);
    super::slice_methods::install(it);
    super::reduce::install(it);
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the one instance.
fn singleton_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else { return it.type_error("__new__(): not enough arguments") };
    let cls = cls.clone();
    if args.len() > 1 || !kwargs.is_empty() {
        // `ellipsis_new` says "EllipsisType", the name `types` gives the class.
        let ellipsis = Rc::ptr_eq(&cls, &it.t.ellipsis_type);
        let n = if ellipsis { Rc::from("EllipsisType") } else { it.class_name(&cls) };
        return it.type_error(format!("{n} takes no arguments"));
    }
    Ok(if Rc::ptr_eq(&cls, &it.t.ellipsis_type) {
        Value::Obj(it.ellipsis.clone())
    } else if Rc::ptr_eq(&cls, &it.t.not_implemented_type) {
        it.not_implemented()
    } else {
        Value::None
    })
}

/// `types.FunctionType(code, globals)`: metalab has no code objects to build a function from.
fn function_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.get(1) {
        None => it.type_error("function() missing required argument 'code' (pos 1)"),
        Some(v) => {
            let tn = it.type_name(v);
            it.type_error(format!("function() argument 'code' must be code, not {tn}"))
        }
    }
}

fn self_arg<'a>(it: &mut Interp, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) => Ok(v),
        None => it.type_error(format!("descriptor '{name}' of object needs an argument")),
    }
}

fn excess(args: &[Value], kwargs: &Kwargs) -> bool {
    args.len() > 1 || !kwargs.is_empty()
}

fn object_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("object.__new__(): not enough arguments");
    };
    if !cls.is_class() {
        let tn = it.type_name(arg(&args, 0));
        return it.type_error(format!("object.__new__(X): X is not a type object ({tn})"));
    }
    let traced = it.tracer.is_some() && it.traces_class(&cls);
    if traced {
        it.trace_builtin_call("object.__new__", Some(arg(&args, 0)));
    }
    let r = object_new_inner(it, &cls, &args, &kwargs);
    if traced {
        it.trace_builtin_exit("object.__new__", &r);
    }
    r
}

fn object_new_inner(it: &mut Interp, cls: &ObjRef, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
    if excess(args, kwargs) {
        if it.has_hook(cls, hooks::NEW) {
            return it.type_error("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if !it.has_hook(cls, hooks::INIT) {
            let n = it.class_name(cls);
            return it.type_error(format!("{n}() takes no arguments"));
        }
    }
    let layout = cls.class_data().map(|c| c.layout);
    match layout {
        Some(super::value::Layout::Object) | Some(super::value::Layout::Type) if !Rc::ptr_eq(cls, &it.t.type_) => {}
        _ => {
            let n = it.class_name(cls);
            let base = match layout {
                Some(super::value::Layout::Exception) => "BaseException".to_string(),
                _ => n.to_string(),
            };
            return it.type_error(format!("object.__new__({n}) is not safe, use {base}.__new__()"));
        }
    }
    if cls.class_data().is_some_and(|c| c.builtin) && !Rc::ptr_eq(cls, &it.t.object) {
        let n = it.class_name(cls);
        return it.type_error(format!("cannot create '{n}' instances"));
    }
    let abstract_names = super::abc::abstract_names(it, cls)?;
    if !abstract_names.is_empty() {
        let n = it.class_name(cls);
        let s = if abstract_names.len() > 1 { "s" } else { "" };
        return it.type_error(format!(
            "Can't instantiate abstract class {n} with abstract method{s} {}",
            abstract_names.join(", ")
        ));
    }
    Ok(Value::Obj(it.alloc_instance(cls, Payload::Instance)))
}

/// `types.MethodType(function, instance)`: a bound method made by hand.
fn method_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "method", &kwargs)?;
    arity(it, "method", &args[1.min(args.len())..], 2, 2)?;
    let (func, obj) = (arg(&args, 1).clone(), arg(&args, 2).clone());
    if !it.is_callable(&func) {
        return it.type_error("first argument must be callable");
    }
    if obj.is_none() {
        return it.type_error("instance must not be None");
    }
    Ok(it.bound_method(func, obj))
}

/// `object.__sizeof__()`: CPython's basic size of a plain object, one pointer per slot and one
/// for a weak-reference list (3.11 keeps the `__dict__` before the object). Other layouts'
/// sizes are not modelled.
fn object_sizeof(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "__sizeof__", &kwargs)?;
    let me = self_arg(it, "__sizeof__", &args)?.clone();
    arity(it, "__sizeof__", &args[1..], 0, 0)?;
    let t = it.type_of(&me);
    let plain = matches!(&me, Value::Obj(o) if matches!(o.payload, Payload::Instance | Payload::Slots(_)));
    if !plain {
        let tn = it.type_name(&me);
        return it.err("NotImplementedError", format!("metalab does not model the size of '{tn}' objects"));
    }
    let cd = t.class_data();
    let slots = cd.map(|c| c.slot_names.len()).unwrap_or(0) as i64;
    let weakref = cd.is_some_and(|c| {
        c.mro().iter().any(|k| {
            k.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str("__weakref__").is_some())
        })
    });
    Ok(Value::int(16 + 8 * slots + 8 * weakref as i64))
}

/// `object.__subclasshook__`: no opinion (the default `ABCMeta.__subclasscheck__` asks first).
fn object_subclasshook(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::Obj(it.not_implemented.clone()))
}

fn object_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__init__", &args)?.clone();
    let t = it.type_of(&me);
    let traced = it.tracer.is_some() && t.is_user_class();
    if traced {
        it.trace_builtin_call("object.__init__", Some(&me));
    }
    let mut r = Ok(Value::None);
    if excess(&args, &kwargs) {
        if it.has_hook(&t, hooks::INIT) {
            r = it.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        } else if !it.has_hook(&t, hooks::NEW) {
            let n = it.class_name(&t);
            r = it.type_error(format!("{n}.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    if traced {
        it.trace_builtin_exit("object.__init__", &r);
    }
    r
}

fn object_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__repr__", &args)?.clone();
    match &me {
        Value::Obj(o) => {
            let t = o.class();
            let module = match t
                .dict
                .as_ref()
                .and_then(|d| d.dict_data())
                .and_then(|d| d.borrow().get_str("__module__").cloned())
            {
                Some(Value::Str(m)) if &*m != "builtins" => format!("{m}."),
                _ => String::new(),
            };
            let qn = t.class_data().map(|c| c.qualname.borrow().to_string()).unwrap_or_default();
            Ok(Value::str(&format!("<{module}{qn} object at {}>", it.addr(o))))
        }
        other => Ok(Value::Str(it.repr(other)?)),
    }
}

fn object_str(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__str__", &args)?.clone();
    match &me {
        Value::Obj(o) if o.class().is_user_class() => {
            it.c_level(" while getting the repr of an object", |it| it.object_str_value(&me))
        }
        _ => it.object_str_value(&me),
    }
}

fn object_eq(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__eq__", &args, 2, 2)?;
    if arg(&args, 0).is(arg(&args, 1)) {
        return Ok(Value::Bool(true));
    }
    Ok(it.not_implemented())
}

fn object_ne(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__ne__", &args, 2, 2)?;
    let t = it.type_of(arg(&args, 0));
    let r = match it.lookup_special(&t, "__eq__") {
        Some(eq) => it.call_bound(&eq, arg(&args, 0), vec![arg(&args, 1).clone()], vec![])?,
        None => it.not_implemented(),
    };
    if it.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!it.truthy(&r)?))
}

fn object_not_implemented(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(it.not_implemented())
}

fn object_hash(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__hash__", &args)?.clone();
    match &me {
        Value::Obj(o) => Ok(Value::int((o.id as i64).wrapping_mul(0x9E37_79B9) >> 4)),
        other => Ok(Value::int(super::numbers::hash_native(other))),
    }
}

fn attr_arg(it: &mut Interp, args: &[Value], n: usize) -> PyResult<Rc<str>> {
    match args.get(1) {
        Some(Value::Str(s)) if args.len() == n => Ok(s.clone()),
        Some(Value::Str(_)) | None => {
            it.type_error(format!("expected {} arguments, got {}", n - 1, args.len().saturating_sub(1)))
        }
        Some(other) => {
            let tn = it.type_name(other);
            it.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

fn object_getattribute(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_arg(it, &args, 2)?;
    let t = it.type_of(arg(&args, 0));
    it.generic_getattr(arg(&args, 0), &name, &t)
}

fn object_setattr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_arg(it, &args, 3)?;
    // CPython's `hackcheck`: a class's attributes go through `type.__setattr__`.
    if matches!(arg(&args, 0), Value::Obj(o) if o.is_class()) {
        let tn = it.type_name(arg(&args, 0));
        return it.type_error(format!("can't apply this __setattr__ to {tn} object"));
    }
    it.generic_setattr(arg(&args, 0), &name, arg(&args, 2).clone())?;
    Ok(Value::None)
}

/// `type.__setattr__`, which a metaclass's `__setattr__` reaches through `super()`.
fn type_setattr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_arg(it, &args, 3)?;
    it.generic_setattr(arg(&args, 0), &name, arg(&args, 2).clone())?;
    Ok(Value::None)
}

fn type_delattr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_arg(it, &args, 2)?;
    it.generic_delattr(arg(&args, 0), &name)?;
    Ok(Value::None)
}

fn object_delattr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_arg(it, &args, 2)?;
    if matches!(arg(&args, 0), Value::Obj(o) if o.is_class()) {
        let tn = it.type_name(arg(&args, 0));
        return it.type_error(format!("can't apply this __delattr__ to {tn} object"));
    }
    it.generic_delattr(arg(&args, 0), &name)?;
    Ok(Value::None)
}

fn object_init_subclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if let Some((_, _)) = kwargs.first() {
        let n = match args.first() {
            Some(Value::Obj(c)) if c.is_class() => it.class_name(c).to_string(),
            _ => "object".into(),
        };
        return it.type_error(format!("{n}.__init_subclass__() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return it.type_error("object.__init_subclass__() takes no arguments");
    }
    Ok(Value::None)
}

fn object_format(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__format__", &args, 2, 2)?;
    let spec = match arg(&args, 1) {
        Value::Str(s) => s.clone(),
        other => {
            let tn = it.type_name(other);
            return it.type_error(format!("__format__() argument must be str, not {tn}"));
        }
    };
    if !spec.is_empty() {
        return it.unsupported_format(arg(&args, 0));
    }
    Ok(Value::Str(it.str_of(arg(&args, 0))?))
}

/// `f.__call__(*args, **kwargs)`: calls `f`.
fn slot_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_error("descriptor '__call__' of 'function' object needs an argument");
    }
    let f = args.remove(0);
    it.call(&f, args, kwargs)
}

fn object_dir(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__dir__", &args)?.clone();
    let dir = it.load_global(&Rc::from("dir"), &it.builtins.clone())?;
    it.call(&dir, vec![me], vec![])
}

// ---- type ----

fn type_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(meta)) = args.first().cloned() else {
        return it.type_error("type.__new__(): not enough arguments");
    };
    if !meta.is_class() || !it.is_subclass(&meta, &it.t.type_.clone()) {
        let r = it.repr(arg(&args, 0))?;
        return it.type_error(format!("type.__new__(X): X is not a type object ({r})"));
    }
    let traced = it.tracer.is_some() && args.len() == 4;
    if traced {
        it.trace_builtin_call("type.__new__", Some(arg(&args, 0)));
    }
    let r = it.type_new(&meta, args[1..].to_vec(), kwargs);
    if traced {
        it.trace_builtin_exit("type.__new__", &r);
    }
    r
}

fn type_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let traced = it.tracer.is_some() && args.len() == 4;
    if traced {
        it.trace_builtin_call("type.__init__", args.first());
    }
    let n = args.len().saturating_sub(1);
    let r = if !kwargs.is_empty() && n == 1 {
        it.type_error("type.__init__() takes no keyword arguments")
    } else if n != 1 && n != 3 {
        it.type_error("type.__init__() takes 1 or 3 arguments")
    } else {
        Ok(Value::None)
    };
    if traced {
        it.trace_builtin_exit("type.__init__", &r);
    }
    r
}

fn type_call(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("descriptor '__call__' of 'type' object needs an argument");
    };
    if !cls.is_class() {
        let tn = it.type_name(arg(&args, 0));
        return it.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{tn}'"));
    }
    args.remove(0);
    it.type_call(&cls, args, kwargs)
}

fn type_prepare(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::Obj(it.new_dict_obj()))
}

fn type_mro(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else { return it.type_error("mro() needs a class") };
    // Computed from the bases (a metaclass's `mro()` calls it before the class has an MRO).
    let bases = cls.class_data().map(|c| c.bases.borrow().clone()).unwrap_or_default();
    let mut mro = vec![Value::Obj(cls.clone())];
    mro.extend(it.compute_mro(&bases)?.into_iter().map(Value::Obj));
    Ok(it.list(mro))
}

fn type_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else { return it.type_error("__repr__ needs a class") };
    Ok(Value::Str(it.native_repr(&cls)?))
}

fn type_instancecheck(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__instancecheck__", &args, 2, 2)?;
    let Value::Obj(cls) = arg(&args, 0) else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(it.is_instance(arg(&args, 1), cls)))
}

fn type_subclasscheck(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__subclasscheck__", &args, 2, 2)?;
    match (arg(&args, 0), arg(&args, 1)) {
        (Value::Obj(c), Value::Obj(s)) if s.is_class() => Ok(Value::Bool(it.is_subclass(s, c))),
        _ => it.type_error("issubclass() arg 1 must be a class"),
    }
}

fn type_subclasses(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else { return it.type_error("__subclasses__ needs a class") };
    let out = it.subclasses_of(&cls).into_iter().map(Value::Obj).collect();
    Ok(it.list(out))
}

// ---- descriptors ----

fn noop_init(_it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn property_new(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, a) in args.iter().skip(1).enumerate() {
        if i >= 4 {
            return it.type_error(format!("property() takes at most 4 arguments ({} given)", args.len() - 1));
        }
        slots[i] = a.clone();
    }
    for (i, n) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = super::builtins::take_kw(&mut kwargs, n) {
            slots[i] = v;
        }
    }
    super::builtins::unexpected_kw(it, "property", &kwargs)?;
    let [fget, fset, fdel, doc] = slots;
    let name = super::refcell::RefCell::new(None);
    let payload = Payload::Property { fget, fset, fdel, doc, name };
    match arg(&args, 0) {
        // A subclass's instances have a `__dict__`, as in CPython.
        Value::Obj(cls) if cls.is_class() && !Rc::ptr_eq(cls, &it.t.property) => {
            Ok(Value::Obj(it.alloc_instance(cls, payload)))
        }
        _ => Ok(Value::Obj(it.heap.alloc(Some(it.t.property.clone()), None, payload))),
    }
}

/// `property.__init__`: a subclass's instance gets `__doc__` (the given one, else the
/// getter's) in its own `__dict__`, where the class's `__doc__` cannot shadow it.
fn property_init(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(this @ Value::Obj(o)) = args.first() else { return Ok(Value::None) };
    let Payload::Property { fget, doc, .. } = &o.payload else { return Ok(Value::None) };
    if Rc::ptr_eq(&o.class(), &it.t.property) {
        return Ok(Value::None);
    }
    let (fget, mut doc) = (fget.clone(), doc.clone());
    if doc.is_none() && !fget.is_none() {
        doc = it.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    it.setattr(this, &Rc::from("__doc__"), doc)?;
    Ok(Value::None)
}

fn make_property(it: &mut Interp, fget: Value, fset: Value, fdel: Value, doc: Value, name: Option<Rc<str>>) -> Value {
    let name = super::refcell::RefCell::new(name);
    Value::Obj(it.heap.alloc(Some(it.t.property.clone()), None, Payload::Property { fget, fset, fdel, doc, name }))
}

/// `property.__set_name__(owner, name)`: remembers the attribute name for error messages.
fn property_set_name(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__set_name__", &args, 3, 3)?;
    if let (Value::Obj(o), Value::Str(n)) = (arg(&args, 0), arg(&args, 2)) {
        if let Payload::Property { name, .. } = &o.payload {
            *name.borrow_mut() = Some(n.clone());
        }
    }
    Ok(Value::None)
}

type PropertyParts = (Value, Value, Value, Value, Value, Option<Rc<str>>);

fn property_parts(it: &mut Interp, args: &[Value]) -> PyResult<PropertyParts> {
    arity(it, "property", args, 2, 2)?;
    match arg(args, 0) {
        Value::Obj(o) => match &o.payload {
            Payload::Property { fget, fset, fdel, doc, name } => {
                let name = name.borrow().clone();
                Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone(), arg(args, 1).clone(), name))
            }
            _ => it.type_error("descriptor requires a 'property' object"),
        },
        _ => it.type_error("descriptor requires a 'property' object"),
    }
}

fn property_getter(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (_, s, d, doc, f, name) = property_parts(it, &args)?;
    property_copy(it, arg(&args, 0), [f, s, d, doc], name)
}

fn property_setter(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (g, _, d, doc, f, name) = property_parts(it, &args)?;
    property_copy(it, arg(&args, 0), [g, f, d, doc], name)
}

fn property_deleter(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (g, s, _, doc, f, name) = property_parts(it, &args)?;
    property_copy(it, arg(&args, 0), [g, s, f, doc], name)
}

/// CPython's `property_copy`: a new property of the old one's type (a subclass is called, so
/// its `__init__` runs), keeping the attribute name.
fn property_copy(it: &mut Interp, old: &Value, parts: [Value; 4], name: Option<Rc<str>>) -> PyResult<Value> {
    let cls = it.type_of(old);
    if Rc::ptr_eq(&cls, &it.t.property) {
        let [g, s, d, doc] = parts;
        return Ok(make_property(it, g, s, d, doc, name));
    }
    let new = it.call(&Value::Obj(cls), parts.into(), vec![])?;
    if let Value::Obj(o) = &new {
        if let Payload::Property { name: n, .. } = &o.payload {
            *n.borrow_mut() = name;
        }
    }
    Ok(new)
}

/// `descr.__get__(obj, type=None)` called explicitly.
fn descr_get_method(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__get__", &args, 2, 3)?;
    let obj = arg(&args, 1).clone();
    if obj.is_none() && args.get(2).is_none_or(Value::is_none) {
        return it.type_error("__get__(None, None) is invalid");
    }
    let owner = match args.get(2) {
        Some(Value::Obj(o)) if o.is_class() => o.clone(),
        _ => it.type_of(&obj),
    };
    let inst = if obj.is_none() { None } else { Some(&obj) };
    it.descr_get(arg(&args, 0), inst, &owner)
}

/// `property.__get__(obj, type=None)` called explicitly (`super().__get__` in a subclass).
fn property_get(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__get__", &args, 2, 3)?;
    let obj = if arg(&args, 1).is_none() { None } else { Some(arg(&args, 1)) };
    it.property_get(arg(&args, 0), obj)
}

fn property_set(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__set__", &args, 3, 3)?;
    it.property_set(arg(&args, 0), arg(&args, 1), Some(arg(&args, 2).clone()))?;
    Ok(Value::None)
}

fn property_delete(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "__delete__", &args, 2, 2)?;
    it.property_set(arg(&args, 0), arg(&args, 1), None)?;
    Ok(Value::None)
}

fn classmethod_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "classmethod", &kwargs)?;
    if args.len() != 2 {
        return it.type_error(format!("classmethod expected 1 argument, got {}", args.len().saturating_sub(1)));
    }
    let cls = match arg(&args, 0) {
        Value::Obj(c) => c.clone(),
        _ => it.t.classmethod.clone(),
    };
    method_wrapper(it, cls, Payload::ClassMethod(arg(&args, 1).clone()), arg(&args, 1))
}

/// A `staticmethod`/`classmethod` object: since 3.10 it copies the callable's `__module__`,
/// `__name__`, `__qualname__`, `__doc__` and `__annotations__` into its own `__dict__`
/// (`functools_wraps` in `Objects/funcobject.c`), so `C.__dict__['m'].__name__` works.
fn method_wrapper(it: &mut Interp, cls: ObjRef, payload: Payload, callable: &Value) -> PyResult<Value> {
    let dict = it.new_dict_obj();
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        if let Some(v) = it.getattr_opt(callable, name)? {
            if let Some(d) = dict.dict_data() {
                d.borrow_mut().set_str(Rc::from(name), v);
            }
        }
    }
    Ok(Value::Obj(it.heap.alloc(Some(cls), Some(dict), payload)))
}

fn staticmethod_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "staticmethod", &kwargs)?;
    if args.len() != 2 {
        return it.type_error(format!("staticmethod expected 1 argument, got {}", args.len().saturating_sub(1)));
    }
    let cls = match arg(&args, 0) {
        Value::Obj(c) => c.clone(),
        _ => it.t.staticmethod.clone(),
    };
    method_wrapper(it, cls, Payload::StaticMethod(arg(&args, 1).clone()), arg(&args, 1))
}

fn super_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "super", &kwargs)?;
    match args.len() {
        1 => it.err("RuntimeError", "super(): no arguments"),
        3 => it.make_super(arg(&args, 1), Some(arg(&args, 2))),
        2 => it.make_super(arg(&args, 1), None),
        n => it.type_error(format!("super() expected at most 2 arguments, got {}", n - 1)),
    }
}

// ---- exceptions ----

fn exc_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("BaseException.__new__(): not enough arguments");
    };
    let cls = it.os_error_class(&cls, &args[1..]).unwrap_or(cls);
    let a = it.tuple(args[1..].to_vec());
    // Every exception has a `__dict__` (for `e.code = 5` and `add_note`).
    let dict = Some(it.new_dict_obj());
    Ok(Value::Obj(it.heap.alloc(Some(cls), dict, Payload::Exception(Box::new(ExcData::new(a))))))
}

pub(super) fn exc_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        it.init_exc_members(o, &args[1..], &kwargs)?;
    }
    Ok(Value::None)
}

fn exc_str(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => Ok(Value::Str(it.exc_args_str(o)?)),
        _ => Ok(Value::str("")),
    }
}

fn exc_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => Ok(Value::Str(it.native_repr(o)?)),
        _ => Ok(Value::str("")),
    }
}

fn exc_with_traceback(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "with_traceback", &args)?.clone();
    if let (Value::Obj(o), Some(tb)) = (&me, args.get(1)) {
        if let Payload::Exception(e) = &o.payload {
            it.set_traceback(e, tb)?;
        }
    }
    Ok(me)
}

// ---- iteration ----

fn iter_self(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(self_arg(it, "__iter__", &args)?.clone())
}

fn iter_next(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__next__", &args)?.clone();
    match it.next_own(&me)? {
        Some(v) => Ok(v),
        None => it.stop_iteration(None),
    }
}

fn gen_next(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let me = self_arg(it, "__next__", &args)?.clone();
    gen_resume(it, &me, Value::None)
}

fn gen_resume(it: &mut Interp, g: &Value, sent: Value) -> PyResult<Value> {
    let Value::Obj(o) = g else { return it.type_error("not a generator") };
    match it.generator_next(o, sent)? {
        Some(v) => Ok(v),
        None => {
            let rv = it.generator_return_value(g);
            it.stop_iteration(if rv.is_none() { None } else { Some(rv) })
        }
    }
}

fn gen_send(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity(it, "send", &args, 2, 2)?;
    gen_resume(it, arg(&args, 0), arg(&args, 1).clone())
}

fn gen_close(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        it.generator_close(o)?;
    }
    Ok(Value::None)
}

fn gen_throw(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    // CPython counts the arguments after the generator.
    arity(it, "throw", args.get(1..).unwrap_or(&[]), 1, 3)?;
    let Value::Obj(g) = arg(&args, 0).clone() else { return it.type_error("throw() needs a generator") };
    let exc = it.thrown_exception(arg(&args, 1), args.get(2), args.get(3))?;
    match it.generator_throw(&g, exc)? {
        Some(v) => Ok(v),
        None => {
            let rv = it.generator_return_value(arg(&args, 0));
            it.stop_iteration(if rv.is_none() { None } else { Some(rv) })
        }
    }
}
