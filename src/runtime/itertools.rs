//! The `itertools` module. CPython writes its types in C; here each is a class made natively
//! (`itertools.count`, a `type` whose `__module__` is `itertools`) whose instances are lazy
//! iterators (`IterState::Tool`, stepped in `itertools_next`). The constructors check their
//! arguments with CPython's wording and in its order (conversions before `iter()`); `count` and
//! `repeat` have CPython's reprs, the others the default `<itertools.chain object at 0x...>`.

use super::builtins::unpack_keywords;
use super::function::{BuiltinKind, KwSpec, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::itertools_comb::{combinations_new, cwr_new, permutations_new, product_new};
use super::itertools_group::{groupby_new, grouper_new};
use super::itertools_new::*;
use super::itertools_state::{state_of, tool_of_class, with, Tool};
use super::itertools_tee::{tee, tee_copy, tee_data_new, tee_type_new};
use super::operator::{int_value, ssize};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// The types, in the order of `TYPES`.
#[derive(Clone, Copy)]
pub enum Kind {
    Accumulate,
    Chain,
    Combinations,
    WithReplacement,
    Compress,
    Count,
    Cycle,
    DropWhile,
    FilterFalse,
    GroupBy,
    Grouper,
    Islice,
    Pairwise,
    Permutations,
    Product,
    Repeat,
    StarMap,
    TakeWhile,
    Tee,
    TeeData,
    ZipLongest,
}

/// Each type's name and constructor (`__new__`), in `Kind` order.
const TYPES: [(&str, NativeFn); 21] = [
    ("accumulate", accumulate_new),
    ("chain", chain_new),
    ("combinations", combinations_new),
    ("combinations_with_replacement", cwr_new),
    ("compress", compress_new),
    ("count", count_new),
    ("cycle", cycle_new),
    ("dropwhile", dropwhile_new),
    ("filterfalse", filterfalse_new),
    ("groupby", groupby_new),
    ("_grouper", grouper_new),
    ("islice", islice_new),
    ("pairwise", pairwise_new),
    ("permutations", permutations_new),
    ("product", product_new),
    ("repeat", repeat_new),
    ("starmap", starmap_new),
    ("takewhile", takewhile_new),
    ("_tee", tee_type_new),
    ("_tee_dataobject", tee_data_new),
    ("zip_longest", zip_longest_new),
];

/// Per-run state: the classes, which `tee()` and `groupby` make instances of.
#[derive(Default)]
pub struct ItertoolsState {
    classes: Vec<ObjRef>,
}

impl ItertoolsState {
    pub fn class(&self, kind: Kind) -> Option<ObjRef> {
        self.classes.get(kind as usize).cloned()
    }
}

pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    super::native_class::untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    use BuiltinKind::{ClassMethod, Method, Static};
    let mut entries = Vec::new();
    let mut classes = Vec::new();
    for (name, new) in TYPES {
        let slots = it.tuple(Vec::new());
        let object = Value::Obj(it.t.object.clone());
        let cls = super::native_class::make_class(it, name, "itertools", vec![object], vec![("__slots__", slots)])?;
        super::deque::forget_slots(&cls);
        let cls = super::native_class::c_type(cls, &format!("itertools.{name}"));
        if name.starts_with('_') {
            super::native_class::final_type(&cls);
        }
        let Some(c) = cls.as_obj().cloned() else { continue };
        let mut methods: Vec<(&str, NativeFn, BuiltinKind, Sig)> = vec![("__new__", new, Static, Sig::Any)];
        if name != "_tee_dataobject" {
            methods.push(("__iter__", iter_self, Method, Sig::Any));
            methods.push(("__next__", tool_next, Method, Sig::Any));
        }
        match name {
            "count" => methods.push(("__repr__", count_repr, Method, Sig::Any)),
            "repeat" => {
                methods.push(("__repr__", repeat_repr, Method, Sig::Any));
                methods.push(("__length_hint__", repeat_length_hint, Method, Sig::NoArgs));
            }
            "chain" => methods.push(("from_iterable", chain_from_iterable, ClassMethod, Sig::Any)),
            "_tee" => methods.push(("__copy__", tee_copy, Method, Sig::NoArgs)),
            _ => {}
        }
        for (m, f, kind, sig) in methods {
            let f = it.owned_builtin_fn(&c, m, f, kind, sig);
            super::methods::set_attr_value(&c, m, f);
        }
        classes.push(c);
        entries.push((name, cls));
    }
    it.itertools.classes = classes;
    let tee = it.builtin_fn_sig("tee", "itertools.tee", tee, BuiltinKind::Function, Sig::Clinic(1, 2));
    entries.push(("tee", tee));
    Ok(entries)
}

