//! Moves `yield` out of nested expression positions in a generator body.
//!
//! The interpreter resumes a generator by re-running its body along a saved path, which works
//! for a `yield` that is a whole statement or the right side of an assignment. Anywhere else
//! (`x = 1 + (yield)`, `print((yield))`, `return (yield v)`, `total += yield`), this pass
//! rewrites the statement into statements of that form, keeping CPython's evaluation order:
//! every operand evaluated before the `yield` is stored first in a hidden local (`$y0`, ...),
//! and `and`/`or`/`if-else` around a `yield` become `if` statements so that the `yield` still
//! runs only when CPython would run it. Shapes it does not handle (a `yield` in an assignment
//! target, after a short-circuiting chained comparison, in an f-string) are left as they are
//! and the runtime reports them.

use super::ast::*;

/// Rewrites `body` (one function's statements, not nested functions or classes).
pub fn spill_body(body: Vec<Stmt>, counter: &mut u32) -> Vec<Stmt> {
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        spill_stmt(s, counter, &mut out);
    }
    out
}

/// True when `e` contains a `yield` of this function (nested scopes have their own).
pub fn contains_yield(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Name(..) | ExprKind::Constant(_) | ExprKind::Lambda(_) => false,
        ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) => {
            contains_yield(&c.generators[0].iter)
        }
        ExprKind::JoinedStr(parts) => parts.iter().any(|p| match p {
            FStringPart::Literal(_) => false,
            FStringPart::Expr(fv) => contains_yield(&fv.value),
        }),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().any(contains_yield),
        ExprKind::Dict(pairs) => pairs.iter().any(|(k, v)| k.as_ref().is_some_and(contains_yield) || contains_yield(v)),
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => contains_yield(value),
        ExprKind::UnaryOp { operand, .. } => contains_yield(operand),
        ExprKind::Subscript { value, slice } => contains_yield(value) || contains_yield(slice),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().any(|x| contains_yield(x)),
        ExprKind::Call { func, args, keywords } => {
            contains_yield(func) || args.iter().any(contains_yield) || keywords.iter().any(|k| contains_yield(&k.value))
        }
        ExprKind::BinOp { left, right, .. } => contains_yield(left) || contains_yield(right),
        ExprKind::BoolOp { values, .. } => values.iter().any(contains_yield),
        ExprKind::Compare { left, comparators, .. } => contains_yield(left) || comparators.iter().any(contains_yield),
        ExprKind::IfExp { test, body, orelse } => {
            contains_yield(test) || contains_yield(body) || contains_yield(orelse)
        }
        ExprKind::NamedExpr { value, .. } => contains_yield(value),
    }
}

fn is_direct_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
}

fn spill_block(body: Vec<Stmt>, counter: &mut u32) -> Vec<Stmt> {
    spill_body(body, counter)
}

fn spill_stmt(mut s: Stmt, counter: &mut u32, out: &mut Vec<Stmt>) {
    let range = s.range;
    let mut sp = Spiller { pre: Vec::new(), counter, range };
    match &mut s.kind {
        StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } if is_direct_yield(e) => sp.yield_operand(e),
        StmtKind::Expr(e) if contains_yield(e) => sp.expr(e),
        StmtKind::Assign { value, .. } if contains_yield(value) => sp.expr(value),
        StmtKind::AnnAssign { value: Some(value), .. } if contains_yield(value) && !is_direct_yield(value) => {
            sp.expr(value)
        }
        StmtKind::Return(Some(e)) if contains_yield(e) => sp.expr(e),
        StmtKind::Raise { exc, cause } => {
            let mut kids: Vec<&mut Expr> = Vec::new();
            kids.extend(exc.as_mut());
            kids.extend(cause.as_mut());
            sp.ordered(kids);
        }
        StmtKind::Assert { test, .. } if contains_yield(test) => sp.expr(test),
        StmtKind::AugAssign { target, op, value } if contains_yield(value) => {
            let (target, op, value) = (target.clone(), *op, value.clone());
            let stmts = sp.aug_assign(target, op, value);
            out.extend(sp.pre);
            out.extend(stmts);
            return;
        }
        StmtKind::If { test, body, orelse } => {
            if contains_yield(test) {
                sp.expr(test);
            }
            *body = spill_block(std::mem::take(body), sp.counter);
            *orelse = spill_block(std::mem::take(orelse), sp.counter);
        }
        StmtKind::For { iter, body, orelse, .. } => {
            if contains_yield(iter) {
                sp.expr(iter);
            }
            *body = spill_block(std::mem::take(body), sp.counter);
            *orelse = spill_block(std::mem::take(orelse), sp.counter);
        }
        StmtKind::While { test, body, orelse } => {
            let body = spill_block(std::mem::take(body), sp.counter);
            let orelse = spill_block(std::mem::take(orelse), sp.counter);
            if contains_yield(test) {
                // `while T: B else: E` re-evaluates T before each pass:
                // `while True: <T into $t>; if not $t: E; break; B`.
                let mut test = test.clone();
                sp.expr(&mut test);
                let mut exit = orelse;
                exit.push(Stmt { range, kind: StmtKind::Break });
                let check =
                    Stmt { range, kind: StmtKind::If { test: not(test, range), body: exit, orelse: Vec::new() } };
                let mut loop_body = std::mem::take(&mut sp.pre);
                loop_body.push(check);
                loop_body.extend(body);
                let t = Expr { range, kind: ExprKind::Constant(Constant::True) };
                out.push(Stmt { range, kind: StmtKind::While { test: t, body: loop_body, orelse: Vec::new() } });
                return;
            }
            if let StmtKind::While { body: b, orelse: o, .. } = &mut s.kind {
                *b = body;
                *o = orelse;
            }
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            *body = spill_block(std::mem::take(body), sp.counter);
            for h in handlers.iter_mut() {
                h.body = spill_block(std::mem::take(&mut h.body), sp.counter);
            }
            *orelse = spill_block(std::mem::take(orelse), sp.counter);
            *finalbody = spill_block(std::mem::take(finalbody), sp.counter);
        }
        StmtKind::With { body, .. } => *body = spill_block(std::mem::take(body), sp.counter),
        StmtKind::Match { subject, cases } => {
            if contains_yield(subject) {
                sp.expr(subject);
            }
            for c in cases.iter_mut() {
                c.body = spill_block(std::mem::take(&mut c.body), sp.counter);
            }
        }
        _ => {}
    }
    out.extend(sp.pre);
    out.push(s);
}

