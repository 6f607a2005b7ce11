//! Values and heap objects.
//!
//! Small immutable values (None, bool, int, float, str) live inline in `Value`; everything
//! with identity is an `Obj` behind an `Rc`. Every `Obj` gets a run-unique number at birth: it
//! is `id()`, and the trace uses it so a learner sees that a cached singleton is one object.
//! See docs/heap.md for why reference counting was chosen.

use super::dict::DictData;
use super::function::{BuiltinFn, FunctionData};
use super::refcell::RefCell;
use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;

pub type ObjRef = Rc<Obj>;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits in i64, and which int object it is (`NumId`).
    Int(i64, NumId),
    BigInt(Rc<BigInt>),
    Float(f64, NumId),
    Str(Rc<str>),
    Obj(ObjRef),
}

// The layout the wasm's size depends on (see `NumId`): a `Value` in 16 bytes, and a `PyResult<Value>` no bigger.
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<Value>() == 16 && std::mem::size_of::<super::PyResult<Value>>() == 16);

/// Which int or float object a number is, for `is` and `id()`: in CPython every int and float
/// is an object, and a learner checks with `is` which ones are shared (the small-int cache,
/// merged constants). Numbers stay inline in `Value` (no allocation per arithmetic result);
/// the id is a number handed out from a per-thread counter when a value is computed, so copies
/// of one value share it and two computations of an equal value do not.
///
/// On 32-bit targets (wasm) seven bytes, not a `u64`: beside the one-byte tag they fill the
/// word before the number, so a `Value` takes 16 bytes instead of 24 (it is copied and moved
/// everywhere: the 24-byte layout cost the wasm 21 KB gzipped). 2^56 ids do not run out. On
/// 64-bit targets a `Value` is 24 bytes anyway (`Rc<str>`), and a `u64` is cheaper to handle.
#[cfg(target_pointer_width = "32")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumId([u8; 7]);
#[cfg(not(target_pointer_width = "32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumId(u64);

thread_local! {
    static NEXT_NUM_ID: Cell<u64> = const { Cell::new(NumId::FIRST_FRESH) };
}

impl NumId {
    /// An int from -5 to 256: CPython keeps one object per value, whatever made it.
    pub const CACHED: NumId = NumId::from_u64(0);
    /// A constant of the module: the compiler merges equal constants (after folding `999 + 1`
    /// and `-1000`), so all of them with one value are one object.
    pub const CONST: NumId = NumId::from_u64(1);
    const FIRST_FRESH: u64 = 2;

    #[cfg(target_pointer_width = "32")]
    const fn from_u64(n: u64) -> NumId {
        let b = n.to_le_bytes();
        NumId([b[0], b[1], b[2], b[3], b[4], b[5], b[6]])
    }
    #[cfg(not(target_pointer_width = "32"))]
    const fn from_u64(n: u64) -> NumId {
        NumId(n)
    }

    /// A number computed while the program runs: a new object.
    #[inline(never)]
    pub fn fresh() -> NumId {
        NEXT_NUM_ID.with(|c| {
            let n = c.get();
            c.set(n + 1);
            NumId::from_u64(n)
        })
    }

    /// Starts the numbering again (a new run: the same program gives the same `id()`s).
    pub fn reset() {
        NEXT_NUM_ID.with(|c| c.set(NumId::FIRST_FRESH));
    }

    #[cfg(target_pointer_width = "32")]
    pub fn get(self) -> u64 {
        let mut b = [0; 8];
        b[..7].copy_from_slice(&self.0);
        u64::from_le_bytes(b)
    }
    #[cfg(not(target_pointer_width = "32"))]
    pub fn get(self) -> u64 {
        self.0
    }
}

/// CPython's small-int cache (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`).
pub fn is_cached_int(i: i64) -> bool {
    (-5..=256).contains(&i)
}

