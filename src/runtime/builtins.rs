//! The builtin functions (`print`, `len`, `isinstance`, ...) and the `builtins` namespace.

use super::builtin_names::CPYTHON_BUILTINS;
use super::call::CALLING;
use super::function::arg;
use super::function::{BuiltinKind, KwSpec, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::numbers::to_big;
use super::value::{is_cached_int, is_shared_str, IterState, NumId, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::CmpOp;
use num_traits::Signed;
use std::rc::Rc;

/// Checks a builtin's positional count with CPython's wording.
pub fn arity(it: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return match min {
            0 => it.type_error(format!("{name}() takes no arguments ({n} given)")),
            1 => it.type_error(format!("{name}() takes exactly one argument ({n} given)")),
            _ => it.type_error(format!("{name} expected {min} arguments, got {n}")),
        };
    }
    if n < min {
        return it.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ));
    }
    it.type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }))
}

/// CPython's `_PyArg_UnpackKeywords` checks for a builtin declared with keyword parameters,
/// given `n` positional arguments: the count, a required one missing, one given twice, an
/// unknown keyword. The builtin then takes its keywords out of `kwargs` itself.
pub fn unpack_keywords(it: &mut Interp, fname: &str, n: usize, kwargs: &Kwargs, spec: &KwSpec) -> PyResult<()> {
    let (posonly, minpos, maxpos) = (spec.posonly as usize, spec.minpos as usize, spec.maxpos as usize);
    let maxargs = spec.names.len();
    let nkw = kwargs.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n + nkw > maxargs {
        let kw = if n == 0 { "keyword " } else { "" };
        return it.type_error(format!(
            "{fname}() takes at most {maxargs} {kw}argument{} ({} given)",
            s(maxargs),
            n + nkw
        ));
    }
    if n > maxpos {
        if maxpos == 0 {
            return it.type_error(format!("{fname}() takes no positional arguments"));
        }
        let w = if minpos < maxpos { "at most" } else { "exactly" };
        return it.type_error(format!("{fname}() takes {w} {maxpos} positional argument{} ({n} given)", s(maxpos)));
    }
    let minposonly = posonly.min(minpos);
    if n < minposonly {
        let w = if minposonly < maxpos { "at least" } else { "exactly" };
        return it
            .type_error(format!("{fname}() takes {w} {minposonly} positional argument{} ({n} given)", s(minposonly)));
    }
    let given = |name: &str| kwargs.iter().any(|(k, _)| &**k == name);
    let mut left = nkw;
    for (i, name) in spec.names.iter().enumerate().skip(n.max(posonly)) {
        if left == 0 && i >= minpos {
            break;
        }
        if left > 0 && given(name) {
            left -= 1;
        } else if i < minpos {
            return it.type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1));
        }
    }
    if left > 0 {
        for (i, name) in spec.names.iter().enumerate().take(n).skip(posonly) {
            if given(name) {
                return it
                    .type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1));
            }
        }
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !spec.names[posonly..].contains(&&**k)) {
            return it.type_error(format!("'{k}' is an invalid keyword argument for {fname}()"));
        }
    }
    Ok(())
}

/// Moves keyword arguments into their positions (`round(number=2.5)`), with CPython's errors
/// for a repeated, a missing earlier, or an unknown one.
pub fn positional_or_keyword(
    it: &mut Interp,
    name: &str,
    args: &mut Vec<Value>,
    kwargs: &mut Kwargs,
    params: &[&str],
) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    for (i, p) in params.iter().enumerate() {
        let Some(v) = take_kw(kwargs, p) else { continue };
        if i < args.len() {
            return it.type_error(format!("argument for {name}() given by name ('{p}') and position ({})", i + 1));
        }
        if i > args.len() {
            let missing = params[args.len()];
            return it.type_error(format!("{name}() missing required argument '{missing}' (pos {})", args.len() + 1));
        }
        args.push(v);
    }
    unexpected_kw(it, name, kwargs)
}

