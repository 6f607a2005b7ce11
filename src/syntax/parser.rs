//! Recursive-descent parser for statements (expressions are in `expr.rs`).

use super::ast::*;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::fold::Folded;
use super::lexer::{error_at, Tok, Token};
use num_bigint::BigInt;
use rustc_hash::FxHashSet;
use std::rc::Rc;

/// `Parser::except_star`'s bits.
const EXCEPT_STAR_LOOP: u8 = 1;
const EXCEPT_STAR_FUNC: u8 = 2;
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

pub struct Parser<'a> {
    pub src: &'a str,
    pub toks: Vec<Token>,
    pub pos: usize,
    /// Nesting of functions (for `return`/`yield` checks) and loops (for `break`).
    pub func_depth: u32,
    /// Directly in a class body (not in a function or lambda inside it), where a comprehension
    /// may not hold a `:=`.
    pub class_body: bool,
    pub loop_depth: u32,
    /// Inside an `except*` body: `EXCEPT_STAR_LOOP` until a loop opens (for `break` and
    /// `continue`), `EXCEPT_STAR_FUNC` until a function or class body (for `return`).
    pub except_star: u8,
    /// Recursion guard for deeply nested input.
    pub depth: u32,
    /// Offset added to error positions (for f-string sub-parsers).
    pub base: u32,
    /// Compile-time `SyntaxWarning`s (`syntax::warnings`): source offset and message.
    pub warnings: Vec<(u32, String)>,
    /// The tokenizer's warnings from f-string expressions, which CPython tokenizes as it
    /// parses: they are shown even when the parse then fails.
    pub lex_warnings: Vec<(u32, String)>,
    /// The token a simple statement starts at: only an expression list there is read by
    /// CPython's `invalid_assignment`, which words `a.b := 1` (`Parser::star_expr`).
    pub(super) stmt_start: usize,
    /// Set while reading such a list.
    pub(super) walrus_hint: bool,
    /// String and big-int constants, so that equal literals are one object (`Parser::str_constant`).
    strings: FxHashSet<Rc<str>>,
    bigints: FxHashSet<Rc<BigInt>>,
    /// The identifiers written (f-strings' included), which CPython's parser interns.
    pub names: FxHashSet<Rc<str>>,
    /// The first error CPython's compiler (not its parser) would report, such as an
    /// unreachable `case`: raised once the whole module has parsed, since a parser error
    /// anywhere in the file comes first.
    pub(super) compile_error: Option<(u8, SyntaxError)>,
    /// `await`s whose compile error waits for the end of their scope (`await_check`).
    pub(super) async_marks: Vec<super::await_check::AsyncMark>,
    /// The furthest token index the parser asked for (see `reached_last`).
    pub(super) looked: std::cell::Cell<usize>,
    /// Re-parsing as CPython's second pass does, to measure how far it reads (`eof_probe`).
    pub(super) probing: Option<super::eof_probe::Probing>,
    /// The expression starts already probed in that pass.
    pub(super) probed: FxHashSet<usize>,
    /// The source's lines, made at the first error (`error`).
    line_index: std::cell::OnceCell<super::lines::LineIndex>,
    /// `juxtaposed_display`'s answer per `[`: CPython memoizes its rules; without this, each
    /// level of `d[d[d[...` left unclosed parsed everything inside it twice.
    pub(super) juxtaposed: rustc_hash::FxHashMap<usize, bool>,
    /// The module's future statements (`syntax::future`).
    pub(super) future: super::future::Future,
    /// How many blocks the parser is inside (0: the module's own statements).
    blocks: u32,
}

pub type PResult<T> = Result<T, SyntaxError>;

/// How deep the parser's own recursion may go. Brackets are the lexer's to limit (200, as
/// CPython's tokenizer); a bracket level costs up to three of these (`-(`: the unary operator,
/// the bracket, the expression inside), so 200 of any form fit. Deeper nesting without brackets
/// (`not not ... x`, 640 lambdas) stops here with a SyntaxError, where CPython parses about
/// 3000 levels before its RecursionError or MemoryError: each level is native recursion here,
/// and the engine stack of a browser must hold them.
const MAX_DEPTH: u32 = 640;

