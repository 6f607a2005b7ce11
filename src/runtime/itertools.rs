//! The `itertools` module. CPython writes its types in C; here each is a class made natively
//! (`itertools.count`, a `type` whose `__module__` is `itertools`) whose instances are lazy
//! iterators (`IterState::Tool`, stepped in `itertools_next`). The constructors check their
//! arguments with CPython's wording and in its order (conversions before `iter()`); `count` and
//! `repeat` have CPython's reprs, the others the default `<itertools.chain object at 0x...>`.

use super::builtins::unpack_keywords;
use super::function::{BuiltinKind, KwSpec, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::itertools_comb::{Comb, CombKind};
use super::itertools_next::{new_tee_data, new_tool, state_of, tool_of_class, with, GroupBy, Tool};
use super::numbers::MAX_ITEMS;
use super::operator::{number_index, ssize};
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
fn split(it: &mut Interp, mut args: Vec<Value>) -> PyResult<(ObjRef, Vec<Value>)> {
    let rest = args.split_off(1.min(args.len()));
    match args.pop() {
        Some(Value::Obj(c)) if c.is_class() => Ok((c, rest)),
        _ => it.type_error("__new__(X): X is not a type object"),
    }
}

/// Argument Clinic's positional-only parameters, `lo` to `hi` of them, and no keywords (for
/// the type itself; a subclass may take some for its `__init__`).
fn positional(
    it: &mut Interp,
    name: &str,
    cls: &ObjRef,
    kind: Kind,
    args: &[Value],
    kwargs: &Kwargs,
    lo: usize,
    hi: usize,
) -> PyResult<()> {
    let base = it.itertools.class(kind).is_some_and(|b| Rc::ptr_eq(&b, cls));
    if !kwargs.is_empty() && base {
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
fn keywords<const N: usize>(
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

static COUNT: KwSpec = spec(&["start", "step"], 0, 2);
static REPEAT: KwSpec = spec(&["object", "times"], 1, 2);
static COMPRESS: KwSpec = spec(&["data", "selectors"], 2, 2);
static COMBINATIONS: KwSpec = spec(&["iterable", "r"], 2, 2);
static PERMUTATIONS: KwSpec = spec(&["iterable", "r"], 1, 2);
static ACCUMULATE: KwSpec = spec(&["iterable", "func", "initial"], 1, 2);
static GROUPBY: KwSpec = spec(&["iterable", "key"], 1, 2);
static PRODUCT: KwSpec = spec(&["repeat"], 0, 1);

/// `tuple(v)` as CPython's `PySequence_Tuple` reads it (a length hint first).
fn pool(it: &mut Interp, v: &Value) -> PyResult<Rc<Vec<Value>>> {
    it.collect_sized(v).map(Rc::new)
}

fn obj(it: &mut Interp, cls: &ObjRef, tool: Tool) -> PyResult<Value> {
    Ok(tool_of_class(it, cls, tool))
}

// ---- the infinite iterators ----

/// An int (or bool, or int subclass's instance): CPython's `PyLong_Check`.
fn int_value(v: &Value) -> Option<Value> {
    match v {
        Value::Int(..) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Boxed(i @ (Value::Int(..) | Value::BigInt(_))) => Some(i.clone()),
            _ => None,
        },
        _ => None,
    }
}

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
    positional(it, "cycle", &cls, Kind::Cycle, &args, &kwargs, 1, 1)?;
    let source = it.iter(&args[0])?;
    let saved = it.list(Vec::new());
    obj(it, &cls, Tool::Cycle { it: Some(source), saved, index: 0 })
}

// ---- iterators over iterators ----

/// `chain(*iterables)`: the iterables are read from a tuple iterator, as in CPython.
fn chain_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "chain", &cls, Kind::Chain, &args, &kwargs, 0, usize::MAX)?;
    let args = it.tuple(args);
    let source = it.iter(&args)?;
    obj(it, &cls, Tool::Chain { source: Some(source), active: None })
}

/// `chain.from_iterable(iterable)`, a classmethod.
fn chain_from_iterable(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("chain.from_iterable() takes no keyword arguments");
    }
    let (cls, args) = split(it, args)?;
    if args.len() != 1 {
        return it.type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.len()));
    }
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Chain { source: Some(source), active: None })
}

/// An `islice` bound: `PyNumber_AsSsize_t` with any error forgotten (-1, which is invalid).
fn bound(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match number_index(it, v) {
        Ok(Value::Int(i, _)) => Ok(i),
        Ok(_) => Ok(-1),
        Err(e) if e.exc().is_some() => Ok(-1),
        Err(e) => Err(e),
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
fn islice_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "islice", &cls, Kind::Islice, &args, &kwargs, 2, 4)?;
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0, -1, 1);
    let (a1, a2) = if args.len() == 2 { (None, &args[1]) } else { (Some(&args[1]), &args[2]) };
    if let Some(a1) = a1.filter(|v| !v.is_none()) {
        start = bound(it, a1)?;
    }
    if !a2.is_none() {
        stop = bound(it, a2)?;
        if stop == -1 {
            return it.value_error(STOP);
        }
    }
    if start < 0 || stop < -1 {
        return it.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if let Some(a3) = args.get(3).filter(|v| !v.is_none()) {
        step = bound(it, a3)?;
    }
    if step < 1 {
        return it.value_error("Step for islice() must be a positive integer or None.");
    }
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Islice { it: Some(source), next: start, stop, step, cnt: 0 })
}

