//! Future statements (`from __future__ import annotations`): CPython's `future.c` reads the
//! ones at the top of a module before its symtable and compiler run, and its compiler rejects
//! any other. Of the features only `annotations` (PEP 563) changes what metalab runs: every
//! later annotation of the unit becomes the string of its source, never evaluated, so the
//! parser replaces it with that string constant as it reads it.

use super::ast::{Constant, Expr, ExprKind, Stmt, StmtKind, TextRange};
use super::parser::{PResult, Parser};

/// The features CPython 3.11's compiler accepts (all of them are in effect by default, or
/// ignored, except `annotations`).
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

const LATE: &str = "from __future__ imports must occur at the beginning of the file";

/// Where the parser is in the module's leading run of future statements (`future_parse`).
#[derive(Debug, Default, Clone)]
pub struct Future {
    /// `from __future__ import annotations` is in effect (read, or inherited by `exec`).
    pub annotations: bool,
    /// Top-level statements read so far.
    count: usize,
    /// A statement other than a future import was read: no more may follow.
    done: bool,
    /// The leading run has ended (a later line after `done`, or an error).
    closed: bool,
    /// The line of the last top-level statement read while open.
    prev_line: u32,
    /// The line of the last future statement (CPython's `ff_lineno`; 0 for none).
    last_line: u32,
}

fn is_future_import(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), .. } if &**m == "__future__")
}

impl Parser<'_> {
    /// Notes statement `s`, just read; `top`: it is one of the module's own statements.
    pub(super) fn future_statement(&mut self, s: &Stmt, top: bool) {
        if top && !self.future.closed {
            self.future_scan(s);
        }
        // CPython's compiler: a future import on a line after the last accepted one.
        if is_future_import(s) && self.line_at(s.range.start) > self.future.last_line {
            self.note_compile_error(self.error(LATE, s.range));
        }
    }

    /// One step of CPython's `future_parse` over the module's statements.
    fn future_scan(&mut self, s: &Stmt) {
        let f = &mut self.future;
        f.count += 1;
        let docstring = matches!(&s.kind, StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(_)), .. }));
        if f.count == 1 && docstring {
            return;
        }
        let line = self.line_at(s.range.start);
        let f = &mut self.future;
        if f.done && line > f.prev_line {
            f.closed = true;
            return;
        }
        f.prev_line = line;
        if !is_future_import(s) {
            f.done = true;
            return;
        }
        if f.done {
            // After another statement on the same line: CPython places this error one
            // column early (it passes the 0-based column as the 1-based offset).
            let at = s.range.start - 1;
            return self.note_future_error(self.error(LATE, TextRange::new(at, at + 1)));
        }
        f.last_line = line;
        let StmtKind::ImportFrom { names, .. } = &s.kind else { return };
        for alias in names {
            match &*alias.name {
                "annotations" => self.future.annotations = true,
                name if FEATURES.contains(&name) => {}
                name => {
                    let msg = if name == "braces" {
                        "not a chance".into()
                    } else {
                        format!("future feature {name} is not defined")
                    };
                    let at = s.range.start;
                    return self.note_future_error(self.error(msg, TextRange::new(at, at + 1)));
                }
            }
        }
    }

    fn note_future_error(&mut self, e: super::SyntaxError) {
        self.future.closed = true;
        self.note_error_of_phase(0, e);
    }

    /// An annotation, read by `parse`: under `annotations`, the string CPython stores for it.
    /// CPython never compiles it then, so its compile-time warnings go; and its scope (an
    /// annotation block) may not hold a `yield` or a `:=`.
    pub(super) fn annotation(&mut self, parse: impl FnOnce(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let (warnings, errors) = (self.warnings.len(), self.compile_error.clone());
        let e = parse(self)?;
        if !self.future.annotations {
            return Ok(e);
        }
        self.warnings.truncate(warnings);
        if let Some((what, r)) = block_error(&e) {
            // CPython checks this before what a comprehension in the annotation breaks.
            self.compile_error = errors;
            self.note_symtable_error(self.error(format!("'{what}' can not be used within an annotation"), r));
        }
        let text = self.str_constant(super::unparse::unparse(&e));
        Ok(Expr { range: e.range, kind: ExprKind::Constant(Constant::Str(text)) })
    }
}

/// The first `yield` or `:=` CPython's symtable meets in annotation `e`, whose scope allows
/// neither. Lambdas and comprehensions are scopes of their own (a comprehension's first
/// iterable excepted, which its enclosing scope evaluates).
fn block_error(e: &Expr) -> Option<(&'static str, TextRange)> {
    let mut bad = None;
    super::walrus_check::walk(e, &mut |x| {
        match &x.kind {
            _ if bad.is_some() => {}
            ExprKind::Lambda(_) => {}
            ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) => {
                bad = c.generators.first().and_then(|g| block_error(&g.iter));
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => bad = Some(("yield expression", x.range)),
            ExprKind::NamedExpr { .. } => bad = Some(("named expression", x.range)),
            _ => return true,
        }
        false
    });
    bad
}
