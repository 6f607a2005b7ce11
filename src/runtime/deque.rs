//! `collections.deque`, CPython's C type (`Modules/_collectionsmodule.c`): a double-ended
//! queue with an optional `maxlen`, subclassable, with its own iterators.
//!
//! The items live in a `VecDeque` behind a `RefCell`; every method copies out what it needs
//! and releases the borrow before it compares, hashes or iterates anything, since an item's
//! `__eq__` may touch the deque. Like CPython, the deque counts its mutations (`state`): an
//! iterator, `count`, `index`, `remove` and `in` notice a change made behind their back and
//! raise CPython's "deque mutated during iteration" instead of reading a moved item.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{make_class, method};
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::CmpOp;
use std::collections::VecDeque;
use std::rc::Rc;

const TP_NAME: &str = "collections.deque";
const MUTATED: &str = "deque mutated during iteration";

/// A deque's contents.
#[derive(Default)]
pub struct DequeData {
    pub items: VecDeque<Value>,
    /// `None` for an unbounded deque.
    pub maxlen: Option<usize>,
    /// Bumped whenever items move (CPython's `state`), so that iteration can notice.
    pub state: u64,
}

impl DequeData {
    /// `deque_append_internal`: the item trimmed off the other end, if `maxlen` is reached
    /// (for the caller to drop once the borrow is released).
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.items.push_back(v);
        self.state += 1;
        self.trim(true)
    }

    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.items.push_front(v);
        self.state += 1;
        self.trim(false)
    }

    fn trim(&mut self, from_front: bool) -> Option<Value> {
        match self.maxlen {
            Some(m) if self.items.len() > m => {
                if from_front {
                    self.items.pop_front()
                } else {
                    self.items.pop_back()
                }
            }
            _ => None,
        }
    }

    /// `_deque_rotate`: `n` steps to the right (negative: to the left).
    fn rotate(&mut self, n: i64) {
        let len = self.items.len();
        if len <= 1 {
            return;
        }
        self.state += 1;
        let k = n.rem_euclid(len as i64) as usize;
        self.items.rotate_right(k);
    }
}

/// Where an iteration over a deque stands (CPython's `dequeiterobject`).
pub struct DequeCursor {
    deque: ObjRef,
    /// Items already produced.
    index: usize,
    state: u64,
    /// Items left to produce.
    counter: usize,
    reverse: bool,
}

impl DequeCursor {
    fn new(deque: &ObjRef, reverse: bool) -> Option<DequeCursor> {
        let d = data(deque)?.borrow();
        Some(DequeCursor { deque: deque.clone(), index: 0, state: d.state, counter: d.items.len(), reverse })
    }

    /// The next item, or the RuntimeError message if the deque changed since the start.
    pub fn step(&mut self) -> Result<Option<Value>, &'static str> {
        let Some(d) = data(&self.deque) else { return Ok(None) };
        let d = d.borrow();
        let changed = d.state != self.state;
        if changed && (!self.reverse || self.counter > 0) {
            self.counter = 0;
            return Err(MUTATED);
        }
        if self.counter == 0 {
            return Ok(None);
        }
        let i = if self.reverse { d.items.len().wrapping_sub(1 + self.index) } else { self.index };
        let v = d.items.get(i).cloned();
        self.index += 1;
        self.counter -= 1;
        Ok(v)
    }

    pub fn remaining(&self) -> usize {
        self.counter
    }
}

fn data(o: &ObjRef) -> Option<&RefCell<DequeData>> {
    match &o.payload {
        Payload::Deque(d) => Some(d),
        _ => None,
    }
}

/// `maxlen`: an int, or None for an unbounded deque.
pub fn maxlen_value(d: &RefCell<DequeData>) -> Value {
    match d.borrow().maxlen {
        Some(m) => Value::int(m as i64),
        None => Value::None,
    }
}

/// Per-run state: the classes native code makes instances of.
#[derive(Default)]
pub struct DequeState {
    class: Option<ObjRef>,
    iter: Option<ObjRef>,
    reviter: Option<ObjRef>,
}