pub fn no_kwargs(it: &mut Interp, name: &str, kwargs: &Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        it.type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// A method that takes nothing but its receiver (CPython's `METH_NOARGS`).
pub fn no_arguments(it: &mut Interp, qualname: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return it.type_error(format!("{qualname}() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return it.type_error(format!("{qualname}() takes no arguments ({} given)", args.len() - 1));
    }
    Ok(())
}

/// Takes a keyword argument out of `kwargs`.
pub fn take_kw(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(n, _)| &**n == name)?;
    Some(kwargs.remove(i).1)
}

pub fn unexpected_kw(it: &mut Interp, fname: &str, kwargs: &Kwargs) -> PyResult<()> {
    match kwargs.first() {
        Some((n, _)) => it.type_error(format!("'{n}' is an invalid keyword argument for {fname}()")),
        None => Ok(()),
    }
}

pub fn install(it: &mut Interp) {
    let fns: &[(&str, NativeFn)] = &[
        ("print", b_print),
        ("input", b_input),
        ("open", b_open),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("abs", b_abs),
        ("iter", b_iter),
        ("next", b_next),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("vars", b_vars),
        ("dir", b_dir),
        ("format", b_format),
        ("sorted", b_sorted),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("any", b_any),
        ("all", b_all),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("chr", b_chr),
        ("ord", b_ord),
        ("bin", b_bin),
        ("hex", b_hex),
        ("oct", b_oct),
        ("globals", b_globals),
        ("exec", super::exec_eval::b_exec),
        ("eval", super::exec_eval::b_eval),
        ("locals", b_globals),
        // `site`'s exit()/quit(): raise SystemExit, as sys.exit.
        ("exit", super::modules::sys_exit),
        ("quit", super::modules::sys_exit),
        ("__import__", super::modules::b_import),
        ("__build_class__", super::class_statement::b_build_class),
    ];
    for (name, f) in fns {
        let sig = match *name {
            "sum" => Sig::Keywords(&SUM),
            "round" => Sig::Keywords(&ROUND),
            "pow" => Sig::Keywords(&POW),
            "globals" | "locals" => Sig::NoArgs,
            "__import__" => super::modules::import_sig(),
            _ => Sig::Any,
        };
        let v = it.builtin_fn_sig(name, name, *f, BuiltinKind::Function, sig);
        set_builtin(it, name, v);
    }
    let classes: Vec<(&str, ObjRef)> = vec![
        ("object", it.t.object.clone()),
        ("type", it.t.type_.clone()),
        ("int", it.t.int.clone()),
        ("bool", it.t.bool_.clone()),
        ("float", it.t.float.clone()),
        ("str", it.t.str_.clone()),
        ("list", it.t.list.clone()),
        ("tuple", it.t.tuple.clone()),
        ("dict", it.t.dict.clone()),
        ("set", it.t.set.clone()),
        ("frozenset", it.t.frozenset.clone()),
        ("range", it.t.range.clone()),
        ("slice", it.t.slice.clone()),
        ("property", it.t.property.clone()),
        ("classmethod", it.t.classmethod.clone()),
        ("staticmethod", it.t.staticmethod.clone()),
        ("super", it.t.super_.clone()),
        ("enumerate", it.t.iter_type("enumerate")),
        ("zip", it.t.iter_type("zip")),
        ("map", it.t.iter_type("map")),
        ("filter", it.t.iter_type("filter")),
        ("reversed", it.t.iter_type("reversed")),
    ];
    for (name, c) in classes {
        set_builtin(it, name, Value::Obj(c));
    }
    let excs: Vec<(&'static str, ObjRef)> = it.t.exc.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, c) in excs {
        set_builtin(it, name, Value::Obj(c));
    }
    // Old names CPython keeps for OSError.
    let os_error = Value::Obj(it.t.exc("OSError"));
    set_builtin(it, "IOError", os_error.clone());
    set_builtin(it, "EnvironmentError", os_error);
    let ni = it.not_implemented();
    set_builtin(it, "NotImplemented", ni);
    let el = Value::Obj(it.ellipsis.clone());
    set_builtin(it, "Ellipsis", el);
    // Keywords, but also names in CPython's builtins (which NameError's suggestions search).
    set_builtin(it, "True", Value::Bool(true));
    set_builtin(it, "False", Value::Bool(false));
    set_builtin(it, "None", Value::None);
    set_builtin(it, "__name__", Value::str("builtins"));
    set_builtin(it, "__debug__", Value::Bool(true));
    order_like_cpython(it);
}

/// Rebuilds the builtins dict in CPython's order (`list(vars(builtins))`, and which name a
/// NameError suggests when two are as close).
fn order_like_cpython(it: &mut Interp) {
    let Some(d) = it.builtins.dict_data() else { return };
    let old = std::mem::replace(&mut *d.borrow_mut(), super::dict::DictData::new());
    let rank = |k: &Value| match k {
        Value::Str(s) => CPYTHON_BUILTINS.iter().position(|n| **n == **s).unwrap_or(usize::MAX),
        _ => usize::MAX,
    };
    let mut entries: Vec<_> = old.into_entries().collect();
    entries.sort_by_key(|e| rank(&e.key));
    let mut d = d.borrow_mut();
    for e in entries {
        if let Value::Str(name) = e.key {
            d.set_str(name, e.value);
        }
    }
}

static SUM: KwSpec = KwSpec { names: &["iterable", "start"], posonly: 1, minpos: 1, maxpos: 2 };
static ROUND: KwSpec = KwSpec { names: &["number", "ndigits"], posonly: 0, minpos: 1, maxpos: 2 };
static POW: KwSpec = KwSpec { names: &["base", "exp", "mod"], posonly: 0, minpos: 2, maxpos: 3 };

fn set_builtin(it: &mut Interp, name: &str, v: Value) {
    if let Some(d) = it.builtins.dict_data() {
        d.borrow_mut().set_str(Rc::from(name), v);
    }
}

fn b_print(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let sep = take_kw(&mut kwargs, "sep");
    let end = take_kw(&mut kwargs, "end");
    let file = take_kw(&mut kwargs, "file").filter(|f| !f.is_none());
    let flush = take_kw(&mut kwargs, "flush");
    unexpected_kw(it, "print", &kwargs)?;
    let file = match file {
        Some(f) => Some(f),
        None => match it.replaced_stream(super::streams::Stream::Stdout) {
            Ok(f) => f,
            Err(()) => return it.err("RuntimeError", "lost sys.stdout"),
        },
    };
    let sep = match sep {
        None | Some(Value::None) => Rc::from(" "),
        Some(Value::Str(s)) => s,
        Some(other) => {
            let tn = it.type_name(&other);
            return it.type_error(format!("sep must be None or a string, not {tn}"));
        }
    };
    let end = match end {
        None | Some(Value::None) => Rc::from("\n"),
        Some(Value::Str(s)) => s,
        Some(other) => {
            let tn = it.type_name(&other);
            return it.type_error(format!("end must be None or a string, not {tn}"));
        }
    };
    let stream = match &file {
        None => Some(super::streams::Stream::Stdout),
        // `sys.stdout = None`: print writes nothing.
        Some(Value::None) => return Ok(Value::None),
        Some(f) => it.stream_of(f),
    };
    match (stream, &file) {
        (None, Some(f)) => it.print_to_file(f, &args, &sep, &end)?,
        // No file, or one of the run's streams.
        (stream, _) => {
            let stream = stream.unwrap_or(super::streams::Stream::Stdout);
            let mut line = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    line.push_str(&sep);
                }
                // CPython writes each piece as it goes: what is before an object is out before
                // the object's `__str__` runs (and prints, or raises).
                if matches!(a, Value::Obj(_)) && !line.is_empty() {
                    it.write_stream(stream, &line)?;
                    line.clear();
                }
                line.push_str(&it.str_of(a)?);
            }
            line.push_str(&end);
            it.write_stream(stream, &line)?;
        }
    }
    if let (Some(f), Some(flush)) = (&file, flush) {
        if it.truthy(&flush)? {
            let name: Rc<str> = Rc::from("flush");
            let m = it.getattr(f, &name)?;
            it.call(&m, vec![], vec![])?;
        }
    }
    Ok(Value::None)
}