fn iter_self(_: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn tool_next(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let me = args.into_iter().next().unwrap_or(Value::None);
    match it.next_own(&me)? {
        Some(v) => Ok(v),
        None => it.stop_iteration(None),
    }
}

// ---- argument parsing ----

/// The class `__new__` was called with, and the other arguments.
pub(super) fn split(it: &mut Interp, mut args: Vec<Value>) -> PyResult<(ObjRef, Vec<Value>)> {
    let rest = args.split_off(1.min(args.len()));
    match args.pop() {
        Some(Value::Obj(c)) if c.is_class() => Ok((c, rest)),
        _ => it.type_error("__new__(X): X is not a type object"),
    }
}

/// Argument Clinic's positional-only parameters, `lo` to `hi` of them, and no keywords (but a
/// subclass with an `__init__` of its own may take some).
pub(super) fn positional(
    it: &mut Interp,
    name: &str,
    cls: &ObjRef,
    args: &[Value],
    kwargs: &Kwargs,
    lo: usize,
    hi: usize,
) -> PyResult<()> {
    let object_init = it.lookup_mro(&it.t.object, "__init__");
    let own_init = it.lookup_mro(cls, "__init__").is_some_and(|i| !object_init.is_some_and(|o| o.is(&i)));
    if !kwargs.is_empty() && !own_init {
        return it.type_error(format!("{name}() takes no keyword arguments"));
    }
    let n = args.len();
    if n >= lo && n <= hi {
        return Ok(());
    }
    let (word, k) = match (lo == hi, n < lo) {
        (true, _) => ("", lo),
        (false, true) => ("at least ", lo),
        (false, false) => ("at most ", hi),
    };
    let s = if k == 1 { "" } else { "s" };
    it.type_error(format!("{name} expected {word}{k} argument{s}, got {n}"))
}

/// Argument Clinic's keyword parameters: the value of each of `spec.names`, in order.
pub(super) fn keywords<const N: usize>(
    it: &mut Interp,
    name: &str,
    spec: &KwSpec,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<[Option<Value>; N]> {
    unpack_keywords(it, name, args.len(), &kwargs, spec)?;
    let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in slots.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for (k, v) in kwargs {
        if let Some(i) = spec.names.iter().position(|n| **n == *k) {
            slots[i] = Some(v);
        }
    }
    Ok(slots)
}

const fn spec(names: &'static [&'static str], minpos: u8, maxpos: u8) -> KwSpec {
    KwSpec { names, posonly: 0, minpos, maxpos }
}

pub(super) static COUNT: KwSpec = spec(&["start", "step"], 0, 2);
pub(super) static REPEAT: KwSpec = spec(&["object", "times"], 1, 2);
pub(super) static COMPRESS: KwSpec = spec(&["data", "selectors"], 2, 2);
pub(super) static COMBINATIONS: KwSpec = spec(&["iterable", "r"], 2, 2);
pub(super) static PERMUTATIONS: KwSpec = spec(&["iterable", "r"], 1, 2);
pub(super) static ACCUMULATE: KwSpec = spec(&["iterable", "func", "initial"], 1, 2);
pub(super) static GROUPBY: KwSpec = spec(&["iterable", "key"], 1, 2);
pub(super) static PRODUCT: KwSpec = spec(&["repeat"], 0, 1);

/// `tuple(v)` as CPython's `PySequence_Tuple` reads it (a length hint first).
pub(super) fn pool(it: &mut Interp, v: &Value) -> PyResult<Rc<Vec<Value>>> {
    it.collect_sized(v).map(Rc::new)
}

pub(super) fn obj(it: &mut Interp, cls: &ObjRef, tool: Tool) -> PyResult<Value> {
    Ok(tool_of_class(it, cls, tool))
}

// ---- the infinite iterators ----

fn is_one(v: &Value) -> bool {
    matches!(int_value(v), Some(Value::Int(1, _)))
}

/// `PyNumber_Check`: what `count()` accepts.
fn is_number(it: &Interp, v: &Value) -> bool {
    match v {
        Value::Int(..) | Value::BigInt(_) | Value::Bool(_) | Value::Float(..) => true,
        Value::Obj(o) => {
            let t = o.class();
            ["__index__", "__int__", "__float__"].iter().any(|m| it.lookup_special(&t, m).is_some())
                || it.is_subclass(&t, &it.t.complex)
                || matches!(o.payload, Payload::Boxed(Value::Int(..) | Value::BigInt(_) | Value::Float(..)))
        }
        _ => false,
    }
}

/// `count(start=0, step=1)`. CPython's fast mode (an int start that fits, a step of 1) counts
/// exact ints; otherwise each item is the last one `+ step`.
fn count_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [start, step] = keywords::<2>(it, "count", &COUNT, args, kwargs)?;
    if [&start, &step].into_iter().flatten().any(|v| !is_number(it, v)) {
        return it.type_error("a number is required");
    }
    let fast_start = match &start {
        None => Some(Value::int(0)),
        Some(v) => int_value(v).filter(|i| matches!(i, Value::Int(..))),
    };
    let fast = step.as_ref().is_none_or(|s| int_value(s).is_some() && is_one(s));
    let tool = match (fast_start, fast) {
        (Some(cnt), true) => Tool::Count { cnt, step: Value::int(1) },
        _ => Tool::Count { cnt: start.unwrap_or(Value::int(0)), step: step.unwrap_or(Value::int(1)) },
    };
    obj(it, &cls, tool)
}