/// The `deque` class and its two iterator classes.
pub fn build(it: &mut Interp) -> PyResult<Value> {
    use BuiltinKind::{ClassMethod, Method, Static};
    let table: [(&'static str, NativeFn, BuiltinKind); 37] = [
        ("__new__", dq_new, Static),
        ("__repr__", dq_repr, Method),
        ("__lt__", dq_lt, Method),
        ("__le__", dq_le, Method),
        ("__eq__", dq_eq, Method),
        ("__ne__", dq_ne, Method),
        ("__gt__", dq_gt, Method),
        ("__ge__", dq_ge, Method),
        ("__iter__", dq_iter, Method),
        ("__init__", dq_init, Method),
        ("__len__", dq_len, Method),
        ("__add__", dq_add, Method),
        ("__mul__", dq_mul, Method),
        ("__rmul__", dq_rmul, Method),
        ("__getitem__", dq_getitem, Method),
        ("__setitem__", dq_setitem, Method),
        ("__delitem__", dq_delitem, Method),
        ("__contains__", dq_contains, Method),
        ("__iadd__", dq_iadd, Method),
        ("__imul__", dq_imul, Method),
        ("append", dq_append, Method),
        ("appendleft", dq_appendleft, Method),
        ("clear", dq_clear, Method),
        ("__copy__", dq_copy, Method),
        ("copy", dq_copy, Method),
        ("count", dq_count, Method),
        ("extend", dq_extend, Method),
        ("extendleft", dq_extendleft, Method),
        ("index", dq_index, Method),
        ("insert", dq_insert, Method),
        ("pop", dq_pop, Method),
        ("popleft", dq_popleft, Method),
        ("remove", dq_remove, Method),
        ("__reversed__", dq_reversed, Method),
        ("reverse", dq_reverse, Method),
        ("rotate", dq_rotate, Method),
        ("__class_getitem__", super::type_forms::generic_alias, ClassMethod),
    ];
    let mut entries: Vec<(&str, Value)> =
        table.into_iter().map(|(name, f, kind)| method(it, "deque", name, f, kind)).collect();
    let getset = Payload::GetSet { name: "maxlen", owner: Rc::from(TP_NAME) };
    let maxlen = Value::Obj(it.heap.alloc(Some(it.t.getset_descriptor.clone()), None, getset));
    entries.push(("maxlen", maxlen));
    entries.push((
        "__doc__",
        Value::str(
            "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
        ),
    ));
    entries.push(("__hash__", Value::None));
    entries.push(("__slots__", it.tuple(Vec::new())));
    let object = Value::Obj(it.t.object.clone());
    let cls = make_class(it, "deque", "collections", vec![object.clone()], entries)?;
    forget_slots(&cls);
    super::native_class::c_type(cls.clone(), TP_NAME);
    it.collections.deque.class = cls.as_obj().cloned();
    for (name, reverse) in [("_deque_iterator", false), ("_deque_reverse_iterator", true)] {
        let entries = vec![
            method(it, name, "__iter__", iter_self, Method),
            method(it, name, "__next__", iter_next, Method),
            method(it, name, "__length_hint__", iter_length_hint, Method),
            ("__slots__", it.tuple(Vec::new())),
        ];
        let c = make_class(it, name, "_collections", vec![object.clone()], entries)?;
        forget_slots(&c);
        super::native_class::c_type(c.clone(), &format!("_collections.{name}"));
        if reverse {
            it.collections.deque.reviter = c.as_obj().cloned();
        } else {
            it.collections.deque.iter = c.as_obj().cloned();
        }
    }
    Ok(cls)
}

/// `__slots__ = ()` only told `type.__new__` that instances have no `__dict__`; CPython's C
/// types show none.
pub fn forget_slots(cls: &Value) {
    if let Some(d) = cls.as_obj().and_then(|c| c.dict.as_ref()).and_then(|d| d.dict_data()) {
        d.borrow_mut().remove_str("__slots__");
    }
}

/// Whether `v` is a deque (of any subclass).
pub fn is_deque(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Deque(_)))
}

