//! The abstract syntax tree of the Python subset metalab runs.
//!
//! Shaped after CPython's `ast` module so that readers who know Python's grammar recognise
//! every node. Every statement and expression carries its source `TextRange` so the runtime
//! can report CPython-style line numbers in tracebacks and in the trace.

use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;

/// Identifiers are shared strings: the runtime uses them as dict keys without copying.
pub type Name = Rc<str>;

/// A name's local slot in its function, filled in by the scope pass (CPython's compiler makes
/// the same decision: `LOAD_FAST` vs `LOAD_GLOBAL`), so the runtime skips the name lookup.
#[derive(Debug, Clone)]
pub struct SlotHint(Cell<u32>);

impl SlotHint {
    const NONE: u32 = u32::MAX;
    /// The function does not bind the name: it is a global, a builtin or a free variable.
    const NOT_LOCAL: u32 = u32::MAX - 1;

    pub fn get(&self) -> Option<usize> {
        let v = self.0.get();
        (v < Self::NOT_LOCAL).then_some(v as usize)
    }

    pub fn set(&self, slot: usize) {
        self.0.set(u32::try_from(slot).ok().filter(|s| *s < Self::NOT_LOCAL).unwrap_or(Self::NONE));
    }

    pub fn set_not_local(&self) {
        self.0.set(Self::NOT_LOCAL);
    }

    pub fn is_not_local(&self) -> bool {
        self.0.get() == Self::NOT_LOCAL
    }
}

/// What an attribute access (`obj.attr`) learned last time: the class (by object number) whose
/// MRO lacks the attribute, and the runtime's cache epoch then. For instance attributes this
/// lets the runtime skip the MRO search, as CPython's inline caches do.
/// For method calls (`obj.m(...)`) the runtime also keeps the method it found, in a table of
/// its own; `slot` is this site's entry there (0: none yet).
#[derive(Debug, Clone, Default)]
pub struct AttrSite {
    absent: Cell<(u64, u64)>,
    pub slot: Cell<u32>,
    /// Where the attribute's name starts when `obj` and `.attr` are on different lines (0
    /// when on one line): CPython 3.11 positions the load, store and method call there.
    pub name_start: u32,
}

impl AttrSite {
    pub fn at_name(name_start: u32) -> AttrSite {
        AttrSite { name_start, ..AttrSite::default() }
    }

    /// The source range CPython 3.11 gives the access `obj.attr` spanning `range`
    /// (`update_start_location_to_match_attr`): from the name when it is on a later line.
    #[inline]
    pub fn loc(&self, range: TextRange) -> TextRange {
        if self.name_start == 0 {
            range
        } else {
            TextRange::new(self.name_start, range.end)
        }
    }

    pub fn knows_absent(&self, class_id: u64, epoch: u64) -> bool {
        self.absent.get() == (class_id, epoch)
    }

    pub fn set_absent(&self, class_id: u64, epoch: u64) {
        self.absent.set((class_id, epoch));
    }
}

impl Default for SlotHint {
    fn default() -> Self {
        SlotHint(Cell::new(Self::NONE))
    }
}

/// Byte offsets `[start, end)` into the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: u32, end: u32) -> Self {
        TextRange { start, end }
    }
    pub fn cover(self, other: TextRange) -> Self {
        TextRange { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

#[derive(Debug, Clone)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Compile-time `SyntaxWarning`s, in source order: offset and message.
    pub warnings: Vec<(u32, String)>,
    /// The module's string constants, each once (CPython's code objects hold them).
    pub string_constants: Vec<Rc<str>>,
    /// The identifiers the module's source writes (CPython's parser interns them).
    pub names: rustc_hash::FxHashSet<Rc<str>>,
    /// `from __future__ import annotations` is in effect: code it runs (`exec`) inherits it.
    pub future_annotations: bool,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub range: TextRange,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: `targets` holds `[a, b]` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1` (value optional). `simple` is true for a plain name target without parens.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        /// `except*` handlers (PEP 654's `TryStar`).
        star: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Delete(Vec<Expr>),
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `match subject:` and its `case` clauses (PEP 634), tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from module import a as b, c` (`names` empty never; `*` is an Alias named "*").
    ImportFrom {
        module: Option<Name>,
        names: Vec<Alias>,
        level: u32,
    },
}

#[derive(Debug, Clone)]
pub struct Alias {
    pub name: Name,
    pub asname: Option<Name>,
    pub range: TextRange,
}

#[derive(Debug, Clone)]
pub struct ExceptHandler {
    pub range: TextRange,
    pub typ: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
}

/// `case pattern if guard: body`
#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause, shaped after CPython's `ast.pattern` nodes. Names a pattern
/// binds are `ExprKind::Name` expressions, so that the scope pass gives them local slots.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub range: TextRange,
    pub kind: PatternKind,
}

