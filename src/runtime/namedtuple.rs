//! `collections.namedtuple`, the course's example of a function that builds a class with
//! `type()`: a tuple subclass with `__slots__ = ()`, one `_tuplegetter` per field and the
//! methods `Lib/collections/__init__.py` puts in its namespace.
//!
//! CPython makes `__new__` by `eval`-ing `lambda _cls, x, y: _tuple_new(_cls, (x, y))`, so
//! every `P(...)` runs a Python function from `<string>`: the profile (and metalab's trace)
//! shows a call of `<lambda>`, and argument errors name `P.__new__`. That lambda is made here
//! the same way, by metalab's own `eval`. The other methods are Python functions of the
//! `collections` module in CPython, which the trace contract leaves out; here they are native
//! and find their class's fields in a per-run table.

use super::dict::DictData;
use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::native_class::{bind, make_class, method, positional};
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// What a namedtuple's methods close over in CPython: its name and field names.
pub struct NtInfo {
    typename: Rc<str>,
    fields: Vec<Rc<str>>,
}

/// Per-run state: the namedtuple classes made so far (by class number), and `_tuplegetter`.
#[derive(Default)]
pub struct NtState {
    classes: FxHashMap<u64, Rc<NtInfo>>,
    getter: Option<ObjRef>,
}

pub(super) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    }
}

