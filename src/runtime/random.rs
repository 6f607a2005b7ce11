//! The `random` module (CPython's `Lib/random.py` over `_random`): `random.Random`, a
//! subclass of the C type `_random.Random` (`random_core`), and the module functions, bound
//! methods of one hidden instance (`random._inst`) seeded from the clock.
//!
//! CPython writes `random.Random` in Python, so its methods reach the generator only through
//! `self.random()`, `self.getrandbits()` and `self._randbelow()`, looked up on `self` each
//! time: a subclass that overrides `random()` changes what `choice` or `gauss` return, and
//! `__init_subclass__` then switches `_randbelow` to the algorithm that uses only `random()`.
//! The methods here are native but make the same lookups, calls and operator applications in
//! the same order, so seeded programs get CPython's numbers and overrides see CPython's calls.
//! The lookups are not traced (they are the library's, not the program's); calls into the
//! program's code are. When `self` still has the native `getrandbits`, the loop drawing a
//! number below `n` runs on the generator directly, drawing exactly what CPython draws.
//!
//! The sequence algorithms are in `random_seq`, the distributions in `random_dist`.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, untraced};
use super::random_core::mt_of;
use super::value::{ObjRef, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use std::rc::Rc;

/// Per-run state: the classes, and the native methods the algorithms recognise.
#[derive(Default)]
pub struct RandomState {
    pub core: Option<ObjRef>,
    pub random: Option<ObjRef>,
    pub getrandbits: Option<ObjRef>,
    randbelow: Option<ObjRef>,
    randrange: Option<ObjRef>,
    /// DeprecationWarnings shown, by source unit, line and text: the `default` action shows
    /// each once per place.
    warned: Vec<(u32, u32, &'static str)>,
}

/// `random.Random`'s methods: `Random.<name>` in messages, as CPython's functions are.
const METHODS: [(&str, NativeFn); 26] = [
    ("__init__", r_init),
    ("seed", r_seed),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("__getstate__", r_getstate),
    ("__setstate__", r_setstate),
    ("__reduce__", r_reduce),
    ("_randbelow_with_getrandbits", r_randbelow_with_getrandbits),
    ("_randbelow_without_getrandbits", super::random_dist::randbelow_without_getrandbits),
    ("randrange", r_randrange),
    ("randint", r_randint),
    ("choice", super::random_seq::choice),
    ("shuffle", super::random_seq::shuffle),
    ("sample", super::random_seq::sample),
    ("choices", super::random_seq::choices),
    ("uniform", super::random_dist::uniform),
    ("triangular", super::random_dist::triangular),
    ("normalvariate", super::random_dist::normalvariate),
    ("gauss", super::random_dist::gauss),
    ("lognormvariate", super::random_dist::lognormvariate),
    ("expovariate", super::random_dist::expovariate),
    ("vonmisesvariate", super::random_dist::vonmisesvariate),
    ("gammavariate", super::random_dist::gammavariate),
    ("betavariate", super::random_dist::betavariate),
    ("paretovariate", super::random_dist::paretovariate),
    ("weibullvariate", super::random_dist::weibullvariate),
];

/// The module functions: the hidden instance's bound methods.
const EXPORTED: [&str; 22] = [
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
];

/// `import _random`.
pub fn core_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let core = untraced(it, core_class)?;
    Ok(vec![("Random", Value::Obj(core))])
}

fn core_class(it: &mut Interp) -> PyResult<ObjRef> {
    if let Some(c) = &it.random.core {
        return Ok(c.clone());
    }
    let c = super::random_core::build(it)?;
    let c = c.as_obj().cloned().ok_or_else(|| Unwind::Halt("_random.Random".into()))?;
    it.random.core = Some(c.clone());
    Ok(c)
}

/// `import random`.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let core = core_class(it)?;
    let mut entries: Vec<(&str, Value)> = Vec::new();
    for (name, f) in METHODS {
        let v = it.builtin_fn(name, &format!("Random.{name}"), f, BuiltinKind::Method);
        let slot = match name {
            "_randbelow_with_getrandbits" => Some(&mut it.random.randbelow),
            "randrange" => Some(&mut it.random.randrange),
            _ => None,
        };
        if let Some(slot) = slot {
            *slot = v.as_obj().cloned();
            if name.starts_with("_randbelow") {
                entries.push(("_randbelow", v.clone()));
            }
        }
        entries.push((name, v));
    }
    let init_subclass =
        it.builtin_fn("__init_subclass__", "Random.__init_subclass__", r_init_subclass, BuiltinKind::ClassMethod);
    entries.push(("__init_subclass__", init_subclass));
    entries.push(("VERSION", Value::int(3)));
    entries.push(("__doc__", Value::str("Random number generator base class used by bound module functions.")));
    let class = make_class(it, "Random", "random", vec![Value::Obj(core)], entries)?;
    let inst = it.call(&class, vec![], vec![])?;
    let mut module = vec![("Random", class), ("_inst", inst.clone())];
    for name in EXPORTED {
        let f = it.getattr(&inst, &Rc::from(name))?;
        module.push((name, f));
    }
    Ok(module)
}