/// The receiver of a deque method, with CPython's message for anything else.
fn this(it: &mut Interp, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Deque(_)) => Ok(o.clone()),
        Some(other) => {
            let tn = it.type_name(other);
            if super::function::is_dunder(name) {
                it.type_error(format!("descriptor '{name}' requires a '{TP_NAME}' object but received a '{tn}'"))
            } else {
                it.type_error(format!("descriptor '{name}' for '{TP_NAME}' objects doesn't apply to a '{tn}' object"))
            }
        }
        None if super::function::is_dunder(name) => {
            it.type_error(format!("descriptor '{name}' of '{TP_NAME}' object needs an argument"))
        }
        None => it.type_error(format!("unbound method deque.{name}() needs an argument")),
    }
}

/// The receiver and the other arguments of a method declared `METH_NOARGS` (`want` 0),
/// `METH_O` (1), or taking `want` arguments.
fn recv(it: &mut Interp, args: Vec<Value>, kwargs: &Kwargs, name: &str, want: usize) -> PyResult<(ObjRef, Vec<Value>)> {
    let o = this(it, &args, name)?;
    let rest: Vec<Value> = args.into_iter().skip(1).collect();
    if !kwargs.is_empty() {
        return it.type_error(format!("deque.{name}() takes no keyword arguments"));
    }
    if rest.len() != want && !super::function::is_dunder(name) {
        let n = rest.len();
        return match want {
            0 => it.type_error(format!("deque.{name}() takes no arguments ({n} given)")),
            1 => it.type_error(format!("deque.{name}() takes exactly one argument ({n} given)")),
            _ => it.type_error(format!("{name}() takes exactly {want} arguments ({n} given)")),
        };
    }
    if rest.len() != want {
        let n = rest.len();
        let s = if want == 1 { "" } else { "s" };
        return it.type_error(format!("expected {want} argument{s}, got {n}"));
    }
    Ok((o, rest))
}

fn state_of(o: &ObjRef) -> u64 {
    data(o).map_or(0, |d| d.borrow().state)
}

fn len_of(o: &ObjRef) -> usize {
    data(o).map_or(0, |d| d.borrow().items.len())
}

fn item_at(o: &ObjRef, i: usize) -> Option<Value> {
    data(o).and_then(|d| d.borrow().items.get(i).cloned())
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first.
fn same(it: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    it.eq(a, b)
}

fn append_right(o: &ObjRef, v: Value) {
    let trimmed = data(o).and_then(|d| d.borrow_mut().push_back(v));
    drop(trimmed);
}

fn append_left(o: &ObjRef, v: Value) {
    let trimmed = data(o).and_then(|d| d.borrow_mut().push_front(v));
    drop(trimmed);
}

/// `deque_extend`/`deque_extendleft`: one append per item the iterable yields.
fn extend(it: &mut Interp, o: &ObjRef, iterable: &Value, left: bool) -> PyResult<()> {
    if matches!(iterable, Value::Obj(x) if Rc::ptr_eq(x, o)) {
        let list = list_of(it, o)?;
        return extend(it, o, &list, left);
    }
    let iter = it.iter(iterable)?;
    let maxlen_zero = data(o).is_some_and(|d| d.borrow().maxlen == Some(0));
    while let Some(v) = it.next(&iter)? {
        if maxlen_zero {
            continue;
        }
        if left {
            append_left(o, v);
        } else {
            append_right(o, v);
        }
    }
    Ok(())
}

fn clear(o: &ObjRef) {
    let old = data(o).map(|d| {
        let mut d = d.borrow_mut();
        if !d.items.is_empty() {
            d.state += 1;
        }
        std::mem::take(&mut d.items)
    });
    drop(old);
}

// ---- construction ----

/// `deque.__new__(cls, *args, **kwargs)`: an empty, unbounded deque; `__init__` fills it.
fn dq_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(deque_cls) = it.collections.deque.class.clone() else { return Ok(Value::None) };
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.is_class() => c.clone(),
        Some(other) => {
            let tn = it.type_name(other);
            return it.type_error(format!("deque.__new__(X): X is not a type object ({tn})"));
        }
        None => return it.type_error("deque.__new__(): not enough arguments"),
    };
    if !it.is_subclass(&cls, &deque_cls) {
        let n = it.class_name(&cls);
        return it.type_error(format!("collections.deque.__new__({n}): {n} is not a subtype of collections.deque"));
    }
    Ok(Value::Obj(it.alloc_instance(&cls, Payload::Deque(RefCell::new(DequeData::default())))))
}