/// `open(...)`: the run's in-memory text files (`io.py`).
fn b_open(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let io = it.import_module("io")?;
    let open = io.own_attr("open").unwrap_or(Value::None);
    it.call(&open, args, kwargs)
}

fn b_input(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "input", &kwargs)?;
    arity(it, "input", &args, 0, 1)?;
    let out = match it.replaced_stream(super::streams::Stream::Stdout) {
        Err(()) | Ok(Some(Value::None)) => return it.err("RuntimeError", "input(): lost sys.stdout"),
        Ok(out) => out,
    };
    if let Some(p) = args.first() {
        let s = it.str_of(p)?;
        match &out {
            Some(f) => {
                let write = it.getattr(f, &Rc::from("write"))?;
                it.call(&write, vec![Value::str(&s)], vec![])?;
            }
            None => it.write_stream(super::streams::Stream::Stdout, &s)?,
        }
    }
    // CPython flushes a replaced stdout before it reads (a failing flush is ignored).
    if let Some(f) = &out {
        if let Ok(flush) = it.getattr(f, &Rc::from("flush")) {
            let _ = it.call(&flush, vec![], vec![]);
        }
    }
    let line = match it.stdin.pop_front() {
        Some(line) => Some(line),
        None => it.read_line.and_then(|read| read()),
    };
    match line {
        Some(line) => Ok(Value::str(&line)),
        None => it.err("EOFError", "EOF when reading a line"),
    }
}

fn one(it: &mut Interp, name: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
    no_kwargs(it, name, kwargs)?;
    arity(it, name, args, 1, 1)?;
    Ok(arg(args, 0).clone())
}

fn b_len(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "len", &args, &kwargs)?;
    Ok(Value::int(it.len(&v)? as i64))
}

// One-argument builtins (METH_O) hold a recursion level while they run, even when specialized
// (CPython 3.11: "CPython promises to check all non-vectorcall function calls").
fn b_repr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "repr", &args, &kwargs)?;
    it.c_level(CALLING, |it| Ok(Value::Str(it.repr(&v)?)))
}

fn b_ascii(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "ascii", &args, &kwargs)?;
    let r = it.repr(&v)?;
    Ok(Value::str(&super::format::ascii_repr_of(&r)))
}

pub(super) fn b_abs(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "abs", &args, &kwargs)?;
    match &v {
        // A non-negative int is its own absolute value (the same object, as in CPython).
        Value::Int(i, _) if *i >= 0 => Ok(v.clone()),
        Value::Int(i, _) => Ok(match i.checked_abs() {
            Some(a) => Value::int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::int(*b as i64)),
        Value::BigInt(b) if b.sign() != num_bigint::Sign::Minus => Ok(v.clone()),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f, _) => Ok(Value::float(f.abs())),
        _ => {
            let t = it.type_of(&v);
            match it.lookup_special(&t, "__abs__") {
                Some(m) => it.call_bound(&m, &v, vec![], vec![]),
                None => {
                    let tn = it.type_name(&v);
                    it.type_error(format!("bad operand type for abs(): '{tn}'"))
                }
            }
        }
    }
}

fn b_iter(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "iter", &kwargs)?;
    arity(it, "iter", &args, 1, 2)?;
    if args.len() == 2 {
        if !it.is_callable(arg(&args, 0)) {
            return it.type_error("iter(v, w): v must be callable");
        }
        return Ok(it.new_iter(
            "callable_iterator",
            IterState::Callable { func: arg(&args, 0).clone(), sentinel: arg(&args, 1).clone() },
        ));
    }
    it.iter(arg(&args, 0))
}

fn b_next(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "next", &kwargs)?;
    arity(it, "next", &args, 1, 2)?;
    let obj = arg(&args, 0);
    let is_iter = match obj {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Iter(_) | Payload::Generator(_))
                || it.lookup_special(&o.class(), "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        let tn = it.type_name(obj);
        return it.type_error(format!("'{tn}' object is not an iterator"));
    }
    // Call __next__ directly so StopIteration carries its value.
    if let Value::Obj(o) = obj {
        if !matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)) {
            let m = it.lookup_special(&o.class(), "__next__");
            if let Some(m) = m {
                return match it.call_bound(&m, obj, vec![], vec![]) {
                    Err(e) if args.len() == 2 && it.is_exc(&e, "StopIteration") => Ok(arg(&args, 1).clone()),
                    r => r,
                };
            }
        }
    }
    match it.next(obj)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let rv = it.generator_return_value(obj);
                it.stop_iteration(if rv.is_none() { None } else { Some(rv) })
            }
        },
    }
}