/// The `_tuplegetter` class (`_collections._tuplegetter`), made when `collections` is imported.
pub fn build(it: &mut Interp) -> PyResult<Value> {
    let m = |it: &mut Interp, name: &'static str, f, kind| method(it, "_tuplegetter", name, f, kind);
    let entries = vec![
        m(it, "__new__", getter_new, BuiltinKind::Static),
        m(it, "__get__", getter_get, BuiltinKind::Method),
        m(it, "__set__", getter_set, BuiltinKind::Method),
        m(it, "__delete__", getter_delete, BuiltinKind::Method),
        m(it, "__repr__", getter_repr, BuiltinKind::Method),
        ("__slots__", it.tuple(Vec::new())),
    ];
    let object = Value::Obj(it.t.object.clone());
    let getter = make_class(it, "_tuplegetter", "_collections", vec![object], entries)?;
    super::native_class::c_type(getter.clone(), "_collections._tuplegetter");
    if let Some(g) = getter.as_obj() {
        // `__slots__` only told `type.__new__` that instances have no `__dict__`.
        if let Some(d) = g.dict.as_ref().and_then(|d| d.dict_data()) {
            d.borrow_mut().remove_str("__slots__");
        }
        it.collections.nt.getter = Some(g.clone());
    }
    let f = it.builtin_fn("namedtuple", "namedtuple", namedtuple, BuiltinKind::Function);
    Ok(f)
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
fn namedtuple(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [typename, field_names, rename, defaults, module] =
        bind::<5>(it, "namedtuple", &["typename", "field_names"], 2, &["rename", "defaults", "module"], args, kwargs)?;
    let (Some(typename), Some(field_names)) = (typename, field_names) else { return Ok(Value::None) };
    it.trace_builtin_call("namedtuple", None);
    let r = make_namedtuple(it, typename, field_names, rename, defaults, module);
    it.trace_builtin_exit("namedtuple", &r);
    r
}

fn make_namedtuple(
    it: &mut Interp,
    typename: Value,
    field_names: Value,
    rename: Option<Value>,
    defaults: Option<Value>,
    module: Option<Value>,
) -> PyResult<Value> {
    let as_str = match &field_names {
        Value::Str(s) => Some(s.clone()),
        Value::Obj(o) => match &o.payload {
            Payload::Boxed(Value::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    let mut fields: Vec<Rc<str>> = match as_str {
        Some(s) => s.replace(',', " ").split_whitespace().map(Rc::from).collect(),
        None => {
            let mut out = Vec::new();
            for v in it.collect(&field_names)? {
                out.push(it.str_of(&v)?);
            }
            out
        }
    };
    let typename = it.str_of(&typename)?;
    let rename = match rename {
        Some(r) => it.truthy(&r)?,
        None => false,
    };
    if rename {
        let mut seen: Vec<Rc<str>> = Vec::new();
        for (index, name) in fields.iter_mut().enumerate() {
            let original = name.clone();
            if !is_identifier(name) || crate::syntax::is_keyword(name) || name.starts_with('_') || seen.contains(name) {
                *name = Rc::from(format!("_{index}"));
            }
            seen.push(original);
        }
    }
    for name in std::iter::once(&typename).chain(&fields) {
        if !is_identifier(name) {
            let r = it.repr(&Value::Str(name.clone()))?;
            return it.value_error(format!("Type names and field names must be valid identifiers: {r}"));
        }
        if crate::syntax::is_keyword(name) {
            let r = it.repr(&Value::Str(name.clone()))?;
            return it.value_error(format!("Type names and field names cannot be a keyword: {r}"));
        }
    }
    let mut seen: Vec<&Rc<str>> = Vec::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            let r = it.repr(&Value::Str(name.clone()))?;
            return it.value_error(format!("Field names cannot start with an underscore: {r}"));
        }
        if seen.contains(&name) {
            let r = it.repr(&Value::Str(name.clone()))?;
            return it.value_error(format!("Encountered duplicate field name: {r}"));
        }
        seen.push(name);
    }
    let defaults = match defaults {
        Some(d) if !d.is_none() => Some(it.collect(&d)?),
        _ => None,
    };
    let mut field_defaults = DictData::new();
    if let Some(d) = &defaults {
        if d.len() > fields.len() {
            return it.type_error("Got more default values than field names");
        }
        let first = fields.len() - d.len();
        for (name, v) in fields[first..].iter().zip(d) {
            field_defaults.set_str(name.clone(), v.clone());
        }
    }
    let mut arg_list = fields.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(", ");
    if fields.len() == 1 {
        arg_list.push(',');
    }
    let new = make_new(it, &typename, &arg_list, defaults)?;
    let info = Rc::new(NtInfo { typename: typename.clone(), fields: fields.clone() });
    let qual = |name: &str| format!("{typename}.{name}");
    let make_fn = it.builtin_fn("_make", &qual("_make"), nt_make, BuiltinKind::Function);
    let make = Value::Obj(it.heap.alloc(Some(it.t.classmethod.clone()), None, Payload::ClassMethod(make_fn)));
    let field_tuple = it.tuple(fields.iter().map(|f| Value::Str(f.clone())).collect());
    let mut entries: Vec<(&str, Value)> = vec![
        ("__doc__", Value::str(&format!("{typename}({arg_list})"))),
        ("__slots__", it.tuple(Vec::new())),
        ("_fields", field_tuple.clone()),
        ("_field_defaults", it.dict_from(field_defaults)),
        ("__new__", new),
        ("_make", make),
        ("_replace", it.builtin_fn("_replace", &qual("_replace"), nt_replace, BuiltinKind::Method)),
        ("__repr__", it.builtin_fn("__repr__", &qual("__repr__"), nt_repr, BuiltinKind::Method)),
        ("_asdict", it.builtin_fn("_asdict", &qual("_asdict"), nt_asdict, BuiltinKind::Method)),
        (
            "__getnewargs__",
            it.builtin_fn("__getnewargs__", &qual("__getnewargs__"), nt_getnewargs, BuiltinKind::Method),
        ),
        ("__match_args__", field_tuple),
    ];
    let getter_cls = it.collections.nt.getter.clone();
    for (index, name) in fields.iter().enumerate() {
        let doc = Value::str(&format!("Alias for field number {index}"));
        let getter = match &getter_cls {
            Some(g) => Value::Obj(it.alloc_instance(g, Payload::TupleGetter { index, doc: RefCell::new(doc) })),
            None => Value::None,
        };
        entries.push((name, getter));
    }
    let ns = it.new_dict_obj();
    if let Some(d) = ns.dict_data() {
        let mut d = d.borrow_mut();
        for (k, v) in entries {
            d.set_str(Rc::from(k), v);
        }
    }
    let type_ = it.t.type_.clone();
    let bases = it.tuple(vec![Value::Obj(it.t.tuple.clone())]);
    let cls = it.type_new(&type_, vec![Value::Str(typename), bases, Value::Obj(ns)], vec![])?;
    if let Some(c) = cls.as_obj() {
        it.collections.nt.classes.insert(c.id, info);
    }
    if let Some(m) = module.filter(|m| !m.is_none()) {
        it.setattr(&cls, &Rc::from("__module__"), m)?;
    }
    Ok(cls)
}

/// `__new__`, as CPython makes it: `eval` of a lambda in a namespace of its own, renamed.
fn make_new(it: &mut Interp, typename: &str, arg_list: &str, defaults: Option<Vec<Value>>) -> PyResult<Value> {
    let tuple_new = it.getattr(&Value::Obj(it.t.tuple.clone()), &Rc::from("__new__"))?;
    let mut ns = DictData::new();
    ns.set_str(Rc::from("_tuple_new"), tuple_new);
    ns.set_str(Rc::from("__builtins__"), it.dict_from(DictData::new()));
    ns.set_str(Rc::from("__name__"), Value::str(&format!("namedtuple_{typename}")));
    let ns = it.dict_from(ns);
    let code = format!("lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))");
    let new = super::exec_eval::b_eval(it, vec![Value::str(&code), ns], vec![])?;
    it.setattr(&new, &Rc::from("__name__"), Value::str("__new__"))?;
    it.setattr(&new, &Rc::from("__doc__"), Value::str(&format!("Create new instance of {typename}({arg_list})")))?;
    if let Some(d) = defaults {
        let d = it.tuple(d);
        it.setattr(&new, &Rc::from("__defaults__"), d)?;
    }
    it.setattr(&new, &Rc::from("__qualname__"), Value::str(&format!("{typename}.__new__")))?;
    Ok(new)
}

/// The fields of the namedtuple class `cls` is or derives from.
fn info_of(it: &mut Interp, cls: &ObjRef) -> PyResult<Rc<NtInfo>> {
    let mro = cls.class_data().map(|c| c.mro()).unwrap_or_default();
    for c in mro {
        if let Some(info) = it.collections.nt.classes.get(&c.id) {
            return Ok(info.clone());
        }
    }
    let n = it.class_name(cls);
    it.type_error(format!("'{n}' is not a namedtuple class"))
}

fn info_of_instance(it: &mut Interp, v: &Value) -> PyResult<Rc<NtInfo>> {
    let t = it.type_of(v);
    info_of(it, &t)
}

/// `_make(cls, iterable)`: `tuple.__new__(cls, iterable)`, which must have one item per field.
fn nt_make(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.is_class() => c.clone(),
        _ => return it.type_error("_make() needs a namedtuple class"),
    };
    let info = info_of(it, &cls)?;
    let name = format!("{}._make", info.typename);
    let [cls_v, iterable] = bind::<2>(it, &name, &["cls", "iterable"], 2, &[], args, kwargs)?;
    let (Some(cls_v), Some(iterable)) = (cls_v, iterable) else { return Ok(Value::None) };
    let tuple_new = it.getattr(&Value::Obj(it.t.tuple.clone()), &Rc::from("__new__"))?;
    let result = it.call(&tuple_new, vec![cls_v, iterable], vec![])?;
    let n = it.len(&result)?;
    if n != info.fields.len() {
        return it.type_error(format!("Expected {} arguments, got {n}", info.fields.len()));
    }
    Ok(result)
}

/// `_replace(self, /, **kwds)`: `self._make(map(kwds.pop, fields, self))`, then no name may
/// be left over.
fn nt_replace(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let info = info_of_instance(it, &this)?;
    positional(it, &format!("{}._replace", info.typename), &["self"], &args)?;
    let make = it.getattr(&this, &Rc::from("_make"))?;
    let items = it.iter(&this)?;
    let mut values = Vec::with_capacity(info.fields.len());
    for field in &info.fields {
        let Some(v) = it.next(&items)? else { break };
        match kwargs.iter().position(|(k, _)| k == field) {
            Some(i) => values.push(kwargs.remove(i).1),
            None => values.push(v),
        }
    }
    let values = it.list(values);
    let values = it.iter(&values)?;
    let result = it.call(&make, vec![values], vec![])?;
    if !kwargs.is_empty() {
        let names = kwargs.into_iter().map(|(k, _)| Value::Str(k)).collect();
        let names = it.list(names);
        let r = it.repr(&names)?;
        return it.value_error(format!("Got unexpected field names: {r}"));
    }
    Ok(result)
}

/// `P(x=1, y=2)`: the class's current name, then each field with the repr of its value.
fn nt_repr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let info = info_of_instance(it, &this)?;
    super::builtins::no_kwargs(it, "__repr__", &kwargs)?;
    positional(it, &format!("{}.__repr__", info.typename), &["self"], &args)?;
    let cls = it.getattr(&this, &Rc::from("__class__"))?;
    let name = it.getattr(&cls, &Rc::from("__name__"))?;
    let Value::Str(name) = name else {
        let tn = it.type_name(&name);
        return it.type_error(format!("unsupported operand type(s) for +: '{tn}' and 'str'"));
    };
    // `repr_fmt % self`: one `%r` per field.
    let items = it.tuple_items(&this).map(<[Value]>::to_vec).unwrap_or_else(|| vec![this.clone()]);
    if items.len() < info.fields.len() {
        return it.type_error("not enough arguments for format string");
    }
    if items.len() > info.fields.len() {
        return it.type_error("not all arguments converted during string formatting");
    }
    let mut parts = Vec::with_capacity(items.len());
    for (field, v) in info.fields.iter().zip(&items) {
        parts.push(format!("{field}={}", it.repr(v)?));
    }
    Ok(Value::str(&format!("{name}({})", parts.join(", "))))
}