thread_local! {
    /// The addresses of the running module's one-character string constants.
    static CHAR_CONSTANTS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Registers the module's one-character string constants.
pub fn set_char_constants(constants: &[Rc<str>]) {
    CHAR_CONSTANTS.with(|c| *c.borrow_mut() = constants.iter().map(|s| Rc::as_ptr(s) as *const u8 as usize).collect());
}

/// A string that is CPython's shared object for its value: the empty string, or a
/// one-character latin-1 string the program computed (not a constant of the module).
pub fn is_shared_str(s: &Rc<str>) -> bool {
    s.is_empty()
        || (is_cached_str(s) && !CHAR_CONSTANTS.with(|c| c.borrow().contains(&(Rc::as_ptr(s) as *const u8 as usize))))
}

/// CPython keeps one object for the empty string and for each one-character latin-1 string.
pub fn is_cached_str(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some(c), None) => (c as u32) < 256,
        _ => false,
    }
}

pub struct Obj {
    pub id: u64,
    /// `type(obj)`; a cell because `__class__` can be assigned.
    pub class: RefCell<Option<ObjRef>>,
    /// The instance `__dict__` (a dict object), absent for objects with `__slots__` or builtins.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
    /// The `__slots__` values of an instance of a builtin type's subclass (`class D(dict):
    /// __slots__ = ("a",)`), whose payload is the builtin's; plain instances use
    /// `Payload::Slots`.
    pub extra_slots: Option<Box<SlotCells>>,
}

pub type SlotCells = RefCell<Vec<Option<Value>>>;

impl Drop for Obj {
    fn drop(&mut self) {
        // CPython frees a list's or tuple's items last to first.
        match &mut self.payload {
            Payload::List(items) => {
                let items = items.get_mut();
                while items.pop().is_some() {}
            }
            Payload::Tuple(items) => while items.pop().is_some() {},
            _ => {}
        }
        if !super::finalize::on_drop(self) {
            super::weakref::on_drop(self.id);
        }
        if let Payload::Function(fd) = &mut self.payload {
            super::function::function_dies(fd, self.dict.take());
        }
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj #{}>", self.id)
    }
}