/// `isinstance`/`issubclass` second argument: a class or a (nested) tuple of classes, or an
/// object whose type has `__instancecheck__`/`__subclasscheck__` (`typing.List`), which is
/// asked about `subject`.
fn class_or_tuple(
    it: &mut Interp,
    fname: &str,
    subject: &Value,
    spec: &Value,
    check: &mut dyn FnMut(&mut Interp, &ObjRef) -> PyResult<bool>,
) -> PyResult<bool> {
    if super::type_forms::is_generic_alias(it, spec) {
        return it.type_error(format!("{fname}() argument 2 cannot be a parameterized generic"));
    }
    let items = super::type_forms::union_args(it, spec).or_else(|| it.tuple_items(spec).map(|t| t.to_vec()));
    if let Some(items) = items {
        for i in &items {
            if class_or_tuple(it, fname, subject, i, check)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match spec {
        Value::Obj(c) if c.is_class() => return check(it, c),
        Value::Obj(o) => {
            let hook = if fname == "issubclass" { "__subclasscheck__" } else { "__instancecheck__" };
            if let Some(m) = it.lookup_special(&o.class(), hook) {
                let r = it.call_bound(&m, spec, vec![subject.clone()], vec![])?;
                return it.truthy(&r);
            }
        }
        _ => {}
    }
    if fname == "issubclass" {
        if !it.is_type(subject) {
            return it.type_error("issubclass() arg 1 must be a class");
        }
        return it.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    it.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))
}

fn b_isinstance(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "isinstance", &kwargs)?;
    arity(it, "isinstance", &args, 2, 2)?;
    let obj = arg(&args, 0).clone();
    let r = class_or_tuple(it, "isinstance", &obj, arg(&args, 1), &mut |it, c| it.instance_check(&obj, c))?;
    Ok(Value::Bool(r))
}

impl Interp {
    /// `isinstance(obj, c)` for one class: `__instancecheck__` on its metaclass first
    /// (CPython's `PyObject_IsInstance`).
    pub fn instance_check(&mut self, obj: &Value, c: &ObjRef) -> PyResult<bool> {
        let it = self;
        let obj = obj.clone();
        if Rc::ptr_eq(&it.type_of(&obj), c) {
            return Ok(true);
        }
        let meta = c.class();
        if let Some(m) = it.lookup_special(&meta, "__instancecheck__") {
            if !is_type_default(it, &m, "__instancecheck__") {
                let r = it.call_bound(&m, &Value::Obj(c.clone()), vec![obj.clone()], vec![])?;
                return it.truthy(&r);
            }
        }
        if it.is_instance(&obj, c) {
            return Ok(true);
        }
        // CPython's `object_isinstance`: an instance whose `__class__` says otherwise (a proxy's
        // property) is an instance of that class too.
        let Value::Obj(o) = &obj else { return Ok(false) };
        if !o.class().is_user_class() {
            return Ok(false);
        }
        match it.getattr(&obj, &Rc::from("__class__")) {
            Ok(Value::Obj(icls)) if icls.is_class() && !Rc::ptr_eq(&icls, &o.class()) => Ok(it.is_subclass(&icls, c)),
            Ok(_) => Ok(false),
            Err(e) if it.is_exc(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}

fn b_issubclass(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "issubclass", &kwargs)?;
    arity(it, "issubclass", &args, 2, 2)?;
    let sub = arg(&args, 0).clone();
    let r = class_or_tuple(it, "issubclass", &sub, arg(&args, 1), &mut |it, c| {
        let meta = c.class();
        if let Some(m) = it.lookup_special(&meta, "__subclasscheck__") {
            if !is_type_default(it, &m, "__subclasscheck__") {
                let r = it.call_bound(&m, &Value::Obj(c.clone()), vec![sub.clone()], vec![])?;
                return it.truthy(&r);
            }
        }
        match &sub {
            Value::Obj(s) if s.is_class() => Ok(it.is_subclass(s, c)),
            _ => it.type_error("issubclass() arg 1 must be a class"),
        }
    })?;
    Ok(Value::Bool(r))
}

/// `type`'s own `__instancecheck__`/`__subclasscheck__`, which the builtins answer directly.
fn is_type_default(it: &Interp, m: &Value, name: &str) -> bool {
    let default = it.t.type_.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned());
    matches!((m, default), (Value::Obj(a), Some(Value::Obj(b))) if Rc::ptr_eq(a, &b))
}

fn attr_name(it: &mut Interp, v: &Value, fname: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = it.type_name(other);
            if fname == "getattr" || fname == "hasattr" || fname == "setattr" || fname == "delattr" {
                return it.type_error(format!("attribute name must be string, not '{tn}'"));
            }
            it.type_error(format!("{fname}(): attribute name must be string"))
        }
    }
}

fn b_getattr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "getattr", &kwargs)?;
    arity(it, "getattr", &args, 2, 3)?;
    let name = attr_name(it, arg(&args, 1), "getattr")?;
    match it.getattr(arg(&args, 0), &name) {
        Err(e) if args.len() == 3 && it.is_exc(&e, "AttributeError") => Ok(arg(&args, 2).clone()),
        r => r,
    }
}

