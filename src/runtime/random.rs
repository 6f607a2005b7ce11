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
//! The integer methods are in `random_int`, the sequence methods in `random_seq`, the
//! distributions in `random_dist`; all compute in `random_calc`'s registers.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, make_class, untraced};
use super::random_calc::{Arg, Calc, Step};
use super::random_core::mt_of;
use super::value::{ObjRef, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// Per-run state: the classes, and the native methods the algorithms recognise.
#[derive(Default)]
pub struct RandomState {
    pub core: Option<ObjRef>,
    pub random: Option<ObjRef>,
    pub getrandbits: Option<ObjRef>,
    pub randbelow: Option<ObjRef>,
    pub randrange: Option<ObjRef>,
    /// DeprecationWarnings shown, by source unit, line and text: the `default` action shows
    /// each once per place.
    pub warned: Vec<(u32, u32, &'static str)>,
}

/// `random.Random`'s methods: `Random.<name>` in messages, as CPython's functions are.
const METHODS: [(&str, NativeFn); 26] = [
    ("__init__", r_init),
    ("seed", r_seed),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("__getstate__", r_dunder_getstate),
    ("__setstate__", r_dunder_setstate),
    ("__reduce__", r_reduce),
    ("_randbelow_with_getrandbits", super::random_int::randbelow_with_getrandbits),
    ("_randbelow_without_getrandbits", super::random_dist::randbelow_without_getrandbits),
    ("randrange", super::random_int::randrange),
    ("randint", super::random_int::randint),
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
    let Value::Obj(c) = super::random_core::build(it)? else {
        return it.type_error("_random.Random is not a class");
    };
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

/// `a OP b` as a condition.
pub fn test(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = it.compare(op, a, b)?;
    it.truthy(&r)
}

// ---- state ----

fn r_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "__init__", &["self", "x"], 1, &[], &[], args, kwargs)?;
    let x = c.take(0);
    call_method(it, &c.me, "seed", vec![x])?;
    it.setattr(&c.me, &Rc::from("gauss_next"), Value::None)?;
    Ok(Value::None)
}

/// `seed(a=None, version=2)`: a str is seeded by its UTF-8 bytes followed by their SHA-512
/// (version 2) or by a 64-bit string hash of its own (version 1); other types but None,
/// int and float are refused.
fn r_seed(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const A: u8 = 0;
    const VERSION: u8 = 1;
    let c = &mut Calc::new(it, "seed", &["self", "a", "version"], 1, &[], &[Value::None, Value::int(2)], args, kwargs)?;
    let text = match super::methods_types::unbox(&c.r[A as usize]) {
        Value::Str(s) => Some(s),
        _ => None,
    };
    if c.run(it, &[Step::If(CmpOp::Eq, Arg::R(VERSION), Arg::I(1), true)])? && text.is_some() {
        c.r[A as usize] = Value::from_bigint(seed_v1(text.as_deref().unwrap_or("")).into());
    } else if c.run(it, &[Step::If(CmpOp::Eq, Arg::R(VERSION), Arg::I(2), true)])? && text.is_some() {
        c.r[A as usize] = seed_v2(text.as_deref().unwrap_or(""));
    } else if !matches!(
        super::methods_types::unbox(&c.r[A as usize]),
        Value::None | Value::Int(..) | Value::BigInt(_) | Value::Bool(_) | Value::Float(..) | Value::Str(_)
    ) {
        return it.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    generator(it, &c.me)?;
    super::random_core::seed(it, &c.me, Some(&c.r[A as usize]))?;
    it.setattr(&c.me, &Rc::from("gauss_next"), Value::None)?;
    Ok(Value::None)
}

/// The generator `super()` reaches from `random.Random`'s methods.
fn generator<'a>(it: &mut Interp, me: &'a Value) -> PyResult<&'a super::refcell::RefCell<super::random_mt::Mt>> {
    match mt_of(me) {
        Some(mt) => Ok(mt),
        None => it.type_error("super(type, obj): obj must be an instance or subtype of type"),
    }
}

/// Version 1's string seed (Python 2.x's string hash, kept for old seeds).
fn seed_v1(s: &str) -> u64 {
    let mut x: u64 = s.chars().next().map_or(0, |c| u64::from(c) << 7);
    let mut n = 0u64;
    for c in s.chars() {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
        n += 1;
    }
    x ^ n
}

/// Version 2's: `int.from_bytes(s.encode() + sha512(s.encode()).digest())`.
fn seed_v2(s: &str) -> Value {
    use sha2::Digest;
    let mut bytes = s.as_bytes().to_vec();
    bytes.extend_from_slice(&sha2::Sha512::digest(s.as_bytes()));
    Value::from_bigint(num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes))
}

