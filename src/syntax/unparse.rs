//! An expression back to source text, as CPython's compiler writes an annotation under
//! `from __future__ import annotations` (PEP 563): from the tree, not the source, so spacing
//! and quotes are normalised (`List[ int ]` is `List[int]`, `"x"` is `'x'`, `0x10` is `16`)
//! and parentheses appear only where precedence needs them.

use super::ast::{BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, FStringPart, Lambda, Param, UnaryOp};
use crate::runtime::format::{float_repr, str_repr};
use std::fmt::Write;

/// Binding strength, loosest first: an operand weaker than its context gets parentheses.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Pr {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

impl Pr {
    /// The next stronger level (for the operand that must not re-associate).
    fn up(self) -> Pr {
        const ALL: [Pr; 15] = [
            Pr::Tuple,
            Pr::Test,
            Pr::Or,
            Pr::And,
            Pr::Not,
            Pr::Cmp,
            Pr::BitOr,
            Pr::BitXor,
            Pr::BitAnd,
            Pr::Shift,
            Pr::Arith,
            Pr::Term,
            Pr::Factor,
            Pr::Power,
            Pr::Atom,
        ];
        ALL.get(self as usize + 1).copied().unwrap_or(Pr::Atom)
    }
}

/// The text CPython stores for the annotation `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Pr::Test);
    out
}

fn binop(op: BinOp) -> (&'static str, Pr) {
    match op {
        BinOp::Add => (" + ", Pr::Arith),
        BinOp::Sub => (" - ", Pr::Arith),
        BinOp::Mult => (" * ", Pr::Term),
        BinOp::MatMult => (" @ ", Pr::Term),
        BinOp::Div => (" / ", Pr::Term),
        BinOp::FloorDiv => (" // ", Pr::Term),
        BinOp::Mod => (" % ", Pr::Term),
        BinOp::Pow => (" ** ", Pr::Power),
        BinOp::LShift => (" << ", Pr::Shift),
        BinOp::RShift => (" >> ", Pr::Shift),
        BinOp::BitOr => (" | ", Pr::BitOr),
        BinOp::BitXor => (" ^ ", Pr::BitXor),
        BinOp::BitAnd => (" & ", Pr::BitAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// `items` separated by `", "`, each at `level`.
fn seq(out: &mut String, items: &[Expr], level: Pr) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, item, level);
    }
}

fn expr(out: &mut String, e: &Expr, level: Pr) {
    let paren = |out: &mut String, pr: Pr, open: bool| {
        if level > pr {
            out.push(if open { '(' } else { ')' });
        }
    };
    match &e.kind {
        ExprKind::Name(n, _) => out.push_str(n),
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", Pr::And),
                BoolOp::Or => (" or ", Pr::Or),
            };
            paren(out, pr, true);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr.up());
            }
            paren(out, pr, false);
        }
        ExprKind::BinOp { left, op, right, .. } => {
            let (sym, pr) = binop(*op);
            let right_assoc = *op == BinOp::Pow;
            paren(out, pr, true);
            expr(out, left, if right_assoc { pr.up() } else { pr });
            out.push_str(sym);
            expr(out, right, if right_assoc { pr } else { pr.up() });
            paren(out, pr, false);
        }
        ExprKind::UnaryOp { op, operand, .. } => {
            let (sym, pr) = match op {
                UnaryOp::Invert => ("~", Pr::Factor),
                UnaryOp::Not => ("not ", Pr::Not),
                UnaryOp::UAdd => ("+", Pr::Factor),
                UnaryOp::USub => ("-", Pr::Factor),
            };
            paren(out, pr, true);
            out.push_str(sym);
            expr(out, operand, pr);
            paren(out, pr, false);
        }
        ExprKind::Lambda(l) => {
            paren(out, Pr::Test, true);
            lambda(out, l);
            paren(out, Pr::Test, false);
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(out, Pr::Test, true);
            expr(out, body, Pr::Or);
            out.push_str(" if ");
            expr(out, test, Pr::Or);
            out.push_str(" else ");
            expr(out, orelse, Pr::Test);
            paren(out, Pr::Test, false);
        }
        ExprKind::Dict(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Pr::Test);
                        out.push_str(": ");
                        expr(out, v, Pr::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Pr::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            out.push('{');
            seq(out, items, Pr::Test);
            out.push('}');
        }
        ExprKind::List(items) => {
            out.push('[');
            seq(out, items, Pr::Test);
            out.push(']');
        }
        ExprKind::Tuple(items) => tuple(out, items, level),
        ExprKind::ListComp(c) => comprehension(out, c, "[", "]"),
        ExprKind::SetComp(c) | ExprKind::DictComp(c) => comprehension(out, c, "{", "}"),
        ExprKind::GeneratorExp(c) => comprehension(out, c, "(", ")"),
        ExprKind::Yield(value) => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, Pr::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Pr::Test);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            paren(out, Pr::Cmp, true);
            expr(out, left, Pr::Cmp.up());
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, Pr::Cmp.up());
            }
            paren(out, Pr::Cmp, false);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, Pr::Atom);
            // A lone generator expression keeps the call's parentheses as its own.
            if let ([arg @ Expr { kind: ExprKind::GeneratorExp(_), .. }], []) = (args.as_slice(), keywords.as_slice()) {
                return expr(out, arg, Pr::Test);
            }
            out.push('(');
            seq(out, args, Pr::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Pr::Test);
            }
            out.push(')');
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, Pr::Atom);
            // `1 .real`: an int literal needs the space to stay an attribute access.
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, Pr::Atom);
            out.push('[');
            match &slice.kind {
                // `x[*a]` is a one-item tuple in CPython's tree.
                ExprKind::Starred(_) => tuple(out, std::slice::from_ref(slice), Pr::Tuple),
                _ => expr(out, slice, Pr::Tuple),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Pr::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Pr::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Pr::Test);
            }
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Pr::BitOr);
        }
        ExprKind::NamedExpr { target, value } => {
            paren(out, Pr::Tuple, true);
            out.push_str(target);
            out.push_str(" := ");
            expr(out, value, Pr::Atom);
            paren(out, Pr::Tuple, false);
        }
    }
}