fn b_setattr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "setattr", &kwargs)?;
    arity(it, "setattr", &args, 3, 3)?;
    let name = attr_name(it, arg(&args, 1), "setattr")?;
    it.setattr(arg(&args, 0), &name, arg(&args, 2).clone())?;
    Ok(Value::None)
}

fn b_hasattr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "hasattr", &kwargs)?;
    arity(it, "hasattr", &args, 2, 2)?;
    let name = attr_name(it, arg(&args, 1), "hasattr")?;
    Ok(Value::Bool(it.hasattr(arg(&args, 0), &name)?))
}

fn b_delattr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "delattr", &kwargs)?;
    arity(it, "delattr", &args, 2, 2)?;
    let name = attr_name(it, arg(&args, 1), "delattr")?;
    it.delattr(arg(&args, 0), &name)?;
    Ok(Value::None)
}

fn b_id(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "id", &args, &kwargs)?;
    Ok(Value::int(object_address(it, &v)))
}

/// A made-up address for `id()`: equal for two values exactly when `is` holds (`Value::is`).
/// Each kind of value has its own range, so they cannot collide.
pub(super) fn object_address(it: &mut Interp, v: &Value) -> i64 {
    const ADDRESS_BITS: i64 = 0xff_ffff_ffff;
    let mut constant = |is_float: bool, bits: u64| {
        let next = it.constant_ids.len() as i64;
        0x7e10_0000_0000 + *it.constant_ids.entry((is_float, bits)).or_insert(next) * 0x20
    };
    match v {
        Value::Obj(o) => 0x7f00_0000_1000 + (o.id as i64) * 0x30,
        Value::None => 0x7f00_0000_0010,
        Value::Bool(b) => 0x7f00_0000_0020 + *b as i64 * 0x20,
        Value::Int(i, _) if is_cached_int(*i) => 0x7e00_0000_0000 + (i + 5) * 0x20,
        Value::Int(i, NumId::CONST) => constant(false, *i as u64),
        Value::Float(f, NumId::CONST) => constant(true, f.to_bits()),
        Value::Int(_, n) | Value::Float(_, n) => 0x7e20_0000_0000 + (n.get() as i64 & ADDRESS_BITS) * 0x20,
        Value::Str(s) if is_shared_str(s) => 0x7e30_0000_0000 + s.chars().next().map_or(0, |c| c as i64 + 1) * 0x40,
        Value::Str(s) => 0x7e40_0000_0000 + (Rc::as_ptr(s) as *const u8 as i64 & ADDRESS_BITS),
        Value::BigInt(b) => 0x7e50_0000_0000 + (Rc::as_ptr(b) as i64 & ADDRESS_BITS),
    }
}

fn b_hash(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "hash", &args, &kwargs)?;
    it.c_level(CALLING, |it| Ok(Value::int(it.hash(&v)?)))
}

fn b_callable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "callable", &args, &kwargs)?;
    Ok(Value::Bool(it.is_callable(&v)))
}

impl Interp {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::BoundMethod { .. }
                | Payload::Class(_)
                | Payload::StaticMethod(_) => true,
                _ => self.lookup_special(&o.class(), "__call__").is_some(),
            },
            _ => false,
        }
    }
}

fn b_vars(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "vars", &kwargs)?;
    arity(it, "vars", &args, 0, 1)?;
    let Some(v) = args.first() else { return Ok(Value::Obj(it.globals.clone())) };
    match it.getattr_opt(v, "__dict__")? {
        Some(d) => Ok(d),
        None => it.type_error("vars() argument must have __dict__ attribute"),
    }
}

fn b_dir(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "dir", &kwargs)?;
    arity(it, "dir", &args, 0, 1)?;
    let mut names: Vec<Rc<str>> = Vec::new();
    match args.first() {
        None => {
            if let Some(d) = it.globals.dict_data() {
                for k in d.borrow().keys() {
                    if let Value::Str(s) = k {
                        names.push(s);
                    }
                }
            }
        }
        Some(v) => {
            let t = it.type_of(v);
            if let Some(m) = it.lookup_special(&t, "__dir__") {
                if !it.is_builtin_named(&m, "object.__dir__") && !it.is_builtin_named(&m, "type.__dir__") {
                    let r = it.call_bound(&m, v, vec![], vec![])?;
                    let mut items = it.collect(&r)?;
                    it.sort_values(&mut items, None, false)?;
                    return Ok(it.list(items));
                }
            }
            if let Some(hooked) = dir_through_hooks(it, v)? {
                let mut items: Vec<Value> = hooked.into_iter().map(Value::Str).collect();
                it.sort_values(&mut items, None, false)?;
                items.dedup_by(|a, b| a.is(b) || matches!((&*a, &*b), (Value::Str(x), Value::Str(y)) if x == y));
                return Ok(it.list(items));
            }
            // A proxy's `__dict__` and `__class__` are its referent's (`object.__dir__`).
            let target = it.proxy_target(v)?;
            let v = target.as_ref().unwrap_or(v);
            names = it.attr_names(v);
            let module = matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Module { .. }));
            if let Value::Obj(o) = v {
                if let Some(d) = o.dict.as_ref().filter(|_| !o.is_class() && !module) {
                    // `object.__dir__` reads `__dict__`, which makes it.
                    it.expose_dict(&d.clone());
                    if it.heap.tracks_instances() {
                        it.note_dir(o);
                    }
                    names.push(Rc::from("__dict__"));
                }
            }
            if !module {
                names.push(Rc::from("__class__"));
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(Value::Str).collect();
    Ok(it.list(items))
}

