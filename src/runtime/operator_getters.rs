//! `operator.itemgetter`, `attrgetter` and `methodcaller`: C types in CPython, classes made
//! natively here (`operator.itemgetter`) whose instances keep what to fetch
//! (`Payload::OpGetter`). Calling one subscripts, looks up or calls through the ordinary paths
//! (`getitem`, `getattr`, `call`), so a `__getitem__` or `__getattr__` of the learner's runs as
//! for `obj[i]`; the reprs are CPython's (`operator.attrgetter('a.b')`).

use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub enum Getter {
    /// The items, one or several (then the result is a tuple).
    Item(Vec<Value>),
    /// Each attribute name split at its dots.
    Attr(Vec<Vec<Rc<str>>>),
    Method {
        name: Rc<str>,
        args: Vec<Value>,
        kwargs: Kwargs,
    },
}

impl Getter {
    pub fn children(&self, v: &mut dyn FnMut(&Value)) {
        match self {
            Getter::Item(items) => items.iter().for_each(v),
            Getter::Attr(_) => {}
            Getter::Method { args, kwargs, .. } => {
                args.iter().for_each(&mut *v);
                kwargs.iter().for_each(|(_, x)| v(x));
            }
        }
    }
}

const CLASSES: [(&str, NativeFn); 3] =
    [("itemgetter", itemgetter_new), ("attrgetter", attrgetter_new), ("methodcaller", methodcaller_new)];

/// The three classes, as module entries.
pub fn classes(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    super::native_class::untraced(it, |it| {
        let mut entries = Vec::new();
        for (name, new) in CLASSES {
            let slots = it.tuple(Vec::new());
            let object = Value::Obj(it.t.object.clone());
            let cls = super::native_class::make_class(it, name, "operator", vec![object], vec![("__slots__", slots)])?;
            super::deque::forget_slots(&cls);
            let cls = super::native_class::c_type(cls, &format!("operator.{name}"));
            super::native_class::final_type(&cls);
            let Some(c) = cls.as_obj().cloned() else { continue };
            let methods: [(&str, NativeFn, BuiltinKind); 3] = [
                ("__new__", new, BuiltinKind::Static),
                ("__call__", getter_call, BuiltinKind::Method),
                ("__repr__", getter_repr, BuiltinKind::Method),
            ];
            for (m, f, kind) in methods {
                let f = it.owned_builtin_fn(&c, m, f, kind, Sig::Any);
                super::methods::set_attr_value(&c, m, f);
            }
            entries.push((name, cls));
        }
        Ok(entries)
    })
}

fn new_getter(it: &mut Interp, args: &[Value], g: Getter) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(cls)) if cls.is_class() => {
            Ok(Value::Obj(it.alloc_instance(cls, Payload::OpGetter(Box::new(g)))))
        }
        _ => it.type_error("__new__(X): X is not a type object"),
    }
}

/// `itemgetter(item, *items)`.
fn itemgetter_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "itemgetter", &kwargs)?;
    if args.len() < 2 {
        return it.type_error("itemgetter expected 1 argument, got 0");
    }
    let items = args[1..].to_vec();
    new_getter(it, &args, Getter::Item(items))
}

/// `attrgetter(attr, *attrs)`: dotted names are split now.
fn attrgetter_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "attrgetter", &kwargs)?;
    if args.len() < 2 {
        return it.type_error("attrgetter expected 1 argument, got 0");
    }
    let mut names = Vec::new();
    for a in &args[1..] {
        let Value::Str(s) = a else { return it.type_error("attribute name must be a string") };
        names.push(s.split('.').map(Rc::from).collect());
    }
    new_getter(it, &args, Getter::Attr(names))
}

/// `methodcaller(name, /, *args, **kwargs)`.
fn methodcaller_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(name) = args.get(1) else {
        return it.type_error("methodcaller needs at least one argument, the method name");
    };
    let Value::Str(name) = name.clone() else { return it.type_error("method name must be a string") };
    let rest = args[2..].to_vec();
    new_getter(it, &args, Getter::Method { name, args: rest, kwargs })
}

fn getter_of(v: &Value) -> Option<&Getter> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::OpGetter(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

fn kind_name(g: &Getter) -> &'static str {
    match g {
        Getter::Item(_) => "itemgetter",
        Getter::Attr(_) => "attrgetter",
        Getter::Method { .. } => "methodcaller",
    }
}

fn getter_call(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(g) = args.first().and_then(getter_of) else { return Ok(Value::None) };
    let name = kind_name(g);
    if !kwargs.is_empty() {
        return it.type_error(format!("{name}() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return it.type_error(format!("{name} expected 1 argument, got {}", args.len() - 1));
    }
    let obj = &args[1];
    match g {
        Getter::Item(items) if items.len() == 1 => it.getitem(obj, &items[0]),
        Getter::Item(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(it.getitem(obj, i)?);
            }
            Ok(it.tuple(out))
        }
        Getter::Attr(names) => {
            let mut out = Vec::with_capacity(names.len());
            for parts in names {
                let mut v = obj.clone();
                for p in parts {
                    v = it.getattr(&v, p)?;
                }
                out.push(v);
            }
            match <[Value; 1]>::try_from(out) {
                Ok([one]) => Ok(one),
                Err(out) => Ok(it.tuple(out)),
            }
        }
        Getter::Method { name, args: margs, kwargs } => {
            let m = it.getattr(obj, name)?;
            it.call(&m, margs.clone(), kwargs.clone())
        }
    }
}

/// `operator.itemgetter(1)`, `operator.attrgetter('a.b', 'c')`,
/// `operator.methodcaller('m', 1, k=2)`; a subclass shows its own name.
fn getter_repr(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let Some(g) = args.first().and_then(getter_of) else { return Ok(Value::None) };
    let me: &ObjRef = match &args[0] {
        Value::Obj(o) => o,
        _ => return Ok(Value::None),
    };
    if it.repr_stack.contains(&me.id) {
        return Ok(Value::str(&format!("{}(...)", it.class_name(&me.class()))));
    }
    it.repr_enter(me.id)?;
    let parts = getter_parts(it, g);
    it.repr_leave();
    let name = it.class_name(&me.class());
    Ok(Value::str(&format!("{name}({})", parts?.join(", "))))
}

fn getter_parts(it: &mut Interp, g: &Getter) -> PyResult<Vec<String>> {
    let mut parts = Vec::new();
    match g {
        Getter::Item(items) => {
            for i in items {
                parts.push(it.repr(i)?.to_string());
            }
        }
        Getter::Attr(names) => {
            for n in names {
                parts.push(it.repr(&Value::str(&n.join(".")))?.to_string());
            }
        }
        Getter::Method { name, args, kwargs } => {
            parts.push(it.repr(&Value::Str(name.clone()))?.to_string());
            for a in args {
                parts.push(it.repr(a)?.to_string());
            }
            for (k, v) in kwargs {
                parts.push(format!("{k}={}", it.repr(v)?));
            }
        }
    }
    Ok(parts)
}
