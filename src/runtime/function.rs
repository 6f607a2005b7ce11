//! Function objects, their compiled scope layout (`Code`) and call frames.

use super::interp::Interp;
use super::refcell::RefCell;
use super::value::{ObjRef, Value};
use super::PyResult;
use crate::syntax::ast::{ClassDef, Comprehension, FunctionDef, Lambda, Name, Parameters, ScopeInfo, Stmt};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// The implicit `__class__` cell shared by the methods of one class (for `super()`).
pub type ClassCell = Rc<RefCell<Option<ObjRef>>>;

pub enum CodeBody {
    Def(Rc<FunctionDef>),
    Lambda(Rc<Lambda>),
    /// Comprehensions run as functions of their own, as in CPython 3.11.
    Comp(Rc<Comprehension>, &'static str),
    /// A class body, as the function `__build_class__` is handed (CPython's class-body code).
    Class(Rc<ClassDef>),
}

/// What the runtime derives once per `def`: where each local lives.
pub struct Code {
    pub body: CodeBody,
    pub name: Name,
    pub qualname: Rc<str>,
    pub slot_of: FxHashMap<Name, usize>,
    /// The same map keyed by the interned name's address (a fast first try).
    pub slot_by_ptr: FxHashMap<usize, usize>,
    pub nslots: usize,
    pub globals: FxHashSet<Name>,
    pub is_generator: bool,
    /// Offset of the first line (decorators included), for tracebacks and trace events.
    pub first_offset: u32,
    /// The generator body for generator expressions, built once.
    pub synthetic_body: Option<Vec<Stmt>>,
    /// The enclosing class name for private-name mangling.
    pub private: Option<Rc<str>>,
    /// The source unit the code is from (`FrameInfo::unit`).
    pub unit: u32,
    /// The slots no nested scope reads (not cells): they die when the call returns, even
    /// if a closure keeps the frame.
    pub plain_slots: Vec<usize>,
    /// The cells this code's free variables are, from its closure frame: (frames up the
    /// `parent` chain, slot). Found at the first closure made from it.
    pub closure_path: std::cell::OnceCell<Box<[(u32, u32)]>>,
}

impl Code {
    pub fn new(body: CodeBody, name: Name, qualname: Rc<str>, scope: &ScopeInfo, first_offset: u32) -> Code {
        let mut slot_of = FxHashMap::default();
        for n in &scope.locals {
            let len = slot_of.len();
            slot_of.entry(n.clone()).or_insert(len);
        }
        let nslots = slot_of.len();
        let slot_by_ptr = slot_of.iter().map(|(k, v)| (name_key(k), *v)).collect();
        let mut plain_slots: Vec<usize> =
            slot_of.iter().filter(|(n, _)| !scope.cells.contains(n)).map(|(_, &i)| i).collect();
        plain_slots.sort_unstable();
        Code {
            body,
            name,
            qualname,
            slot_of,
            slot_by_ptr,
            nslots,
            globals: scope.globals.iter().cloned().collect(),
            is_generator: scope.is_generator,
            first_offset,
            synthetic_body: None,
            private: None,
            unit: 0,
            plain_slots,
            closure_path: std::cell::OnceCell::new(),
        }
    }

    /// The names this code reads from enclosing scopes (and globals).
    fn free_names(&self) -> &[Name] {
        match &self.body {
            CodeBody::Def(d) => &d.scope.free,
            CodeBody::Lambda(l) => &l.scope.free,
            CodeBody::Comp(c, _) => &c.scope.free,
            CodeBody::Class(_) => &[],
        }
    }

    /// `closure_path`, found from `closure` the first time.
    pub fn closure_path(&self, closure: &Frame) -> &[(u32, u32)] {
        self.closure_path.get_or_init(|| {
            let mut path = Vec::new();
            for name in self.free_names() {
                let (mut frame, mut depth) = (Some(closure), 0u32);
                while let Some(f) = frame {
                    if let Some(&i) = f.code.slot_of.get(name) {
                        if f.code.plain_slots.binary_search(&i).is_err() {
                            path.push((depth, i as u32));
                        }
                        break;
                    }
                    frame = f.parent.as_deref();
                    depth += 1;
                }
            }
            path.into_boxed_slice()
        })
    }

