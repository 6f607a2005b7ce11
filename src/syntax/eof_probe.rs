//! How far CPython's second parser pass reads, for one question: does it reach the end of the
//! input inside an unclosed bracket? When CPython's first pass fails, it parses again with its
//! `invalid_*` rules on, and two of them at every `expression` read past juxtaposed
//! expressions: `invalid_expression` (a disjunction, then another expression) and
//! `invalid_legacy_expression` (a name, then `star_expressions`, recursively). If that
//! reaches the end inside a bracket, the tokenizer's "'{' was never closed" is the error, so
//! `a b{` says "never closed" where `a.b c{` says "invalid syntax". metalab's parser words its
//! errors in one pass; this re-parse only measures the reach, and its result is dropped.
//! The same look-ahead (`trial`) decides the first pass's other backtrack: an empty subscript
//! inside brackets that reads as a list display (`juxtaposed_display`).

use super::ast::{Expr, ExprKind, TextRange};
use super::lexer::{Tok, Token};
use super::parser::{is_keyword, PResult, Parser};

/// Where the furthest token CPython's second pass over these tokens asks for starts (a source
/// offset; the input's length for the end). `stop`: the token where metalab's parser stopped.
/// Past it, only a probe started before it reads on: metalab's own error hints parse ahead
/// where CPython's grammar doesn't.
pub(super) fn second_pass_reach(src: &str, toks: Vec<Token>, stop: usize) -> u32 {
    let mut p = Parser::new(src, toks);
    p.probing = Some(Probing { before: stop, nesting: 0, reach: 0 });
    let _ = p.parse_module();
    let reach = p.probing.as_ref().map_or(0, |q| q.reach);
    p.toks[reach.min(p.toks.len() - 1)].range.start
}

/// The state of the re-parse.
pub(super) struct Probing {
    before: usize,
    nesting: u32,
    /// The furthest token a probe asked for. Only the probes count: metalab's statement
    /// parser scans ahead where CPython's doesn't.
    reach: usize,
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
        if !self.probed.insert(start) {
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
            let probing = self.probing.take();
            let pair = self.juxtaposed_pair();
            self.probing = probing;
            if let Some((a, b)) = pair {
                if !is_legacy_name(&a) && self.bracket_level(self.pos - 1) > 0 {
                    let r = TextRange::new(a.range.start, b.range.end);
                    return Err(self.error("invalid syntax. Perhaps you forgot a comma?", r));
                }
            }
        }
        // invalid_legacy_expression: `NAME !'(' star_expressions`, with the rules still on.
        self.pos = start;
        if name && !matches!(self.peek_at(1), Tok::Op("(")) {
            self.pos = start + 1;
            self.probe_star_expressions()?;
        }
        Ok(())
    }

    /// `star_expressions` here for its reach, as CPython's `invalid_legacy_expression` and
    /// `invalid_del_stmt` read it; only the comma hint, which ends the pass, is kept.
    pub(super) fn probe_star_expressions(&mut self) -> PResult<()> {
        match self.trial(|p| p.star_expressions()) {
            Err(e) if e.msg == "invalid syntax. Perhaps you forgot a comma?" => Err(e),
            _ => Ok(()),
        }
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

    fn juxtaposed_pair(&mut self) -> Option<(Expr, Expr)> {
        let a = self.or_test().ok()?;
        let b = self.test().ok()?;
        Some((a, b))
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
