//! The `SyntaxError`s CPython's compiler raises for patterns (`compiler_pattern` and its
//! helpers in `Python/compile.c`): an irrefutable case that is not last, names bound twice,
//! alternatives binding different names, two starred names, duplicate literal keys.
//!
//! The compiler reports them at the pattern it visited last (its location is not restored
//! when a sub-pattern is done), so this walk visits exactly the nodes the compiler visits, in
//! its order, and keeps that location.

use super::ast::*;
use super::error::SyntaxError;
use super::parser::Parser;
use crate::runtime::format::{float_repr, str_repr};
use num_bigint::BigInt;

struct Checker<'p, 'a> {
    p: &'p Parser<'a>,
    /// The pattern visited last: where an error is reported.
    loc: TextRange,
    /// Names the pattern binds so far, in order.
    stores: Vec<Name>,
    allow_irrefutable: bool,
}

type CResult = Result<(), SyntaxError>;

/// Checks a match statement's patterns as CPython's `compiler_match` does.
pub fn check_match(p: &Parser, cases: &[MatchCase]) -> CResult {
    let n = cases.len();
    // A trailing `case _:` is not compiled as a pattern (nothing to check in it).
    let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
    for (i, case) in cases.iter().enumerate().take(n - usize::from(has_default)) {
        let mut c = Checker {
            p,
            loc: case.pattern.range,
            stores: Vec::new(),
            allow_irrefutable: case.guard.is_some() || i == n - 1,
        };
        c.pattern(&case.pattern)?;
    }
    Ok(())
}

impl Checker<'_, '_> {
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        self.p.error(msg, self.loc)
    }

    fn subpattern(&mut self, pat: &Pattern) -> CResult {
        let saved = std::mem::replace(&mut self.allow_irrefutable, true);
        let r = self.pattern(pat);
        self.allow_irrefutable = saved;
        r
    }

    fn store(&mut self, target: Option<&Expr>) -> CResult {
        let Some(Expr { kind: ExprKind::Name(n, _), .. }) = target else { return Ok(()) };
        if &**n == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if self.stores.contains(n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        self.stores.push(n.clone());
        Ok(())
    }

    fn pattern(&mut self, pat: &Pattern) -> CResult {
        self.loc = pat.range;
        match &pat.kind {
            PatternKind::Value(e) => {
                if matches!(e.kind, ExprKind::JoinedStr(_)) {
                    return Err(self.error("patterns may only match literals and attribute lookups"));
                }
                Ok(())
            }
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(items) => self.sequence(items),
            PatternKind::Mapping { keys, patterns, rest } => {
                let mut seen: Vec<KeyConst> = Vec::new();
                for k in keys {
                    if let Some(c) = super::fold::constant_of(k) {
                        let key = KeyConst::of(c);
                        if key.is_some() && seen.contains(&key) {
                            return Err(self.error(format!("mapping pattern checks duplicate key ({})", const_repr(c))));
                        }
                        seen.push(key);
                    } else if !matches!(k.kind, ExprKind::Attribute { .. } | ExprKind::BinOp { .. }) {
                        return Err(self.error("mapping pattern keys may only match literals and attribute lookups"));
                    }
                }
                for sub in patterns {
                    self.subpattern(sub)?;
                }
                self.store(rest.as_ref())
            }
            PatternKind::Class { patterns, kwd_attrs, kwd_patterns, .. } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    self.loc = kwd_patterns[i].range;
                    if &**a == "__debug__" {
                        return Err(self.error("cannot assign to __debug__"));
                    }
                    if let Some(j) = (i + 1..kwd_attrs.len()).find(|&j| kwd_attrs[j] == *a) {
                        self.loc = kwd_patterns[j].range;
                        return Err(self.error(format!("attribute name repeated in class pattern: {a}")));
                    }
                }
                self.loc = pat.range;
                for sub in patterns.iter().chain(kwd_patterns) {
                    if !sub.is_wildcard() {
                        self.subpattern(sub)?;
                    }
                }
                Ok(())
            }
            PatternKind::Star(target) => self.store(target.as_ref()),
            PatternKind::As { pattern: None, target } => {
                if !self.allow_irrefutable {
                    return Err(match target {
                        Some(Expr { kind: ExprKind::Name(n, _), .. }) => {
                            self.error(format!("name capture '{n}' makes remaining patterns unreachable"))
                        }
                        _ => self.error("wildcard makes remaining patterns unreachable"),
                    });
                }
                self.store(target.as_ref())
            }
            PatternKind::As { pattern: Some(inner), target } => {
                self.pattern(inner)?;
                self.store(target.as_ref())
            }
            PatternKind::Or(alts) => {
                let old_stores = std::mem::take(&mut self.stores);
                let old_allow = self.allow_irrefutable;
                let mut control: Option<Vec<Name>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    self.loc = alt.range;
                    self.stores = Vec::new();
                    self.allow_irrefutable = i == alts.len() - 1 && old_allow;
                    self.pattern(alt)?;
                    match &control {
                        None => control = Some(std::mem::take(&mut self.stores)),
                        Some(c) => {
                            if c.len() != self.stores.len() || c.iter().any(|n| !self.stores.contains(n)) {
                                return Err(self.error("alternative patterns bind different names"));
                            }
                        }
                    }
                }
                self.stores = old_stores;
                self.allow_irrefutable = old_allow;
                for n in control.unwrap_or_default() {
                    if self.stores.contains(&n) {
                        return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
                    }
                    self.stores.push(n);
                }
                Ok(())
            }
        }
    }

    fn sequence(&mut self, items: &[Pattern]) -> CResult {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, it) in items.iter().enumerate() {
            if let PatternKind::Star(_) = it.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = it.is_star_wildcard();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= it.is_wildcard();
        }
        if only_wildcard {
            return Ok(());
        }
        for (i, it) in items.iter().enumerate() {
            // The subscript form (`[a, *_, b]`) skips wildcards; unpacking visits them all.
            if star_wildcard && (it.is_wildcard() || Some(i) == star) {
                continue;
            }
            self.subpattern(it)?;
        }
        Ok(())
    }
}