    pub fn params(&self) -> Option<&Parameters> {
        match &self.body {
            CodeBody::Def(d) => Some(&d.params),
            CodeBody::Lambda(l) => Some(&l.params),
            CodeBody::Comp(..) | CodeBody::Class(_) => None,
        }
    }
}

/// A function activation. Frames are shared (`Rc`) because closures keep their enclosing
/// frame alive and read its variables late, which is exactly Python's cell semantics.
pub struct Frame {
    pub code: Rc<Code>,
    pub slots: RefCell<Vec<Option<Value>>>,
    pub parent: Option<Rc<Frame>>,
    pub globals: ObjRef,
    pub class_cell: Option<ClassCell>,
    /// The dict `locals()` returns, made at its first call and refreshed at each (CPython's
    /// `f_locals`): names it holds that are no local (an `exec`'s) stay in it.
    pub locals: RefCell<Option<ObjRef>>,
    /// How many traceback entries keep this frame (`TbFrame`).
    pub tb_holders: std::cell::Cell<u32>,
    /// The call returned (or the generator finished): from then on the frame's locals live
    /// only as long as a traceback holds the frame.
    pub returned: std::cell::Cell<bool>,
    /// The caller's frame, held once this frame outlived its call while held (CPython's
    /// `f_back`, linked when the frame object takes the frame over).
    pub back: RefCell<Option<TbFrame>>,
    /// How many closures (functions, and generators' frames) read each cell slot: CPython's
    /// cell dies with the last of them once the frame has gone (`adjust_cell_refs`).
    pub cell_refs: RefCell<Vec<u32>>,
    /// This generator frame counts among `parent`'s cells' readers.
    pub reads_cells: std::cell::Cell<bool>,
    /// The object number when the call began: CPython makes the frame's cells then, which
    /// places them in its list of tracked objects (`gc_list`).
    pub made: u64,
}

impl Frame {
    /// A returned frame's cell that nothing reads any more dies, as CPython's cell object.
    fn release_cell(&self, slot: usize) {
        if self.returned.get() && self.tb_holders.get() == 0 {
            let old = self.slots.borrow_mut().get_mut(slot).and_then(Option::take);
            drop(old);
        }
    }

    /// Cell `slot` gained (`delta` 1) or lost (-1) a reader: a closure, or a cell object
    /// `__closure__` handed out; with its last reader gone after the call, it dies.
    pub fn adjust_cell_readers(&self, slot: usize, delta: i32) {
        let unread = {
            let Ok(mut refs) = self.cell_refs.try_borrow_mut() else { return };
            if refs.len() <= slot {
                refs.resize(self.code.nslots.max(slot + 1), 0);
            }
            refs[slot] = refs[slot].saturating_add_signed(delta);
            refs[slot] == 0
        };
        if unread && delta < 0 {
            self.release_cell(slot);
        }
    }

