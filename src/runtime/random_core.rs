//! `_random.Random`, the C type under `random.Random` (CPython's `Modules/_randommodule.c`):
//! a Mersenne Twister (`random_mt`) per object, with `random()`, `seed()`, `getstate()`,
//! `setstate()` and `getrandbits()` and their argument checks and messages.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::native_class::make_class;
use super::random_mt::Mt;
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use num_bigint::{BigInt, Sign};
use std::cell::Cell;

const TP_NAME: &str = "_random.Random";

thread_local! {
    /// Tells apart generators seeded from the clock within one tick of it.
    static SEEDED: Cell<u64> = const { Cell::new(0) };
}

/// The `_random.Random` class; its `random` and `getrandbits` are kept in `RandomState` so
/// that the algorithms above them can tell when a subclass has not replaced them.
pub fn build(it: &mut Interp) -> PyResult<Value> {
    use BuiltinKind::{Method, Static};
    use Sig::{Any, Clinic, NoArgs, One};
    let table: [(&'static str, NativeFn, BuiltinKind, Sig); 7] = [
        ("__new__", core_new, Static, Any),
        ("__init__", core_init, Method, Any),
        ("random", core_random, Method, NoArgs),
        ("seed", core_seed, Method, Clinic(0, 1)),
        ("getstate", core_getstate, Method, NoArgs),
        ("setstate", core_setstate, Method, One),
        ("getrandbits", core_getrandbits, Method, One),
    ];
    let mut entries: Vec<(&str, Value)> = Vec::new();
    for (name, f, kind, sig) in table {
        let v = it.builtin_fn_sig(name, &format!("Random.{name}"), f, kind, sig);
        match name {
            "random" => it.random.random = v.as_obj().cloned(),
            "getrandbits" => it.random.getrandbits = v.as_obj().cloned(),
            _ => {}
        }
        entries.push((name, v));
    }
    entries.push(("__doc__", Value::str("Random() -> create a random number generator with its own internal state.")));
    entries.push(("__slots__", it.tuple(Vec::new())));
    let object = Value::Obj(it.t.object.clone());
    let cls = make_class(it, "Random", "_random", vec![object], entries)?;
    super::deque::forget_slots(&cls);
    // A C type's `__dict__` lists `__module__` last.
    if let Some(d) = cls.as_obj().and_then(|c| c.dict.as_ref()).and_then(|d| d.dict_data()) {
        let mut d = d.borrow_mut();
        d.remove_str("__module__");
        d.set_str(std::rc::Rc::from("__module__"), Value::str("_random"));
    }
    Ok(super::native_class::c_type(cls, TP_NAME))
}

/// The generator of `v`, if it is a `_random.Random` (of any subclass).
pub fn mt_of(v: &Value) -> Option<&RefCell<Mt>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Random(mt) => Some(mt.as_ref()),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver's generator, with CPython's messages for a missing or wrong receiver.
fn this<'a>(it: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Mt>> {
    match args.first() {
        Some(v) => match mt_of(v) {
            Some(mt) => Ok(mt),
            None if super::function::is_dunder(name) => {
                let tn = it.type_name(v);
                it.type_error(format!("descriptor '{name}' requires a '{TP_NAME}' object but received a '{tn}'"))
            }
            None => {
                let tn = it.type_name(v);
                it.type_error(format!("descriptor '{name}' for '{TP_NAME}' objects doesn't apply to a '{tn}' object"))
            }
        },
        None => it.type_error(format!("unbound method Random.{name}() needs an argument")),
    }
}

/// `PyType_GenericNew`: an unseeded generator (all zeros), whatever the other arguments.
fn core_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(core) = it.random.core.clone() else { return Ok(Value::None) };
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.is_class() => c.clone(),
        Some(other) => {
            let tn = it.type_name(other);
            return it.type_error(format!("Random.__new__(X): X is not a type object ({tn})"));
        }
        None => return it.type_error("Random.__new__(): not enough arguments"),
    };
    if !it.is_subclass(&cls, &core) {
        let n = it.class_name(&cls);
        return it.type_error(format!("{TP_NAME}.__new__({n}): {n} is not a subtype of {TP_NAME}"));
    }
    Ok(Value::Obj(new_instance(it, &cls)))
}

pub fn new_instance(it: &mut Interp, cls: &ObjRef) -> ObjRef {
    it.alloc_instance(cls, Payload::Random(Box::new(RefCell::new(Mt::default()))))
}

/// `random_init`: `Random(seed)`; keywords are refused unless a subclass has its own
/// `__init__`.
fn core_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    this(it, &args, "__init__")?;
    let tp = it.type_of(arg(&args, 0));
    let core_init = it.random.core.as_ref().and_then(|c| it.lookup_mro(c, "__init__"));
    let own_init = matches!((it.lookup_mro(&tp, "__init__"), core_init), (Some(a), Some(b)) if a.is(&b));
    if own_init && !kwargs.is_empty() {
        return it.type_error("Random() takes no keyword arguments");
    }
    if args.len() > 2 {
        return it.type_error("Random() requires 0 or 1 argument");
    }
    seed(it, arg(&args, 0), args.get(1))?;
    Ok(Value::None)
}