/// A literal key as a set element: equal numbers are one key whatever their type.
#[derive(PartialEq)]
enum KeyConst {
    Int(BigInt),
    Float(u64),
    Str(Name),
    Bytes(std::rc::Rc<[u8]>),
    None,
    Other,
}

impl KeyConst {
    fn of(c: &Constant) -> KeyConst {
        match c {
            Constant::Int(i) => KeyConst::Int(BigInt::from(*i)),
            Constant::BigInt(b) => KeyConst::Int((**b).clone()),
            Constant::True => KeyConst::Int(BigInt::from(1)),
            Constant::False => KeyConst::Int(BigInt::from(0)),
            Constant::Float(f) if f.fract() == 0.0 && f.is_finite() => match num_traits::FromPrimitive::from_f64(*f) {
                Some(b) => KeyConst::Int(b),
                None => KeyConst::Other,
            },
            Constant::Float(f) if f.is_nan() => KeyConst::Other,
            Constant::Float(f) => KeyConst::Float(f.to_bits()),
            Constant::Str(s) => KeyConst::Str(s.clone()),
            Constant::Bytes(b) => KeyConst::Bytes(b.clone()),
            Constant::None => KeyConst::None,
            Constant::Ellipsis | Constant::Complex(_) => KeyConst::Other,
        }
    }

    fn is_some(&self) -> bool {
        !matches!(self, KeyConst::Other)
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Str(s) => str_repr(s),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::None => "None".into(),
        Constant::Bytes(b) => {
            let mut s = String::from("b'");
            for &ch in b.iter() {
                match ch {
                    b'\\' => s.push_str("\\\\"),
                    b'\'' => s.push_str("\\'"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(ch as char),
                    _ => s.push_str(&format!("\\x{ch:02x}")),
                }
            }
            s.push('\'');
            s
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Complex(f) => format!("{}j", float_repr(*f)),
    }
}