    /// Whether cell `slot` has no reader.
    pub fn cell_unread(&self, slot: usize) -> bool {
        self.cell_refs.borrow().get(slot).copied().unwrap_or(0) == 0
    }
}

/// A closure of `code` over `closure` was made (`delta` 1) or died (-1): the cells it reads
/// count one reader more or less.
pub fn adjust_cell_refs(code: &Code, closure: &Frame, delta: i32) {
    for &(depth, slot) in code.closure_path(closure) {
        let mut frame = Some(closure);
        for _ in 0..depth {
            frame = frame.and_then(|f| f.parent.as_deref());
        }
        if let Some(f) = frame {
            f.adjust_cell_readers(slot as usize, delta);
        }
    }
}

/// A function object dies: its defaults and `__dict__` go, then its closure's cells lose a
/// reader (the order of CPython's `func_clear`).
pub fn function_dies(fd: &mut FunctionData, dict: Option<ObjRef>) {
    let defaults = std::mem::take(fd.defaults.get_mut());
    let kwdefaults = std::mem::take(fd.kwdefaults.get_mut());
    drop((defaults, kwdefaults, dict));
    if let Some(closure) = &fd.closure {
        adjust_cell_refs(&fd.code, closure, -1);
    }
}

/// A traceback's hold on a frame that an exception was raised in or passed through (CPython's
/// `tb_frame`): the frame keeps all its locals while an exception's traceback lives, even
/// after the call returned. When the last traceback lets go of a returned frame, a frame that
/// a closure still keeps keeps only its cells.
pub struct TbFrame(Rc<Frame>);

impl TbFrame {
    pub fn new(frame: Rc<Frame>) -> TbFrame {
        frame.tb_holders.set(frame.tb_holders.get() + 1);
        TbFrame(frame)
    }
}

impl Clone for TbFrame {
    fn clone(&self) -> TbFrame {
        TbFrame::new(self.0.clone())
    }
}

impl TbFrame {
    /// The frame held (for the collector, `runtime::gc`).
    pub(super) fn frame(&self) -> &Rc<Frame> {
        &self.0
    }
}

impl Drop for TbFrame {
    fn drop(&mut self) {
        let n = self.0.tb_holders.get().saturating_sub(1);
        self.0.tb_holders.set(n);
        if n > 0 || !self.0.returned.get() {
            return;
        }
        // CPython's frame object dies: its locals first (all of them, unless a closure still
        // keeps the frame for its cells), then its hold on the caller's frame.
        if Rc::strong_count(&self.0) > 1 {
            super::call::release_plain_locals(&self.0);
        } else {
            let slots = std::mem::take(&mut *self.0.slots.borrow_mut());
            drop(slots);
        }
        let back = self.0.back.borrow_mut().take();
        if let Some(back) = back {
            drop_back(back);
        }
    }
}

thread_local! {
    /// Callers' frames let go of while another one is being let go of: a long `f_back` chain
    /// (deep recursion) is released in a loop, not by nested drops.
    static RELEASING: RefCell<Option<Vec<TbFrame>>> = const { RefCell::new(None) };
}

fn drop_back(back: TbFrame) {
    let outermost = RELEASING.with(|r| match r.try_borrow_mut() {
        Ok(mut r) => match r.as_mut() {
            Some(queue) => {
                queue.push(back);
                None
            }
            None => {
                *r = Some(Vec::new());
                Some(back)
            }
        },
        Err(_) => Some(back),
    });
    let Some(first) = outermost else { return };
    drop(first);
    while let Some(next) = RELEASING.with(|r| r.borrow_mut().as_mut().and_then(Vec::pop)) {
        drop(next);
    }
    RELEASING.with(|r| *r.borrow_mut() = None);
}

pub struct FunctionData {
    pub code: Rc<Code>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Vec<(Name, Value)>>,
    pub globals: ObjRef,
    pub closure: Option<Rc<Frame>>,
    pub class_cell: Option<ClassCell>,
    /// `__doc__` and `__module__` are plain members: any value can be stored in them, and
    /// `functools.wraps` does.
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
}

/// Where a `def` or `class` starts for tracebacks and the trace: the line before its first
/// decorator's expression (the `@`), or the statement itself.
pub fn decorated_start(decorators: &[crate::syntax::ast::Expr], start: u32) -> u32 {
    decorators.first().map(|d| d.range.start.saturating_sub(1)).unwrap_or(start)
}

pub type Kwargs = Vec<(Rc<str>, Value)>;
pub type NativeFn = fn(&mut Interp, Vec<Value>, Kwargs) -> PyResult<Value>;

/// `args[i]` where the builtin's `Sig` or its own arity check has already made `i` valid: the
/// same check as indexing, but one shared failure instead of a panic location per site
/// (~300 of them, 16 bytes of wasm data each plus the call's arguments).
#[inline(always)]
pub fn arg(args: &[Value], i: usize) -> &Value {
    match args.get(i) {
        Some(v) => v,
        None => missing_arg(),
    }
}

#[cold]
#[inline(never)]
fn missing_arg() -> ! {
    panic!("a builtin read an argument its signature check did not ensure")
}

/// How a builtin callable behaves as a class attribute.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A plain function (`len`): never binds.
    Function,
    /// A method descriptor (`list.append`): binds to instances like a Python function.
    Method,
    /// `object.__new__`-like static methods: never bind.
    Static,
    /// Binds to the class (`dict.fromkeys`, `object.__init_subclass__`).
    ClassMethod,
}

impl BuiltinKind {
    /// Whether its first argument is the receiver (an instance, or the class of a classmethod).
    #[inline]
    pub fn has_receiver(self) -> bool {
        matches!(self, BuiltinKind::Method | BuiltinKind::ClassMethod)
    }
}

/// `__add__`, `__init__`: a name CPython gives a slot wrapper (a `slotdefs` entry in
/// `Objects/typeobject.c`) rather than a plain method (`<method '__dir__' of 'object' objects>`).
/// Not modelled: the few methods C types define beside their slot (`list.__getitem__`,
/// `dict.__contains__`), which are plain methods in CPython.
pub fn is_dunder(name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__getattribute__",
        "__getattr__",
        "__setattr__",
        "__delattr__",
        "__repr__",
        "__hash__",
        "__call__",
        "__str__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
        "__iter__",
        "__next__",
        "__get__",
        "__set__",
        "__delete__",
        "__init__",
        "__new__",
        "__del__",
        "__await__",
        "__aiter__",
        "__anext__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__invert__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__xor__",
        "__rxor__",
        "__or__",
        "__ror__",
        "__int__",
        "__float__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ixor__",
        "__ior__",
        "__floordiv__",
        "__rfloordiv__",
        "__truediv__",
        "__rtruediv__",
        "__ifloordiv__",
        "__itruediv__",
        "__index__",
        "__matmul__",
        "__rmatmul__",
        "__imatmul__",
        "__len__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
    ];
    SLOTS.contains(&name)
}