/// `deque(iterable=(), maxlen=None)`.
fn dq_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let o = this(it, &args, "__init__")?;
    let rest: Vec<Value> = args.into_iter().skip(1).collect();
    if rest.len() + kwargs.len() > 2 {
        let n = rest.len() + kwargs.len();
        return it.type_error(format!("deque() takes at most 2 arguments ({n} given)"));
    }
    let mut slots: [Option<Value>; 2] = [rest.first().cloned(), rest.get(1).cloned()];
    for (k, v) in kwargs {
        let i = match &*k {
            "iterable" => 0,
            "maxlen" => 1,
            _ => return it.type_error(format!("'{k}' is an invalid keyword argument for deque()")),
        };
        if slots[i].is_some() {
            return it.type_error(format!("argument for deque() given by name ('{k}') and position ({})", i + 1));
        }
        slots[i] = Some(v);
    }
    let [iterable, maxlen] = slots;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            let n = match &m {
                Value::Int(i, _) => *i,
                Value::Bool(b) => *b as i64,
                Value::BigInt(_) => return it.err("OverflowError", "Python int too large to convert to C ssize_t"),
                Value::Obj(x) if matches!(x.payload, Payload::Boxed(Value::Int(..) | Value::BigInt(_))) => {
                    it.index_arg(&m)?
                }
                _ => return it.type_error("an integer is required"),
            };
            if n < 0 {
                return it.value_error("maxlen must be non-negative");
            }
            Some(n as usize)
        }
    };
    if let Some(d) = data(&o) {
        d.borrow_mut().maxlen = maxlen;
    }
    clear(&o);
    if let Some(src) = iterable {
        extend(it, &o, &src, false)?;
    }
    Ok(Value::None)
}

// ---- adding and removing ----

fn dq_append(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, mut rest) = recv(it, args, &kwargs, "append", 1)?;
    append_right(&o, rest.remove(0));
    Ok(Value::None)
}

fn dq_appendleft(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, mut rest) = recv(it, args, &kwargs, "appendleft", 1)?;
    append_left(&o, rest.remove(0));
    Ok(Value::None)
}

fn pop_end(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, left: bool) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, name, 0)?;
    let popped = data(&o).and_then(|d| {
        let mut d = d.borrow_mut();
        let v = if left { d.items.pop_front() } else { d.items.pop_back() };
        if v.is_some() {
            d.state += 1;
        }
        v
    });
    match popped {
        Some(v) => Ok(v),
        None => it.err("IndexError", "pop from an empty deque"),
    }
}

fn dq_pop(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    pop_end(it, args, kwargs, "pop", false)
}

fn dq_popleft(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    pop_end(it, args, kwargs, "popleft", true)
}

fn dq_extend(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "extend", 1)?;
    extend(it, &o, &rest[0], false)?;
    Ok(Value::None)
}

fn dq_extendleft(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "extendleft", 1)?;
    extend(it, &o, &rest[0], true)?;
    Ok(Value::None)
}

fn dq_clear(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "clear", 0)?;
    clear(&o);
    Ok(Value::None)
}

