//! Expression parsing with Python's precedence, plus f-strings and comprehensions.

use super::ast::*;
use super::lexer::{unescape, Lexer, Tok};
use super::parser::{is_keyword, PResult, Parser};
use super::SyntaxError;
use std::ops::ControlFlow;
use std::rc::Rc;

pub(super) fn mk(start: u32, end: u32, kind: ExprKind) -> Expr {
    Expr { range: TextRange::new(start, end), kind }
}

/// A comprehension given the range of its brackets (kept in the comprehension too).
pub(super) fn with_range(mut e: Expr, range: TextRange) -> Expr {
    e.range = range;
    if let ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) =
        &mut e.kind
    {
        if let Some(c) = Rc::get_mut(c) {
            c.range = range;
        }
    }
    e
}

impl<'a> Parser<'a> {
    /// `a, *b, c` (a tuple when there is a comma), where a statement has an expression: no
    /// unparenthesized `x := 1` (CPython's `star_expressions`).
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        self.expr_list(Self::star_expr)
    }

    /// `star_expressions` where `x := 1` may stand (a `match` subject).
    pub fn star_named_expressions(&mut self) -> PResult<Expr> {
        self.expr_list(Self::star_named_expr)
    }

    fn expr_list(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let hint = std::mem::replace(&mut self.walrus_hint, self.pos == self.stmt_start);
        let list = self.expr_list_items(item);
        self.walrus_hint = hint;
        list
    }

    fn expr_list_items(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.range().start;
        let first = item(self)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.ends_expr_list() {
                break;
            }
            items.push(item(self)?);
        }
        Ok(mk(start, self.prev_end(), ExprKind::Tuple(items)))
    }

    pub(super) fn ends_expr_list(&self) -> bool {
        matches!(
            self.peek(),
            Tok::Newline
                | Tok::Eof
                | Tok::Op("=")
                | Tok::Op(")")
                | Tok::Op("]")
                | Tok::Op("}")
                | Tok::Op(":")
                | Tok::Op(";")
        ) || matches!(self.peek(), Tok::Op(o) if o.ends_with('=') && !matches!(*o, "==" | "!=" | "<=" | ">="))
            || self.at_kw("in")
    }

    pub fn star_expressions_or_yield(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            return self.yield_expr();
        }
        self.star_expressions()
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let r = self.advance().range;
        if self.func_depth == 0 {
            self.note_compile_error(self.error("'yield' outside function", r));
        }
        if self.eat_kw("from") {
            let v = self.test()?;
            return Ok(mk(r.start, self.prev_end(), ExprKind::YieldFrom(Box::new(v))));
        }
        if matches!(self.peek(), Tok::Newline | Tok::Eof | Tok::Op(")") | Tok::Op(";") | Tok::Op("=")) {
            return Ok(mk(r.start, r.end, ExprKind::Yield(None)));
        }
        let v = self.star_expressions()?;
        self.note_starred_value(&v);
        Ok(mk(r.start, self.prev_end(), ExprKind::Yield(Some(Box::new(v)))))
    }

    /// An item inside brackets, where `x := 1` may stand and `=` cannot follow.
    pub(super) fn bracket_item(&mut self) -> PResult<Expr> {
        let e = self.star_named_expr()?;
        self.no_assign(e)
    }

    /// `*x` or an expression (`star_expression`). `name := value` here fails at the `:=`;
    /// in a statement's first expression list, any other target gets CPython's "cannot use
    /// assignment expressions with ..." (its `invalid_assignment` reads that list as
    /// `star_named_expression`s); elsewhere (`x = a.b := 1`) the `:=` is invalid syntax.
    pub(super) fn star_expr(&mut self) -> PResult<Expr> {
        if let Some(e) = self.starred()? {
            return Ok(e);
        }
        if self.at_walrus() || !self.walrus_hint {
            return self.test();
        }
        self.named_test()
    }

    /// At `name :=` (a name, not a keyword).
    pub(super) fn at_walrus(&self) -> bool {
        self.name_then(":=").is_some_and(|n| !is_keyword(&n))
    }

    /// `*x`, `x := 1` or an expression (`star_named_expression`).
    pub(super) fn star_named_expr(&mut self) -> PResult<Expr> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.named_test(),
        }
    }

    fn starred(&mut self) -> PResult<Option<Expr>> {
        if !self.at_op("*") {
            return Ok(None);
        }
        let start = self.advance().range.start;
        let v = self.bitor()?;
        Ok(Some(mk(start, self.prev_end(), ExprKind::Starred(Box::new(v)))))
    }

    /// `name := value` or a plain test.
    pub fn named_test(&mut self) -> PResult<Expr> {
        self.named_test_in(false)
    }

    /// `in_call`: a call's argument, where CPython's grammar has no special message for
    /// `x.y := 1` (just "invalid syntax" at `:=`).
    fn named_test_in(&mut self, in_call: bool) -> PResult<Expr> {
        if self.at_walrus() {
            return self.named_expr();
        }
        let e = self.test()?;
        if matches!(self.peek(), Tok::Op(":=")) {
            return Err(self.misplaced_walrus(&e, in_call));
        }
        Ok(e)
    }

    /// `name := value`, at the name.
    #[inline(never)]
    fn named_expr(&mut self) -> PResult<Expr> {
        let t = self.advance();
        let (start, Tok::Name(n)) = (t.range.start, t.tok) else { return Err(self.invalid()) };
        self.advance();
        let v = self.test()?;
        Ok(mk(start, self.prev_end(), ExprKind::NamedExpr { target: n, value: Box::new(v) }))
    }

    /// A `:=` after `e`, which is not a plain name.
    #[cold]
    #[inline(never)]
    fn misplaced_walrus(&mut self, e: &Expr, in_call: bool) -> SyntaxError {
        // CPython's rule needs an expression after the `:=` (a prefix is enough).
        let after_yield = matches!(self.peek_at(1), Tok::Name(n) if &**n == "yield");
        if in_call || after_yield || self.longest_test(self.pos + 1).is_none() {
            return self.invalid();
        }
        let what = match &e.kind {
            ExprKind::Name(..) => "name",
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            _ => super::parser::expr_desc(e),
        };
        self.error(format!("cannot use assignment expressions with {what}"), e.range)
    }

    pub fn test(&mut self) -> PResult<Expr> {
        if self.probes_here() {
            self.probe_expression()?;
        }
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    /// `test()` without the probe at its start: CPython's `expression_without_invalid`, which
    /// is not the memoized `expression`.
    pub(super) fn test_unprobed(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    fn test_inner(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let start = self.range().start;
        let body = self.or_test()?;
        if self.at_kw("if") {
            return self.if_exp(start, body);
        }
        Ok(body)
    }

    /// `body if test else orelse`, at the `if`.
    #[inline(never)]
    fn if_exp(&mut self, start: u32, body: Expr) -> PResult<Expr> {
        self.advance();
        let test = self.or_test()?;
        // CPython's rule doesn't fire before a `:` (`{a if b: 1}`, `lambda: a if b: 1`).
        if self.at_op(":") {
            return Err(self.invalid());
        }
        if !self.eat_kw("else") {
            return Err(self.error("expected 'else' after 'if' expression", TextRange::new(start, self.prev_end())));
        }
        let orelse = self.test()?;
        Ok(mk(
            start,
            self.prev_end(),
            ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
        ))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.advance().range.start;
        let params = self.parameters(":")?;
        self.expect_op(":")?;
        let saved = (self.func_depth, self.loop_depth, self.class_body);
        self.func_depth += 1;
        self.loop_depth = 0;
        self.class_body = false;
        let marks = self.async_marks.len();
        let body = self.test();
        self.flush_async_marks(marks);
        (self.func_depth, self.loop_depth, self.class_body) = saved;
        let body = body?;
        let scope = super::scope::lambda_scope(&params, &body);
        Ok(mk(
            start,
            self.prev_end(),
            ExprKind::Lambda(Rc::new(Lambda { range: TextRange::new(start, self.prev_end()), params, body, scope })),
        ))
    }

    pub(super) fn or_test(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let first = self.and_test()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        self.bool_chain(start, first, BoolOp::Or)
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let first = self.not_test()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        self.bool_chain(start, first, BoolOp::And)
    }

    /// The rest of `first or ...` / `first and ...`, at the first keyword.
    #[inline(never)]
    fn bool_chain(&mut self, start: u32, first: Expr, op: BoolOp) -> PResult<Expr> {
        let kw = if op == BoolOp::Or { "or" } else { "and" };
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(if op == BoolOp::Or { self.and_test()? } else { self.not_test()? });
        }
        Ok(mk(start, self.prev_end(), ExprKind::BoolOp { op, values }))
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            return self.not_expr();
        }
        self.comparison()
    }

    /// `not x`, at the `not`.
    #[inline(never)]
    fn not_expr(&mut self) -> PResult<Expr> {
        let start = self.advance().range.start;
        self.enter()?;
        let v = self.not_test();
        self.leave();
        let v = v?;
        Ok(mk(start, self.prev_end(), ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(v), folded: None }))
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let left = self.bitor()?;
        if !self.at_comparison_op() {
            return Ok(left);
        }
        self.comparisons(start, left)
    }

    fn at_comparison_op(&self) -> bool {
        match self.peek() {
            Tok::Op(o) => matches!(*o, "==" | "!=" | "<" | "<=" | ">" | ">="),
            Tok::Name(n) => {
                matches!(&**n, "in" | "is")
                    || (&**n == "not" && matches!(self.peek_at(1), Tok::Name(m) if &**m == "in"))
            }
            _ => false,
        }
    }

    /// `left < b == c ...`, at the first operator.
    #[inline(never)]
    fn comparisons(&mut self, start: u32, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op("!=") => CmpOp::NotEq,
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op("<=") => CmpOp::LtE,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op(">=") => CmpOp::GtE,
                Tok::Name(n) if &**n == "in" => CmpOp::In,
                Tok::Name(n) if &**n == "is" => {
                    if matches!(self.peek_at(1), Tok::Name(m) if &**m == "not") {
                        self.advance();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Name(n) if &**n == "not" && matches!(self.peek_at(1), Tok::Name(m) if &**m == "in") => {
                    self.advance();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.bitor()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        if let Some(w) = super::warnings::compare(&left, &ops, &comparators) {
            self.warnings.push((start, w));
        }
        Ok(mk(start, self.prev_end(), ExprKind::Compare { left: Box::new(left), ops, comparators }))
    }

    pub fn bitor(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    /// Binary operators by precedence level: | ^ & shifts arith term, each left-associative.
    /// One loop climbs the levels (an operand of an operator at level `l` holds only operators
    /// above `l`), so that a bracket nested in an operand costs one frame here, not one per
    /// level: the 200 brackets CPython allows must fit a browser-sized engine stack.
    fn binary(&mut self, min_level: usize) -> PResult<Expr> {
        const LEVELS: &[&[(&str, BinOp)]] = &[
            &[("|", BinOp::BitOr)],
            &[("^", BinOp::BitXor)],
            &[("&", BinOp::BitAnd)],
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
            &[("+", BinOp::Add), ("-", BinOp::Sub)],
            &[("*", BinOp::Mult), ("/", BinOp::Div), ("//", BinOp::FloorDiv), ("%", BinOp::Mod), ("@", BinOp::MatMult)],
        ];
        let start = self.range().start;
        let mut left = self.factor()?;
        loop {
            let found = match self.peek() {
                Tok::Op(o) => LEVELS
                    .iter()
                    .enumerate()
                    .skip(min_level)
                    .find_map(|(level, ops)| ops.iter().find(|(s, _)| s == o).map(|(_, b)| (level, *b))),
                _ => None,
            };
            let Some((level, op)) = found else { break };
            self.advance();
            let right = self.binary(level + 1)?;
            left = self.bin_op(start, left, op, right);
        }
        Ok(left)
    }

    #[inline(never)]
    fn bin_op(&mut self, start: u32, left: Expr, op: BinOp, right: Expr) -> Expr {
        let folded = self.fold(super::fold::binary(&left, op, &right));
        mk(start, self.prev_end(), ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right), folded })
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Op("-") => Some(UnaryOp::USub),
            Tok::Op("+") => Some(UnaryOp::UAdd),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            let start = self.advance().range.start;
            self.enter()?;
            let v = self.factor();
            self.leave();
            return Ok(self.unary_op(start, op, v?));
        }
        self.power()
    }

    #[inline(never)]
    fn unary_op(&mut self, start: u32, op: UnaryOp, v: Expr) -> Expr {
        let folded = self.fold(super::fold::unary(op, &v));
        mk(start, self.prev_end(), ExprKind::UnaryOp { op, operand: Box::new(v), folded })
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let base = if self.at_kw("await") { self.await_primary()? } else { self.primary()? };
        if self.at_op("**") {
            return self.power_tail(start, base);
        }
        Ok(base)
    }

    /// `base ** exponent`, at the `**`.
    #[inline(never)]
    fn power_tail(&mut self, start: u32, base: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let exp = self.factor();
        self.leave();
        Ok(self.bin_op(start, base, BinOp::Pow, exp?))
    }

    /// An atom and its trailers (`.name`, `(args)`, `[subscript]`). Every bracket nesting
    /// passes through here, so each trailer is built in its own function: a frame on the
    /// nesting path holds only the loop (see `tests/wasm_common`, "deeply nested").
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let mut e = self.atom()?;
        loop {
            e = match self.peek() {
                Tok::Op(".") => self.attribute_trailer(start, e)?,
                Tok::Op("(") => self.call_trailer(start, e)?,
                Tok::Op("[") => match self.subscript_trailer(start, e)? {
                    ControlFlow::Continue(e) => e,
                    ControlFlow::Break(e) => return Ok(e),
                },
                _ => return Ok(e),
            };
        }
    }

    #[inline(never)]
    fn attribute_trailer(&mut self, start: u32, e: Expr) -> PResult<Expr> {
        self.advance();
        let attr = match self.peek().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                self.advance();
                n
            }
            _ => return Err(self.invalid()),
        };
        let name_start = self.toks[self.pos - 1].range.start;
        let multiline = self.src.get(start as usize..name_start as usize).is_some_and(|s| s.contains('\n'));
        let site = if multiline { AttrSite::at_name(name_start) } else { AttrSite::default() };
        Ok(mk(start, self.prev_end(), ExprKind::Attribute { value: Box::new(e), attr, site }))
    }

    #[inline(never)]
    fn call_trailer(&mut self, start: u32, e: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let args = self.call_args();
        self.leave();
        let (args, keywords) = args?;
        self.expect_op(")")?;
        if let Some(w) = super::warnings::caller(&e) {
            self.warnings.push((start, w));
        }
        Ok(mk(start, self.prev_end(), ExprKind::Call { func: Box::new(e), args, keywords }))
    }

    /// `Break(e)`: no subscript after all, `e` is the whole primary.
    #[inline(never)]
    fn subscript_trailer(&mut self, start: u32, e: Expr) -> PResult<ControlFlow<Expr, Expr>> {
        let open = self.pos;
        self.advance();
        self.enter()?;
        let s = self.subscript();
        self.leave();
        self.finish_subscript(open, start, e, s)
    }

    /// The subscript node, once its inside is parsed (or failed).
    #[inline(never)]
    fn finish_subscript(
        &mut self,
        open: usize,
        start: u32,
        e: Expr,
        s: PResult<Expr>,
    ) -> PResult<ControlFlow<Expr, Expr>> {
        let s = match s {
            Err(err) if err.msg == "invalid syntax" && self.juxtaposed_display(open) => {
                // CPython's `primary` backtracks to before the `[`, which then starts
                // a list display: the enclosing brackets ask for the comma.
                self.pos = open;
                return Ok(ControlFlow::Break(e));
            }
            s => s?,
        };
        self.close_subscript(&s)?;
        if let Some(w) = super::warnings::subscript(&e, &s) {
            self.warnings.push((start, w));
        }
        Ok(ControlFlow::Continue(mk(
            start,
            self.prev_end(),
            ExprKind::Subscript { value: Box::new(e), slice: Box::new(s) },
        )))
    }

    /// The `]` after subscript `s`, or the comma hint from the last item's last part (an
    /// unparenthesized tuple's items are the subscript's); CPython's hint doesn't reach a
    /// slice's step.
    fn close_subscript(&mut self, s: &Expr) -> PResult<()> {
        if self.eat_op("]") {
            return Ok(());
        }
        let last = match &s.kind {
            ExprKind::Tuple(items) if s.range.start == items.first().map_or(0, |i| i.range.start) => {
                items.last().unwrap_or(s)
            }
            _ => s,
        };
        let prev = match &last.kind {
            ExprKind::Slice { step: Some(_), .. } => return Err(self.invalid()),
            ExprKind::Slice { lower, upper, .. } => upper.as_ref().or(lower.as_ref()).map(|e| e.range.start),
            _ => Some(last.range.start),
        };
        Err(self.forgot_comma(prev))
    }

    fn subscript(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let first = self.slice_item()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        self.subscript_tuple(start, first)
    }

    /// `a[x, y:z, ...]`, at the first comma.
    #[inline(never)]
    fn subscript_tuple(&mut self, start: u32, first: Expr) -> PResult<Expr> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.slice_item()?);
        }
        Ok(mk(start, self.prev_end(), ExprKind::Tuple(items)))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        if self.at_op(":") {
            return self.slice(start, None);
        }
        let lower = self.bracket_item()?;
        if !self.at_op(":") {
            return Ok(lower);
        }
        self.slice(start, Some(Box::new(lower)))
    }

    /// `lower:upper:step`, at the first colon.
    #[inline(never)]
    fn slice(&mut self, start: u32, lower: Option<Box<Expr>>) -> PResult<Expr> {
        self.advance();
        let upper =
            if self.at_op(":") || self.at_op("]") || self.at_op(",") { None } else { Some(Box::new(self.test()?)) };
        let step = if self.eat_op(":") {
            if self.at_op("]") || self.at_op(",") {
                None
            } else {
                Some(Box::new(self.test()?))
            }
        } else {
            None
        };
        Ok(mk(start, self.prev_end(), ExprKind::Slice { lower, upper, step }))
    }

    /// Call arguments up to `)`: positional (incl. `*x`) then keywords (incl. `**x`).
    pub fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut bare_gen: Option<TextRange> = None;
        let open = self.toks[self.pos.saturating_sub(1)].range.start;
        while !self.at_op(")") {
            let start = self.range().start;
            if self.eat_op("**") {
                let v = self.test()?;
                keywords.push(Keyword { range: TextRange::new(start, self.prev_end()), arg: None, value: v });
            } else if self.at_op("*") {
                let v = self.star_expr()?;
                if self.at_comp_for() {
                    if args.is_empty() && keywords.is_empty() {
                        return Err(self.error("iterable unpacking cannot be used in comprehension", v.range));
                    }
                    self.for_clauses()?;
                    let r = TextRange::new(v.range.start, self.prev_end());
                    return Err(self.error("Generator expression must be parenthesized", r));
                }
                if keywords.iter().any(|k| k.arg.is_none()) {
                    return Err(self.error("iterable argument unpacking follows keyword argument unpacking", v.range));
                }
                args.push(v);
            } else if let Some(n) = self.name_then("=") {
                self.advance();
                let eq = self.advance().range;
                if matches!(&*n, "True" | "False" | "None") {
                    return Err(self.error(format!("cannot assign to {n}"), TextRange::new(start, eq.end)));
                }
                let v = self.test()?;
                if keywords.iter().any(|k| k.arg.as_deref() == Some(&*n)) {
                    return Err(
                        self.error(format!("keyword argument repeated: {n}"), TextRange::new(start, self.prev_end()))
                    );
                }
                keywords.push(Keyword { range: TextRange::new(start, self.prev_end()), arg: Some(n), value: v });
            } else {
                let v = self.named_test_in(true)?;
                if self.at_comp_for() {
                    let g = self.comprehension(v, None, start, "gen")?;
                    bare_gen = Some(g.range);
                    args.push(g);
                } else {
                    if self.at_op("=") {
                        return Err(self.error(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            TextRange::new(v.range.start, self.range().end),
                        ));
                    }
                    if !keywords.is_empty() {
                        let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.error(msg, TextRange::new(v.range.end, v.range.end + 1)));
                    }
                    args.push(v);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if !self.at_op(")") {
            // After a bare generator expression no comma hint: CPython's rule wants a
            // `disjunction` before the stray expression.
            if let Some(r) = bare_gen.filter(|r| args.last().is_some_and(|a| a.range == *r)) {
                if args.len() + keywords.len() > 1 {
                    return Err(self.error("Generator expression must be parenthesized", r));
                }
                return Err(self.invalid());
            }
            let prev = args.last().map(|a| a.range.start).max(keywords.last().map(|k| k.value.range.start));
            return Err(self.forgot_comma(prev));
        }
        if let Some(r) = bare_gen {
            if args.len() + keywords.len() > 1 {
                return Err(self.error("Generator expression must be parenthesized", r));
            }
            // The only argument: its range takes in the call's parentheses.
            if let Some(g) = args.pop() {
                args.push(with_range(g, TextRange::new(open, self.range().end)));
            }
        }
        Ok((args, keywords))
    }

    /// A bracket display, or `leaf_atom`. Kept small: every nesting level passes through it.
    fn atom(&mut self) -> PResult<Expr> {
        let display: fn(&mut Self, u32) -> PResult<Expr> = match self.peek() {
            Tok::Op("(") => Self::paren,
            Tok::Op("[") => Self::list_display,
            Tok::Op("{") => Self::brace_display,
            _ => return self.leaf_atom(),
        };
        let s = self.range().start;
        self.pos += 1;
        self.enter()?;
        let r = display(self, s);
        self.leave();
        r
    }

    /// An atom that holds no other expression (a string's f-string parts aside).
    #[inline(never)]
    fn leaf_atom(&mut self) -> PResult<Expr> {
        let t = self.advance();
        let (s, e) = (t.range.start, t.range.end);
        Ok(match t.tok {
            Tok::Name(n) => return self.name_atom(n, s, e),
            Tok::Int(i) => mk(s, e, ExprKind::Constant(Constant::Int(i))),
            Tok::BigInt(b) => mk(s, e, ExprKind::Constant(Constant::BigInt(self.bigint_constant(b)))),
            Tok::Float(f) => mk(s, e, ExprKind::Constant(Constant::Float(f))),
            Tok::Imag(f) => mk(s, e, ExprKind::Constant(Constant::Complex(f))),
            Tok::Str { .. } => {
                self.pos -= 1;
                return self.strings();
            }
            Tok::Op("...") => mk(s, e, ExprKind::Constant(Constant::Ellipsis)),
            _ => {
                self.pos -= 1;
                return Err(self.invalid());
            }
        })
    }

    /// A name, `None`, `True` or `False`.
    #[inline(never)]
    fn name_atom(&mut self, n: Name, s: u32, e: u32) -> PResult<Expr> {
        Ok(match &*n {
            "None" => mk(s, e, ExprKind::Constant(Constant::None)),
            "True" => mk(s, e, ExprKind::Constant(Constant::True)),
            "False" => mk(s, e, ExprKind::Constant(Constant::False)),
            "print" | "exec" if self.at_legacy_argument() && !self.memoized(self.pos - 1) => {
                return Err(self.legacy_call(&n, s))
            }
            _ if is_keyword(&n) => {
                self.pos -= 1;
                return Err(self.invalid());
            }
            _ => mk(s, e, ExprKind::Name(n, Default::default())),
        })
    }

    #[inline(never)]
    fn paren(&mut self, s: u32) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(mk(s, self.prev_end(), ExprKind::Tuple(Vec::new())));
        }
        if self.at_kw("yield") {
            return self.paren_yield();
        }
        let first = self.bracket_item()?;
        self.paren_rest(s, first)
    }

    /// A parenthesized expression, tuple or generator after its first item.
    #[inline(never)]
    fn paren_rest(&mut self, s: u32, first: Expr) -> PResult<Expr> {
        if self.at_comp_for() {
            let g = self.comprehension(first, None, s, "gen")?;
            self.expect_op(")")?;
            return Ok(with_range(g, TextRange::new(s, self.prev_end())));
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.error("cannot use starred expression here", first.range));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            items.push(self.bracket_item()?);
        }
        self.close(")", items.last().map(|e| e.range.start))?;
        Ok(mk(s, self.prev_end(), ExprKind::Tuple(items)))
    }

    #[inline(never)]
    fn paren_yield(&mut self) -> PResult<Expr> {
        let y = self.yield_expr()?;
        self.expect_op(")")?;
        Ok(y)
    }

    #[inline(never)]
    fn list_display(&mut self, s: u32) -> PResult<Expr> {
        if self.eat_op("]") {
            return Ok(mk(s, self.prev_end(), ExprKind::List(Vec::new())));
        }
        let first = self.bracket_item()?;
        self.display_rest(s, first, "list")
    }

    /// A list or set display after its first item (from `s`, its bracket): a comprehension,
    /// or the other items.
    pub(super) fn display_rest(&mut self, s: u32, first: Expr, kind: &str) -> PResult<Expr> {
        let close = if kind == "list" { "]" } else { "}" };
        if self.at_comp_for() {
            let c = self.comprehension(first, None, s, kind)?;
            self.expect_op(close)?;
            return Ok(with_range(c, TextRange::new(s, self.prev_end())));
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            items.push(self.bracket_item()?);
        }
        self.unparenthesized_target(&items)?;
        self.close(close, items.last().map(|e| e.range.start))?;
        let kind = if kind == "list" { ExprKind::List(items) } else { ExprKind::Set(items) };
        Ok(mk(s, self.prev_end(), kind))
    }

    /// `[a, b for a in c]`: items followed by a comprehension's `for` clauses, which CPython's
    /// `invalid_comprehension` asks to parenthesize.
    pub(super) fn unparenthesized_target(&mut self, items: &[Expr]) -> PResult<()> {
        let (Some(first), Some(last)) = (items.first(), items.last()) else { return Ok(()) };
        if items.len() < 2 || !self.at_comp_for() {
            return Ok(());
        }
        let at = self.pos;
        match self.for_clauses() {
            Ok(_) => {}
            // A clause's own error (the comma hint) stands.
            Err(e) if e.msg != "invalid syntax" => return Err(e),
            // Not a comprehension after all: the plain error at the `for`.
            Err(_) => {
                self.pos = at;
                return Ok(());
            }
        }
        let range = TextRange::new(first.range.start, last.range.end);
        Err(self.error("did you forget parentheses around the comprehension target?", range))
    }

    /// The closing bracket `op`, or CPython's error where it should be: the comma hint when
    /// an expression follows the one starting at `prev_start`.
    pub(super) fn close(&mut self, op: &str, prev_start: Option<u32>) -> PResult<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        Err(self.forgot_comma(prev_start))
    }

    /// Two expressions side by side inside brackets: CPython's `invalid_expression` marks both,
    /// from the start of the one before to the end of the one here.
    fn forgot_comma(&mut self, prev_start: Option<u32>) -> super::error::SyntaxError {
        let here = self.range();
        let prev_tok = prev_start.map(|s| self.toks.partition_point(|t| t.range.start < s));
        if let Some(i) = prev_tok.filter(|&i| self.comma_hint_blocked_at(i)) {
            if let Err(e) = self.after_refused_hint(i) {
                return e;
            }
            return self.error("invalid syntax", here);
        }
        match (prev_start, self.test()) {
            (Some(start), Ok(next)) => {
                self.error("invalid syntax. Perhaps you forgot a comma?", TextRange::new(start, next.range.end))
            }
            // No expression follows (a keyword such as `else`): CPython's hint doesn't apply.
            (_, Err(_)) => self.error("invalid syntax", here),
            (None, Ok(_)) => self.error("invalid syntax. Perhaps you forgot a comma?", here),
        }
    }

    /// `elt for x in it if c ...` after `elt` has been parsed.
    /// A comprehension's `for ... in ... if ...` clauses.
    fn for_clauses(&mut self) -> PResult<Vec<CompFor>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            self.eat_async_for();
            self.advance();
            let target = self.target_list()?;
            self.check_for_target(&target)?;
            self.note_starred_target(&target);
            if !self.eat_kw("in") {
                // CPython's `invalid_for_target` reads the target as expressions, and inside
                // brackets two side by side get the comma hint.
                let last = match &target.kind {
                    ExprKind::Tuple(items) => items.last().map(|e| e.range.start),
                    _ => Some(target.range.start),
                };
                return Err(self.forgot_comma(last));
            }
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.or_test_no_cond()?);
            }
            generators.push(CompFor { target, iter, ifs });
        }
        Ok(generators)
    }

    pub(super) fn comprehension(&mut self, elt: Expr, value: Option<Expr>, s: u32, kind: &str) -> PResult<Expr> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error("iterable unpacking cannot be used in comprehension", elt.range));
        }
        let generators = self.for_clauses()?;
        let scope = super::scope::comprehension_scope(&elt, value.as_ref(), &generators, kind == "gen");
        let range = TextRange::new(s, self.prev_end());
        if let Some(first) = generators.first() {
            self.claim_async_marks(range, first.iter.range, kind == "gen");
        }
        let c = Rc::new(Comprehension { elt, value, generators, range, scope });
        for (r, msg) in super::walrus_check::comprehension_errors(&c, self.class_body) {
            let e = self.error(msg, r);
            self.note_symtable_error(e);
        }
        let k = match kind {
            "list" => ExprKind::ListComp(c),
            "set" => ExprKind::SetComp(c),
            "dict" => ExprKind::DictComp(c),
            _ => ExprKind::GeneratorExp(c),
        };
        Ok(mk(s, self.prev_end(), k))
    }

    fn or_test_no_cond(&mut self) -> PResult<Expr> {
        self.or_test()
    }

    /// Adjacent string literals, concatenated; any f-string makes the result a JoinedStr.
    #[inline(never)]
    pub fn strings(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut any_f = false;
        let mut any_bytes = false;
        let mut any_str = false;
        // CPython reads every literal before it looks inside the f-strings, so their errors
        // point at the token after the last literal (the last one it read).
        let mut literals = Vec::new();
        while let Tok::Str { value, fstring, raw, bytes, body_start } = self.peek().clone() {
            let line = self.range().start;
            self.advance();
            literals.push((value, fstring, raw, bytes, body_start, line));
        }
        for (value, fstring, raw, bytes, body_start, tok_start) in literals {
            if bytes {
                any_bytes = true;
            } else {
                any_str = true;
            }
            if fstring {
                any_f = true;
                self.fstring_parts(&value, raw, body_start, tok_start, 0, &mut parts)?;
            } else {
                parts.push(FStringPart::Literal(value));
            }
        }
        let end = self.prev_end();
        if any_bytes && any_str {
            // CPython reports it at the token after the literals (the last one it read).
            return Err(self.error("cannot mix bytes and nonbytes literals", self.range()));
        }
        if any_f {
            let mut merged: Vec<FStringPart> = Vec::new();
            for p in parts {
                match (merged.last_mut(), p) {
                    (Some(FStringPart::Literal(a)), FStringPart::Literal(b)) => *a = Rc::from(format!("{a}{b}")),
                    (_, p) => merged.push(p),
                }
            }
            merged.retain(|p| !matches!(p, FStringPart::Literal(s) if s.is_empty()));
            return Ok(mk(start, end, ExprKind::JoinedStr(merged)));
        }
        let mut s = String::new();
        for p in parts {
            if let FStringPart::Literal(l) = p {
                s.push_str(&l);
            }
        }
        if any_bytes {
            return Ok(mk(start, end, ExprKind::Constant(Constant::Bytes(Rc::from(s.into_bytes())))));
        }
        Ok(mk(start, end, ExprKind::Constant(Constant::Str(self.str_constant(s)))))
    }

    /// Splits an f-string body into literal text and `{expr!c:spec}` fields.
    fn fstring_parts(
        &mut self,
        body: &str,
        raw: bool,
        body_start: u32,
        tok_start: u32,
        nesting: u32,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut lit = String::new();
        let mut i = 0;
        let flush = |lit: &mut String, out: &mut Vec<FStringPart>, p: &Parser| -> PResult<()> {
            if !lit.is_empty() {
                let v = if raw { lit.clone() } else { unescape(lit).map_err(|m| p.fstring_error(m))? };
                out.push(FStringPart::Literal(Rc::from(v)));
                lit.clear();
            }
            Ok(())
        };
        while i < chars.len() {
            let (_, c) = chars[i];
            if c == '{' && chars.get(i + 1).map(|x| x.1) == Some('{') {
                lit.push('{');
                i += 2;
                continue;
            }
            if c == '}' {
                if chars.get(i + 1).map(|x| x.1) == Some('}') {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.fstring_error("f-string: single '}' is not allowed"));
            }
            if c != '{' {
                lit.push(c);
                i += 1;
                continue;
            }
            flush(&mut lit, out, self)?;
            // A format spec may hold fields, but not their specs.
            if nesting >= 2 {
                return Err(self.fstring_error("f-string: expressions nested too deeply"));
            }
            // Find the end of the expression: a top-level '!', ':', '=' or '}'.
            let expr_start = i + 1;
            let mut j = expr_start;
            // The brackets open in the expression, innermost last (CPython's `parenstack`).
            let mut open: Vec<char> = Vec::new();
            let mut quote: Option<char> = None;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch == '\\' {
                    return Err(self.fstring_error("f-string expression part cannot include a backslash"));
                }
                if let Some(q) = quote {
                    if ch == q {
                        quote = None;
                    }
                } else if ch == '\'' || ch == '"' {
                    quote = Some(ch);
                } else if ch == '#' {
                    return Err(self.fstring_error("f-string expression part cannot include '#'"));
                } else if "([{".contains(ch) {
                    if open.len() >= 200 {
                        return Err(self.fstring_error("f-string: too many nested parenthesis"));
                    }
                    open.push(ch);
                } else if open.is_empty()
                    && (ch == '}' || ch == ':' || (ch == '!' && chars.get(j + 1).map(|x| x.1) != Some('=')))
                {
                    break;
                } else if ")]}".contains(ch) {
                    let Some(opening) = open.pop() else {
                        return Err(self.fstring_error(format!("f-string: unmatched '{ch}'")));
                    };
                    if !matches!((opening, ch), ('(', ')') | ('[', ']') | ('{', '}')) {
                        return Err(self.fstring_error(format!(
                            "f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'"
                        )));
                    }
                } else if open.is_empty() && ch == '=' {
                    let prev = chars[j - 1].1;
                    let next = chars.get(j + 1).map(|x| x.1);
                    if !"=!<>".contains(prev) && next != Some('=') {
                        break;
                    }
                }
                j += 1;
            }
            if quote.is_some() {
                return Err(self.fstring_error("f-string: unterminated string"));
            }
            if let Some(opening) = open.last() {
                return Err(self.fstring_error(format!("f-string: unmatched '{opening}'")));
            }
            if j >= chars.len() {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            let byte = |k: usize| chars.get(k).map(|x| x.0).unwrap_or(body.len());
            let expr_text = &body[byte(expr_start)..byte(j)];
            if expr_text.trim().is_empty() {
                return Err(self.fstring_error(match chars[j].1 {
                    c @ (':' | '!' | '=') => format!("f-string: expression required before '{c}'"),
                    _ => "f-string: empty expression not allowed".to_string(),
                }));
            }
            let lines_before = body[..byte(expr_start)].matches('\n').count() as u32;
            let value = self.sub_expr(expr_text, body_start + byte(expr_start) as u32, (tok_start, lines_before))?;
            let mut debug_text = None;
            if chars[j].1 == '=' {
                j += 1;
                while j < chars.len() && chars[j].1.is_whitespace() {
                    j += 1;
                }
                debug_text = Some(Rc::from(&body[byte(expr_start)..byte(j)]));
            }
            let mut conversion = None;
            if j < chars.len() && chars[j].1 == '!' {
                let c = chars.get(j + 1).map(|x| x.1).unwrap_or(' ');
                if !"rsa".contains(c) {
                    return Err(self.fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
                }
                conversion = Some(c);
                j += 2;
            }
            let mut format_spec = None;
            if j < chars.len() && chars[j].1 == ':' {
                let spec_start = j + 1;
                let mut k = spec_start;
                let mut d = 0;
                while k < chars.len() {
                    match chars[k].1 {
                        '{' => d += 1,
                        '}' if d == 0 => break,
                        '}' => d -= 1,
                        _ => {}
                    }
                    k += 1;
                }
                let spec_text = &body[byte(spec_start)..byte(k)];
                let mut spec_parts = Vec::new();
                let spec_body = body_start + byte(spec_start) as u32;
                self.fstring_parts(spec_text, raw, spec_body, tok_start, nesting + 1, &mut spec_parts)?;
                format_spec = Some(spec_parts);
                j = k;
            }
            if j >= chars.len() || chars[j].1 != '}' {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            i = j + 1;
            out.push(FStringPart::Expr(Box::new(FormattedValue { value, conversion, format_spec, debug_text })));
        }
        flush(&mut lit, out, self)
    }

    /// An error the f-string scanner finds: CPython 3.11 reports it at the token after the
    /// literals, in byte columns when it reads a file (as `python3 prog.py` does).
    fn fstring_error(&self, msg: impl Into<String>) -> SyntaxError {
        let r = self.range();
        let mut e = self.error(msg, r);
        let start = ((r.start + self.base) as usize).min(self.src.len());
        let line_start = self.src[..start].rfind('\n').map_or(0, |i| i + 1);
        e.col = (start - line_start) as u32 + 1;
        e.end_col = e.end_col.max(e.col + 1);
        e
    }

    /// Parses an expression embedded in an f-string, with ranges in the outer source.
    /// CPython 3.11 parses it as the text `(expr)` on its own, so a syntax error in it shows that
    /// text, with columns in it, on the line the expression starts on (`at`: the literal's
    /// token and the lines before the expression in it).
    fn sub_expr(&mut self, text: &str, offset: u32, at: (u32, u32)) -> PResult<Expr> {
        let wrapped = format!("({text})");
        let shift = (self.line_at(at.0) + at.1).saturating_sub(1);
        let on_line = |mut e: SyntaxError| {
            e.line += shift;
            e.end_line += shift;
            e
        };
        // The parser's errors say "f-string: "; the tokenizer's do not.
        let in_fstring = |mut e: SyntaxError| {
            e.msg = format!("f-string: {}", e.msg);
            on_line(e)
        };
        let lexed = Lexer::new(&wrapped).tokenize_lazily();
        for (at, w) in lexed.warnings {
            self.lex_warnings.push(((at + offset).saturating_sub(1), w));
        }
        if let Some(e) = lexed.error.or(lexed.unclosed) {
            return Err(on_line(e));
        }
        let toks = lexed.tokens;
        let own = {
            let mut p = Parser::new(&wrapped, toks.clone());
            p.func_depth = self.func_depth;
            p.class_body = self.class_body;
            p.depth = self.depth;
            p.star_expressions().and_then(|_| match p.peek() {
                Tok::Newline | Tok::Eof => Ok(()),
                _ => Err(p.invalid()),
            })
        };
        own.map_err(in_fstring)?;
        let toks = toks
            .into_iter()
            .map(|mut t| {
                t.range = TextRange::new(
                    (t.range.start + offset).saturating_sub(1),
                    (t.range.end + offset).saturating_sub(1),
                );
                t
            })
            .collect();
        let mut p = Parser::new(self.src, toks);
        p.func_depth = self.func_depth;
        p.class_body = self.class_body;
        p.depth = self.depth;
        let e = p.star_expressions()?;
        self.warnings.append(&mut p.warnings);
        self.lex_warnings.append(&mut p.lex_warnings);
        // Its symtable and compiler errors are the module's.
        if let Some((phase, e)) = p.compile_error.take() {
            self.note_error_of_phase(phase, e);
        }
        self.async_marks.append(&mut p.async_marks);
        self.names.extend(std::mem::take(&mut p.names));
        Ok(e)
    }
}