/// How a builtin's C function is declared in CPython, which decides its argument-count and
/// keyword errors. Counts leave out the receiver of a method or classmethod.
#[derive(Clone, Copy, Debug)]
pub enum Sig {
    /// Takes keywords; `func` checks everything itself.
    Any,
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "list.append() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic positional-only parameters (`_PyArg_CheckPositional`, also
    /// `PyArg_UnpackTuple`): "replace expected at least 2 arguments, got 1".
    Clinic(u8, u8),
    /// `METH_VARARGS` parsed by `PyArg_ParseTuple`: "count() takes at least 1 argument (0 given)";
    /// `u8::MAX` is no upper bound (`set.union(*others)`).
    Varargs(u8, u8),
    /// Argument Clinic with keyword parameters (`_PyArg_UnpackKeywords`).
    Keywords(&'static KwSpec),
    /// A slot wrapper (`int.__add__`, `object.__repr__`): `check_num_args`'s "expected 1
    /// argument, got 0", or, where the wrapper unpacks its tuple (`__setitem__`, `__pow__`),
    /// `PyArg_UnpackTuple`'s with an empty name: " expected 2 arguments, got 1".
    Slot { lo: u8, hi: u8, unpack: bool },
}

/// How CPython declares a builtin type's method that metalab registers without a convention:
/// the dunders it implements as slots (`slotdefs` in `Objects/typeobject.c`) by their
/// wrapper's argument count, and the few dunders and `type` methods that are plain methods
/// (`list` and `dict` define `__getitem__`, and `dict`, `set` and `frozenset` `__contains__`,
/// as `METH_O` methods). `None`: the method checks its own (`__init__`, `__call__`, `__new__`).
pub fn builtin_method_sig(owner: &str, name: &str) -> Option<Sig> {
    let count = |n: u8| Some(Sig::Slot { lo: n, hi: n, unpack: false });
    match name {
        "__getitem__" if matches!(owner, "list" | "dict") => Some(Sig::One),
        "__contains__" if matches!(owner, "dict" | "set" | "frozenset") => Some(Sig::One),
        "__format__" => Some(Sig::One),
        "__sizeof__" | "__dir__" | "mro" | "__subclasses__" => Some(Sig::NoArgs),
        "__round__" => Some(Sig::Clinic(0, 1)),
        "__repr__" | "__str__" | "__hash__" | "__iter__" | "__next__" | "__len__" | "__bool__" | "__neg__"
        | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__" | "__index__" | "__del__" => count(0),
        "__lt__" | "__le__" | "__eq__" | "__ne__" | "__gt__" | "__ge__" | "__getitem__" | "__contains__"
        | "__getattribute__" | "__getattr__" | "__delattr__" | "__delitem__" | "__delete__" => count(1),
        "__setitem__" | "__setattr__" | "__set__" => Some(Sig::Slot { lo: 2, hi: 2, unpack: true }),
        "__pow__" | "__rpow__" | "__get__" => Some(Sig::Slot { lo: 1, hi: 2, unpack: true }),
        _ => {
            let op = name.strip_prefix("__")?.strip_suffix("__")?;
            let op = op.strip_prefix('r').or_else(|| op.strip_prefix('i')).filter(|o| BINARY.contains(o)).unwrap_or(op);
            BINARY.contains(&op).then_some(Sig::Slot { lo: 1, hi: 1, unpack: false })
        }
    }
}

/// The binary operators' slot names (also `__r…__` and `__i…__`, and `__ipow__`).
const BINARY: [&str; 14] = [
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "xor", "or",
    "pow",
];

/// The parameters of a builtin taking keywords: `names[..posonly]` are positional-only (their
/// names unused), the first `minpos` are required, at most `maxpos` come by position.
#[derive(Debug)]
pub struct KwSpec {
    pub names: &'static [&'static str],
    pub posonly: u8,
    pub minpos: u8,
    pub maxpos: u8,
}

pub struct BuiltinFn {
    pub name: Rc<str>,
    /// `list.append`, `object.__new__`; the trace shows this.
    pub qualname: Rc<str>,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// How CPython declares it, which decides its argument checks and their wording; checked
    /// before `func` runs.
    pub sig: Sig,
    /// The class a method descriptor belongs to, whose instances it takes as `self` (weak: the
    /// class's dict holds the method).
    pub owner: Option<std::rc::Weak<super::value::Obj>>,
}

/// The address of an interned identifier.
#[inline]
pub fn name_key(n: &Name) -> usize {
    Rc::as_ptr(n) as *const u8 as usize
}

impl Code {
    /// The frame's local names in slot order (parameters first, as CPython numbers them).
    pub fn local_names(&self) -> Vec<Name> {
        let mut names: Vec<(usize, Name)> = self.slot_of.iter().map(|(k, v)| (*v, k.clone())).collect();
        names.sort();
        names.into_iter().map(|(_, k)| k).collect()
    }
    /// The slot of a local name: by address first, then by text (names not from the lexer).
    #[inline]
    pub fn slot(&self, n: &Name) -> Option<usize> {
        match self.slot_by_ptr.get(&name_key(n)) {
            Some(&s) => Some(s),
            None => self.slot_of.get(n).copied(),
        }
    }
}