/// `insert(i, x)`: like a list's, refused when the deque is at `maxlen`.
fn dq_insert(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, mut rest) = recv(it, args, &kwargs, "insert", 2)?;
    let value = rest.pop().unwrap_or(Value::None);
    let index = it.index_arg(&rest[0])?;
    let Some(d) = data(&o) else { return Ok(Value::None) };
    let mut d = d.borrow_mut();
    let n = d.items.len();
    if d.maxlen == Some(n) {
        drop(d);
        return it.err("IndexError", "deque already at its maximum size");
    }
    let at = if index >= n as i64 {
        n
    } else if index <= -(n as i64) || index == 0 {
        0
    } else if index < 0 {
        (n as i64 + index) as usize
    } else {
        index as usize
    };
    d.items.insert(at, value);
    d.state += 1;
    Ok(Value::None)
}

/// `remove(x)`: the first item equal to `x`.
fn dq_remove(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "remove", 1)?;
    let x = &rest[0];
    let (start, n) = (state_of(&o), len_of(&o));
    for i in 0..n {
        let Some(item) = item_at(&o, i) else { break };
        let found = same(it, &item, x)?;
        if state_of(&o) != start {
            return it.err("IndexError", MUTATED);
        }
        if found {
            let removed = data(&o).and_then(|d| {
                let mut d = d.borrow_mut();
                d.state += 1;
                d.items.remove(i)
            });
            drop(removed);
            return Ok(Value::None);
        }
    }
    let r = it.repr(x)?;
    it.value_error(format!("{r} is not in deque"))
}

fn dq_rotate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let o = this(it, &args, "rotate")?;
    if !kwargs.is_empty() {
        return it.type_error("deque.rotate() takes no keyword arguments");
    }
    if args.len() > 2 {
        return it.type_error(format!("deque.rotate expected at most 1 argument, got {}", args.len() - 1));
    }
    let n = match args.get(1) {
        Some(v) => it.index_arg(v)?,
        None => 1,
    };
    if let Some(d) = data(&o) {
        d.borrow_mut().rotate(n);
    }
    Ok(Value::None)
}

fn dq_reverse(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "reverse", 0)?;
    if let Some(d) = data(&o) {
        d.borrow_mut().items.make_contiguous().reverse();
    }
    Ok(Value::None)
}

// ---- searching ----

fn dq_count(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "count", 1)?;
    let (start, n) = (state_of(&o), len_of(&o));
    let mut count = 0;
    for i in 0..n {
        let Some(item) = item_at(&o, i) else { break };
        if same(it, &item, &rest[0])? {
            count += 1;
        }
        if state_of(&o) != start {
            return it.err("RuntimeError", MUTATED);
        }
    }
    Ok(Value::int(count))
}

fn dq_contains(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "__contains__", 1)?;
    let (start, n) = (state_of(&o), len_of(&o));
    for i in 0..n {
        let Some(item) = item_at(&o, i) else { break };
        if same(it, &item, &rest[0])? {
            return Ok(Value::Bool(true));
        }
        if state_of(&o) != start {
            return it.err("RuntimeError", MUTATED);
        }
    }
    Ok(Value::Bool(false))
}

/// `index(x[, start[, stop]])`.
fn dq_index(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let o = this(it, &args, "index")?;
    if !kwargs.is_empty() {
        return it.type_error("deque.index() takes no keyword arguments");
    }
    let n_args = args.len() - 1;
    if n_args == 0 {
        return it.type_error("index() takes at least 1 argument (0 given)");
    }
    if n_args > 3 {
        return it.type_error(format!("index() takes at most 3 arguments ({n_args} given)"));
    }
    let x = arg(&args, 1).clone();
    let msg = "slice indices must be integers or have an __index__ method";
    let len = len_of(&o) as i64;
    let bound = |it: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v else { return Ok(default) };
        let i = match v {
            Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => i64::MIN,
            Value::BigInt(_) => i64::MAX,
            _ => it.index_value(v, msg)?,
        };
        Ok(if i < 0 { (i.saturating_add(len)).max(0) } else { i })
    };
    let mut start = bound(it, args.get(2), 0)?;
    let stop = bound(it, args.get(3), len)?.min(len_of(&o) as i64);
    if start > stop {
        start = stop;
    }
    let state = state_of(&o);
    for i in start..stop {
        let Some(item) = item_at(&o, i as usize) else { break };
        if same(it, &item, &x)? {
            return Ok(Value::int(i));
        }
        if state_of(&o) != state {
            return it.err("RuntimeError", MUTATED);
        }
    }
    let r = it.repr(&x)?;
    it.value_error(format!("{r} is not in deque"))
}