impl<'a> Parser<'a> {
    pub fn new(src: &'a str, toks: Vec<Token>) -> Self {
        let names = toks
            .iter()
            .filter_map(|t| match &t.tok {
                Tok::Name(n) if !is_keyword(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        Parser {
            names,
            src,
            toks,
            pos: 0,
            func_depth: 0,
            class_body: false,
            loop_depth: 0,
            except_star: 0,
            depth: 0,
            base: 0,
            warnings: Vec::new(),
            lex_warnings: Vec::new(),
            stmt_start: usize::MAX,
            walrus_hint: false,
            strings: FxHashSet::default(),
            bigints: FxHashSet::default(),
            compile_error: None,
            async_marks: Vec::new(),
            looked: std::cell::Cell::new(0),
            probing: None,
            probed: FxHashSet::default(),
            line_index: Default::default(),
            juxtaposed: Default::default(),
            future: Default::default(),
            blocks: 0,
        }
    }

    /// The object for a string constant. CPython's compiler merges equal constants across the
    /// whole module (functions, lambdas and class bodies included), so `"hello world"` written
    /// twice is one object: `a is b` holds for two such literals, unlike two strings built
    /// while the program runs.
    pub fn str_constant(&mut self, s: String) -> Rc<str> {
        if let Some(r) = self.strings.get(s.as_str()) {
            return r.clone();
        }
        let r: Rc<str> = Rc::from(s);
        self.strings.insert(r.clone());
        r
    }

    /// The object for an int constant too big for `Constant::Int`, merged like strings.
    #[inline(never)]
    pub fn bigint_constant(&mut self, b: Rc<BigInt>) -> Rc<BigInt> {
        if let Some(r) = self.bigints.get(&*b) {
            return r.clone();
        }
        self.bigints.insert(b.clone());
        b
    }

    /// The constant a folded operation becomes (merged with equal literals).
    pub fn fold(&mut self, folded: Option<Folded>) -> Option<Box<Constant>> {
        use num_traits::ToPrimitive;
        Some(Box::new(match folded? {
            Folded::Int(i) => match i.to_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(self.bigint_constant(Rc::new(i))),
            },
            Folded::Float(f) => Constant::Float(f),
            Folded::Bool(b) => {
                if b {
                    Constant::True
                } else {
                    Constant::False
                }
            }
            Folded::Str(s) => Constant::Str(self.str_constant(s)),
        }))
    }

    /// Where the parser stopped (the token it was looking at), as a byte offset.
    pub fn stop_offset(&self) -> u32 {
        self.toks[self.pos.min(self.toks.len() - 1)].range.start
    }

    /// True when only NEWLINE/DEDENT/EOF tokens remain.
    pub fn at_end(&self) -> bool {
        self.toks[self.pos.min(self.toks.len() - 1)..]
            .iter()
            .all(|t| matches!(t.tok, Tok::Newline | Tok::Dedent | Tok::Eof))
    }

    /// The token at index `i` (the last one past the end), noting how far the parser looked.
    pub(super) fn tok_at(&self, i: usize) -> &Token {
        let i = i.min(self.toks.len() - 1);
        if i > self.looked.get() {
            self.looked.set(i);
        }
        &self.toks[i]
    }

    /// Whether the parser asked for the last token (where a tokenizer error stopped the tokens).
    pub fn reached_last(&self) -> bool {
        self.looked.get() + 1 >= self.toks.len()
    }

    /// Where the furthest token the parser asked for ends (a source offset).
    pub fn looked_end(&self) -> u32 {
        self.toks[self.looked.get().min(self.toks.len() - 1)].range.end
    }

    pub fn peek(&self) -> &Tok {
        &self.tok_at(self.pos).tok
    }

    /// The name here when the operator `op` follows it (`k=` in a call, `x :=`). The second
    /// token is asked for only after a name, as CPython's parser does: how far it reads picks
    /// its error (`x(:` is "invalid syntax", not "'(' was never closed").
    pub fn name_then(&self, op: &str) -> Option<Rc<str>> {
        match self.peek() {
            Tok::Name(n) => {
                let n = n.clone();
                matches!(self.peek_at(1), Tok::Op(o) if *o == op).then_some(n)
            }
            _ => None,
        }
    }

    pub fn peek_at(&self, k: usize) -> &Tok {
        &self.tok_at(self.pos + k).tok
    }

    pub fn range(&self) -> TextRange {
        self.tok_at(self.pos).range
    }

    pub fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            0
        } else {
            self.toks[self.pos - 1].range.end
        }
    }

    /// The 1-based line of a source offset.
    pub fn line_at(&self, offset: u32) -> u32 {
        let end = ((offset + self.base) as usize).min(self.src.len());
        self.lines().line(end as u32)
    }

    /// The source's line index, made when first asked for.
    fn lines(&self) -> &super::lines::LineIndex {
        self.line_index.get_or_init(|| super::lines::LineIndex::new(self.src))
    }