#[derive(Debug, Clone)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==` (`1`, `-2.5`, `"a"`, `Color.RED`).
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    /// `[a, *rest]`, `(a, b)`, `a, b`.
    Sequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`; keys are literals or dotted names.
    Mapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Expr> },
    /// `Cls(p, q, attr=r)`.
    Class { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<Name>, kwd_patterns: Vec<Pattern> },
    /// `*name` or `*_` (no target) inside a sequence pattern.
    Star(Option<Expr>),
    /// `pattern as name`; a capture has no pattern, the wildcard `_` has neither.
    As { pattern: Option<Box<Pattern>>, target: Option<Expr> },
    /// `p | q | r`.
    Or(Vec<Pattern>),
}

impl Pattern {
    /// The wildcard `_` (CPython's `WILDCARD_CHECK`).
    pub fn is_wildcard(&self) -> bool {
        matches!(self.kind, PatternKind::As { pattern: None, target: None })
    }

    /// `*_` (CPython's `WILDCARD_STAR_CHECK`).
    pub fn is_star_wildcard(&self) -> bool {
        matches!(self.kind, PatternKind::Star(None))
    }
}

#[derive(Debug, Clone)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

/// Names a function body binds, found by a pass over the body after parsing (like CPython's
/// symtable). Comprehension scopes are not included here: they are scopes of their own.
#[derive(Debug, Clone, Default)]
pub struct ScopeInfo {
    /// Names bound in this scope (parameters first, in order, then other bindings in order of
    /// first appearance), excluding those declared `global` or `nonlocal`.
    pub locals: Vec<Name>,
    pub globals: Vec<Name>,
    pub nonlocals: Vec<Name>,
    /// True when the body contains `yield` or `yield from` (not counting nested scopes).
    pub is_generator: bool,
    /// True when the body mentions the name `super` or `__class__` (nested functions count):
    /// such a method gets the implicit `__class__` cell, as in CPython.
    pub uses_class_cell: bool,
    /// Names used here (or in nested scopes) and bound in no enclosing scope of ours.
    pub free: Vec<Name>,
    /// Locals a nested scope reads: they stay alive with the closures after the call returns.
    pub cells: Vec<Name>,
}

#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub range: TextRange,
    pub name: Name,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub scope: ScopeInfo,
    /// The docstring, when the first statement is a string literal.
    pub doc: Option<Rc<str>>,
}

#[derive(Debug, Clone)]
pub struct Lambda {
    pub range: TextRange,
    pub params: Parameters,
    pub body: Expr,
    pub scope: ScopeInfo,
}

#[derive(Debug, Clone, Default)]
pub struct Parameters {
    /// Before `/`.
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub range: TextRange,
    pub name: Name,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct ClassDef {
    pub range: TextRange,
    pub name: Name,
    /// Positional bases; may contain `Starred` expressions.
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords; `arg == None` means `**mapping`.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub doc: Option<Rc<str>>,
    /// The body's own `global` and `nonlocal` names, if it declares any: those bypass the
    /// class namespace.
    pub declared: Option<Rc<Declared>>,
}

#[derive(Debug, Default)]
pub struct Declared {
    pub globals: Vec<Name>,
    pub nonlocals: Vec<Name>,
}

#[derive(Debug, Clone)]
pub struct Keyword {
    pub range: TextRange,
    /// `None` for `**mapping`.
    pub arg: Option<Name>,
    pub value: Expr,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub range: TextRange,
    pub kind: ExprKind,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A name and, inside functions, its local slot when it has one.
    Name(Name, SlotHint),
    Constant(Constant),
    /// An f-string (adjacent literals concatenated into one node).
    JoinedStr(Vec<FStringPart>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `(None, v)` is `**v`.
    Dict(Vec<(Option<Expr>, Expr)>),
    Attribute {
        value: Box<Expr>,
        attr: Name,
        site: AttrSite,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Starred(Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `folded`: the constant CPython's compiler replaces the operation with (`syntax::fold`).
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
        folded: Option<Box<Constant>>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
        folded: Option<Box<Constant>>,
    },
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Rc<Lambda>),
    ListComp(Rc<Comprehension>),
    SetComp(Rc<Comprehension>),
    /// `elt` is the key, `value` is `Some(value)`.
    DictComp(Rc<Comprehension>),
    GeneratorExp(Rc<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `target := value`
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
}

/// A comprehension: `[elt for target in iter if cond ...]`.
#[derive(Debug, Clone)]
pub struct Comprehension {
    pub elt: Expr,
    /// Only for dict comprehensions.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    /// The whole comprehension (with its brackets; a generator expression that is a call's
    /// only argument takes the call's parentheses, as in CPython).
    pub range: TextRange,
    /// Names bound by the `for` targets (the comprehension's own locals).
    pub scope: ScopeInfo,
}

#[derive(Debug, Clone)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub enum FStringPart {
    Literal(Rc<str>),
    Expr(Box<FormattedValue>),
}

#[derive(Debug, Clone)]
pub struct FormattedValue {
    pub value: Expr,
    /// `'r'`, `'s'` or `'a'`.
    pub conversion: Option<char>,
    /// The spec after `:`; may itself contain replacement fields.
    pub format_spec: Option<Vec<FStringPart>>,
    /// For `f"{x=}"`: the literal text `x=` (with its whitespace) printed before the value.
    pub debug_text: Option<Rc<str>>,
}

#[derive(Debug, Clone)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    /// The imaginary part of a literal like `2j`.
    Complex(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The docstring of a module, class or function body: its first statement, if a string.
pub fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s.clone()),
        _ => None,
    }
}

/// Whether a module or class body annotates a name anywhere outside nested functions and
/// classes (CPython's `find_ann`): such a body starts with `__annotations__ = {}`.
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