// ---- the sequence protocol ----

fn dq_len(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "__len__", 0)?;
    Ok(Value::int(len_of(&o) as i64))
}

/// The item position `key` names (negative counts from the right), or CPython's error.
fn position(it: &mut Interp, o: &ObjRef, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i, _) => *i,
        Value::BigInt(_) => return it.err("IndexError", "cannot fit 'int' into an index-sized integer"),
        _ => {
            let tn = it.type_name(key);
            it.index_value(key, &format!("sequence index must be integer, not '{tn}'"))?
        }
    };
    let len = len_of(o) as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return it.err("IndexError", "deque index out of range");
    }
    Ok(j as usize)
}

fn dq_getitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "__getitem__", 1)?;
    let i = position(it, &o, &rest[0])?;
    match item_at(&o, i) {
        Some(v) => Ok(v),
        None => it.err("IndexError", "deque index out of range"),
    }
}

fn dq_setitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, mut rest) = recv(it, args, &kwargs, "__setitem__", 2)?;
    let value = rest.pop().unwrap_or(Value::None);
    let i = position(it, &o, &rest[0])?;
    let old = data(&o).and_then(|d| d.borrow_mut().items.get_mut(i).map(|slot| std::mem::replace(slot, value)));
    drop(old);
    Ok(Value::None)
}

fn dq_delitem(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "__delitem__", 1)?;
    let i = position(it, &o, &rest[0])?;
    let old = data(&o).and_then(|d| {
        let mut d = d.borrow_mut();
        d.state += 1;
        d.items.remove(i)
    });
    drop(old);
    Ok(Value::None)
}

fn new_cursor(it: &mut Interp, o: &ObjRef, reverse: bool) -> Value {
    let cls = if reverse { it.collections.deque.reviter.clone() } else { it.collections.deque.iter.clone() };
    let (Some(cls), Some(c)) = (cls, DequeCursor::new(o, reverse)) else { return Value::None };
    Value::Obj(it.heap.alloc(Some(cls), None, Payload::Iter(RefCell::new(IterState::Deque(Box::new(c))))))
}

fn dq_iter(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "__iter__", 0)?;
    Ok(new_cursor(it, &o, false))
}

fn dq_reversed(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "__reversed__", 0)?;
    Ok(new_cursor(it, &o, true))
}

/// `deque([1, 2])`, `deque([1, 2], maxlen=3)`; a subclass shows its own name, a deque inside
/// itself `[...]`.
fn dq_repr(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "__repr__", 0)?;
    if it.repr_stack.contains(&o.id) {
        return Ok(Value::str("[...]"));
    }
    it.repr_enter(o.id)?;
    let r = list_of(it, &o).and_then(|l| it.repr(&l));
    it.repr_leave();
    let inner = r?;
    let name = it.short_class_name(&o.class());
    Ok(Value::str(&match data(&o).and_then(|d| d.borrow().maxlen) {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    }))
}

/// `PySequence_List(d)`: through `iter(d)`, which a subclass may override.
fn list_of(it: &mut Interp, o: &ObjRef) -> PyResult<Value> {
    let items = it.collect(&Value::Obj(o.clone()))?;
    Ok(it.list(items))
}

// ---- comparison ----