    pub fn advance(&mut self) -> Token {
        let t = self.tok_at(self.pos).clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    pub fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    pub fn at_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if &**n == kw)
    }

    pub fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    #[cold]
    #[inline(never)]
    pub fn error(&self, msg: impl Into<String>, r: TextRange) -> SyntaxError {
        super::lexer::error_at_line(
            self.src,
            Some(self.lines()),
            SyntaxErrorKind::SyntaxError,
            msg,
            (r.start + self.base) as usize,
            (r.end + self.base) as usize,
        )
    }

    /// "invalid syntax" at the current token.
    #[cold]
    #[inline(never)]
    pub fn invalid(&self) -> SyntaxError {
        let r = self.range();
        if matches!(self.peek(), Tok::Eof) {
            return self.error("invalid syntax", TextRange::new(r.start, r.start + 1));
        }
        if let Tok::Indent = self.peek() {
            return error_at(
                self.src,
                SyntaxErrorKind::IndentationError,
                "unexpected indent",
                r.end.saturating_sub(1) as usize,
                r.end as usize,
            );
        }
        if let Tok::Dedent = self.peek() {
            // CPython names the token and gives no column (so no caret).
            let mut e = error_at(
                self.src,
                SyntaxErrorKind::IndentationError,
                "unexpected unindent",
                r.start as usize,
                r.start as usize,
            );
            (e.col, e.end_col) = (0, 0);
            return e;
        }
        self.error("invalid syntax", r)
    }

    /// `-> expr`. CPython's grammar makes it optional before a required `:`, so when no
    /// expression follows, the error is "expected ':'" at the arrow.
    fn return_annotation(&mut self) -> PResult<Option<Expr>> {
        if !self.at_op("->") {
            return Ok(None);
        }
        let arrow = self.advance().range;
        match self.annotation(Self::test) {
            Ok(e) => Ok(Some(e)),
            Err(e) if e.msg == "invalid syntax" => Err(self.error("expected ':'", arrow)),
            Err(e) => Err(e),
        }
    }

    pub fn expect_op(&mut self, op: &str) -> PResult<TextRange> {
        if self.at_op(op) {
            return Ok(self.advance().range);
        }
        if op == ":" {
            let r = TextRange::new(self.prev_end(), self.prev_end() + 1);
            return Err(self.error("expected ':'", r));
        }
        Err(self.invalid())
    }

    pub fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("too many nested parentheses", self.range()));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn name(&mut self) -> PResult<Name> {
        match self.peek().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                self.advance();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    pub fn parse_module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !matches!(self.peek(), Tok::Eof) {
            if matches!(self.peek(), Tok::Newline) {
                self.advance();
                continue;
            }
            if let Err(e) = self.statement(&mut body) {
                return Err(self.legacy_first(e));
            }
        }
        if let Some(e) = super::scope::block_declarations(&body, self) {
            self.note_symtable_error(e);
        }
        if let Some(e) = super::scope::analysis_error(&body, self) {
            self.note_error_of_phase(2, e);
        }
        self.flush_async_marks(0);
        if let Some((_, e)) = self.compile_error.take() {
            return Err(e);
        }
        let string_constants = std::mem::take(&mut self.strings).into_iter().collect();
        let names = std::mem::take(&mut self.names);
        Ok(Module {
            body,
            warnings: std::mem::take(&mut self.warnings),
            string_constants,
            names,
            future_annotations: self.future.annotations,
        })
    }

    /// `eval()`'s input (CPython's `eval_input`): one expression list, then only newlines.
    pub fn parse_eval(&mut self) -> PResult<Expr> {
        let e = self.star_expressions()?;
        // `expressions` has no starred items (`*a` alone is not even a tuple here).
        let items = match &e.kind {
            ExprKind::Tuple(items) => items.as_slice(),
            _ => std::slice::from_ref(&e),
        };
        if let Some(star) = items.iter().find(|i| matches!(i.kind, ExprKind::Starred(_))) {
            return Err(self.error("invalid syntax", TextRange::new(star.range.start, star.range.start + 1)));
        }
        while matches!(self.peek(), Tok::Newline) {
            self.advance();
        }
        if !matches!(self.peek(), Tok::Eof) {
            return Err(self.invalid());
        }
        Ok(e)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let r = self.statement_inner(out);
        self.leave();
        r
    }

    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Tok::Indent = self.peek() {
            return Err(self.invalid());
        }
        let start = self.range().start;
        let kw = match self.peek() {
            Tok::Name(n) => n.clone(),
            Tok::Op("@") => Rc::from("@"),
            _ => Rc::from(""),
        };
        let kind = match &*kw {
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt()?,
            "try" => self.try_stmt()?,
            "with" => self.with_stmt()?,
            "def" => StmtKind::FunctionDef(self.funcdef(Vec::new(), start)?),
            "class" => StmtKind::ClassDef(self.classdef(Vec::new(), start)?),
            "@" => self.decorated()?,
            "async" => self.async_stmt(start)?,
            "match" => match self.match_stmt(out)? {
                Some(kind) => kind,
                None => return Ok(()),
            },
            _ => return self.simple_stmts(out),
        };
        self.push_stmt(out, Stmt { range: TextRange::new(start, self.prev_end()), kind });
        Ok(())
    }

    /// Adds a statement just read to its body.
    fn push_stmt(&mut self, out: &mut Vec<Stmt>, s: Stmt) {
        self.future_statement(&s, self.blocks == 0);
        out.push(s);
    }

    /// A line starting with the soft keyword `match`: a match statement, or else an ordinary
    /// statement (then parsed into `out`, and `None` returned).
    fn match_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<Option<StmtKind>> {
        let (save_pos, save_depth, save_warnings) = (self.pos, self.depth, self.warnings.len());
        let header_err = match self.match_header() {
            Ok(subject) => {
                let cases = self.match_cases()?;
                if let Err(e) = super::pattern_check::check_match(self, &cases) {
                    self.note_compile_error(e);
                }
                return Ok(Some(StmtKind::Match { subject, cases }));
            }
            Err(e) => e,
        };
        self.pos = save_pos;
        self.depth = save_depth;
        self.warnings.truncate(save_warnings);
        let Err(simple_err) = self.simple_stmts(out) else { return Ok(None) };
        Err(match header_err {
            super::patterns::HeaderError::Specific(e) => e,
            super::patterns::HeaderError::Generic(e) => {
                if simple_err.msg == "invalid syntax" && (e.line, e.col) > (simple_err.line, simple_err.col) {
                    e
                } else {
                    simple_err
                }
            }
        })
    }

    /// Keeps the compile-time error CPython would meet first (the earliest in the source).
    pub(super) fn note_compile_error(&mut self, e: SyntaxError) {
        self.note_error_of_phase(3, e);
    }

    /// An error of CPython's symtable, which runs over the whole module before its compiler
    /// (and after its future statements are read: phase 0).
    pub(super) fn note_symtable_error(&mut self, e: SyntaxError) {
        self.note_error_of_phase(1, e);
    }

    /// Phases in CPython's order: 0 future statements, 1 the symtable's walk, 2 its analysis
    /// (`scope::analysis_error`), 3 the compiler. An earlier phase's error wins wherever it is.
    pub(super) fn note_error_of_phase(&mut self, phase: u8, e: SyntaxError) {
        match &self.compile_error {
            Some((p, old)) if (*p, old.line, old.col) <= (phase, e.line, e.col) => {}
            _ => self.compile_error = Some((phase, e)),
        }
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let start = self.range().start;
            let kind = self.simple_stmt()?;
            self.push_stmt(out, Stmt { range: TextRange::new(start, self.prev_end()), kind });
            if self.eat_op(";") {
                if matches!(self.peek(), Tok::Newline | Tok::Eof) {
                    break;
                }
                continue;
            }
            break;
        }
        match self.peek() {
            Tok::Newline => {
                self.advance();
                Ok(())
            }
            Tok::Eof | Tok::Dedent => Ok(()),
            _ => Err(self.invalid_here()),
        }
    }

    /// A better message than "invalid syntax" for common mistakes between two expressions.
    fn invalid_here(&self) -> SyntaxError {
        if let Tok::Op("=") = self.peek() {
            return self.invalid();
        }
        self.invalid()
    }

    fn simple_stmt(&mut self) -> PResult<StmtKind> {
        self.stmt_start = self.pos;
        let kw = match self.peek() {
            Tok::Name(n) => n.clone(),
            _ => Rc::from(""),
        };
        match &*kw {
            "pass" => {
                self.advance();
                Ok(StmtKind::Pass)
            }
            "break" | "continue" => {
                let r = self.advance().range;
                if self.except_star & EXCEPT_STAR_LOOP != 0 {
                    self.note_compile_error(self.error(EXCEPT_STAR_EXIT, r));
                } else if self.loop_depth == 0 {
                    let msg = if &*kw == "break" { "'break' outside loop" } else { "'continue' not properly in loop" };
                    self.note_compile_error(self.error(msg, r));
                }
                Ok(if &*kw == "break" { StmtKind::Break } else { StmtKind::Continue })
            }
            "return" => {
                let r = self.advance().range;
                if self.func_depth == 0 {
                    let e =
                        self.error("'return' outside function", TextRange::new(r.start, self.range().end.max(r.end)));
                    self.note_compile_error(e);
                }
                if matches!(self.peek(), Tok::Newline | Tok::Eof) || self.at_op(";") {
                    self.note_return_in_except_star(r, None);
                    return Ok(StmtKind::Return(None));
                }
                let value = self.star_expressions()?;
                self.note_starred_value(&value);
                self.note_return_in_except_star(r, Some(value.range));
                Ok(StmtKind::Return(Some(value)))
            }
            "global" | "nonlocal" => {
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if &*kw == "global" {
                    Ok(StmtKind::Global(names))
                } else {
                    // At module level it is an error of the symtable's analysis (`analysis_error`).
                    Ok(StmtKind::Nonlocal(names))
                }
            }
            "del" => {
                self.advance();
                if self.probing.is_some() {
                    self.probe_star_expressions()?;
                }
                self.invalid_del_stmt()?;
                let targets = self.del_targets()?;
                for t in &targets {
                    self.check_target(t, "delete")?;
                }
                Ok(StmtKind::Delete(targets))
            }
            "assert" => {
                self.advance();
                let test = self.test()?;
                if let Some(w) = super::warnings::assertion(&test) {
                    self.warnings.push((test.range.start, w));
                }
                let msg = if self.eat_op(",") { Some(self.test()?) } else { None };
                Ok(StmtKind::Assert { test, msg })
            }
            "raise" => {
                self.advance();
                if matches!(self.peek(), Tok::Newline | Tok::Eof) || self.at_op(";") {
                    return Ok(StmtKind::Raise { exc: None, cause: None });
                }
                let exc = self.test()?;
                let cause = if self.eat_kw("from") { Some(self.test()?) } else { None };
                Ok(StmtKind::Raise { exc: Some(exc), cause })
            }
            "import" => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let start = self.range().start;
                    let mut n = self.name()?.to_string();
                    while self.eat_op(".") {
                        n.push('.');
                        n.push_str(&self.name()?);
                    }
                    let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
                    names.push(Alias { name: Rc::from(n), asname, range: TextRange::new(start, self.prev_end()) });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                Ok(StmtKind::Import(names))
            }
            "from" => {
                self.advance();
                let mut level = 0;
                loop {
                    if self.eat_op(".") {
                        level += 1;
                    } else if self.eat_op("...") {
                        level += 3;
                    } else {
                        break;
                    }
                }
                let module = if self.at_kw("import") {
                    None
                } else {
                    let mut n = self.name()?.to_string();
                    while self.eat_op(".") {
                        n.push('.');
                        n.push_str(&self.name()?);
                    }
                    Some(Rc::from(n))
                };
                if !self.eat_kw("import") {
                    return Err(self.invalid());
                }
                let paren = self.eat_op("(");
                let mut names = Vec::new();
                loop {
                    let start = self.range().start;
                    if self.eat_op("*") {
                        names.push(Alias {
                            name: Rc::from("*"),
                            asname: None,
                            range: TextRange::new(start, self.prev_end()),
                        });
                        break;
                    }
                    let n = self.name()?;
                    let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
                    names.push(Alias { name: n, asname, range: TextRange::new(start, self.prev_end()) });
                    if !self.eat_op(",") || (paren && self.at_op(")")) {
                        break;
                    }
                }
                if paren {
                    self.expect_op(")")?;
                }
                Ok(StmtKind::ImportFrom { module, names, level })
            }
            _ => self.expr_stmt(),
        }
    }

    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        // `(x): int` is not "simple": its annotation is not stored.
        let parenthesized = self.at_op("(");
        let first = self.star_expressions_or_yield()?;
        if self.at_op(":") {
            let colon = self.advance().range;
            if let Err(e) = self.check_target(&first, "annotated") {
                // CPython's messages need an annotation after the colon; without one it is
                // "invalid syntax" at the colon.
                return Err(match (self.test(), &first.kind) {
                    (Err(_), _) => self.error("invalid syntax", colon),
                    // `a, b: int` is CPython's rule for a bare tuple, which marks its first item.
                    (Ok(_), ExprKind::Tuple(items)) if !parenthesized && !items.is_empty() => {
                        self.error(e.msg, items[0].range)
                    }
                    (Ok(_), _) => e,
                });
            }
            let annotation = self.annotation(Self::test)?;
            let value = if self.eat_op("=") { Some(self.star_expressions_or_yield()?) } else { None };
            if let Some(v) = &value {
                self.note_starred_value(v);
            }
            let simple = matches!(first.kind, ExprKind::Name(..)) && !parenthesized;
            return Ok(StmtKind::AnnAssign { target: first, annotation, value, simple });
        }
        if let Tok::Op(op) = self.peek().clone() {
            if let Some(bop) = aug_op(op) {
                let op_range = self.advance().range;
                if let Err(target_error) = self.check_aug_target(&first) {
                    // CPython's rule for the target needs the value read; without one the
                    // error is plain, at the operator.
                    return Err(match self.star_expressions_or_yield() {
                        Ok(_) => target_error,
                        Err(e) if e.msg == "invalid syntax" => self.error("invalid syntax", op_range),
                        Err(e) => e,
                    });
                }
                let value = self.star_expressions_or_yield()?;
                self.note_starred_value(&value);
                return Ok(StmtKind::AugAssign { target: first, op: bop, value });
            }
        }
        if !self.at_op("=") {
            self.note_starred_value(&first);
            return Ok(StmtKind::Expr(first));
        }
        let (bitor_follows, inner_error) = self.bitor_follows_equals();
        let mut targets = vec![first];
        let mut value;
        loop {
            self.advance();
            value = match self.star_expressions_or_yield() {
                Ok(v) => v,
                // CPython's second pass meets `target =` (`invalid_assignment`) before it reads
                // what follows, so a bad target is the error.
                Err(e) if e.msg == "invalid syntax" => {
                    self.check_targets(&targets, bitor_follows)?;
                    return Err(e);
                }
                // With a bad target, only an error inside the operand CPython's
                // `invalid_named_expression` reads comes first (`1 = f(a b)`, not `1 = print x`).
                Err(e) => match self.check_targets(&targets, bitor_follows) {
                    Err(t) if !(inner_error && targets.len() == 1 && named_target(&targets[0])) => return Err(t),
                    _ => return Err(e),
                },
            };
            if !self.at_op("=") {
                break;
            }
            targets.push(value);
        }
        self.check_targets(&targets, bitor_follows)?;
        if !self.note_starred_value(&value) {
            targets.iter().for_each(|t| self.note_starred_target(t));
        }
        Ok(StmtKind::Assign { targets, value })
    }

    /// An assignment's targets. CPython's "here. Maybe you meant '=='" applies only to a
    /// statement with one `=` (`invalid_named_expression`).
    fn check_targets(&self, targets: &[Expr], bitor_follows: bool) -> PResult<()> {
        let what = if targets.len() == 1 && bitor_follows { "assign" } else { "chained assign" };
        targets.iter().try_for_each(|t| self.check_target(t, what))
    }

    /// At the first `=`: whether a `bitwise_or` follows it, not followed by `=` or `:=` (the
    /// rest of `invalid_named_expression`: `x-1 = lambda: 0` and `f() = x :=` are plain). Where
    /// metalab's parser fails on the operand, CPython's backtracks to a shorter one.
    /// The second value: whether reading that operand raised an error of CPython's inner rules.
    fn bitor_follows_equals(&mut self) -> (bool, bool) {
        let (starts, atom) = match self.peek_at(1) {
            Tok::Op(op) => (matches!(*op, "(" | "[" | "{" | "-" | "+" | "~" | "..."), *op == "..."),
            Tok::Name(n) => {
                let starts = !is_keyword(n) || matches!(&**n, "None" | "True" | "False" | "await");
                (starts, starts && &**n != "await")
            }
            Tok::Newline | Tok::Eof | Tok::Indent | Tok::Dedent => (false, false),
            _ => (true, true),
        };
        if !starts {
            return (false, false);
        }
        self.trial(|p| {
            p.pos += 1;
            match p.bitor() {
                Ok(_) => (!p.at_op("=") && !p.at_op(":="), false),
                // metalab's atom raises the legacy-print error, CPython's `expression` does.
                Err(e) if e.msg.starts_with("Missing parentheses") => (true, false),
                // CPython's parser backtracks to a shorter operand, at least a lone atom.
                Err(e) => (atom, e.msg != "invalid syntax"),
            }
        })
    }

    /// `del`'s comma-separated targets (a trailing comma allowed).
    fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = vec![self.del_target()?];
        while self.eat_op(",") && !matches!(self.peek(), Tok::Newline | Tok::Eof) {
            targets.push(self.del_target()?);
        }
        Ok(targets)
    }

    /// CPython's `invalid_del_stmt`: when `del`'s targets are not followed by the statement's
    /// end, the longest expression there names the first target that cannot be deleted, or
    /// else the error is "invalid syntax" at the token after it (where CPython's first pass
    /// stopped). metalab's greedy parse would fail further on.
    fn invalid_del_stmt(&mut self) -> PResult<()> {
        let start = self.pos;
        let plain = self.trial(|p| match p.del_targets() {
            Ok(_) => matches!(p.peek(), Tok::Newline | Tok::Eof) || p.at_op(";"),
            // An error of an inner rule stands.
            Err(e) => e.msg != "invalid syntax",
        });
        if plain {
            return Ok(());
        }
        let Some((e, next)) = self.longest_star_expressions(start) else { return Ok(()) };
        self.check_target(&e, "delete")?;
        let at = self.toks.get(next).map_or(e.range, |t| t.range);
        // The parse stops there (what decides whether an unclosed bracket's error wins).
        self.pos = next;
        Err(self.error("invalid syntax", at))
    }

    fn check_aug_target(&self, t: &Expr) -> PResult<()> {
        match &t.kind {
            ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => Err(self.error("'tuple' is an illegal expression for augmented assignment", t.range)),
            ExprKind::List(_) => Err(self.error("'list' is an illegal expression for augmented assignment", t.range)),
            _ => {
                Err(self
                    .error(format!("'{}' is an illegal expression for augmented assignment", expr_desc(t)), t.range))
            }
        }
    }

    /// A `for` target. CPython's `invalid_for_target` reads `target in iter` as one comparison
    /// and names no target inside a comparison: it passes over one (`for (a < b), f() in x`
    /// names the call), and with no other bad target the error is "invalid syntax" at `in`.
    pub(super) fn check_for_target(&self, t: &Expr) -> PResult<()> {
        fn first_bad<'e>(t: &'e Expr, compared: &mut bool) -> Option<&'e Expr> {
            match &t.kind {
                ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
                ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(|i| first_bad(i, compared)),
                ExprKind::Starred(inner) => first_bad(inner, compared),
                ExprKind::Compare { .. } => {
                    *compared = true;
                    None
                }
                _ => Some(t),
            }
        }
        let mut compared = false;
        match first_bad(t, &mut compared) {
            Some(bad) => self.check_target(bad, "for"),
            None if compared => Err(self.invalid()),
            None => self.check_target(t, "for"),
        }
    }

    /// Whether `e` is written in parentheses of its own: a group, which CPython's grammar reads
    /// as a `bitwise_or` atom (`(a < b) = 1` may be a mistyped comparison; `a < b = 1` not).
    fn parenthesized(&self, e: &Expr) -> bool {
        let before = self.src[..(e.range.start as usize).min(self.src.len())].trim_end();
        let after = self.src.get(e.range.end as usize..).unwrap_or("").trim_start();
        before.ends_with('(') && after.starts_with(')')
    }

    /// Validates an assignment / deletion target with CPython's messages.
    pub fn check_target(&self, t: &Expr, what: &str) -> PResult<()> {
        match &t.kind {
            ExprKind::Name(..) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) if what != "annotated" => {
                for i in items {
                    self.check_target(i, what)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) if what != "delete" && what != "annotated" => self.check_target(inner, what),
            _ => {
                let desc = expr_desc(t);
                let msg = match (what, &t.kind) {
                    ("delete", _) => format!("cannot delete {desc}"),
                    ("annotated", ExprKind::Tuple(_)) => "only single target (not tuple) can be annotated".to_string(),
                    ("annotated", ExprKind::List(_)) => "only single target (not list) can be annotated".to_string(),
                    ("annotated", _) => "illegal target for annotation".to_string(),
                    ("assign" | "chained assign", ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                        if !self.parenthesized(t) =>
                    {
                        "assignment to yield expression not possible".to_string()
                    }
                    ("assign", _) if (maybe_comparison(t) || self.parenthesized(t)) && self.followed_by_equals(t) => {
                        format!("cannot assign to {desc} here. Maybe you meant '==' instead of '='?")
                    }
                    _ => format!("cannot assign to {desc}"),
                };
                Err(self.error(msg, t.range))
            }
        }
    }

    /// The target, with any parentheses around it, is right before an `=` (CPython's
    /// `invalid_named_expression`: `x, f() = 1` but not `(x, f()) = 1`).
    fn followed_by_equals(&self, t: &Expr) -> bool {
        let src = self.src.as_bytes();
        let (mut start, mut end) = (t.range.start as usize, t.range.end as usize);
        loop {
            let before = src[..start].iter().rposition(|c| !c.is_ascii_whitespace());
            let Some(after) = src[end..].iter().position(|c| !c.is_ascii_whitespace()).map(|i| end + i) else {
                return false;
            };
            match before {
                Some(b) if src[b] == b'(' && src[after] == b')' => (start, end) = (b, after + 1),
                _ => return src[after] == b'=' && src.get(after + 1) != Some(&b'='),
            }
        }
    }

    /// `:` then an indented block (or simple statements on the same line).
    pub fn block(&mut self, what: &str, header_start: u32) -> PResult<Vec<Stmt>> {
        if !self.eat_op(":") {
            return Err(self.missing_colon(what));
        }
        self.blocks += 1;
        let body = self.block_body(what, header_start);
        self.blocks -= 1;
        body
    }

    fn block_body(&mut self, what: &str, header_start: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.peek(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.peek(), Tok::Indent) {
            return Err(self.missing_block(what, header_start));
        }
        self.advance();
        while !matches!(self.peek(), Tok::Dedent | Tok::Eof) {
            if matches!(self.peek(), Tok::Newline) {
                self.advance();
                continue;
            }
            self.statement(&mut body)?;
        }
        if matches!(self.peek(), Tok::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    /// A header without its `:`. CPython's grammar requires the colon outright after `def`,
    /// `try`, `else` and `finally` ("expected ':'" at whatever comes instead); after the other
    /// headers it says so only at the end of the line, and otherwise "invalid syntax".
    fn missing_colon(&self, what: &str) -> SyntaxError {
        let forced =
            matches!(what, "function definition" | "'try' statement" | "'else' statement" | "'finally' statement");
        match self.peek() {
            // CPython's NEWLINE token starts at a comment before the line break.
            Tok::Newline => {
                let nl = self.range().start;
                let before = self.src.get(self.prev_end() as usize..nl as usize).unwrap_or("");
                let r = match before.find('#') {
                    Some(k) => TextRange::new(self.prev_end() + k as u32, nl),
                    None => TextRange::new(nl, nl + 1),
                };
                self.error("expected ':'", r)
            }
            _ if forced => {
                let at = self.range().start;
                self.error("expected ':'", TextRange::new(at, at + 1))
            }
            _ => self.invalid(),
        }
    }

    /// "expected an indented block after ...", at the token where the block should start; at
    /// the end of the input CPython points at the last line break instead.
    pub fn missing_block(&self, what: &str, header_start: u32) -> SyntaxError {
        let line = self.src[..header_start as usize].matches('\n').count() + 1;
        let msg = format!("expected an indented block after {what} on line {line}");
        if self.at_end() {
            return self.eof_error(SyntaxErrorKind::IndentationError, msg);
        }
        let at = self.range().start as usize;
        error_at(self.src, SyntaxErrorKind::IndentationError, msg, at, at + 1)
    }

    /// An error at the DEDENT that ends the input: CPython's tokenizer puts it at the end of
    /// the last line (and, reading a file, gives it no column).
    fn eof_error(&self, kind: SyntaxErrorKind, msg: impl Into<String>) -> SyntaxError {
        let at = self.src.len() - usize::from(self.src.ends_with('\n'));
        let mut e = error_at(self.src, kind, msg, at, at + 1);
        e.at_eof = true;
        e
    }

    fn if_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.advance().range.start;
        let test = self.condition()?;
        let body = self.block("'if' statement", start)?;
        let orelse = self.else_chain()?;
        Ok(StmtKind::If { test, body, orelse })
    }

    /// An `if`/`elif`/`while` condition, with CPython's hint for `if x = 1:` (a learner's
    /// `=` for `==`).
    fn condition(&mut self) -> PResult<Expr> {
        let test = self.named_test()?;
        self.no_assign(test)
    }

    /// A `named_expression` where `=` cannot follow (a condition, a decorator, an item in
    /// brackets): CPython's `invalid_named_expression` hints at `==` or `:=`.
    pub fn no_assign(&mut self, test: Expr) -> PResult<Expr> {
        if !self.at_op("=") {
            return Ok(test);
        }
        Err(self.misplaced_assign(test))
    }

    #[cold]
    #[inline(never)]
    fn misplaced_assign(&mut self, test: Expr) -> SyntaxError {
        let eq = self.range();
        // CPython's rule matches `bitwise_or '=' bitwise_or` not followed by another `=`; the
        // rest is plain "invalid syntax" at the `=`.
        let tighter_than_comparison = !matches!(
            &test.kind,
            ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda(_)
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred(_)
                | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
        );
        if !named_target(&test) || !tighter_than_comparison {
            return self.error("invalid syntax", eq);
        }
        self.advance();
        let value = match self.bitor() {
            Ok(v) if !self.at_op("=") && !self.at_op(":=") => v,
            _ => return self.error("invalid syntax", eq),
        };
        if matches!(test.kind, ExprKind::Name(..)) {
            let range = TextRange::new(test.range.start, value.range.end);
            return self.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", range);
        }
        let desc = match &test.kind {
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            _ => expr_desc(&test),
        };
        self.error(format!("cannot assign to {desc} here. Maybe you meant '==' instead of '='?"), test.range)
    }

    fn else_chain(&mut self) -> PResult<Vec<Stmt>> {
        if self.at_kw("elif") {
            let start = self.advance().range.start;
            let test = self.condition()?;
            let body = self.block("'elif' statement", start)?;
            let orelse = self.else_chain()?;
            return Ok(vec![Stmt {
                range: TextRange::new(start, self.prev_end()),
                kind: StmtKind::If { test, body, orelse },
            }]);
        }
        if self.at_kw("else") {
            let start = self.advance().range.start;
            return self.block("'else' statement", start);
        }
        Ok(Vec::new())
    }

    fn while_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.advance().range.start;
        let test = self.condition()?;
        let (body, orelse) = self.loop_body("'while' statement", start)?;
        Ok(StmtKind::While { test, body, orelse })
    }

    pub(super) fn for_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.advance().range.start;
        let target = self.target_list()?;
        self.check_for_target(&target)?;
        if !self.eat_kw("in") {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        if !self.note_starred_value(&iter) {
            self.note_starred_target(&target);
        }
        let (body, orelse) = self.loop_body("'for' statement", start)?;
        Ok(StmtKind::For { target, iter, body, orelse })
    }

    /// A loop's body (where `break`/`continue` are allowed) and its optional `else` block.
    fn loop_body(&mut self, what: &str, start: u32) -> PResult<(Vec<Stmt>, Vec<Stmt>)> {
        self.loop_depth += 1;
        let saved = self.except_star;
        self.except_star &= !EXCEPT_STAR_LOOP;
        let body = self.block(what, start);
        self.except_star = saved;
        self.loop_depth -= 1;
        let body = body?;
        let orelse = if self.at_kw("else") {
            let s = self.advance().range.start;
            self.block("'else' statement", s)?
        } else {
            Vec::new()
        };
        Ok((body, orelse))
    }

    /// The target of a `for` (stops before `in`).
    pub fn target_list(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let first = self.star_target()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_kw("in") || self.at_op("=") {
                break;
            }
            items.push(self.star_target()?);
        }
        Ok(Expr { range: TextRange::new(start, self.prev_end()), kind: ExprKind::Tuple(items) })
    }

    fn star_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let start = self.advance().range.start;
            let inner = self.bitor()?;
            return Ok(Expr {
                range: TextRange::new(start, self.prev_end()),
                kind: ExprKind::Starred(Box::new(inner)),
            });
        }
        self.bitor()
    }

    /// `return` in an `except*` body of this function: the compiler's error, placed on the
    /// value when it starts on the `return`'s line (where CPython's compiler stands then).
    fn note_return_in_except_star(&mut self, r: TextRange, value: Option<TextRange>) {
        if self.func_depth == 0 || self.except_star & EXCEPT_STAR_FUNC == 0 {
            return;
        }
        let at = match value {
            Some(v) if self.line_at(v.start) == self.line_at(r.start) => v,
            _ => TextRange::new(r.start, self.prev_end()),
        };
        self.note_compile_error(self.error(EXCEPT_STAR_EXIT, at));
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.advance().range.start;
        let body = self.block("'try' statement", start)?;
        let mut handlers = Vec::new();
        // Whether the handlers are `except*` ones (decided by the first).
        let mut star = None;
        while self.at_kw("except") {
            let except = self.advance().range;
            let hstart = except.start;
            let is_star = self.eat_op("*");
            let star_end = self.prev_end();
            let (typ, name) = if is_star && (self.at_op(":") || matches!(self.peek(), Tok::Newline)) {
                return Err(self.error("expected one or more exception types", self.range()));
            } else if self.at_op(":") || matches!(self.peek(), Tok::Newline) {
                (None, None)
            } else {
                let t = self.test()?;
                let t = if self.at_op(",") {
                    let mut items = vec![t];
                    while self.eat_op(",") {
                        items.push(self.test()?);
                    }
                    return Err(self.error(
                        "multiple exception types must be parenthesized",
                        TextRange::new(items[0].range.start, self.prev_end()),
                    ));
                } else {
                    t
                };
                let name = if self.eat_kw("as") { Some(self.name()?) } else { None };
                (Some(t), name)
            };
            if star.is_some_and(|s| s != is_star) && self.at_op(":") {
                let at = if is_star { TextRange::new(hstart, star_end) } else { except };
                return Err(self.error("cannot have both 'except' and 'except*' on the same 'try'", at));
            }
            star = Some(is_star);
            let saved = self.except_star;
            if is_star {
                self.except_star = EXCEPT_STAR_LOOP | EXCEPT_STAR_FUNC;
            }
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, hstart);
            self.except_star = saved;
            let hbody = hbody?;
            handlers.push(ExceptHandler { range: TextRange::new(hstart, self.prev_end()), typ, name, body: hbody });
        }
        let star = star == Some(true);
        let orelse = if self.at_kw("else") {
            let s = self.advance().range.start;
            self.block("'else' statement", s)?
        } else {
            Vec::new()
        };
        let finalbody = if self.at_kw("finally") {
            let s = self.advance().range.start;
            self.block("'finally' statement", s)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            // CPython points at the last token its lookahead read: the next statement's first
            // token; a further DEDENT, which has only a column (one short of that token's);
            // or the end of the last line.
            let msg = "expected 'except' or 'finally' block";
            if self.at_end() {
                return Err(self.eof_error(SyntaxErrorKind::SyntaxError, msg));
            }
            let mut k = self.pos;
            while k + 1 < self.toks.len() && matches!(self.toks[k].tok, Tok::Dedent) {
                k += 1;
            }
            let r = self.toks[k].range;
            let mut e = error_at(self.src, SyntaxErrorKind::SyntaxError, msg, r.start as usize, r.end as usize);
            if k > self.pos {
                e.col -= 1;
                e.end_col = e.col + 1;
            }
            return Err(e);
        }
        Ok(StmtKind::Try { body, handlers, orelse, finalbody, star })
    }

    pub(super) fn with_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.advance().range.start;
        let mut items = Vec::new();
        // Parenthesized form: `with (a as b, c):`
        let save = self.pos;
        if self.eat_op("(") {
            let mut ok = true;
            let mut tmp = Vec::new();
            loop {
                match self.with_item() {
                    Ok(i) => tmp.push(i),
                    Err(_) => {
                        ok = false;
                        break;
                    }
                }
                if !self.eat_op(",") || self.at_op(")") {
                    break;
                }
            }
            if ok && self.eat_op(")") && self.at_op(":") {
                items = tmp;
            } else {
                self.pos = save;
            }
        }
        if items.is_empty() {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(",") {
                    break;
                }
            }
        }
        let body = self.block("'with' statement", start)?;
        Ok(StmtKind::With { items, body })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.test()?;
        let optional_vars = if self.eat_kw("as") {
            let t = self.star_target()?;
            self.check_target(&t, "with")?;
            self.note_starred_target(&t);
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    fn decorated(&mut self) -> PResult<StmtKind> {
        let start = self.range().start;
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            let d = self.named_test()?;
            decorators.push(self.no_assign(d)?);
            if !matches!(self.peek(), Tok::Newline) {
                return Err(self.invalid());
            }
            self.advance();
        }
        if self.at_kw("def") {
            Ok(StmtKind::FunctionDef(self.funcdef(decorators, start)?))
        } else if self.at_kw("class") {
            Ok(StmtKind::ClassDef(self.classdef(decorators, start)?))
        } else {
            Err(self.invalid())
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, start: u32) -> PResult<Rc<FunctionDef>> {
        let def_start = self.advance().range.start;
        let name = self.name()?;
        if !self.at_op("(") {
            return Err(self.error("expected '('", self.range()));
        }
        self.advance();
        let params = self.parameters(")")?;
        self.expect_op(")")?;
        let returns = self.return_annotation()?;
        let saved = (self.loop_depth, self.func_depth, self.class_body, self.except_star);
        self.except_star = 0;
        self.loop_depth = 0;
        self.func_depth += 1;
        self.class_body = false;
        let marks = self.async_marks.len();
        let body = self.block("function definition", def_start);
        self.flush_async_marks(marks);
        (self.loop_depth, self.func_depth, self.class_body, self.except_star) = saved;
        let body = super::yield_spill::spill_body(body?, &mut 0);
        let doc = docstring(&body);
        let (scope, decl_error) = super::scope::function_scope(&params, &body, self);
        if let Some(e) = decl_error {
            self.note_symtable_error(e);
        }
        let _ = start;
        Ok(Rc::new(FunctionDef {
            range: TextRange::new(def_start, self.prev_end()),
            name,
            params,
            body,
            decorators,
            returns,
            scope,
            doc,
        }))
    }

    fn classdef(&mut self, decorators: Vec<Expr>, start: u32) -> PResult<Rc<ClassDef>> {
        let class_start = self.advance().range.start;
        let name = self.name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.eat_op("(") {
            let (a, k) = self.call_args()?;
            bases = a;
            keywords = k;
            self.expect_op(")")?;
        }
        let saved = (self.loop_depth, self.func_depth, self.class_body, self.except_star);
        self.except_star = 0;
        self.loop_depth = 0;
        self.func_depth = 0;
        self.class_body = true;
        let body = self.block("class definition", class_start);
        (self.loop_depth, self.func_depth, self.class_body, self.except_star) = saved;
        let body = body?;
        let (declared, error) = super::scope::class_declarations(&body, self);
        if let Some(e) = error {
            self.note_symtable_error(e);
        }
        let doc = docstring(&body);
        let _ = start;
        Ok(Rc::new(ClassDef {
            range: TextRange::new(class_start, self.prev_end()),
            name,
            bases,
            keywords,
            body,
            decorators,
            doc,
            declared,
        }))
    }

    /// Parameters up to `close` (`)` for def, `:` for lambda).
    pub fn parameters(&mut self, close: &str) -> PResult<Parameters> {
        let mut p = Parameters::default();
        let mut seen_default = false;
        let mut star = false;
        let mut names: Vec<Name> = Vec::new();
        while !self.at_op(close) {
            let r = self.range();
            if self.eat_op("/") {
                if star || !p.posonly.is_empty() || p.args.is_empty() {
                    return Err(self.error("invalid syntax", r));
                }
                p.posonly = std::mem::take(&mut p.args);
            } else if self.eat_op("**") {
                let prm = self.param(close != ":", false, false)?;
                p.kwarg = Some(prm);
                self.eat_op(",");
                if !self.at_op(close) {
                    return Err(self.error("arguments cannot follow var-keyword argument", self.range()));
                }
                break;
            } else if self.eat_op("*") {
                if star {
                    return Err(self.error("* argument may appear only once", r));
                }
                star = true;
                if !self.at_op(",") {
                    p.vararg = Some(self.param(close != ":", false, true)?);
                } else if matches!(self.peek_at(1), Tok::Op(o) if *o == close) {
                    return Err(self.error("named arguments must follow bare *", r));
                }
            } else {
                let prm = self.param(close != ":", true, false)?;
                if names.contains(&prm.name) {
                    return Err(
                        self.error(format!("duplicate argument '{}' in function definition", prm.name), prm.range)
                    );
                }
                names.push(prm.name.clone());
                if star {
                    p.kwonly.push(prm);
                } else {
                    if prm.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(self.error("non-default argument follows default argument", prm.range));
                    }
                    p.args.push(prm);
                }
                if !self.at_op(close) && !self.at_op(",") {
                    return Err(self.invalid());
                }
                self.eat_op(",");
                continue;
            }
            if !self.at_op(close) && !self.eat_op(",") {
                return Err(self.invalid());
            }
        }
        Ok(p)
    }

    /// One parameter; `star`: it is `*args`, whose annotation may be starred (`*args: *Ts`).
    fn param(&mut self, annotations: bool, defaults: bool, star: bool) -> PResult<Param> {
        let start = self.range().start;
        let name = self.name()?;
        let annotation = match annotations && self.eat_op(":") {
            true if star && self.at_op("*") => Some(self.annotation(|p| {
                let at = p.advance().range.start;
                let value = p.bitor()?;
                Ok(Expr { range: TextRange::new(at, value.range.end), kind: ExprKind::Starred(Box::new(value)) })
            })?),
            true => Some(self.annotation(Self::test)?),
            false => None,
        };
        let end = self.prev_end();
        let default = if defaults && self.eat_op("=") { Some(self.test()?) } else { None };
        Ok(Param { range: TextRange::new(start, end), name, annotation, default })
    }
}