/// What an object holds besides its class and `__dict__`.
pub enum Payload {
    /// A plain instance of a user class (state lives in `__dict__` or slots).
    Instance,
    Class(Box<ClassData>),
    Dict(RefCell<DictData>),
    List(RefCell<Vec<Value>>),
    Tuple(Vec<Value>),
    /// `int | str` (`types.UnionType`: its arguments) or `list[int]` (`types.GenericAlias`: the
    /// origin and the arguments tuple). Not a `Tuple`, so no tuple operation accepts one.
    TypeForm(Vec<Value>),
    /// Sets store keys in a dict with `None` values: one hashing implementation.
    Set(RefCell<DictData>),
    FrozenSet(DictData),
    Function(Box<FunctionData>),
    Builtin(BuiltinFn),
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        /// Set by `__set_name__` when a class body defines it (CPython's `prop_name`); the
        /// "has no setter" messages use it.
        name: RefCell<Option<Rc<str>>>,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(this_class, obj)`; `obj_type` is None for an unbound `super(this_class)` (whose
    /// `obj` is None).
    Super {
        this_class: ObjRef,
        obj: Value,
        obj_type: Option<ObjRef>,
    },
    Exception(Box<ExcData>),
    /// i128 so that `range(10**20)` works as in CPython.
    Range {
        start: i128,
        stop: i128,
        step: i128,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Iter(RefCell<IterState>),
    Generator(RefCell<super::generator::GenState>),
    Module {
        name: Rc<str>,
    },
    /// Slot storage for `__slots__` classes (one entry per slot name, in class order).
    Slots(RefCell<Vec<Option<Value>>>),
    /// Instances of user subclasses of int/float/str keep their builtin value here.
    Boxed(Value),
    /// A `__slots__` member descriptor: index into `Payload::Slots`.
    SlotMember {
        name: Rc<str>,
        index: usize,
        owner: String,
    },
    /// The `__dict__` or `__weakref__` getset a class gets when its instances gain a dict or
    /// weak references (`<attribute '__dict__' of 'A' objects>`).
    GetSet {
        name: &'static str,
        owner: Rc<str>,
    },
    NotImplemented,
    Ellipsis,
    /// An abstract base class's `_abc_impl` (`runtime::abc`).
    Abc(RefCell<super::abc::AbcData>),
    /// An `operator.itemgetter`, `attrgetter` or `methodcaller` (`runtime::operator_getters`).
    OpGetter(Box<super::operator_getters::Getter>),
    /// A `functools.partial` object.
    Partial(Box<super::functools::PartialData>),
    /// A `threading.Lock` or `RLock` (`runtime::threading`).
    Lock(std::cell::Cell<super::threading::LockState>),
    /// A `weakref.ref` (`runtime::weakref`).
    WeakRef(Box<super::weakref::WeakRefData>),
    /// A `WeakValueDictionary`, `WeakKeyDictionary` or `WeakSet` (`runtime::weak_collections`).
    WeakColl(Box<super::weak_collections::WeakColl>),
    /// A namedtuple field's accessor, CPython's `_collections._tuplegetter`
    /// (`runtime::namedtuple`): item `index` of the tuple, with a replaceable `__doc__`.
    TupleGetter {
        index: usize,
        doc: RefCell<Value>,
    },
    /// A `collections.deque` (`runtime::deque`).
    Deque(RefCell<super::deque::DequeData>),
    /// A `traceback` object (`runtime::traceback_objects`).
    Traceback(Box<super::traceback_objects::TbObject>),
    /// A closure cell, `f.__closure__[i]` (`runtime::cells`).
    Cell(super::cells::CellRef),
    /// A `_random.Random`'s generator (`runtime::random_core`).
    Random(Box<RefCell<super::random_mt::Mt>>),
}

pub struct ClassData {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// Which builtin payload instances of this class carry.
    pub layout: Layout,
    /// True for classes created by the runtime (int, list, ...), false for user classes.
    pub builtin: bool,
    /// `__slots__` names declared along the MRO, when every class in it declares slots.
    pub slot_names: Vec<Rc<str>>,
    /// Instances get a `__dict__`.
    pub has_dict: bool,
    /// Which attribute hooks the class overrides (`attr::hooks`), with the cache epoch they
    /// were computed in: the hot paths ask this instead of searching the MRO each time.
    pub hooks: std::cell::Cell<(u64, u8)>,
    /// A class in the MRO defines `__del__`: instances are finalized when they die
    /// (`runtime::finalize`). Read while an object is being dropped, so it is a plain flag.
    pub has_del: std::cell::Cell<bool>,
    /// The dotted name CPython's C types carry in messages (`'functools.partial' object has no
    /// attribute 'x'`), for classes metalab writes natively; `__name__` stays the short one.
    pub tp_name: RefCell<Option<Rc<str>>>,
    /// A C type made natively that CPython does not let a class derive from (no
    /// `Py_TPFLAGS_BASETYPE`: `operator.itemgetter`, `itertools._tee`).
    pub final_type: std::cell::Cell<bool>,
    /// How the class was made, which places its hidden parts in the collector's list.
    pub gc_origin: std::cell::Cell<super::gc_list::GcOrigin>,
}

/// The C-level layout a class's instances share with a builtin base ("solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Function,
    Other,
}

pub struct ExcData {
    pub args: RefCell<Value>,
    /// Traceback entries, innermost first: (line, function name, frame serial).
    pub traceback: RefCell<Vec<super::interp::TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// "Did you mean" text CPython appends when printing a NameError/AttributeError.
    pub suggestion: RefCell<Option<Rc<str>>>,
    /// The members some builtin exceptions have beside `args` (`exc_members.rs`), set ones only.
    pub members: RefCell<Vec<(&'static str, Value)>>,
    /// The frame (serial) where `except*` made this group (the wrapping of a naked exception,
    /// the merged re-raise): CPython moves it on there without `raise`, so that frame adds no
    /// traceback line and no `__context__` (its `RERAISE`).
    pub reraised_in: Cell<Option<u64>>,
}

impl ExcData {
    pub fn new(args: Value) -> Self {
        ExcData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            suggestion: RefCell::new(None),
            members: RefCell::new(Vec::new()),
            reraised_in: Cell::new(None),
        }
    }
}