fn not(e: Expr, range: TextRange) -> Expr {
    Expr { range, kind: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e), folded: None } }
}

fn name(n: &Name, range: TextRange) -> Expr {
    Expr { range, kind: ExprKind::Name(n.clone(), SlotHint::default()) }
}

struct Spiller<'c> {
    /// Statements to run before the rewritten one, in order.
    pre: Vec<Stmt>,
    counter: &'c mut u32,
    range: TextRange,
}

impl Spiller<'_> {
    fn fresh(&mut self) -> Name {
        let n = Name::from(format!("$y{}", self.counter));
        *self.counter += 1;
        n
    }

    fn assign(&mut self, target: &Name, value: Expr) {
        let range = self.range;
        self.pre.push(Stmt { range, kind: StmtKind::Assign { targets: vec![name(target, range)], value } });
    }

    /// Evaluates `e` now into a hidden local and leaves the local in its place.
    fn spill_to_temp(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Constant(_) => return,
            // `*xs` in a call or display: evaluate `xs` now, unpack later.
            ExprKind::Starred(inner) => return self.spill_to_temp(inner),
            _ => {}
        }
        let t = self.fresh();
        let value = std::mem::replace(e, name(&t, self.range));
        self.assign(&t, value);
    }

    /// Operands evaluated left to right: those before the last one holding a `yield` are
    /// evaluated first (into temps), then that one is spilled; later ones stay in place.
    fn ordered(&mut self, kids: Vec<&mut Expr>) {
        let Some(last) = kids.iter().rposition(|k| contains_yield(k)) else { return };
        for (i, k) in kids.into_iter().enumerate().take(last + 1) {
            if i < last {
                self.spill_to_temp(k);
            } else {
                self.expr(k);
            }
        }
    }

    /// Statements computing `e` (which may contain `yield`) into the fresh local `t`.
    fn branch(&mut self, mut e: Expr, t: &Name) -> Vec<Stmt> {
        let mut sub = Spiller { pre: Vec::new(), counter: &mut *self.counter, range: self.range };
        if contains_yield(&e) {
            sub.expr(&mut e);
        }
        sub.assign(t, e);
        sub.pre
    }

    /// `yield (yield x)` as a statement: the inner one is spilled, the outer stays.
    fn yield_operand(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) if contains_yield(v) => self.expr(v),
            _ => {}
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        let range = self.range;
        match &mut e.kind {
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    if contains_yield(v) {
                        self.expr(v);
                    }
                }
                self.spill_to_temp(e);
            }
            ExprKind::YieldFrom(v) => {
                if contains_yield(v) {
                    self.expr(v);
                }
                self.spill_to_temp(e);
            }
            ExprKind::BoolOp { op, values } if values.iter().skip(1).any(contains_yield) => {
                // `a or b` → `$t = a; if not $t: $t = b`, so `b`'s yield runs only when needed.
                let op = *op;
                let t = self.fresh();
                let mut vals = std::mem::take(values).into_iter();
                if let Some(first) = vals.next() {
                    let stmts = self.branch(first, &t);
                    self.pre.extend(stmts);
                }
                for v in vals {
                    let test = match op {
                        BoolOp::Or => not(name(&t, range), range),
                        BoolOp::And => name(&t, range),
                    };
                    let body = self.branch(v, &t);
                    self.pre.push(Stmt { range, kind: StmtKind::If { test, body, orelse: Vec::new() } });
                }
                *e = name(&t, range);
            }
            ExprKind::IfExp { test, body, orelse } if contains_yield(body) || contains_yield(orelse) => {
                if contains_yield(test) {
                    self.expr(test);
                }
                let t = self.fresh();
                let test = std::mem::replace(&mut **test, name(&t, range));
                let then = self.branch(std::mem::replace(&mut **body, name(&t, range)), &t);
                let other = self.branch(std::mem::replace(&mut **orelse, name(&t, range)), &t);
                self.pre.push(Stmt { range, kind: StmtKind::If { test, body: then, orelse: other } });
                *e = name(&t, range);
            }
            ExprKind::IfExp { test, .. } => self.expr(test),
            // A chained comparison may stop before a later operand: only the first two are safe.
            ExprKind::Compare { left, comparators, .. } if !comparators.iter().skip(1).any(contains_yield) => {
                let mut kids: Vec<&mut Expr> = vec![&mut **left];
                kids.extend(comparators.iter_mut().take(1));
                self.ordered(kids);
            }
            ExprKind::NamedExpr { target, value } => {
                if contains_yield(value) {
                    self.expr(value);
                }
                let t = self.fresh();
                let v = std::mem::replace(&mut **value, name(&t, range));
                self.assign(&t, v);
                let target = target.clone();
                self.assign(&target, name(&t, range));
                *e = name(&t, range);
            }
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                self.ordered(v.iter_mut().collect());
            }
            ExprKind::Dict(pairs) => {
                let mut kids = Vec::new();
                for (k, v) in pairs.iter_mut() {
                    kids.extend(k.as_mut());
                    kids.push(v);
                }
                self.ordered(kids);
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => self.expr(value),
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Subscript { value, slice } => self.ordered(vec![&mut **value, &mut **slice]),
            ExprKind::Slice { lower, upper, step } => {
                self.ordered([lower, upper, step].into_iter().flatten().map(|b| &mut **b).collect())
            }
            ExprKind::Call { func, args, keywords } => {
                let mut kids: Vec<&mut Expr> = vec![&mut **func];
                kids.extend(args.iter_mut());
                kids.extend(keywords.iter_mut().map(|k| &mut k.value));
                self.ordered(kids);
            }
            ExprKind::BinOp { left, right, .. } => self.ordered(vec![&mut **left, &mut **right]),
            ExprKind::BoolOp { values, .. } => {
                if let Some(first) = values.first_mut() {
                    self.expr(first);
                }
            }
            ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) => {
                // Only the first iterable is evaluated here; spill it in a copy of the node.
                let mut c2 = (**c).clone();
                self.expr(&mut c2.generators[0].iter);
                *c = std::rc::Rc::new(c2);
            }
            ExprKind::Compare { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::Name(..)
            | ExprKind::Constant(_)
            | ExprKind::Lambda(_) => {}
        }
    }

    /// `target op= value` with a `yield` in `value`: CPython reads the target first, then
    /// evaluates `value`, then stores.
    fn aug_assign(&mut self, target: Expr, op: BinOp, mut value: Expr) -> Vec<Stmt> {
        let range = self.range;
        let cur = self.fresh();
        let store: Expr = match target.kind {
            ExprKind::Attribute { value: obj, attr, .. } => {
                let mut obj = *obj;
                self.spill_to_temp(&mut obj);
                let t =
                    Expr { range, kind: ExprKind::Attribute { value: Box::new(obj), attr, site: AttrSite::default() } };
                self.assign(&cur, t.clone());
                t
            }
            ExprKind::Subscript { value: obj, slice } => {
                let (mut obj, mut slice) = (*obj, *slice);
                self.spill_to_temp(&mut obj);
                self.spill_to_temp(&mut slice);
                let t = Expr { range, kind: ExprKind::Subscript { value: Box::new(obj), slice: Box::new(slice) } };
                self.assign(&cur, t.clone());
                t
            }
            _ => {
                self.assign(&cur, target.clone());
                target
            }
        };
        self.expr(&mut value);
        vec![
            Stmt { range, kind: StmtKind::AugAssign { target: name(&cur, range), op, value } },
            Stmt { range, kind: StmtKind::Assign { targets: vec![store], value: name(&cur, range) } },
        ]
    }
}