fn zip_longest_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let mut fill = Value::None;
    if !kwargs.is_empty() {
        match &kwargs[..] {
            [(k, v)] if &**k == "fillvalue" => fill = v.clone(),
            _ => return it.type_error("zip_longest() got an unexpected keyword argument"),
        }
    }
    let mut its = Vec::with_capacity(args.len());
    for a in &args {
        its.push(Some(it.iter(a)?));
    }
    let active = its.len();
    obj(it, &cls, Tool::ZipLongest { its, active, fill })
}

/// `accumulate(iterable, func=None, *, initial=None)`.
fn accumulate_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, func, initial] = keywords::<3>(it, "accumulate", &ACCUMULATE, args, kwargs)?;
    let source = it.iter(&iterable.unwrap_or(Value::None))?;
    let tool = Tool::Accumulate {
        it: source,
        func: func.unwrap_or(Value::None),
        total: None,
        initial: initial.unwrap_or(Value::None),
    };
    obj(it, &cls, tool)
}

fn groupby_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, key] = keywords::<2>(it, "groupby", &GROUPBY, args, kwargs)?;
    let source = it.iter(&iterable.unwrap_or(Value::None))?;
    let g = GroupBy {
        it: source,
        keyfunc: key.unwrap_or(Value::None),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: None,
        serial: 0,
    };
    obj(it, &cls, Tool::GroupBy(Box::new(g)))
}

/// `_grouper(parent, tgtkey)`: a group of `parent` that is current from now on.
fn grouper_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "_grouper", &cls, Kind::Grouper, &args, &kwargs, 2, 2)?;
    let serial = state_of(&args[0]).and_then(|s| {
        with(s, |t| match t {
            Tool::GroupBy(g) => {
                g.serial += 1;
                g.current = Some(g.serial);
                Some(g.serial)
            }
            _ => None,
        })
    });
    let Some(serial) = serial else {
        let tn = it.type_name(&args[0]);
        return it.type_error(format!("_grouper() argument 1 must be itertools.groupby, not {tn}"));
    };
    let tool = Tool::Grouper { parent: args[0].clone(), tgtkey: args[1].clone(), serial };
    Ok(new_tool(it, Kind::Grouper, tool))
}

/// The constructors of `(function, iterable)`: `takewhile`, `dropwhile`, `starmap`, `filterfalse`.
fn func_and_iter(
    it: &mut Interp,
    name: &str,
    kind: Kind,
    args: Vec<Value>,
    kwargs: Kwargs,
    make: fn(Value, Value) -> Tool,
) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, name, &cls, kind, &args, &kwargs, 2, 2)?;
    let source = it.iter(&args[1])?;
    obj(it, &cls, make(args[0].clone(), source))
}

fn takewhile_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "takewhile", Kind::TakeWhile, args, kwargs, |pred, it| Tool::TakeWhile { pred, it, stop: false })
}

fn dropwhile_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "dropwhile", Kind::DropWhile, args, kwargs, |pred, it| Tool::DropWhile { pred, it, start: false })
}

fn starmap_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "starmap", Kind::StarMap, args, kwargs, |func, it| Tool::StarMap { func, it })
}

fn filterfalse_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    func_and_iter(it, "filterfalse", Kind::FilterFalse, args, kwargs, |func, it| Tool::FilterFalse { func, it })
}

fn compress_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [data, selectors] = keywords::<2>(it, "compress", &COMPRESS, args, kwargs)?;
    let data = it.iter(&data.unwrap_or(Value::None))?;
    let selectors = it.iter(&selectors.unwrap_or(Value::None))?;
    obj(it, &cls, Tool::Compress { data, selectors })
}

fn pairwise_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "pairwise", &cls, Kind::Pairwise, &args, &kwargs, 1, 1)?;
    let source = it.iter(&args[0])?;
    obj(it, &cls, Tool::Pairwise { it: Some(source), old: None })
}

// ---- combinatorics ----