// ---- looking up and calling methods on `self` ----

/// A method found on `self`: a function of its class (called with `self` first, CPython's
/// `LOAD_METHOD`), or whatever else the attribute lookup returned.
pub enum Meth {
    Plain(Value),
    Bound(Value),
}

impl Meth {
    /// Whether this is the class's native method `native`, not replaced by a subclass.
    pub fn is(&self, native: &Option<ObjRef>) -> bool {
        matches!((self, native), (Meth::Plain(Value::Obj(f)), Some(n)) if Rc::ptr_eq(f, n))
    }

    pub fn call(&self, it: &mut Interp, me: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(it, me, args, vec![])
    }

    pub fn call_kw(&self, it: &mut Interp, me: &Value, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match self {
            Meth::Plain(f) => {
                args.insert(0, me.clone());
                it.call(f, args, kwargs)
            }
            Meth::Bound(f) => it.call(f, args, kwargs),
        }
    }
}

/// `self.name` (untraced unless a `__getattribute__` or the instance's own attribute is
/// involved).
pub fn lookup(it: &mut Interp, me: &Value, name: &str) -> PyResult<Meth> {
    let tp = it.type_of(me);
    let name: Rc<str> = Rc::from(name);
    if !it.has_hook(&tp, super::attr::hooks::GETATTRIBUTE) {
        if let Some(f) = it.lookup_mro_rc(&tp, &name) {
            let shadowed = match me {
                Value::Obj(o) => {
                    o.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str(&name).is_some())
                }
                _ => false,
            };
            if super::attr::binds_as_method(&f, true) && !shadowed {
                return Ok(Meth::Plain(f));
            }
        }
    }
    Ok(Meth::Bound(it.getattr(me, &name)?))
}

/// `self.name(*args)`.
pub fn call_method(it: &mut Interp, me: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    lookup(it, me, name)?.call(it, me, args)
}

/// Binds a call to a `random.Random` method's Python signature (`self` first), into
/// six slots (one size for all: each size of array is another copy of the binding code).
pub fn params(
    it: &mut Interp,
    name: &str,
    params: &[&str],
    required: usize,
    kw_only: &[&str],
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<(Value, [Option<Value>; 6])> {
    let func = format!("Random.{name}");
    let mut slots: [Option<Value>; 6] = bind(it, &func, params, required, kw_only, args, kwargs)?;
    let me = slots[0].take().unwrap_or(Value::None);
    Ok((me, slots))
}

pub fn op(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    it.binary_op(op, a.clone(), b.clone())
}

/// `a OP b` as a condition.
pub fn test(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = it.compare(op, a, b)?;
    it.truthy(&r)
}

/// `math.floor(x)`.
pub fn floor(it: &mut Interp, x: &Value) -> PyResult<Value> {
    super::math::floor(it, vec![x.clone()], vec![])
}

/// An int `Value` from a `BigInt`.
fn int(i: BigInt) -> Value {
    Value::from_bigint(i)
}

// ---- state ----

fn r_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, x, ..]) = params(it, "__init__", &["self", "x"], 1, &[], args, kwargs)?;
    call_method(it, &me, "seed", vec![x.unwrap_or(Value::None)])?;
    it.setattr(&me, &Rc::from("gauss_next"), Value::None)?;
    Ok(Value::None)
}

/// `seed(a=None, version=2)`: a str is seeded by its UTF-8 bytes followed by their SHA-512
/// (version 2) or by a 64-bit string hash of its own (version 1); other types but None,
/// int and float are refused.
fn r_seed(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, a, version, ..]) = params(it, "seed", &["self", "a", "version"], 1, &[], args, kwargs)?;
    let mut a = a.unwrap_or(Value::None);
    let version = version.unwrap_or(Value::int(2));
    let s = match super::methods_types::unbox(&a) {
        Value::Str(s) => Some(s),
        _ => None,
    };
    if test(it, CmpOp::Eq, &version, &Value::int(1))? && s.is_some() {
        a = int(seed_v1(s.as_deref().unwrap_or("")));
    } else if test(it, CmpOp::Eq, &version, &Value::int(2))? && s.is_some() {
        a = seed_v2(it, s.as_deref().unwrap_or(""))?;
    } else if !matches!(
        super::methods_types::unbox(&a),
        Value::None | Value::Int(..) | Value::BigInt(_) | Value::Bool(_) | Value::Float(..) | Value::Str(_)
    ) {
        return it.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    generator(it, &me)?;
    super::random_core::seed(it, &me, Some(&a))?;
    it.setattr(&me, &Rc::from("gauss_next"), Value::None)?;
    Ok(Value::None)
}