fn this_tool(args: &[Value]) -> Option<&super::refcell::RefCell<super::value::IterState>> {
    args.first().and_then(state_of)
}

/// `count(5)`, `count(0.5, 2)`: the step shows unless it is the int 1.
fn count_repr(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let Some(state) = this_tool(&args) else { return Ok(Value::None) };
    let Some((cnt, step)) = with(state, |t| match t {
        Tool::Count { cnt, step } => Some((cnt.clone(), step.clone())),
        _ => None,
    }) else {
        return Ok(Value::None);
    };
    let name = it.short_class_name(&it.type_of(&args[0]));
    let cnt = it.repr(&cnt)?;
    let s = if is_one(&step) { format!("{name}({cnt})") } else { format!("{name}({cnt}, {})", it.repr(&step)?) };
    Ok(Value::str(&s))
}

/// `repeat(object[, times])`: a negative `times` is 0.
fn repeat_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [elem, times] = keywords::<2>(it, "repeat", &REPEAT, args, kwargs)?;
    let left = match times {
        Some(t) => ssize(it, &t)?.max(0),
        None => -1,
    };
    obj(it, &cls, Tool::Repeat { elem: elem.unwrap_or(Value::None), left })
}

fn repeat_state(args: &[Value]) -> Option<(Value, i64)> {
    with(this_tool(args)?, |t| match t {
        Tool::Repeat { elem, left } => Some((elem.clone(), *left)),
        _ => None,
    })
}

fn repeat_repr(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let Some((elem, left)) = repeat_state(&args) else { return Ok(Value::None) };
    let name = it.short_class_name(&it.type_of(&args[0]));
    let elem = it.repr(&elem)?;
    let s = if left < 0 { format!("{name}({elem})") } else { format!("{name}({elem}, {left})") };
    Ok(Value::str(&s))
}

fn repeat_length_hint(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    match repeat_state(&args) {
        Some((_, left)) if left < 0 => it.type_error("len() of unsized object"),
        Some((_, left)) => Ok(Value::int(left)),
        None => Ok(Value::None),
    }
}

fn cycle_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "cycle", &cls, &args, &kwargs, 1, 1)?;
    let source = it.iter(&args[0])?;
    let saved = it.list(Vec::new());
    obj(it, &cls, Tool::Cycle { it: Some(source), saved, index: 0 })
}