/// `getstate()`: `(self.VERSION, super().getstate(), self.gauss_next)`.
fn r_getstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "getstate", &["self"], 1, &[], &[], args, kwargs)?;
    c.r[0] = it.getattr(&c.me, &Rc::from("VERSION"))?;
    let mt = generator(it, &c.me)?;
    c.r[1] = super::random_core::state_tuple(it, mt);
    c.r[2] = it.getattr(&c.me, &Rc::from("gauss_next"))?;
    let items = vec![c.take(0), c.take(1), c.take(2)];
    Ok(it.tuple(items))
}

/// `setstate(state)`: versions 3 and 2 (whose words may be negative: taken modulo 2**32).
fn r_setstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    const STATE: u8 = 0;
    const VERSION: u8 = 1;
    const INTERNAL: u8 = 2;
    let c = &mut Calc::new(it, "setstate", &["self", "state"], 2, &[], &[], args, kwargs)?;
    c.r[VERSION as usize] = it.getitem(&c.r[STATE as usize], &Value::int(0))?;
    let is = |n| [Step::If(CmpOp::Eq, Arg::R(VERSION), Arg::I(n), true)];
    let v3 = c.run(it, &is(3))?;
    if !v3 && !c.run(it, &is(2))? {
        c.r[3] = it.getattr(&c.me, &Rc::from("VERSION"))?;
        let version = it.str_of(&c.r[VERSION as usize])?;
        let own = it.str_of(&c.r[3])?;
        return it.value_error(format!("state with version {version} passed to Random.setstate() of version {own}"));
    }
    // version, internalstate, self.gauss_next = state
    let items = it.unpack_iterable(&c.r[STATE as usize])?;
    let items = it.unpack_to(items, 3, None)?;
    let mut items = items.into_iter().skip(1);
    c.r[INTERNAL as usize] = items.next().unwrap_or(Value::None);
    it.setattr(&c.me, &Rc::from("gauss_next"), items.next().unwrap_or(Value::None))?;
    if !v3 {
        // tuple(x % (2 ** 32) for x in internalstate); a ValueError becomes a TypeError
        let mut words = Vec::new();
        let iter = it.iter(&c.r[INTERNAL as usize])?;
        while let Some(x) = it.next(&iter)? {
            match it.binary_op(BinOp::Mod, x, Value::int(1 << 32)) {
                Err(e) if it.is_exc(&e, "ValueError") => return it.type_error(""),
                r => words.push(r?),
            }
        }
        c.r[INTERNAL as usize] = it.tuple(words);
    }
    let mt = generator(it, &c.me)?;
    super::random_core::set_state(it, mt, &c.r[INTERNAL as usize])?;
    Ok(Value::None)
}

/// `__getstate__()`: `self.getstate()`.
fn r_dunder_getstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "__getstate__", &["self"], 1, &[], &[], args, kwargs)?;
    call_method(it, &c.me, "getstate", vec![])
}

/// `__setstate__(state)`: `self.setstate(state)`.
fn r_dunder_setstate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "__setstate__", &["self", "state"], 2, &[], &[], args, kwargs)?;
    let state = c.take(0);
    call_method(it, &c.me, "setstate", vec![state])
}

/// `__reduce__()`: `(self.__class__, (), self.getstate())`.
fn r_reduce(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let c = &mut Calc::new(it, "__reduce__", &["self"], 1, &[], &[], args, kwargs)?;
    c.r[0] = it.getattr(&c.me, &Rc::from("__class__"))?;
    c.r[1] = it.tuple(vec![]);
    c.r[2] = call_method(it, &c.me, "getstate", vec![])?;
    let items = vec![c.take(0), c.take(1), c.take(2)];
    Ok(it.tuple(items))
}

/// `__init_subclass__(cls, /, **kwargs)`: the first class along the MRO that defines
/// `_randbelow`, `getrandbits` or `random` decides how `_randbelow` draws.
fn r_init_subclass(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len();
        return it.type_error(format!("Random.__init_subclass__() takes 1 positional argument but {n} were given"));
    }
    let Some(mro) = arg(&args, 0).as_obj().and_then(|c| c.class_data()).map(|cd| cd.mro()) else {
        return Ok(Value::None);
    };
    for c in mro {
        let defines = |name: &str| {
            c.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str(name).is_some())
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
        let f = it.getattr(arg(&args, 0), &Rc::from(pick))?;
        it.setattr(arg(&args, 0), &Rc::from("_randbelow"), f)?;
        break;
    }
    Ok(Value::None)
}