/// The generator `super()` reaches from `random.Random`'s methods.
fn generator<'a>(it: &mut Interp, me: &'a Value) -> PyResult<&'a std::cell::RefCell<super::random_mt::Mt>> {
    match mt_of(me) {
        Some(mt) => Ok(mt),
        None => it.type_error("super(type, obj): obj must be an instance or subtype of type"),
    }
}

/// Version 1's string seed (Python 2.x's string hash, kept for old seeds).
fn seed_v1(s: &str) -> BigInt {
    let chars: Vec<u32> = s.chars().map(u32::from).collect();
    let mut x: u64 = chars.first().map_or(0, |c| u64::from(*c) << 7);
    for c in &chars {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(*c);
    }
    x ^= chars.len() as u64;
    BigInt::from(x)
}

/// Version 2's: `int.from_bytes(s.encode() + sha512(s.encode()).digest())`.
fn seed_v2(it: &mut Interp, s: &str) -> PyResult<Value> {
    let _ = s;
    it.err(
        "NotImplementedError",
        "metalab cannot seed from a str: random.seed() with an int or a float gives CPython's sequence",
    )
}

/// `getstate()`: `(self.VERSION, super().getstate(), self.gauss_next)`.
fn r_getstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, ..]) = params(it, "getstate", &["self"], 1, &[], args, kwargs)?;
    let version = it.getattr(&me, &Rc::from("VERSION"))?;
    let mt = generator(it, &me)?;
    let state = super::random_core::state_tuple(it, mt);
    let gauss_next = it.getattr(&me, &Rc::from("gauss_next"))?;
    Ok(it.tuple(vec![version, state, gauss_next]))
}

/// `setstate(state)`: versions 3 and 2 (whose words may be negative: taken modulo 2**32).
fn r_setstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, state, ..]) = params(it, "setstate", &["self", "state"], 2, &[], args, kwargs)?;
    let state = state.unwrap_or(Value::None);
    let version = it.getitem(&state, &Value::int(0))?;
    let v3 = test(it, CmpOp::Eq, &version, &Value::int(3))?;
    if !v3 && !test(it, CmpOp::Eq, &version, &Value::int(2))? {
        let own = it.getattr(&me, &Rc::from("VERSION"))?;
        let version = it.str_of(&version)?;
        let own = it.str_of(&own)?;
        return it.value_error(format!("state with version {version} passed to Random.setstate() of version {own}"));
    }
    let [_, mut internal, gauss_next] = unpack3(it, &state)?;
    it.setattr(&me, &Rc::from("gauss_next"), gauss_next)?;
    if !v3 {
        let modulus = int(BigInt::from(1u64 << 32));
        let mut words = Vec::new();
        let iter = it.iter(&internal)?;
        while let Some(x) = it.next(&iter)? {
            match it.binary_op(BinOp::Mod, x, modulus.clone()) {
                Err(e) if it.is_exc(&e, "ValueError") => return it.type_error(""),
                r => words.push(r?),
            }
        }
        internal = it.tuple(words);
    }
    let mt = generator(it, &me)?;
    super::random_core::set_state(it, mt, &internal)?;
    Ok(Value::None)
}

/// `a, b, c = state`, with the unpacking messages.
fn unpack3(it: &mut Interp, v: &Value) -> PyResult<[Value; 3]> {
    let iter = it.iter(v)?;
    let mut got = Vec::new();
    while let Some(x) = it.next(&iter)? {
        got.push(x);
        if got.len() > 3 {
            return it.value_error("too many values to unpack (expected 3)");
        }
    }
    match <[Value; 3]>::try_from(got) {
        Ok(a) => Ok(a),
        Err(got) => it.value_error(format!("not enough values to unpack (expected 3, got {})", got.len())),
    }
}

/// `__reduce__()`: `(self.__class__, (), self.getstate())`.
fn r_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, ..]) = params(it, "__reduce__", &["self"], 1, &[], args, kwargs)?;
    let cls = it.getattr(&me, &Rc::from("__class__"))?;
    let empty = it.tuple(vec![]);
    let state = call_method(it, &me, "getstate", vec![])?;
    Ok(it.tuple(vec![cls, empty, state]))
}