/// `deque_richcompare`: the first items that differ decide, else the lengths.
fn compare(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, op: CmpOp, name: &str) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, name, 1)?;
    let Value::Obj(w) = &rest[0] else { return Ok(it.not_implemented()) };
    if !matches!(w.payload, Payload::Deque(_)) {
        return Ok(it.not_implemented());
    }
    let (vs, ws) = (len_of(&o), len_of(w));
    let identical = Rc::ptr_eq(&o, w);
    match op {
        CmpOp::Eq if identical => return Ok(Value::Bool(true)),
        CmpOp::Eq if vs != ws => return Ok(Value::Bool(false)),
        CmpOp::NotEq if identical => return Ok(Value::Bool(false)),
        CmpOp::NotEq if vs != ws => return Ok(Value::Bool(true)),
        _ => {}
    }
    // Through `iter()` of each, which a subclass may override.
    let a = it.iter(&Value::Obj(o.clone()))?;
    let b = it.iter(&rest[0])?;
    let (x, y) = loop {
        let x = it.next(&a)?;
        let y = it.next(&b)?;
        let (Some(xv), Some(yv)) = (&x, &y) else { break (x.is_some(), y.is_some()) };
        if !same(it, xv, yv)? {
            let r = it.compare(op, xv, yv)?;
            return Ok(Value::Bool(it.truthy(&r)?));
        }
    };
    Ok(Value::Bool(match op {
        CmpOp::Lt => y,
        CmpOp::LtE => !x,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Gt => x,
        _ => !y,
    }))
}

fn dq_lt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::Lt, "__lt__")
}
fn dq_le(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::LtE, "__le__")
}
fn dq_eq(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::Eq, "__eq__")
}
fn dq_ne(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::NotEq, "__ne__")
}
fn dq_gt(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::Gt, "__gt__")
}
fn dq_ge(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    compare(it, args, kwargs, CmpOp::GtE, "__ge__")
}

// ---- copying, concatenation, repetition ----

/// `copy()`: a deque of the same class and `maxlen`; a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`, so its `__init__` runs.
fn copy_of(it: &mut Interp, o: &ObjRef) -> PyResult<ObjRef> {
    let cls = o.class();
    let maxlen = data(o).and_then(|d| d.borrow().maxlen);
    let exact = it.collections.deque.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &cls));
    if exact {
        let d = DequeData { items: data(o).map(|d| d.borrow().items.clone()).unwrap_or_default(), maxlen, state: 0 };
        return Ok(it.alloc_instance(&cls, Payload::Deque(RefCell::new(d))));
    }
    let mut call_args = vec![Value::Obj(o.clone())];
    if let Some(m) = maxlen {
        call_args.push(Value::int(m as i64));
    }
    let r = it.call(&Value::Obj(cls.clone()), call_args, vec![])?;
    match r {
        Value::Obj(d) if matches!(d.payload, Payload::Deque(_)) => Ok(d),
        other => {
            let (a, b) = (it.class_name(&cls), it.type_name(&other));
            it.type_error(format!("{a}() must return a deque, not {b}"))
        }
    }
}

fn dq_copy(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, _) = recv(it, args, &kwargs, "copy", 0)?;
    copy_of(it, &o).map(Value::Obj)
}

/// Whether `other`'s type has the reflected method `name` written in Python: CPython tries
/// it before a sequence's own concatenation or repetition (a builtin type's cannot answer).
fn has_reflected(it: &mut Interp, other: &Value, name: &str) -> bool {
    let t = it.type_of(other);
    it.lookup_special(&t, name)
        .is_some_and(|m| !matches!(&m, Value::Obj(f) if matches!(f.payload, Payload::Builtin(_))))
}

/// `d + other`: a copy of `d` extended by another deque.
fn dq_add(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "__add__", 1)?;
    let other = &rest[0];
    if !is_deque(other) {
        if has_reflected(it, other, "__radd__") {
            return Ok(it.not_implemented());
        }
        let tn = it.type_name(other);
        return it.type_error(format!("can only concatenate deque (not \"{tn}\") to deque"));
    }
    let new = copy_of(it, &o)?;
    extend(it, &new, other, false)?;
    Ok(Value::Obj(new))
}