/// An invalid target that could be a mistyped comparison (`f() = 1`): CPython's
/// `invalid_named_expression` covers operands of `|` and below, but not tuples, lists,
/// generator expressions, `None`, `True` or `False`.
/// A target `invalid_named_expression` looks at: not a list, tuple, generator expression or
/// `True`/`None`/`False` (of a bare `a, b = ...`, the last item is one).
fn named_target(t: &Expr) -> bool {
    if let ExprKind::Tuple(items) = &t.kind {
        let bare = items.first().is_some_and(|first| first.range.start == t.range.start);
        return bare && items.last().is_some_and(named_target);
    }
    !matches!(
        &t.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp(_)
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
    )
}

fn maybe_comparison(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Constant(c) => !matches!(c, Constant::None | Constant::True | Constant::False),
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::BinOp { .. }
        | ExprKind::Call { .. }
        | ExprKind::JoinedStr(_)
        | ExprKind::Dict(_)
        | ExprKind::Set(_)
        | ExprKind::ListComp(_)
        | ExprKind::SetComp(_)
        | ExprKind::DictComp(_) => true,
        _ => false,
    }
}

fn aug_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "&=" => BinOp::BitAnd,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "@=" => BinOp::MatMult,
        _ => return None,
    })
}

/// Python 3.11's hard keywords (`keyword.kwlist`): `Name` tokens that are no identifier.
pub fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn expr_desc(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::ListComp(_) => "list comprehension",
        ExprKind::SetComp(_) => "set comprehension",
        ExprKind::DictComp(_) => "dict comprehension",
        ExprKind::GeneratorExp(_) => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Starred(_) => "starred",
        _ => "expression",
    }
}
