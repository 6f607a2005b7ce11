//! How far CPython's second parser pass reads, for one question: does it reach the end of the
//! input inside an unclosed bracket? When CPython's first pass fails, it parses again with its
//! `invalid_*` rules on, and two of them at every `expression` read past juxtaposed
//! expressions: `invalid_expression` (a disjunction, then another expression) and
//! `invalid_legacy_expression` (a name, then `star_expressions`, recursively). If that
//! reaches the end inside a bracket, the tokenizer's "'{' was never closed" is the error, so
//! `a b{` says "never closed" where `a.b c{` says "invalid syntax". metalab's parser words its
//! errors in one pass; this re-parse only measures the reach, and its result is dropped.
//! The same look-ahead (`trial`) decides the first pass's other backtrack: an empty subscript
//! inside brackets that reads as a list display (`juxtaposed_display`). A second re-parse
//! keeps one error: the legacy rule's "Missing parentheses", which matches code the first
//! pass accepts (`legacy_first`).

use super::ast::{Expr, ExprKind, TextRange};
use super::error::SyntaxError;
use super::lexer::{Tok, Token};
use super::parser::{is_keyword, PResult, Parser};

/// Where the furthest token CPython's second pass over these tokens asks for starts (a source
/// offset; the input's length for the end). `stop`: the token where metalab's parser stopped.
/// Past it, only a probe started before it reads on: metalab's own error hints parse ahead
/// where CPython's grammar doesn't.
pub(super) fn second_pass_reach(src: &str, toks: Vec<Token>, stop: usize) -> u32 {
    let mut p = Parser::new(src, toks);
    p.probing = Some(Probing::before(stop));
    let _ = p.parse_module();
    let reach = p.probing.as_ref().map_or(0, |q| q.reach);
    p.toks[reach.min(p.toks.len() - 1)].range.start
}

/// The error CPython's second pass raises first when it is `invalid_legacy_expression`'s
/// "Missing parentheses in call to 'print'": that rule matches code the first pass accepts
/// (`print -x` is a subtraction), so a syntax error anywhere later in the input turns an
/// earlier `print -x` into the error. metalab words its errors in one pass; this re-parse
/// finds that one. `stop`: the token where metalab's parser stopped, as for the reach.
fn second_pass_legacy(src: &str, toks: Vec<Token>, stop: usize) -> Option<SyntaxError> {
    let mut p = Parser::new(src, toks);
    p.probing = Some(Probing::before(stop));
    let e = p.parse_module().err();
    let first = p.probing.and_then(|q| q.raised).or(e)?;
    first.msg.starts_with(LEGACY).then_some(first)
}

impl Parser<'_> {
    /// The parser's error `e`, or the legacy-print error CPython's second pass meets before it.
    #[cold]
    #[inline(never)]
    pub(super) fn legacy_first(&self, e: SyntaxError) -> SyntaxError {
        // The rule needs `print` or `exec` not followed by `(`: without one, no re-parse.
        let bare = |w: &[Token]| {
            matches!(&w[0].tok, Tok::Name(n) if matches!(&**n, "print" | "exec")) && !matches!(w[1].tok, Tok::Op("("))
        };
        if self.probing.is_some() || !self.toks.windows(2).any(bare) {
            return e;
        }
        let Some(legacy) = second_pass_legacy(self.src, self.toks.clone(), self.pos) else { return e };
        // The re-parse stops at the first error in CPython's order. Within a line metalab's
        // parser words some rules' errors later than CPython (assignment targets after the
        // value): those stand unless the error is a generic one.
        let generic = matches!(e.msg.as_str(), "invalid syntax" | HINT | "unexpected indent" | "unexpected unindent")
            || e.msg.starts_with(LEGACY);
        if generic || legacy.line < e.line {
            legacy
        } else {
            e
        }
    }
}

const LEGACY: &str = "Missing parentheses in call to";
const HINT: &str = "invalid syntax. Perhaps you forgot a comma?";