fn core_random(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let mt = this(it, &args, "random")?;
    let x = mt.borrow_mut().next_f64();
    Ok(Value::float(x))
}

fn core_seed(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    this(it, &args, "seed")?;
    seed(it, arg(&args, 0), args.get(1))?;
    Ok(Value::None)
}

/// `random_seed`: None seeds from the clock; an int (or an int subclass's value: CPython
/// calls `int.__abs__`, never an override) by its absolute value's 32-bit words; anything
/// else by its hash, as an unsigned word.
pub fn seed(it: &mut Interp, me: &Value, arg: Option<&Value>) -> PyResult<()> {
    let n = match arg.map(super::methods_types::unbox) {
        None | Some(Value::None) => {
            let key = entropy(it, me);
            if let Some(mt) = mt_of(me) {
                mt.borrow_mut().seed_words(&key);
            }
            return Ok(());
        }
        Some(Value::Int(i, _)) => BigInt::from(i).magnitude().clone(),
        Some(Value::Bool(b)) => BigInt::from(u8::from(b)).magnitude().clone(),
        Some(Value::BigInt(b)) => b.magnitude().clone(),
        Some(_) => {
            let h = it.hash(arg.unwrap_or(&Value::None))?;
            (h as u64).into()
        }
    };
    if let Some(mt) = mt_of(me) {
        mt.borrow_mut().seed_int(&n);
    }
    Ok(())
}

/// What an unseeded generator starts from: CPython reads the OS's entropy. Here the clock
/// (JavaScript's in wasm, which has no other), the object and a count of such seeds: any
/// values will do, but two generators made in one clock tick must still differ.
fn entropy(it: &mut Interp, me: &Value) -> [u32; 6] {
    let t = (it.clock)().to_bits();
    let n = SEEDED.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let id = me.as_obj().map_or(0, |o| o.id);
    let local = &n as *const u64 as u64;
    [t as u32, (t >> 32) as u32, n as u32, id as u32, local as u32, (local >> 32) as u32]
}

fn core_getstate(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let mt = this(it, &args, "getstate")?;
    Ok(state_tuple(it, mt))
}

/// The 624 words and the index, as a tuple of ints.
pub fn state_tuple(it: &mut Interp, mt: &RefCell<Mt>) -> Value {
    let (mut items, index) = {
        let mt = mt.borrow();
        (mt.state.iter().map(|w| Value::int(i64::from(*w))).collect::<Vec<_>>(), mt.index)
    };
    items.push(Value::int(index as i64));
    it.tuple(items)
}

fn core_setstate(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let mt = this(it, &args, "setstate")?;
    set_state(it, mt, arg(&args, 1))?;
    Ok(Value::None)
}

/// `setstate(state)`: a tuple of 624 words (`PyLong_AsUnsignedLong`, kept modulo 2**32) and
/// the index.
pub fn set_state(it: &mut Interp, mt: &RefCell<Mt>, state: &Value) -> PyResult<()> {
    let Some(items) = it.tuple_items(state) else {
        return it.type_error("state vector must be a tuple");
    };
    if items.len() != Mt::WORDS + 1 {
        return it.value_error("state vector is the wrong size");
    }
    let mut words = [0u32; Mt::WORDS];
    for (w, v) in words.iter_mut().zip(items) {
        let big = match super::methods_types::unbox(v) {
            Value::Int(i, _) => BigInt::from(i),
            Value::Bool(b) => BigInt::from(u8::from(b)),
            Value::BigInt(b) => (*b).clone(),
            _ => return it.type_error("an integer is required"),
        };
        if big.sign() == Sign::Minus {
            return it.err("OverflowError", "can't convert negative value to unsigned int");
        }
        if big.bits() > 64 {
            return it.err("OverflowError", "Python int too large to convert to C unsigned long");
        }
        *w = big.iter_u32_digits().next().unwrap_or(0);
    }
    let index = super::math::index(it, &items[Mt::WORDS])?;
    let Ok(index) = i64::try_from(&index) else {
        return it.err("OverflowError", "Python int too large to convert to C long");
    };
    if !(0..=Mt::WORDS as i64).contains(&index) {
        return it.value_error("invalid state");
    }
    let mut mt = mt.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(())
}

fn core_getrandbits(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let mt = this(it, &args, "getrandbits")?;
    let k = super::math::index(it, arg(&args, 1))?;
    let Ok(k) = i32::try_from(&k) else {
        return it.err("OverflowError", "Python int too large to convert to C int");
    };
    if k < 0 {
        return it.value_error("number of bits must be non-negative");
    }
    Ok(getrandbits(mt, k as u32))
}

/// `k` random bits as an int.
pub fn getrandbits(mt: &RefCell<Mt>, k: u32) -> Value {
    let mut mt = mt.borrow_mut();
    if k <= 63 {
        Value::int(mt.bits64(k) as i64)
    } else {
        Value::from_bigint(mt.bits(u64::from(k)))
    }
}