/// `product(*iterables, repeat=1)`: the `repeat` keyword is read first, and with `repeat=0`
/// the iterables are never read.
fn product_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [repeat] = keywords::<1>(it, "product", &PRODUCT, Vec::new(), kwargs)?;
    let repeat = match repeat {
        Some(r) => ssize(it, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return it.value_error("repeat argument cannot be negative");
    }
    let nargs = if repeat == 0 { 0 } else { args.len() };
    if nargs as u64 > (i64::MAX as u64) / 8 / (repeat.max(1) as u64) {
        return it.err("OverflowError", "repeat argument too large");
    }
    if nargs * repeat as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    let mut pools = Vec::with_capacity(nargs);
    for a in &args[..nargs] {
        pools.push(pool(it, a)?);
    }
    let pools = pools.iter().cycle().take(nargs * repeat as usize).cloned().collect();
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(CombKind::Product, pools, 0))))
}

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`: `r` is
/// converted before the iterable is read.
fn choose(it: &mut Interp, name: &str, kind: CombKind, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, r] = keywords::<2>(it, name, &COMBINATIONS, args, kwargs)?;
    let r = ssize(it, &r.unwrap_or(Value::None))?;
    let pool = pool(it, &iterable.unwrap_or(Value::None))?;
    if r < 0 {
        return it.value_error("r must be non-negative");
    }
    if r as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(kind, vec![pool], r as usize))))
}

fn combinations_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    choose(it, "combinations", CombKind::Combinations, args, kwargs)
}

fn cwr_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    choose(it, "combinations_with_replacement", CombKind::WithReplacement, args, kwargs)
}

/// `permutations(iterable, r=None)`: here the iterable is read first, then `r` checked.
fn permutations_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    let [iterable, r] = keywords::<2>(it, "permutations", &PERMUTATIONS, args, kwargs)?;
    let pool = pool(it, &iterable.unwrap_or(Value::None))?;
    let r = match r.filter(|r| !r.is_none()) {
        None => pool.len() as i64,
        Some(r) => match int_value(&r) {
            Some(i) => ssize(it, &i)?,
            None => return it.type_error("Expected int as r"),
        },
    };
    if r < 0 {
        return it.value_error("r must be non-negative");
    }
    if r as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    obj(it, &cls, Tool::Comb(Box::new(Comb::new(CombKind::Permutations, vec![pool], r as usize))))
}

// ---- tee ----

/// `tee(iterable, n=2)`: `n` iterators over one. An iterator with a `__copy__` is copied with
/// it (the first result is the iterator itself); anything else is wrapped in a `_tee` first.
fn tee(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let n = match args.get(1) {
        Some(n) => ssize(it, n)?,
        None => 2,
    };
    if n < 0 {
        return it.value_error("n must be >= 0");
    }
    if n as usize > MAX_ITEMS {
        return it.err("MemoryError", "");
    }
    if n == 0 {
        return Ok(it.tuple(Vec::new()));
    }
    let source = it.iter(&args[0])?;
    let (first, copy) = match it.getattr_opt(&source, "__copy__")? {
        Some(copy) => (source, copy),
        None => {
            let t = tee_from_iterable(it, &source)?;
            let copy = it.getattr(&t, &Rc::from("__copy__"))?;
            (t, copy)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(it.call(&copy, vec![], vec![])?);
    }
    Ok(it.tuple(out))
}

/// A `_tee` over `iterable` (`iter()` is taken again), or a copy of it if it is one.
fn tee_from_iterable(it: &mut Interp, iterable: &Value) -> PyResult<Value> {
    let source = it.iter(iterable)?;
    if let Some(copy) = copy_of(it, &source) {
        return Ok(copy);
    }
    let data = new_tee_data(it, source, Default::default());
    Ok(new_tool(it, Kind::Tee, Tool::Tee { data, index: 0 }))
}

/// A new `_tee` at the same place as `v`, if `v` is one.
fn copy_of(it: &mut Interp, v: &Value) -> Option<Value> {
    let (data, index) = with(state_of(v)?, |t| match t {
        Tool::Tee { data, index } => Some((data.clone(), *index)),
        _ => None,
    })?;
    Some(new_tool(it, Kind::Tee, Tool::Tee { data, index }))
}

fn tee_copy(it: &mut Interp, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(args.first().and_then(|v| copy_of(it, v)).unwrap_or(Value::None))
}

fn tee_type_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "_tee", &cls, Kind::Tee, &args, &kwargs, 1, 1)?;
    tee_from_iterable(it, &args[0])
}

/// `_tee_dataobject(iterable, values, next)`: a link holding `values` already read.
fn tee_data_new(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, args) = split(it, args)?;
    positional(it, "teedataobject", &cls, Kind::TeeData, &args, &kwargs, 3, 3)?;
    let Some(values) =
        args[1].as_obj().filter(|o| matches!(o.payload, Payload::List(_))).and_then(|_| it.seq_items(&args[1]))
    else {
        let tn = it.type_name(&args[1]);
        return it.type_error(format!("teedataobject() argument 2 must be list, not {tn}"));
    };
    let is_link = |v: &Value| state_of(v).is_some_and(|s| with(s, |t| matches!(t, Tool::TeeData(_))));
    let full = values.len() == super::itertools_next::LINKCELLS;
    if values.len() > super::itertools_next::LINKCELLS || (!args[2].is_none() && !(full && is_link(&args[2]))) {
        return it.value_error("Invalid arguments");
    }
    let data = new_tee_data(it, args[0].clone(), Default::default());
    let next = Some(args[2].clone()).filter(|n| !n.is_none());
    if let Some(s) = state_of(&data) {
        with(s, |t| {
            if let Tool::TeeData(d) = t {
                d.live.set(values.len());
                d.values = values;
                d.next = next;
            }
        });
    }
    Ok(data)
}