/// What `dir(v)` lists, or nothing if it raises.
pub fn dir_names(it: &mut Interp, v: &Value) -> Vec<Rc<str>> {
    let listed = b_dir(it, vec![v.clone()], Vec::new());
    let items = match &listed {
        Ok(Value::Obj(o)) => match &o.payload {
            Payload::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    items.into_iter().filter_map(|n| if let Value::Str(s) = n { Some(s) } else { None }).collect()
}

/// `object.__dir__` on an instance whose class hooks attribute access (`__getattribute__`,
/// `__getattr__`): it reads `__dict__` and `__class__` through those hooks, which run (and can
/// answer differently); an AttributeError counts as empty, other errors propagate. `None` for
/// other objects, whose names are read directly.
fn dir_through_hooks(it: &mut Interp, v: &Value) -> PyResult<Option<Vec<Rc<str>>>> {
    let Value::Obj(o) = v else { return Ok(None) };
    if o.is_class() || matches!(o.payload, Payload::Module { .. }) {
        return Ok(None);
    }
    let t = o.class();
    let hooked = t.is_user_class()
        && (it.has_hook(&t, super::attr::hooks::GETATTRIBUTE) || it.lookup_mro(&t, "__getattr__").is_some());
    if !hooked {
        return Ok(None);
    }
    let mut names: Vec<Rc<str>> = Vec::new();
    let dict = it.getattr(v, &Rc::from("__dict__"));
    if let Some(d) = attr_or_missing(it, dict)? {
        if let Some(d) = it.as_dict_data(&d) {
            names.extend(d.borrow().keys().into_iter().filter_map(|k| match k {
                Value::Str(s) => Some(s),
                _ => None,
            }));
        }
    }
    let class = it.getattr(v, &Rc::from("__class__"));
    if let Some(Value::Obj(c)) = attr_or_missing(it, class)? {
        if c.is_class() {
            names.extend(it.attr_names(&Value::Obj(c)));
        }
    }
    Ok(Some(names))
}

/// A lookup's value, `None` for an AttributeError (`_PyObject_LookupAttr`).
fn attr_or_missing(it: &Interp, r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.exc().is_some_and(|x| it.is_instance(&Value::Obj(x.clone()), &it.t.exc("AttributeError"))) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn b_format(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "format", &kwargs)?;
    arity(it, "format", &args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let tn = it.type_name(other);
            return it.type_error(format!("format() argument 2 must be str, not {tn}"));
        }
        None => String::new(),
    };
    let out = it.format_value(arg(&args, 0), &spec)?;
    // Formatting a str without changing it gives the str itself.
    Ok(match arg(&args, 0) {
        Value::Str(s) if **s == *out => arg(&args, 0).clone(),
        _ => Value::str(&out),
    })
}

fn b_sorted(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        return it.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let key = take_kw(&mut kwargs, "key").filter(|k| !k.is_none());
    let reverse = take_kw(&mut kwargs, "reverse");
    unexpected_kw(it, "sort", &kwargs)?;
    let mut items = it.collect_sized(arg(&args, 0))?;
    let rev = match reverse {
        Some(r) => it.truthy(&r)?,
        None => false,
    };
    it.sort_values(&mut items, key, rev)?;
    Ok(it.list(items))
}

impl Interp {
    /// A stable sort with Python's `<` (and a `key`), as `list.sort` does.
    pub fn sort_values(&mut self, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
        let keys = match &key {
            Some(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for v in items.iter() {
                    ks.push(self.call(k, vec![v.clone()], vec![])?);
                }
                ks
            }
            None => items.clone(),
        };
        self.sort_by_keys(items, keys, reverse)
    }

    /// `sort_values` with the keys already computed, one per item.
    pub fn sort_by_keys(&mut self, items: &mut Vec<Value>, keys: Vec<Value>, reverse: bool) -> PyResult<()> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        if idx.len() < 64 {
            // CPython's timsort on a short list: one natural run, then binary insertion.
            let mut err = None;
            let mut lt = |a: usize, b: usize, me: &mut Interp| -> bool {
                if err.is_some() {
                    return false;
                }
                match me.compare(CmpOp::Lt, &keys[a], &keys[b]).and_then(|r| me.truthy(&r)) {
                    Ok(v) => v,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                }
            };
            let n = idx.len();
            if n > 1 {
                let mut run = 2;
                if lt(idx[1], idx[0], self) {
                    while run < n && lt(idx[run], idx[run - 1], self) {
                        run += 1;
                    }
                    idx[..run].reverse();
                } else {
                    while run < n && !lt(idx[run], idx[run - 1], self) {
                        run += 1;
                    }
                }
                for start in run..n {
                    let pivot = idx[start];
                    let (mut l, mut r) = (0, start);
                    while l < r {
                        let p = l + ((r - l) >> 1);
                        if lt(pivot, idx[p], self) {
                            r = p;
                        } else {
                            l = p + 1;
                        }
                    }
                    idx[l..=start].rotate_right(1);
                }
            }
            if let Some(e) = err {
                return Err(e);
            }
            if reverse {
                idx.reverse();
            }
            let old = std::mem::take(items);
            *items = idx.into_iter().map(|i| old[i].clone()).collect();
            return Ok(());
        }
        // Merge sort by index so that a user `__lt__` can fail cleanly.
        let mut err = None;
        let mut sorted = idx.clone();
        merge_sort(&mut sorted, &mut |a, b| {
            if err.is_some() {
                return false;
            }
            match self.compare(CmpOp::Lt, &keys[*b], &keys[*a]).and_then(|r| self.truthy(&r)) {
                Ok(lt) => lt,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        if reverse {
            sorted.reverse();
        }
        let old = std::mem::take(items);
        *items = sorted.into_iter().map(|i| old[i].clone()).collect();
        Ok(())
    }
}

/// Stable merge sort; `less(a, b)` answers "b < a" so that equal items keep their order.
fn merge_sort(v: &mut [usize], b_lt_a: &mut dyn FnMut(&usize, &usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    let mid = v.len() / 2;
    merge_sort(&mut v[..mid], b_lt_a);
    merge_sort(&mut v[mid..], b_lt_a);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if b_lt_a(&left[i], &right[j]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

fn min_max(it: &mut Interp, name: &str, args: Vec<Value>, mut kwargs: Kwargs, op: CmpOp) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_error(format!("{name} expected at least 1 argument, got 0"));
    }
    let key = take_kw(&mut kwargs, "key").filter(|k| !k.is_none());
    let default = take_kw(&mut kwargs, "default");
    unexpected_kw(it, name, &kwargs)?;
    let items = match args.len() {
        1 => it.collect(arg(&args, 0))?,
        _ => {
            if default.is_some() {
                return it
                    .type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"));
            }
            args
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => it.call(f, vec![v.clone()], vec![])?,
            None => v.clone(),
        };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let r = it.compare(op, &k, &bk)?;
                if it.truthy(&r)? {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => it.value_error(format!("{name}() arg is an empty sequence")),
        },
    }
}

fn b_min(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    min_max(it, "min", args, kwargs, CmpOp::Lt)
}

fn b_max(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    min_max(it, "max", args, kwargs, CmpOp::Gt)
}

fn b_sum(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let start_kw = take_kw(&mut kwargs, "start");
    unexpected_kw(it, "sum", &kwargs)?;
    arity(it, "sum", &args, 1, 2)?;
    let mut acc = args.get(1).cloned().or(start_kw).unwrap_or(Value::int(0));
    if matches!(acc, Value::Str(_)) {
        return it.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let items = it.collect(arg(&args, 0))?;
    for v in items {
        acc = it.binary_op(crate::syntax::ast::BinOp::Add, acc, v)?;
    }
    Ok(acc)
}

fn b_any(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "any", &args, &kwargs)?;
    let i = it.iter(&v)?;
    while let Some(x) = it.next(&i)? {
        if it.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
        it.step()?;
    }
    Ok(Value::Bool(false))
}

fn b_all(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "all", &args, &kwargs)?;
    let i = it.iter(&v)?;
    while let Some(x) = it.next(&i)? {
        if !it.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
        it.step()?;
    }
    Ok(Value::Bool(true))
}

pub(super) fn b_round(it: &mut Interp, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    positional_or_keyword(it, "round", &mut args, &mut kwargs, &["number", "ndigits"])?;
    arity(it, "round", &args, 1, 2)?;
    let nd = args.get(1).cloned().filter(|v| !v.is_none());
    let x = arg(&args, 0);
    match x {
        Value::Float(f, _) => match nd {
            None => {
                if !f.is_finite() {
                    return if f.is_nan() {
                        it.value_error("cannot convert float NaN to integer")
                    } else {
                        it.err("OverflowError", "cannot convert float infinity to integer")
                    };
                }
                let r = super::format::round_float(*f, None);
                Ok(Value::from_bigint(super::format::float_to_bigint(r)))
            }
            Some(n) => {
                let n = it.index_arg(&n)?;
                Ok(Value::float(super::format::round_float(*f, Some(n))))
            }
        },
        // Rounding an int to no or to non-negative digits gives the int itself (the same object).
        Value::Bool(b) if nd.is_none() => Ok(Value::int(*b as i64)),
        Value::Int(_, _) | Value::BigInt(_) if nd.is_none() => Ok(x.clone()),
        Value::Int(_, _) | Value::BigInt(_) | Value::Bool(_) => match nd {
            None => Ok(Value::from_bigint(to_big(x).unwrap_or_default())),
            Some(n) => {
                let n = it.index_arg(&n)?;
                if n >= 0 {
                    return Ok(match x {
                        Value::Bool(b) => Value::int(*b as i64),
                        _ => x.clone(),
                    });
                }
                Ok(Value::from_bigint(super::format::round_int(&to_big(x).unwrap_or_default(), n)))
            }
        },
        _ => {
            let t = it.type_of(x);
            match it.lookup_special(&t, "__round__") {
                Some(m) => it.call_bound(&m, x, nd.into_iter().collect(), vec![]),
                None => {
                    let tn = it.type_name(x);
                    it.type_error(format!("type {tn} doesn't define __round__ method"))
                }
            }
        }
    }
}

pub(super) fn b_divmod(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "divmod", &kwargs)?;
    arity(it, "divmod", &args, 2, 2)?;
    let (a, b) = (arg(&args, 0).clone(), arg(&args, 1).clone());
    if let (true, true) = (super::numbers::to_f64(&a).is_some(), super::numbers::to_f64(&b).is_some()) {
        let q = it
            .binary_op(crate::syntax::ast::BinOp::FloorDiv, a.clone(), b.clone())
            .map_err(|e| rename_zero(it, e, &a, &b))?;
        let r = it.binary_op(crate::syntax::ast::BinOp::Mod, a, b)?;
        return Ok(it.tuple(vec![q, r]));
    }
    match it.binary_dispatch("__divmod__", "__rdivmod__", &a, &b)? {
        Some(r) => Ok(r),
        None => {
            let (ta, tb) = (it.type_name(&a), it.type_name(&b));
            it.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"))
        }
    }
}

fn rename_zero(it: &mut Interp, e: super::Unwind, a: &Value, b: &Value) -> super::Unwind {
    if it.is_exc(&e, "ZeroDivisionError") && matches!((a, b), (Value::Float(_, _), _) | (_, Value::Float(_, _))) {
        return super::Unwind::exception(it.new_exc("ZeroDivisionError", "float divmod()"));
    }
    e
}

fn b_pow(it: &mut Interp, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    positional_or_keyword(it, "pow", &mut args, &mut kwargs, &["base", "exp", "mod"])?;
    arity(it, "pow", &args, 2, 3)?;
    if args.get(2).is_some_and(Value::is_none) {
        args.truncate(2);
    }
    if args.len() == 3 {
        return ternary_pow(it, &args);
    }
    it.binary_op(crate::syntax::ast::BinOp::Pow, arg(&args, 0).clone(), arg(&args, 1).clone())
}

/// `pow(base, exp, mod)`: modular power of ints (subclasses too), or the base's own
/// `__pow__(exp, mod)`; three-argument pow never tries `__rpow__`.
fn ternary_pow(it: &mut Interp, args: &[Value]) -> PyResult<Value> {
    let nums: Vec<Value> = args.iter().map(super::methods_types::unbox).collect();
    let ints: Vec<_> = nums.iter().filter_map(to_big).collect();
    let [b, e, m] = ints.as_slice() else {
        if matches!(arg(args, 0), Value::Obj(o) if o.class().is_user_class()) {
            let t = it.type_of(arg(args, 0));
            if let Some(f) = it.lookup_special(&t, "__pow__") {
                let r = it.call_bound(&f, arg(args, 0), vec![arg(args, 1).clone(), arg(args, 2).clone()], vec![])?;
                if !it.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if nums.iter().any(|v| matches!(v, Value::Float(..))) {
            return it.type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        let names: Vec<_> = args.iter().map(|a| it.type_name(a)).collect();
        return it.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        ));
    };
    if *m == num_bigint::BigInt::from(0) {
        return it.value_error("pow() 3rd argument cannot be 0");
    }
    // A negative exponent raises the inverse of the base modulo |m| (CPython's invmod).
    let (b, e) = if e.is_negative() {
        use num_integer::Integer;
        let n = m.abs();
        let g = b.mod_floor(&n).extended_gcd(&n);
        if g.gcd != num_bigint::BigInt::from(1) {
            return it.value_error("base is not invertible for the given modulus");
        }
        (g.x.mod_floor(&n), -e)
    } else {
        (b.clone(), e.clone())
    };
    let r = b.modpow(&e, m);
    let r = if r.is_negative() != m.is_negative() && r != num_bigint::BigInt::from(0) { r + m } else { r };
    Ok(Value::from_bigint(r))
}

fn b_chr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = one(it, "chr", &args, &kwargs)?;
    let i = it.index_arg(&v)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(&c.to_string())),
        None => it.value_error("chr() arg not in range(0x110000)"),
    }
}

