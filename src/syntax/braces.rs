//! Dict and set displays (`{...}`), with the errors CPython's second parser pass gives inside
//! a dict: its `invalid_double_starred_kvpairs` and `invalid_kvpair` rules.

use super::ast::*;
use super::expr::{mk, with_range};
use super::parser::{PResult, Parser};
use super::SyntaxError;

impl Parser<'_> {
    #[inline(never)]
    pub(super) fn brace_display(&mut self, s: u32) -> PResult<Expr> {
        if self.eat_op("}") {
            return Ok(mk(s, self.prev_end(), ExprKind::Dict(Vec::new())));
        }
        if self.at_op("**") {
            let start = self.advance().range.start;
            let v = self.bitor()?;
            if self.at_comp_for() {
                let r = TextRange::new(start, start + 2);
                return Err(self.error("dict unpacking cannot be used in dict comprehension", r));
            }
            return self.dict_rest(s, vec![(None, v)]);
        }
        // A dict's key is not a `star_named_expression`: `{a := 1: 2}` and `{*a: 2}` fail at the `:`.
        let walrus = self.at_walrus();
        let first = self.star_named_expr()?;
        if (walrus || matches!(first.kind, ExprKind::Starred(_))) && self.at_op(":") {
            return Err(self.invalid());
        }
        if self.eat_op(":") {
            let v = self.dict_value()?;
            if self.at_comp_for() {
                let c = self.comprehension(first, Some(v), s, "dict")?;
                self.expect_op("}")?;
                return Ok(with_range(c, TextRange::new(s, self.prev_end())));
            }
            return self.dict_rest(s, vec![(Some(first), v)]);
        }
        let first = self.no_assign(first)?;
        self.display_rest(s, first, "set")
    }

    fn dict_rest(&mut self, s: u32, mut pairs: Vec<(Option<Expr>, Expr)>) -> PResult<Expr> {
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                let v = self.bitor()?;
                pairs.push((None, v));
                continue;
            }
            let key_start = self.pos;
            let k = match self.test() {
                Ok(k) => k,
                Err(e) => return Err(self.key_prefix_error(key_start).unwrap_or(e)),
            };
            if !self.eat_op(":") {
                return Err(missing_colon(self, k.range.end));
            }
            let v = self.dict_value()?;
            pairs.push((Some(k), v));
        }
        self.close("}", pairs.last().map(|(_, v)| v.range.start))?;
        Ok(mk(s, self.prev_end(), ExprKind::Dict(pairs)))
    }

    /// A value after a key's `:`. CPython names the two mistakes there: nothing before the next
    /// `,`/`}`, and a starred value.
    fn dict_value(&mut self) -> PResult<Expr> {
        if self.at_op("}") || self.at_op(",") {
            let colon = self.toks[self.pos - 1].range;
            return Err(self.error("expression expected after dictionary key and ':'", colon));
        }
        if self.at_op("*") {
            let star = self.range().start;
            self.advance();
            let v = self.bitor()?;
            return Err(
                self.error("cannot use a starred expression in a dictionary value", TextRange::new(star, v.range.end))
            );
        }
        self.test()
    }

    /// A key after earlier pairs that failed to parse: CPython backtracks to the longest
    /// expression it can read there (`"b" + :` reads `"b"`, `f(a b)` reads `f`: its error
    /// rules don't fire inside) and, as no `:` follows it, says the `:` is missing. `None`
    /// when no expression starts here (`(a b)` keeps its own error).
    fn key_prefix_error(&mut self, start: usize) -> Option<SyntaxError> {
        let (end, _) = self.longest_test(start)?;
        Some(missing_colon(self, end))
    }
}

/// CPython's `invalid_kvpair`: the error points at the last character of the key.
fn missing_colon(p: &Parser<'_>, key_end: u32) -> SyntaxError {
    p.error("':' expected after dictionary key", TextRange::new(key_end - 1, key_end))
}