/// `__init_subclass__(cls, /, **kwargs)`: the first class along the MRO that defines
/// `_randbelow`, `getrandbits` or `random` decides how `_randbelow` draws.
fn r_init_subclass(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return it.type_error(format!("Random.__init_subclass__() takes 1 positional argument but {n} were given"));
    }
    let cls = &args[0];
    let mro = it.getattr(cls, &Rc::from("__mro__"))?;
    let iter = it.iter(&mro)?;
    while let Some(c) = it.next(&iter)? {
        let defines = |name: &str| -> bool {
            c.as_obj().and_then(|c| c.dict.as_ref()).and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str(name).is_some())
        };
        let pick = if defines("_randbelow") {
            break;
        } else if defines("getrandbits") {
            "_randbelow_with_getrandbits"
        } else if defines("random") {
            "_randbelow_without_getrandbits"
        } else {
            continue;
        };
        let f = it.getattr(cls, &Rc::from(pick))?;
        it.setattr(cls, &Rc::from("_randbelow"), f)?;
        break;
    }
    Ok(Value::None)
}

// ---- integers ----

/// `self._randbelow(n)`.
pub fn randbelow(it: &mut Interp, me: &Value, n: Value) -> PyResult<Value> {
    let m = lookup(it, me, "_randbelow")?;
    randbelow_with(it, &m, me, n)
}

/// Calls a looked-up `_randbelow`; the native one directly.
pub fn randbelow_with(it: &mut Interp, m: &Meth, me: &Value, n: Value) -> PyResult<Value> {
    if m.is(&it.random.randbelow) {
        return below_with_getrandbits(it, me, &n);
    }
    m.call(it, me, vec![n])
}

fn r_randbelow_with_getrandbits(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, n, ..]) = params(it, "_randbelow_with_getrandbits", &["self", "n"], 2, &[], args, kwargs)?;
    below_with_getrandbits(it, &me, &n.unwrap_or(Value::None))
}

/// `_randbelow_with_getrandbits(n)`: `getrandbits(n.bit_length())` until it is below `n`.
fn below_with_getrandbits(it: &mut Interp, me: &Value, n: &Value) -> PyResult<Value> {
    let getrandbits = lookup(it, me, "getrandbits")?;
    let k = match super::methods_types::unbox(n) {
        Value::Int(i, _) => Value::int(i64::from(64 - i.unsigned_abs().leading_zeros())),
        Value::Bool(b) => Value::int(i64::from(b)),
        Value::BigInt(b) => Value::int(b.bits() as i64),
        _ => call_method(it, n, "bit_length", vec![])?,
    };
    if let (true, Some(mt), Value::Int(bits, _)) = (getrandbits.is(&it.random.getrandbits), mt_of(me), &k) {
        // The native generator, drawn exactly as the loop below would.
        if let Value::Int(limit, _) = super::methods_types::unbox(n) {
            // `n <= 0` draws for ever in CPython; the step budget ends it here.
            if limit <= 0 {
                loop {
                    it.step()?;
                }
            }
            let bits = *bits as u32;
            let mut mt = mt.borrow_mut();
            loop {
                let r = mt.bits64(bits);
                if (r as i128) < i128::from(limit) {
                    return Ok(Value::int(r as i64));
                }
            }
        }
    }
    let mut r = getrandbits.call(it, me, vec![k.clone()])?;
    while test(it, CmpOp::GtE, &r, n)? {
        // `n <= 0` loops for ever in CPython too; the step budget ends it here.
        it.step()?;
        r = getrandbits.call(it, me, vec![k.clone()])?;
    }
    Ok(r)
}

/// `randrange(start, stop=None, step=1)`.
fn r_randrange(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, start, stop, step, ..]) =
        params(it, "randrange", &["self", "start", "stop", "step"], 2, &[], args, kwargs)?;
    let start = start.unwrap_or(Value::None);
    randrange(it, &me, &start, stop.unwrap_or(Value::None), step, true)
}