/// `_asdict()`: `dict(zip(self._fields, self))`.
fn nt_asdict(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let info = info_of_instance(it, &this)?;
    let name = format!("{}._asdict", info.typename);
    let [this] = bind::<1>(it, &name, &["self"], 1, &[], args, kwargs)?;
    let Some(this) = this else { return Ok(Value::None) };
    let fields = it.getattr(&this, &Rc::from("_fields"))?;
    let keys = it.iter(&fields)?;
    let values = it.iter(&this)?;
    let mut d = DictData::new();
    while let Some(k) = it.next(&keys)? {
        let Some(v) = it.next(&values)? else { break };
        it.dict_insert(&mut d, k, v)?;
    }
    Ok(it.dict_from(d))
}

/// `__getnewargs__()`: `tuple(self)`.
fn nt_getnewargs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let info = info_of_instance(it, &this)?;
    let name = format!("{}.__getnewargs__", info.typename);
    let [this] = bind::<1>(it, &name, &["self"], 1, &[], args, kwargs)?;
    let Some(this) = this else { return Ok(Value::None) };
    let tuple = Value::Obj(it.t.tuple.clone());
    it.call(&tuple, vec![this], vec![])
}

// ---- _tuplegetter ----

fn getter_of(v: &Value) -> Option<(usize, &RefCell<Value>)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::TupleGetter { index, doc } => Some((*index, doc)),
            _ => None,
        },
        _ => None,
    }
}

