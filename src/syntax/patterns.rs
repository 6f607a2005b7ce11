//! The `match` statement's parser (PEG grammar rules `match_stmt` ... `keyword_pattern` of
//! CPython 3.11). `match` and `case` are soft keywords: a line starting with `match` is a match
//! statement only when it reads `match <subject>:` followed by an indented block; otherwise
//! the statement parser takes it as an ordinary statement (`match = 1`, `match(x)`).

use super::ast::*;
use super::error::SyntaxError;
use super::lexer::Tok;
use super::parser::{is_keyword, PResult, Parser};

fn mk_pattern(start: u32, end: u32, kind: PatternKind) -> Pattern {
    Pattern { range: TextRange::new(start, end), kind }
}

/// Why `match ...` did not read as a match statement header.
pub enum HeaderError {
    /// CPython's `invalid_match_stmt` rules ("expected ':'", the missing indented block): they
    /// win when the line is not an ordinary statement either.
    Specific(SyntaxError),
    /// Plain "invalid syntax" where the header parse stopped.
    Generic(SyntaxError),
}

impl<'a> Parser<'a> {
    /// `match <subject> ':' NEWLINE INDENT`, leaving the parser at the first `case`.
    pub fn match_header(&mut self) -> Result<Expr, HeaderError> {
        let start = self.advance().range.start;
        // The subject's own rules word their errors (`match a.b := 1:`); others stop here.
        let subject = self.star_named_expressions().map_err(|e| match e.msg.starts_with("cannot use assignment") {
            true => HeaderError::Specific(e),
            false => HeaderError::Generic(self.invalid()),
        })?;
        if matches!(subject.kind, ExprKind::Starred(_)) {
            return Err(HeaderError::Generic(self.invalid()));
        }
        match self.peek() {
            Tok::Op(":") => {
                self.advance();
            }
            Tok::Newline => {
                let r = TextRange::new(self.prev_end(), self.prev_end() + 1);
                return Err(HeaderError::Specific(self.error("expected ':'", r)));
            }
            _ => return Err(HeaderError::Generic(self.invalid())),
        }
        if !matches!(self.peek(), Tok::Newline) {
            return Err(HeaderError::Generic(self.invalid()));
        }
        self.advance();
        if !matches!(self.peek(), Tok::Indent) {
            return Err(HeaderError::Specific(self.missing_block("'match' statement", start)));
        }
        self.advance();
        Ok(subject)
    }