fn tuple(out: &mut String, items: &[Expr], level: Pr) {
    if items.is_empty() {
        return out.push_str("()");
    }
    let parens = level > Pr::Tuple;
    if parens {
        out.push('(');
    }
    seq(out, items, Pr::Test);
    if items.len() == 1 {
        out.push(',');
    }
    if parens {
        out.push(')');
    }
}

fn comprehension(out: &mut String, c: &Comprehension, open: &str, close: &str) {
    out.push_str(open);
    expr(out, &c.elt, Pr::Test);
    if let Some(v) = &c.value {
        out.push_str(": ");
        expr(out, v, Pr::Test);
    }
    for g in &c.generators {
        out.push_str(" for ");
        expr(out, &g.target, Pr::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Pr::Or);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Pr::Or);
        }
    }
    out.push_str(close);
}

fn lambda(out: &mut String, l: &Lambda) {
    let p = &l.params;
    let positional: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
    // CPython writes the space only before positional parameters (`lambda*a: 0`).
    out.push_str(if positional.is_empty() { "lambda" } else { "lambda " });
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
    };
    let param = |out: &mut String, q: &Param| {
        out.push_str(&q.name);
        if let Some(d) = &q.default {
            out.push('=');
            expr(out, d, Pr::Test);
        }
    };
    for (i, q) in positional.iter().enumerate() {
        sep(out);
        param(out, q);
        if i + 1 == p.posonly.len() {
            out.push_str(", /");
        }
    }
    if p.vararg.is_some() || !p.kwonly.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &p.vararg {
            out.push_str(&v.name);
        }
    }
    for q in &p.kwonly {
        sep(out);
        param(out, q);
    }
    if let Some(k) = &p.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
    out.push_str(": ");
    expr(out, &l.body, Pr::Test);
}

/// An f-string's text between its quotes (CPython writes the `repr` of it after an `f`).
fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Expr(fv) => {
                // `{x=}` is the text `x=` and then the value, with `!r` unless a spec is given.
                let mut conversion = fv.conversion;
                if let Some(text) = &fv.debug_text {
                    out.push_str(&text.replace('{', "{{").replace('}', "}}"));
                    if conversion.is_none() && fv.format_spec.is_none() {
                        conversion = Some('r');
                    }
                }
                let mut inner = String::new();
                expr(&mut inner, &fv.value, Pr::Test.up());
                out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
                out.push_str(&inner);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = &fv.format_spec {
                    out.push(':');
                    fstring_body(out, spec);
                }
                out.push('}');
            }
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    // An infinite literal (`1e400`) is written as one that overflows again.
    let finite = |s: String| s.replace("inf", "1e309");
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        Constant::Float(f) => out.push_str(&finite(float_repr(*f))),
        Constant::Complex(f) => {
            let r = float_repr(*f);
            out.push_str(&finite(r.strip_suffix(".0").unwrap_or(&r).to_string()));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => bytes_repr(out, b),
    }
}

/// `repr(bytes)`.
fn bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
}