/// The state of the re-parse.
pub(super) struct Probing {
    before: usize,
    nesting: u32,
    /// The furthest token a probe asked for. Only the probes count: metalab's statement
    /// parser scans ahead where CPython's doesn't.
    reach: usize,
    /// Inside `expression_without_invalid`: an `expression` read there is memoized with the
    /// rules off, so a later read at that start runs none of them (`foo bar(print x)` is
    /// "invalid syntax").
    silent: bool,
    /// The first error a probe raised: CPython's pass ends there, even where metalab's parser
    /// drops the error of a look-ahead.
    raised: Option<SyntaxError>,
}

impl Probing {
    fn before(stop: usize) -> Self {
        Probing { before: stop, nesting: 0, reach: 0, silent: false, raised: None }
    }

    /// Probes everywhere, for a look-ahead of the first pass's own.
    fn nested() -> Self {
        Probing { before: 0, nesting: 1, reach: 0, silent: false, raised: None }
    }
}

impl Parser<'_> {
    /// Whether `test()` probes here: before the stop, or inside another probe.
    pub(super) fn probes_here(&self) -> bool {
        self.probing.as_ref().is_some_and(|p| p.nesting > 0 || self.pos < p.before)
    }

    /// Runs the two reading `invalid_*` rules at the expression starting here (each start once,
    /// as CPython memoizes `expression`), then puts the parser back where it was. `Err` when
    /// `invalid_expression` would raise "Perhaps you forgot a comma?", which ends the pass.
    #[inline(never)]
    pub(super) fn probe_expression(&mut self) -> PResult<()> {
        let start = self.pos;
        if !self.probed.insert(start) || self.probing.as_ref().is_some_and(|p| p.silent) {
            return Ok(());
        }
        if let Some(p) = self.probing.as_mut() {
            p.nesting += 1;
        }
        let looked = self.looked.replace(start);
        let raised = self.trial(|p| p.probe_juxtaposed(start));
        let reach = self.looked.get();
        self.looked.set(looked.max(reach));
        if let Some(p) = self.probing.as_mut() {
            p.nesting -= 1;
            p.reach = p.reach.max(reach);
            if let (None, Err(e)) = (&p.raised, &raised) {
                p.raised = Some(e.clone());
            }
            // An error raised inside a look-ahead whose error metalab drops still ends the pass.
            if let Some(e) = &p.raised {
                return Err(e.clone());
            }
        }
        raised
    }

    /// Runs `f` and puts the parser back as it was (position, nesting, warnings, the pending
    /// compile error): a look ahead whose parse is not kept.
    pub(super) fn trial<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let (pos, depth, warnings) = (self.pos, self.depth, self.warnings.len());
        let lex_warnings = self.lex_warnings.len();
        let compile_error = self.compile_error.clone();
        let marks = self.async_marks.clone();
        let r = f(self);
        self.async_marks = marks;
        self.pos = pos;
        self.depth = depth;
        self.warnings.truncate(warnings);
        self.lex_warnings.truncate(lex_warnings);
        self.compile_error = compile_error;
        r
    }

    fn probe_juxtaposed(&mut self, start: usize) -> PResult<()> {
        let first = self.peek().clone();
        let name = matches!(&first, Tok::Name(n) if !is_keyword(n));
        // invalid_expression: `!(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid`.
        if !self.comma_hint_blocked_at(start) {
            if let Some((a, b)) = self.juxtaposed_pair() {
                if !is_legacy_name(&a) && self.bracket_level(self.pos - 1) > 0 {
                    let r = TextRange::new(a.range.start, b.range.end);
                    return Err(self.error(HINT, r));
                }
            }
        }
        // invalid_legacy_expression: `NAME !'(' star_expressions`, with the rules still on.
        self.pos = start;
        if name && !matches!(self.peek_at(1), Tok::Op("(")) {
            self.pos = start + 1;
            let end = self.probe_star_expressions()?;
            if let (Tok::Name(n), Some(end)) = (&first, end) {
                if matches!(&**n, "print" | "exec") {
                    let r = TextRange::new(self.tok_at(start).range.start, end);
                    return Err(self.legacy_error(n, r));
                }
            }
        }
        Ok(())
    }

    /// CPython's second pass after a comma hint refused at token `i` (a name that is a prefix
    /// of a soft keyword: `[c foo bar]`): `invalid_legacy_expression` reads the name, then
    /// `star_expressions` with the rules on, so the hint or "Missing parentheses" can come
    /// from the expressions after it (`foo bar`).
    #[cold]
    #[inline(never)]
    pub(super) fn after_refused_hint(&mut self, i: usize) -> PResult<()> {
        let outer = self.probing.replace(Probing::nested());
        let raised = self.trial(|p| {
            p.pos = i;
            p.probe_juxtaposed(i)
        });
        let inner = std::mem::replace(&mut self.probing, outer);
        if let (Some(o), Some(n)) = (self.probing.as_mut(), inner) {
            o.reach = o.reach.max(n.reach);
        }
        raised
    }

    /// `star_expressions` here for its reach, as CPython's `invalid_legacy_expression` and
    /// `invalid_del_stmt` read it; only the errors of the rules that end the pass (the comma
    /// hint, "Missing parentheses") are kept. `Ok(Some(end))` when it parsed, ending at `end`.
    pub(super) fn probe_star_expressions(&mut self) -> PResult<Option<u32>> {
        match self.trial(|p| p.star_expressions()) {
            Ok(e) => Ok(Some(e.range.end)),
            Err(e) if e.msg == HINT => Err(e),
            Err(e) if e.msg.starts_with(LEGACY) => Err(e),
            Err(_) => Ok(None),
        }
    }

    /// Whether the expression starting at `i` is one CPython's second pass has memoized (the
    /// re-parse probed it already): its `invalid_*` rules don't run again there.
    pub(super) fn memoized(&self, i: usize) -> bool {
        self.probing.is_some() && self.probed.contains(&i)
    }

    /// Whether CPython's `invalid_expression` refuses to start at token `i`: its
    /// `!(NAME STRING | SOFT_KEYWORD)`. 3.11 tests a soft keyword with `strncmp` over the
    /// name's length, so any prefix of `match`, `case` or `_` counts (`f(m x)` gets no hint).
    pub(super) fn comma_hint_blocked_at(&self, i: usize) -> bool {
        let Tok::Name(n) = &self.tok_at(i).tok else { return false };
        let n: &str = n;
        let soft_keyword = ["match", "case", "_"].iter().any(|k| k.starts_with(n));
        soft_keyword || (!is_keyword(n) && matches!(self.tok_at(i + 1).tok, Tok::Str { .. }))
    }

    /// `a=disjunction b=expression_without_invalid`. `a` is read without probes (CPython's
    /// rules run there, but probing inside probes would nest a probe's frames per bracket
    /// level, which overflows the browser's stack at 200 levels); `b` with the rules off.
    fn juxtaposed_pair(&mut self) -> Option<(Expr, Expr)> {
        let probing = self.probing.take();
        let a = self.or_test();
        self.probing = probing;
        let a = a.ok()?;
        let silent = self.probing.as_mut().map(|p| std::mem::replace(&mut p.silent, true));
        let b = self.test_unprobed();
        if let (Some(p), Some(silent)) = (self.probing.as_mut(), silent) {
            p.silent = silent;
        }
        Some((a, b.ok()?))
    }

    /// Whether a subscript that failed at `open` (its `[`) reads as a list display juxtaposed
    /// with what precedes it, inside other brackets: CPython's comma hint then.
    pub(super) fn juxtaposed_display(&mut self, open: usize) -> bool {
        if let Some(&known) = self.juxtaposed.get(&open) {
            return known;
        }
        let juxtaposed = open > 0
            && self.bracket_level(open - 1) > 0
            && self.trial(|p| {
                p.pos = open;
                p.test().is_ok()
            });
        self.juxtaposed.insert(open, juxtaposed);
        juxtaposed
    }

    /// The bracket depth at token `i`, counted as CPython's tokenizer does.
    fn bracket_level(&self, i: usize) -> usize {
        let mut level = 0usize;
        for t in self.toks.iter().take(i + 1) {
            match t.tok {
                Tok::Op("(" | "[" | "{") => level += 1,
                Tok::Op(")" | "]" | "}") => level = level.saturating_sub(1),
                _ => {}
            }
        }
        level
    }
}

/// `print x` and `exec x` are CPython's legacy statements, which get their own message.
fn is_legacy_name(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n, ..) if matches!(&**n, "print" | "exec"))
}