fn dq_iadd(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let (o, rest) = recv(it, args, &kwargs, "__iadd__", 1)?;
    extend(it, &o, &rest[0], false)?;
    Ok(Value::Obj(o))
}

/// The count of a repetition, or `None` when `n` is no integer.
fn repeat_count(it: &mut Interp, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i, _) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => Ok(Some(i64::MIN)),
        Value::BigInt(_) => it.err("OverflowError", "cannot fit 'int' into an index-sized integer"),
        Value::Obj(x) => {
            let t = x.class();
            if it.lookup_special(&t, "__index__").is_some() || matches!(x.payload, Payload::Boxed(Value::Int(..))) {
                return it.index_arg(n).map(Some);
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// `deque_inplace_repeat`.
fn repeat_in_place(it: &mut Interp, o: &ObjRef, n: i64) -> PyResult<()> {
    let size = len_of(o);
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        clear(o);
        return Ok(());
    }
    let maxlen = data(o).and_then(|d| d.borrow().maxlen);
    let mut n = n as u128;
    if let Some(m) = maxlen {
        if n * size as u128 > m as u128 {
            n = (m as u128).div_ceil(size as u128);
        }
    }
    if n * size as u128 > super::numbers::MAX_ITEMS as u128 {
        return it.err("MemoryError", "");
    }
    if size == 1 {
        // The common case, one item repeated: no iteration.
        let Some(item) = item_at(o, 0) else { return Ok(()) };
        if let Some(d) = data(o) {
            let mut d = d.borrow_mut();
            d.state += 1;
            for _ in 1..n {
                d.items.push_back(item.clone());
            }
        }
        return Ok(());
    }
    let seq = list_of(it, o)?;
    for _ in 1..n {
        extend(it, o, &seq, false)?;
    }
    Ok(())
}

/// `d * n`, `n * d` (`reflected`) and `d *= n`.
fn repeat(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, in_place: bool) -> PyResult<Value> {
    let reflected = name == "__rmul__";
    let (o, rest) = recv(it, args, &kwargs, name, 1)?;
    let other = &rest[0];
    let Some(n) = repeat_count(it, other)? else {
        if !in_place && !reflected && has_reflected(it, other, "__rmul__") {
            return Ok(it.not_implemented());
        }
        // `seq * d`: CPython repeats the left sequence, and the deque is its bad count.
        let left_is_sequence = matches!(other, Value::Str(_))
            || matches!(other, Value::Obj(x) if matches!(x.payload, Payload::List(_) | Payload::Tuple(_)));
        let tn = if reflected && left_is_sequence { it.type_name(&Value::Obj(o)) } else { it.type_name(other) };
        return it.type_error(format!("can't multiply sequence by non-int of type '{tn}'"));
    };
    let target = if in_place { o } else { copy_of(it, &o)? };
    repeat_in_place(it, &target, n)?;
    Ok(Value::Obj(target))
}

fn dq_mul(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    repeat(it, args, kwargs, "__mul__", false)
}

fn dq_rmul(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    repeat(it, args, kwargs, "__rmul__", false)
}

fn dq_imul(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    repeat(it, args, kwargs, "__imul__", true)
}

// ---- the iterators ----

fn cursor_of(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Iter(s) if matches!(&*s.borrow(), IterState::Deque(_))))
}

fn iter_self(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(v) if cursor_of(v) => Ok(v.clone()),
        _ => it.type_error("descriptor '__iter__' requires a '_collections._deque_iterator' object"),
    }
}

fn iter_next(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first().filter(|v| cursor_of(v)).cloned() else {
        return it.type_error("descriptor '__next__' requires a '_collections._deque_iterator' object");
    };
    match it.next_own(&v)? {
        Some(x) => Ok(x),
        None => it.stop_iteration(None),
    }
}

fn iter_length_hint(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Iter(s) => match &*s.borrow() {
                IterState::Deque(c) => c.remaining(),
                _ => 0,
            },
            _ => 0,
        },
        _ => 0,
    };
    let _ = it;
    Ok(Value::int(n as i64))
}
