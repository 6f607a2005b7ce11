//! `await`: metalab runs no async code, so every `await` is one of CPython's compile errors,
//! and which one depends on the scope it stands in: the module or a class body ("'await'
//! outside function"), a function or lambda ("outside async function"), or a list, set or
//! dict comprehension, which the `await` turns into an asynchronous one (CPython's compiler
//! names the comprehension, and an enclosing comprehension before it).

use super::ast::{Expr, StmtKind, TextRange};
use super::lexer::Tok;
use super::parser::{PResult, Parser};

/// An `await` (or a comprehension made asynchronous by one) whose error waits for the end of
/// its scope, where an enclosing comprehension may claim it.
#[derive(Clone, Copy)]
pub(super) enum AsyncMark {
    Await { range: TextRange, in_function: bool },
    Comprehension(TextRange),
}

impl AsyncMark {
    fn range(&self) -> TextRange {
        match self {
            AsyncMark::Await { range, .. } | AsyncMark::Comprehension(range) => *range,
        }
    }
}

impl Parser<'_> {
    /// `await primary` (CPython's `await_primary`), read for its error.
    #[inline(never)]
    pub(super) fn await_primary(&mut self) -> PResult<Expr> {
        let start = self.advance().range.start;
        let mut e = self.primary()?;
        let range = TextRange::new(start, self.prev_end());
        self.async_marks.push(AsyncMark::Await { range, in_function: self.func_depth > 0 });
        // The node stands for the whole `await x` (the program never runs).
        e.range = range;
        Ok(e)
    }

    /// The end of a function or lambda body: the marks made since `from` are its errors.
    pub(super) fn flush_async_marks(&mut self, from: usize) {
        let marks: Vec<AsyncMark> = self.async_marks.drain(from.min(self.async_marks.len())..).collect();
        for m in marks {
            let msg = match m {
                AsyncMark::Await { in_function: false, .. } => "'await' outside function",
                AsyncMark::Await { in_function: true, .. } => "'await' outside async function",
                AsyncMark::Comprehension(_) => "asynchronous comprehension outside of an asynchronous function",
            };
            let e = self.error(msg, m.range());
            self.note_compile_error(e);
        }
    }

    /// A comprehension spanning `range` (up to its closing bracket) claims the marks inside it but outside its first
    /// iterable (which runs in the enclosing scope). A generator expression with an `await`
    /// is an async generator, which metalab cannot run.
    pub(super) fn claim_async_marks(&mut self, range: TextRange, first_iter: TextRange, generator: bool) {
        // CPython's range takes in the closing bracket, the next token.
        let range = TextRange::new(range.start, self.range().end.max(range.end));
        let inside = |r: TextRange| r.start >= range.start && r.end <= range.end;
        let in_iter = |r: TextRange| r.start >= first_iter.start && r.end <= first_iter.end;
        let before = self.async_marks.len();
        self.async_marks.retain(|m| !inside(m.range()) || in_iter(m.range()));
        if self.async_marks.len() == before {
            return;
        }
        if generator {
            let e = self.error("metalab does not support async code", range);
            self.note_compile_error(e);
        } else {
            self.async_marks.push(AsyncMark::Comprehension(range));
        }
    }
}

impl Parser<'_> {
    /// A statement starting with `async`. `async def` is refused; `async for` and `async
    /// with` parse as their plain forms and are the compiler's "outside async function" (there
    /// is no async function to be inside); anything else is invalid syntax after `async`.
    pub(super) fn async_stmt(&mut self, start: u32) -> PResult<StmtKind> {
        let what = match self.peek_at(1) {
            Tok::Name(n) if matches!(&**n, "for" | "with") => n.clone(),
            Tok::Name(n) if &**n == "def" => {
                return Err(self.error("metalab does not support async code", self.range()));
            }
            _ => {
                self.advance();
                return Err(self.invalid());
            }
        };
        self.advance();
        let kind = if &*what == "for" { self.for_stmt()? } else { self.with_stmt()? };
        let e = self.error(format!("'async {what}' outside async function"), TextRange::new(start, self.prev_end()));
        self.note_compile_error(e);
        Ok(kind)
    }
}

impl Parser<'_> {
    /// At a comprehension's `for` or `async for`.
    pub(super) fn at_comp_for(&self) -> bool {
        self.at_kw("for") || (self.at_kw("async") && matches!(self.peek_at(1), Tok::Name(n) if &**n == "for"))
    }

    /// Reads the `async` of a comprehension's `async for`, which makes the comprehension
    /// asynchronous as an `await` in it does.
    pub(super) fn eat_async_for(&mut self) {
        if self.at_kw("async") {
            let range = self.advance().range;
            self.async_marks.push(AsyncMark::Comprehension(range));
        }
    }
}
