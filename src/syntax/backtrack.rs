//! What CPython's parser reads where metalab's stops. CPython's second pass re-parses with
//! rules that, after the first pass failed, take the longest expression its PEG parser can
//! read at a point (backtracking out of `"b" + :` to `"b"`, out of `f(a b)` to `f`) and word
//! the error around it: a dict key missing its `:`, Python 2's `print x`.

use super::ast::{Expr, TextRange};
use super::lexer::Tok;
use super::parser::{is_keyword, PResult, Parser};
use super::SyntaxError;

impl Parser<'_> {
    /// The end of the longest expression (`test`) read from token `start`, and the token after
    /// it. metalab's parser reads greedily and fails where a PEG parser backtracks, so on a
    /// failure this finds the longest run of tokens before the failure that parses whole.
    pub(super) fn longest_test(&mut self, start: usize) -> Option<(u32, usize)> {
        self.longest(start, Parser::test).map(|(e, next)| (e.range.end, next))
    }

    /// The longest `star_expressions` read from token `start`, and the token after it.
    pub(super) fn longest_star_expressions(&mut self, start: usize) -> Option<(Expr, usize)> {
        self.longest(start, Parser::star_expressions)
    }

    fn longest(&mut self, start: usize, rule: fn(&mut Self) -> PResult<Expr>) -> Option<(Expr, usize)> {
        let (parsed, stop) = self.trial(|p| {
            p.pos = start;
            let parsed = rule(p).ok().map(|e| (e, p.pos));
            (parsed, p.pos)
        });
        if parsed.is_some() {
            return parsed;
        }
        let stop = stop.min(self.toks.len() - 1);
        (start + 1..=stop).rev().find_map(|cut| self.parse_cut_at(start, cut, rule))
    }

    /// The expression parsed from token `start` with the input cut before token `cut` (a
    /// newline there ends every expression), if it reads all the tokens before the cut.
    fn parse_cut_at(
        &mut self,
        start: usize,
        cut: usize,
        rule: fn(&mut Self) -> PResult<Expr>,
    ) -> Option<(Expr, usize)> {
        let saved = std::mem::replace(&mut self.toks[cut].tok, Tok::Newline);
        let parsed = self.trial(|p| {
            p.pos = start;
            rule(p).ok().filter(|_| p.pos == cut).map(|e| (e, p.pos))
        });
        self.toks[cut].tok = saved;
        parsed
    }

    /// After `print` or `exec`: a token that starts an expression but cannot continue one, so
    /// the statement is Python 2's `print x` (`print -x` and `print (x)` are Python 3).
    pub(super) fn at_legacy_argument(&self) -> bool {
        match self.peek() {
            Tok::Str { .. } | Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imag(_) => true,
            Tok::Op(op) => matches!(*op, "..." | "~" | "{"),
            Tok::Name(n) if &**n == "not" => !matches!(self.peek_at(1), Tok::Name(m) if &**m == "in"),
            Tok::Name(n) => !is_keyword(n) || matches!(&**n, "None" | "True" | "False" | "lambda" | "await"),
            _ => false,
        }
    }

    /// CPython's `invalid_legacy_expression`: the name, then `star_expressions`, underlined
    /// together. The first expression is the longest one read there (CPython's earlier
    /// attempt at that point left its parts memoized without the error rules); the ones after
    /// a comma keep their own errors, and only a plain failure backtracks.
    #[cold]
    #[inline(never)]
    pub(super) fn legacy_call(&mut self, name: &str, start: u32) -> SyntaxError {
        let Some((first_end, next)) = self.longest_test(self.pos) else { return self.invalid() };
        let rest = self.trial(|p| {
            p.pos = next;
            let mut end = first_end;
            while p.eat_op(",") {
                end = p.prev_end();
                if p.ends_expr_list() {
                    break;
                }
                let item = p.pos;
                end = match p.star_expr() {
                    Ok(e) => e.range.end,
                    Err(e) if e.msg != "invalid syntax" => return Err(e),
                    Err(e) => match p.longest_test(item) {
                        Some((end, after)) => {
                            p.pos = after;
                            end
                        }
                        None => return Err(e),
                    },
                };
            }
            Ok(end)
        });
        match rest {
            Ok(end) => self.legacy_error(name, TextRange::new(start, end)),
            Err(e) => e,
        }
    }

    /// CPython's message for Python 2's `print x` or `exec x`, underlining `r`.
    pub(super) fn legacy_error(&self, name: &str, r: TextRange) -> SyntaxError {
        self.error(format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"), r)
    }
}