/// The `__doc__` of a `_tuplegetter` (a member CPython lets a program replace).
pub fn getter_doc(o: &ObjRef) -> Option<&RefCell<Value>> {
    match &o.payload {
        Payload::TupleGetter { doc, .. } => Some(doc),
        _ => None,
    }
}

/// `_tuplegetter(index, doc, /)`.
fn getter_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "_tuplegetter", &kwargs)?;
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("_tuplegetter.__new__(X): X is not a type object");
    };
    if args.len() != 3 {
        let n = args.len() - 1;
        let bound = if n < 2 { "at least" } else { "at most" };
        return it.type_error(format!("_tuplegetter expected {bound} 2 arguments, got {n}"));
    }
    let index = it.index_value(arg(&args, 1), "")?;
    let index = usize::try_from(index).unwrap_or(usize::MAX);
    let payload = Payload::TupleGetter { index, doc: RefCell::new(arg(&args, 2).clone()) };
    Ok(Value::Obj(it.alloc_instance(&cls, payload)))
}

/// `__get__(obj, type=None)`: item `index` of a tuple, the getter itself through the class.
fn getter_get(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (Some(this), Some(obj)) = (args.first(), args.get(1)) else {
        return it.type_error("expected at least 1 argument, got 0");
    };
    let Some((index, _)) = getter_of(this) else { return Ok(Value::None) };
    if obj.is_none() {
        return Ok(this.clone());
    }
    let Some(items) = it.tuple_items(obj) else {
        let tn = it.type_name(obj);
        return it
            .type_error(format!("descriptor for index '{index}' for tuple subclasses doesn't apply to '{tn}' object"));
    };
    match items.get(index) {
        Some(v) => Ok(v.clone()),
        None => it.err("IndexError", "tuple index out of range"),
    }
}

fn getter_set(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    it.attr_error("can't set attribute")
}

fn getter_delete(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    it.attr_error("can't delete attribute")
}

/// `_tuplegetter(0, 'Alias for field number 0')`.
fn getter_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Ok(Value::None) };
    let Some((index, doc)) = getter_of(this) else { return Ok(Value::None) };
    let doc = doc.borrow().clone();
    let d = it.repr(&doc)?;
    let name = it.short_class_name(&it.type_of(this));
    Ok(Value::str(&format!("{name}({index}, {d})")))
}