/// Iterators over builtin containers; the sequence is shared, the index is the state.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    /// Keys/values/items of a dict, by entry position (`rev`: from the last entry down, the
    /// position counting the entries still to look at).
    Dict {
        dict: ObjRef,
        pos: usize,
        kind: DictIterKind,
        len_at_start: usize,
        rev: bool,
    },
    /// A set's table walked slot by slot (`dict::set_table`), as CPython's set iterator does.
    Set {
        set: ObjRef,
        pos: usize,
        len_at_start: usize,
    },
    Str {
        s: Rc<str>,
        pos: usize,
    },
    /// `iter(obj)` over an object with only `__getitem__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// A precomputed list of values (used by e.g. `dict.items()` snapshots).
    Values {
        values: Vec<Value>,
        index: usize,
    },
    /// `Counter.elements()`, CPython's `chain.from_iterable(starmap(repeat, items))`: each
    /// element of the pairs `pairs` yields, `left` more times (`runtime::counter`).
    Elements {
        pairs: Value,
        elem: Value,
        left: i64,
    },
    /// A `collections.deque`'s iterator, forward or reversed (`runtime::deque`).
    Deque(Box<super::deque::DequeCursor>),
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The generators of the weak containers (`runtime::weak_collections`).
    Weak(Box<super::weak_collections::WeakIter>),
    /// `(e for s in sources for e in s)`: each source iterated in turn, `iter()` taken when
    /// it is reached (`WeakSet.union`).
    Chain {
        sources: Vec<Value>,
        next_source: usize,
        current: Option<Value>,
    },
    /// An `itertools` iterator (`runtime::itertools_state`).
    Tool(Box<super::itertools_state::Tool>),
    Exhausted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl Value {
    /// A computed int: a new object unless CPython's small-int cache has it.
    pub fn int(i: i64) -> Value {
        Value::Int(i, if is_cached_int(i) { NumId::CACHED } else { NumId::fresh() })
    }
    /// An int constant of the program (see `NumId::CONST`).
    pub fn int_const(i: i64) -> Value {
        Value::Int(i, if is_cached_int(i) { NumId::CACHED } else { NumId::CONST })
    }
    /// A computed float: always a new object (CPython caches no floats).
    pub fn float(f: f64) -> Value {
        Value::Float(f, NumId::fresh())
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a, x), Value::Int(b, y)) => a == b && (is_cached_int(*a) || x == y),
            (Value::Float(a, x), Value::Float(b, y)) => x == y && a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a == b && is_shared_str(a) && is_shared_str(b)),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => Value::int(v),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(i))),
        }
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
}

impl Obj {
    /// What the object's own namespace (`__dict__`) holds under `name`, without any lookup.
    pub fn own_attr(&self, name: &str) -> Option<Value> {
        self.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned())
    }

    pub fn class(&self) -> ObjRef {
        self.class.borrow().clone().expect("object without class")
    }
    pub fn class_data(&self) -> Option<&ClassData> {
        match &self.payload {
            Payload::Class(c) => Some(c),
            _ => None,
        }
    }
    pub fn is_class(&self) -> bool {
        matches!(self.payload, Payload::Class(_))
    }
    /// A class the program made (a `class` statement or `type(...)`), not a builtin one.
    pub fn is_user_class(&self) -> bool {
        self.class_data().is_some_and(|c| !c.builtin)
    }
    /// Where this object's `__slots__` values live, if it has any.
    pub fn slot_cells(&self) -> Option<&SlotCells> {
        match &self.payload {
            Payload::Slots(s) => Some(s),
            _ => self.extra_slots.as_deref(),
        }
    }
    pub fn dict_data(&self) -> Option<&RefCell<DictData>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

impl ClassData {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
    pub fn mro(&self) -> Vec<ObjRef> {
        self.mro.borrow().clone()
    }
}