/// `randrange`'s steps. `step` is None when not given (CPython's `_ONE`, which an explicit
/// `1` also is: small ints are shared). `warn`: the caller is the program, which Python's
/// default filters show DeprecationWarnings to (not when `randint` is the caller).
fn randrange(it: &mut Interp, me: &Value, start: &Value, stop: Value, step: Option<Value>, warn: bool) -> PyResult<Value> {
    let istart = index_or_int(it, start, "arg 1", warn)?;
    if stop.is_none() {
        if step.as_ref().is_some_and(|s| !s.is(&Value::int(1))) {
            return it.type_error("Missing a non-None stop argument");
        }
        if test(it, CmpOp::Gt, &istart, &Value::int(0))? {
            return randbelow(it, me, istart);
        }
        return it.value_error("empty range for randrange()");
    }
    let istop = index_or_int(it, &stop, "stop", warn)?;
    let width = op(it, BinOp::Sub, &istop, &istart)?;
    let istep = match &step {
        Some(s) => index_or_int(it, s, "step", warn)?,
        None => Value::int(1),
    };
    let (w, st) = (big(&width), big(&istep));
    if st == BigInt::from(1) {
        if w > BigInt::from(0) {
            let r = randbelow(it, me, width)?;
            return op(it, BinOp::Add, &istart, &r);
        }
        let (a, b) = (big(&istart), big(&istop));
        return it.value_error(format!("empty range for randrange() ({a}, {b}, {w})"));
    }
    let zero = BigInt::from(0);
    let n = if st > zero {
        num_integer::Integer::div_floor(&(&w + &st - 1), &st)
    } else if st < zero {
        num_integer::Integer::div_floor(&(&w + &st + 1), &st)
    } else {
        return it.value_error("zero step for randrange()");
    };
    if n <= zero {
        return it.value_error("empty range for randrange()");
    }
    let r = randbelow(it, me, int(n))?;
    let offset = op(it, BinOp::Mult, &istep, &r)?;
    op(it, BinOp::Add, &istart, &offset)
}

/// An int's value (the ints here come from `operator.index` or `int()`, so are exact).
fn big(v: &Value) -> BigInt {
    super::numbers::to_big(&super::methods_types::unbox(v)).unwrap_or_default()
}

/// `operator.index(x)`, or for a TypeError `int(x)`, which must equal `x` (with
/// random.py's DeprecationWarnings).
fn index_or_int(it: &mut Interp, x: &Value, what: &str, warn: bool) -> PyResult<Value> {
    let err = match super::math::index(it, x) {
        Ok(i) => return Ok(int(i)),
        Err(e) if it.is_exc(&e, "TypeError") => e,
        Err(e) => return Err(e),
    };
    // `int(x)` runs while the TypeError is being handled: it becomes the new error's context.
    let Unwind::Exception(handled) = err else { return Err(err) };
    let r = int_equal(it, x, what, warn);
    if let Err(Unwind::Exception(e)) = &r {
        it.chain_context(e, &handled);
    }
    r
}

fn int_equal(it: &mut Interp, x: &Value, what: &str, warn: bool) -> PyResult<Value> {
    let i = it.int_of(x)?;
    if test(it, CmpOp::NotEq, &i, x)? {
        if warn {
            deprecation(it, "randrange() will raise TypeError in the future")?;
        }
        return it.value_error(format!("non-integer {what} for randrange()"));
    }
    if warn {
        deprecation(
            it,
            "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
        )?;
    }
    Ok(i)
}

/// A DeprecationWarning attributed to the program's line running now, as `warnings` prints
/// it (the default filters show them for `__main__`), once per line and message.
fn deprecation(it: &mut Interp, msg: &'static str) -> PyResult<()> {
    let Some(f) = it.frames.last() else { return Ok(()) };
    let (unit, offset) = (f.unit, f.offset.get());
    let (file, line, text) = if unit == 0 {
        let line = it.lines.line(offset);
        let text = it.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim().to_string();
        (it.filename.clone(), line, text)
    } else {
        let Some(u) = it.units.get(unit as usize - 1) else { return Ok(()) };
        (u.filename.clone(), u.lines.line(offset), String::new())
    };
    if it.random.warned.contains(&(unit, line, msg)) {
        return Ok(());
    }
    it.random.warned.push((unit, line, msg));
    let mut report = format!("{file}:{line}: DeprecationWarning: {msg}\n");
    if !text.is_empty() {
        report.push_str(&format!("  {text}\n"));
    }
    it.write_stream(super::Stream::Stderr, &report)
}

/// `randint(a, b)`: `self.randrange(a, b+1)`.
fn r_randint(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (me, [_, a, b, ..]) = params(it, "randint", &["self", "a", "b"], 3, &[], args, kwargs)?;
    let (a, b) = (a.unwrap_or(Value::None), b.unwrap_or(Value::None));
    let m = lookup(it, &me, "randrange")?;
    let stop = op(it, BinOp::Add, &b, &Value::int(1))?;
    if m.is(&it.random.randrange) {
        return randrange(it, &me, &a, stop, None, false);
    }
    m.call(it, &me, vec![a, stop])
}