fn b_ord(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = super::methods_types::unbox(&one(it, "ord", &args, &kwargs)?);
    match &v {
        Value::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::int(c as i64)),
                _ => it.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                )),
            }
        }
        _ => {
            let tn = it.type_name(&v);
            it.type_error(format!("ord() expected string of length 1, but {tn} found"))
        }
    }
}

fn radix(it: &mut Interp, name: &str, args: Vec<Value>, kwargs: Kwargs, spec: &str) -> PyResult<Value> {
    let v = one(it, name, &args, &kwargs)?;
    let b = match to_big(&v) {
        Some(b) => b,
        None => {
            let i = it.index_arg(&v)?;
            num_bigint::BigInt::from(i)
        }
    };
    Ok(Value::str(&it.native_format(&Value::from_bigint(b), spec)?))
}

fn b_bin(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix(it, "bin", args, kwargs, "#b")
}

fn b_hex(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix(it, "hex", args, kwargs, "#x")
}

fn b_oct(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix(it, "oct", args, kwargs, "#o")
}

fn b_globals(it: &mut Interp, _args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::Obj(it.globals.clone()))
}

/// Fills a fresh dict from a mapping or an iterable of pairs (dict() and dict.update()).
pub fn dict_update_from(it: &mut Interp, d: &ObjRef, src: &Value) -> PyResult<()> {
    let is_mapping = it.as_dict_data(src).is_some() || it.lookup_special(&it.type_of(src), "keys").is_some();
    if is_mapping {
        for (k, v) in it.mapping_items(src)? {
            it.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    if !it.is_iterable(src) {
        let tn = it.type_name(src);
        return it.type_error(format!("'{tn}' object is not iterable"));
    }
    let mut i = 0;
    it.for_each(src, |it, item| {
        let pair = match it.unpack_iterable(&item) {
            Ok(p) => p,
            Err(_) => {
                return it.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"));
            }
        };
        if pair.len() != 2 {
            return it.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ));
        }
        i += 1;
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or(Value::None), p.next().unwrap_or(Value::None));
        it.dict_set(d, k, v)
    })
}