    /// The `case` blocks of a match statement whose header `match_header` read.
    pub fn match_cases(&mut self) -> PResult<Vec<MatchCase>> {
        let mut cases = Vec::new();
        loop {
            if matches!(self.peek(), Tok::Newline) {
                self.advance();
                continue;
            }
            if matches!(self.peek(), Tok::Dedent | Tok::Eof) && !cases.is_empty() {
                break;
            }
            if !self.at_kw("case") {
                return Err(self.invalid());
            }
            let start = self.advance().range.start;
            let pattern = self.patterns()?;
            let guard = if self.eat_kw("if") { Some(self.named_test()?) } else { None };
            if !matches!(self.peek(), Tok::Op(":") | Tok::Newline) {
                return Err(self.invalid());
            }
            let body = self.block("'case' statement", start)?;
            cases.push(MatchCase { pattern, guard, body });
        }
        if matches!(self.peek(), Tok::Dedent) {
            self.advance();
        }
        Ok(cases)
    }

    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.range().start;
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") || matches!(self.peek(), Tok::Newline) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Sequence(items)))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op("*") {
            return self.pattern();
        }
        let start = self.advance().range.start;
        let target = match self.peek() {
            Tok::Name(n) if &**n == "_" => {
                self.advance();
                None
            }
            _ => Some(self.capture_target()?),
        };
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Star(target)))
    }

    /// `or_pattern ['as' NAME]`
    pub fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.range().start;
        let p = self.or_pattern()?;
        if !self.eat_kw("as") {
            return Ok(p);
        }
        match self.peek().clone() {
            Tok::Name(n) if &*n == "_" => Err(self.error("cannot use '_' as a target", self.range())),
            Tok::Name(n) if !is_keyword(&n) => {
                let target = self.capture_target()?;
                Ok(mk_pattern(
                    start,
                    self.prev_end(),
                    PatternKind::As { pattern: Some(Box::new(p)), target: Some(target) },
                ))
            }
            _ => match self.test() {
                Ok(e) => Err(self.error("invalid pattern target", e.range)),
                Err(e) => Err(e),
            },
        }
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.range().start;
        let first = self.closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat_op("|") {
            alts.push(self.closed_pattern()?);
        }
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Or(alts)))
    }

    /// A NAME that a pattern binds (not `_`, not followed by `.`, `(` or `=`).
    fn capture_target(&mut self) -> PResult<Expr> {
        match self.peek().clone() {
            Tok::Name(n) if &*n != "_" && !is_keyword(&n) => {
                let r = self.advance().range;
                if self.at_op(".") || self.at_op("(") || self.at_op("=") {
                    return Err(self.invalid());
                }
                Ok(Expr { range: r, kind: ExprKind::Name(n, SlotHint::default()) })
            }
            _ => Err(self.invalid()),
        }
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.range().start;
        match self.peek().clone() {
            Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Op("-") | Tok::Str { .. } => {
                let e = self.literal_expr()?;
                Ok(mk_pattern(start, self.prev_end(), PatternKind::Value(e)))
            }
            Tok::Name(n) => match &*n {
                "None" | "True" | "False" => {
                    self.advance();
                    let c = match &*n {
                        "None" => Constant::None,
                        "True" => Constant::True,
                        _ => Constant::False,
                    };
                    Ok(mk_pattern(start, self.prev_end(), PatternKind::Singleton(c)))
                }
                _ if is_keyword(&n) => Err(self.invalid()),
                _ => self.name_pattern(),
            },
            Tok::Op("(") => self.paren_pattern(),
            Tok::Op("[") => {
                self.advance();
                let items = self.pattern_items("]")?;
                self.expect_close("]")?;
                Ok(mk_pattern(start, self.prev_end(), PatternKind::Sequence(items)))
            }
            Tok::Op("{") => self.mapping_pattern(),
            _ => Err(self.invalid()),
        }
    }

    fn expect_close(&mut self, close: &str) -> PResult<()> {
        if self.eat_op(close) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// `maybe_star_pattern (',' maybe_star_pattern)* [',']` up to `close` (not consumed).
    fn pattern_items(&mut self, close: &str) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at_op(close) {
            items.push(self.maybe_star_pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(items)
    }

    /// `(p)` is `p` itself; `()`, `(p,)` and `(p, q)` are sequence patterns.
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let start = self.advance().range.start;
        if self.eat_op(")") {
            return Ok(mk_pattern(start, self.prev_end(), PatternKind::Sequence(Vec::new())));
        }
        let first = self.maybe_star_pattern()?;
        if self.at_op(")") && !matches!(first.kind, PatternKind::Star(_)) {
            self.advance();
            return Ok(first);
        }
        if !self.eat_op(",") {
            return Err(self.invalid());
        }
        let mut items = vec![first];
        items.extend(self.pattern_items(")")?);
        self.expect_close(")")?;
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Sequence(items)))
    }

    /// `NAME ('.' NAME)*`: a capture, the wildcard, a value pattern or a class pattern's class.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let start = self.range().start;
        let e = self.name_or_attr()?;
        if self.at_op("(") {
            return self.class_pattern(e);
        }
        if self.at_op("=") {
            return Err(self.invalid());
        }
        let kind = match e.kind {
            ExprKind::Name(n, _) if &*n == "_" => PatternKind::As { pattern: None, target: None },
            ExprKind::Name(n, h) => {
                PatternKind::As { pattern: None, target: Some(Expr { range: e.range, kind: ExprKind::Name(n, h) }) }
            }
            _ => PatternKind::Value(e),
        };
        Ok(mk_pattern(start, self.prev_end(), kind))
    }

    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        let mut e = match self.peek().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                let r = self.advance().range;
                Expr { range: r, kind: ExprKind::Name(n, SlotHint::default()) }
            }
            _ => return Err(self.invalid()),
        };
        while self.eat_op(".") {
            let attr = match self.peek().clone() {
                Tok::Name(n) if !is_keyword(&n) => {
                    self.advance();
                    n
                }
                _ => return Err(self.invalid()),
            };
            e = Expr {
                range: TextRange::new(start, self.prev_end()),
                kind: ExprKind::Attribute { value: Box::new(e), attr, site: Default::default() },
            };
        }
        Ok(e)
    }

    /// `literal_expr`: a signed number, `real ± imaginary`, strings, `None`, `True`, `False`.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.range().start;
        if let Tok::Str { .. } = self.peek() {
            return self.strings();
        }
        if let Tok::Name(n) = self.peek().clone() {
            let c = match &*n {
                "None" => Constant::None,
                "True" => Constant::True,
                "False" => Constant::False,
                _ => return Err(self.invalid()),
            };
            let r = self.advance().range;
            return Ok(Expr { range: r, kind: ExprKind::Constant(c) });
        }
        let left = self.signed_number()?;
        let op = match self.peek() {
            Tok::Op("+") => BinOp::Add,
            Tok::Op("-") => BinOp::Sub,
            _ => return Ok(left),
        };
        if is_imaginary(&left) {
            return Err(self.error("real number required in complex literal", left.range));
        }
        self.advance();
        let right = self.number()?;
        if !matches!(right.kind, ExprKind::Constant(Constant::Complex(_))) {
            return Err(self.error("imaginary number required in complex literal", right.range));
        }
        Ok(Expr {
            range: TextRange::new(start, self.prev_end()),
            kind: ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right), folded: None },
        })
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        if !self.at_op("-") {
            return self.number();
        }
        let start = self.advance().range.start;
        let operand = self.number()?;
        let folded = self.fold(super::fold::unary(UnaryOp::USub, &operand));
        Ok(Expr {
            range: TextRange::new(start, self.prev_end()),
            kind: ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(operand), folded },
        })
    }

    fn number(&mut self) -> PResult<Expr> {
        let c = match self.peek().clone() {
            Tok::Int(i) => Constant::Int(i),
            Tok::BigInt(b) => Constant::BigInt(self.bigint_constant(b)),
            Tok::Float(f) => Constant::Float(f),
            Tok::Imag(f) => Constant::Complex(f),
            _ => return Err(self.invalid()),
        };
        let r = self.advance().range;
        Ok(Expr { range: r, kind: ExprKind::Constant(c) })
    }

    /// `{key: pattern, ..., **rest}`
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.advance().range.start;
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op("}") {
            if self.eat_op("**") {
                rest = Some(self.capture_target()?);
                self.eat_op(",");
                break;
            }
            let key = match self.peek() {
                Tok::Name(n) if !matches!(&**n, "None" | "True" | "False") => {
                    let e = self.name_or_attr()?;
                    if matches!(e.kind, ExprKind::Name(..)) {
                        return Err(self.invalid());
                    }
                    e
                }
                _ => self.literal_expr()?,
            };
            if !self.eat_op(":") {
                return Err(self.invalid());
            }
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_close("}")?;
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Mapping { keys, patterns, rest }))
    }

    /// `Cls(p, q, attr=r)`, with the parser at `(`.
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let start = cls.range.start;
        self.advance();
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        // Positional patterns after keyword ones: CPython underlines the whole run of them.
        let mut misplaced: Option<TextRange> = None;
        while !self.at_op(")") {
            if let Some(n) = self.name_then("=") {
                if is_keyword(&n) {
                    return Err(self.invalid());
                }
                self.advance();
                self.advance();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
                if misplaced.is_some() {
                    break;
                }
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    misplaced = Some(misplaced.map_or(p.range, |m| m.cover(p.range)));
                } else {
                    patterns.push(p);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(r) = misplaced {
            return Err(self.error("positional patterns follow keyword patterns", r));
        }
        self.expect_close(")")?;
        Ok(mk_pattern(start, self.prev_end(), PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns }))
    }
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Complex(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}
