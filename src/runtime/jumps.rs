//! Conditions (`if`, `while`, `assert`, `x if c else y`, a comprehension's `if`) and the
//! source position CPython 3.11 gives their implicit truth tests.
//!
//! CPython compiles a condition with `compiler_jump_if`: `not`, `and`/`or` and `a if c else b`
//! are taken apart into jumps, and each other operand is tested (`__bool__`, `__len__`) by a
//! jump positioned where the compiler stands: on the statement (no caret line), on the
//! enclosing expression, or on the comprehension. Each comparison it compiles moves that
//! position onto the comparison and leaves it there for what follows in the code, so
//! `assert x > 0 and x < 0` raises its `AssertionError` at `x < 0`, and an operand after a
//! comparison is tested at that comparison.

use super::interp::Interp;
use super::scope::Ctx;
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{BoolOp, Comprehension, Expr, ExprKind, TextRange, UnaryOp};

/// Where the jumps of a condition stand before any comparison moves them.
#[derive(Clone, Copy)]
pub enum JumpBase<'a> {
    /// A statement: no caret line, the line of this offset.
    Stmt(u32),
    /// An expression (a conditional expression's test).
    Expr(TextRange),
    /// A comprehension's `if`.
    Comp(&'a Comprehension),
}

/// A point in a comprehension's code: where its position stands there.
pub enum CompPoint<'a> {
    /// The `for` of a level (getting and advancing its iterator).
    Loop(usize),
    /// The truth test of an operand of an `if`.
    Test(&'a Expr),
    /// Adding an element to the result.
    Append,
}

/// Walks `e` as `compiler_jump_if` does, noting in `pos` each comparison compiled; true when
/// `stop` (an operand tested by a jump) is reached, with `pos` where its test stands.
fn walk(e: &Expr, stop: Option<&Expr>, pos: &mut Option<TextRange>) -> bool {
    if stop.is_some_and(|s| std::ptr::eq(s, e)) {
        return true;
    }
    match &e.kind {
        ExprKind::UnaryOp { op: UnaryOp::Not, operand, folded: None } => walk(operand, stop, pos),
        ExprKind::BoolOp { values, .. } => values.iter().any(|v| walk(v, stop, pos)),
        ExprKind::IfExp { test, body, orelse } => {
            walk(test, stop, pos) || walk(body, stop, pos) || walk(orelse, stop, pos)
        }
        ExprKind::Compare { .. } => {
            *pos = Some(e.range);
            false
        }
        _ => false,
    }
}

/// The last comparison `compiler_jump_if` compiles for the condition `e`.
pub fn last_compare(e: &Expr) -> Option<TextRange> {
    let mut pos = None;
    walk(e, None, &mut pos);
    pos
}

/// The position in a comprehension's code at `point`: the whole comprehension, or the last
/// comparison of an `if` compiled before it.
pub fn comp_loc(c: &Comprehension, point: CompPoint) -> TextRange {
    let mut pos = None;
    for (level, g) in c.generators.iter().enumerate() {
        if matches!(point, CompPoint::Loop(l) if l == level) {
            return pos.unwrap_or(c.range);
        }
        for cond in &g.ifs {
            let stop = match point {
                CompPoint::Test(e) => Some(e),
                _ => None,
            };
            if walk(cond, stop, &mut pos) {
                return pos.unwrap_or(c.range);
            }
        }
    }
    pos.unwrap_or(c.range)
}

/// The comprehension whose frame `ctx` runs, if any.
pub fn comp_of(ctx: &Ctx) -> Option<&Comprehension> {
    match &ctx.frame.as_ref()?.code.body {
        super::function::CodeBody::Comp(c, _) => Some(&**c),
        _ => None,
    }
}

impl Interp {
    /// The truth of the condition `e` (part of the condition `root`), evaluated as CPython's
    /// `compiler_jump_if` does, positioning a failing truth test as CPython does.
    pub fn eval_cond(&mut self, e: &Expr, root: &Expr, base: JumpBase, ctx: &Ctx) -> PyResult<bool> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let mut t = true;
                for v in values {
                    t = self.eval_cond(v, root, base, ctx)?;
                    if t == (*op == BoolOp::Or) {
                        break;
                    }
                }
                Ok(t)
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand, folded: None } => {
                Ok(!self.eval_cond(operand, root, base, ctx)?)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let branch = if self.eval_cond(test, root, base, ctx)? { body } else { orelse };
                self.eval_cond(branch, root, base, ctx)
            }
            _ => self.eval_test(e, root, base, ctx),
        }
    }

    /// The truth of an operand of a condition (all of it, for most conditions).
    #[inline(always)]
    pub fn eval_test(&mut self, e: &Expr, root: &Expr, base: JumpBase, ctx: &Ctx) -> PyResult<bool> {
        match self.eval(e, ctx)? {
            Value::Bool(b) => Ok(b),
            v => self.truthy(&v).inspect_err(|_| self.set_test_loc(e, root, base, ctx)),
        }
    }

    /// The truth of a statement's condition (`if`, `while`, `assert`).
    #[inline(always)]
    pub fn stmt_cond(&mut self, test: &Expr, start: u32, ctx: &Ctx) -> PyResult<bool> {
        match &test.kind {
            ExprKind::BoolOp { .. } | ExprKind::UnaryOp { op: UnaryOp::Not, .. } | ExprKind::IfExp { .. } => {
                self.eval_cond(test, test, JumpBase::Stmt(start), ctx)
            }
            _ => self.eval_test(test, test, JumpBase::Stmt(start), ctx),
        }
    }

    /// Positions the failed truth test of the operand `e` of the condition `root`.
    #[cold]
    #[inline(never)]
    fn set_test_loc(&self, e: &Expr, root: &Expr, base: JumpBase, ctx: &Ctx) {
        if matches!(e.kind, ExprKind::Compare { .. }) {
            return self.set_range(e.range);
        }
        let base = match (base, comp_of(ctx)) {
            // The `if` of a generator expression's body.
            (JumpBase::Stmt(_), Some(c)) => JumpBase::Comp(c),
            _ => base,
        };
        match base {
            JumpBase::Comp(c) => self.set_range(comp_loc(c, CompPoint::Test(e))),
            JumpBase::Stmt(offset) | JumpBase::Expr(TextRange { start: offset, .. }) => {
                let mut pos = None;
                walk(root, Some(e), &mut pos);
                match (pos, base) {
                    (Some(r), _) | (None, JumpBase::Expr(r)) => self.set_range(r),
                    _ => self.set_offset(offset),
                }
            }
        }
    }
}
