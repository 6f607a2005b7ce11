//! Executing statements.

use super::interp::Interp;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::{ExceptHandler, Expr, ExprKind, Stmt, StmtKind, WithItem};
use std::rc::Rc;

/// How a statement finished.
pub enum Ctrl {
    Normal,
    Break,
    Continue,
    Return(Value),
}

impl Interp {
    pub fn exec_block(&mut self, body: &[Stmt], ctx: &Ctx) -> PyResult<Ctrl> {
        let start = match &ctx.gen {
            Some(g) => g.resume_block(),
            None => 0,
        };
        for (i, stmt) in body.iter().enumerate().skip(start) {
            match self.exec_stmt(stmt, ctx) {
                Ok(Ctrl::Normal) => {}
                Ok(other) => return Ok(other),
                Err(y) if y.is_yield() => {
                    if let Some(g) = &ctx.gen {
                        g.save_block(i);
                    }
                    return Err(y);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Ctrl::Normal)
    }

    /// The hot statements, kept small (every Python call recurses through here).
    #[inline(always)]
    pub fn exec_stmt(&mut self, stmt: &Stmt, ctx: &Ctx) -> PyResult<Ctrl> {
        self.step()?;
        if super::generator::has_pending_close() {
            self.run_pending_closes();
        }
        self.set_offset(stmt.range.start);
        if ctx.gen.is_some() {
            return self.exec_stmt_cold(stmt, ctx);
        }
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval(e, ctx)?;
                Ok(Ctrl::Normal)
            }
            StmtKind::Return(Some(e)) => Ok(Ctrl::Return(self.eval(e, ctx)?)),
            StmtKind::If { test, body, orelse } => {
                let t = self.stmt_cond(test, stmt.range.start, ctx)?;
                self.exec_block(if t { body } else { orelse }, ctx)
            }
            StmtKind::Assign { targets, value } if targets.len() == 1 => {
                let v = self.eval(value, ctx)?;
                self.assign(&targets[0], v, ctx)?;
                Ok(Ctrl::Normal)
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.exec_for(stmt.range.start, target, iter, body, orelse, ctx)
            }
            StmtKind::While { test, body, orelse } => self.exec_while(stmt.range.start, test, body, orelse, ctx),
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                self.exec_try(body, handlers, orelse, finalbody, *star, ctx)
            }
            StmtKind::With { items, body } => self.exec_with(items, body, ctx),
            _ => self.exec_stmt_cold(stmt, ctx),
        }
    }

    #[inline(never)]
    fn exec_stmt_cold(&mut self, stmt: &Stmt, ctx: &Ctx) -> PyResult<Ctrl> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                if let Some(g) = &ctx.gen {
                    if let Some(r) = self.gen_stmt_yield(e, None, g, ctx)? {
                        return Ok(r);
                    }
                }
                self.eval(e, ctx)?;
            }
            StmtKind::Assign { targets, value } => {
                if let Some(g) = &ctx.gen {
                    if matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                        if let Some(r) = self.gen_stmt_yield(value, Some(targets), g, ctx)? {
                            return Ok(r);
                        }
                    }
                }
                let v = self.eval(value, ctx)?;
                for t in targets {
                    self.assign(t, v.clone(), ctx)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.exec_augassign(stmt.range.start, target, *op, value, ctx)?
            }
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                self.exec_annassign(target, value.as_ref(), annotation, *simple, ctx)?
            }
            StmtKind::If { test, body, orelse } => {
                let branch = match ctx.gen.as_ref().and_then(|g| g.resume_marker()) {
                    Some(b) => b,
                    None => {
                        if self.stmt_cond(test, stmt.range.start, ctx)? {
                            0
                        } else {
                            1
                        }
                    }
                };
                let block = if branch == 0 { body } else { orelse };
                return self.exec_block(block, ctx).inspect_err(|e| self.save_marker(e, ctx, branch));
            }
            StmtKind::While { test, body, orelse } => {
                return self.exec_while(stmt.range.start, test, body, orelse, ctx)
            }
            StmtKind::For { target, iter, body, orelse } => {
                return self.exec_for(stmt.range.start, target, iter, body, orelse, ctx)
            }
            StmtKind::Break => return Ok(Ctrl::Break),
            StmtKind::Continue => return Ok(Ctrl::Continue),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(e, ctx)?,
                    None => Value::None,
                };
                return Ok(Ctrl::Return(v));
            }
            StmtKind::FunctionDef(def) => {
                let f = self.make_function(def, ctx)?;
                self.store_name(&def.name, f, ctx)?;
            }
            StmtKind::ClassDef(def) => {
                let c = self.build_class(def, ctx)?;
                self.store_name(&def.name, c, ctx)?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                return self.exec_try(body, handlers, orelse, finalbody, *star, ctx)
            }
            StmtKind::Raise { exc, cause } => {
                let r = self.exec_raise(exc.as_ref(), cause.as_ref(), ctx);
                // CPython's RAISE_VARARGS is positioned on the whole statement.
                if let Some(e) = super::exc_of(&r) {
                    self.set_range(stmt.range);
                    // `raise e` of a caught exception adds this line to the traceback it
                    // already has (a bare `raise` does not).
                    if exc.is_some() {
                        if let Payload::Exception(d) = &e.payload {
                            d.reraised_in.set(None);
                        }
                        self.add_traceback_entry(e);
                    }
                }
                return r;
            }
            StmtKind::Assert { test, msg } => {
                if !self.stmt_cond(test, stmt.range.start, ctx)? {
                    let cls = self.t.exc("AssertionError");
                    let args = match msg {
                        Some(m) => {
                            let m = self.eval(m, ctx)?;
                            self.tuple(vec![m])
                        }
                        None => self.tuple(vec![]),
                    };
                    // Raised where the condition's last comparison left the position.
                    match super::jumps::last_compare(test) {
                        Some(r) => self.set_range(r),
                        None => self.set_offset(stmt.range.start),
                    }
                    return Err(Unwind::exception(self.new_exc_obj(&cls, args)));
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t, ctx)?;
                }
            }
            StmtKind::With { items, body } => return self.exec_with(items, body, ctx),
            StmtKind::Match { subject, cases } => return self.exec_match(subject, cases, ctx),
            StmtKind::Import(names) => self.exec_import(names, ctx)?,
            StmtKind::ImportFrom { module, names, level } => {
                if *level > 0 {
                    return self.err("ImportError", "attempted relative import with no known parent package");
                }
                let module = module.clone().unwrap_or_else(|| Rc::from(""));
                self.exec_import_from(&module, names, ctx)?;
            }
        }
        Ok(Ctrl::Normal)
    }

    /// Remembers which branch/loop a generator body yielded inside.
    pub(super) fn save_marker(&self, e: &Unwind, ctx: &Ctx, marker: usize) {
        if let (true, Some(g)) = (e.is_yield(), &ctx.gen) {
            g.save_marker(marker);
        }
    }

    #[inline(never)]
    fn exec_while(&mut self, start: u32, test: &Expr, body: &[Stmt], orelse: &[Stmt], ctx: &Ctx) -> PyResult<Ctrl> {
        let mut resuming = ctx.gen.as_ref().and_then(|g| g.resume_marker()).is_some();
        loop {
            if !resuming && !self.stmt_cond(test, start, ctx)? {
                break;
            }
            resuming = false;
            match self.exec_block(body, ctx) {
                Ok(Ctrl::Break) => return Ok(Ctrl::Normal),
                Ok(Ctrl::Return(v)) => return Ok(Ctrl::Return(v)),
                Ok(_) => {}
                Err(e) => {
                    self.save_marker(&e, ctx, 0);
                    return Err(e);
                }
            }
            self.step()?;
        }
        self.exec_block(orelse, ctx).inspect_err(|e| self.save_marker(e, ctx, 1))
    }

    #[inline(never)]
    fn exec_for(
        &mut self,
        start: u32,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        ctx: &Ctx,
    ) -> PyResult<Ctrl> {
        let (it, mut resuming) = match ctx.gen.as_ref().and_then(|g| g.resume_value()) {
            Some(it) => (it, true),
            None => {
                let src = self.eval_iterable(iter, ctx)?;
                (self.iter(&src).inspect_err(|_| self.set_loop_loc(start, iter, ctx))?, false)
            }
        };
        loop {
            if !resuming {
                self.set_offset(iter.range.start);
                match self.next(&it).inspect_err(|_| self.set_loop_loc(start, iter, ctx))? {
                    Some(v) => self.assign(target, v, ctx)?,
                    None => break,
                }
            }
            resuming = false;
            match self.exec_block(body, ctx) {
                Ok(Ctrl::Break) => return Ok(Ctrl::Normal),
                Ok(Ctrl::Return(v)) => return Ok(Ctrl::Return(v)),
                Ok(_) => {}
                Err(y) if y.is_yield() => {
                    if let Some(g) = &ctx.gen {
                        g.save_value(it.clone());
                    }
                    return Err(y);
                }
                Err(e) => return Err(e),
            }
            self.step()?;
        }
        self.exec_block(orelse, ctx)
    }

    /// Positions a failure to get or advance a `for` loop's iterator: on the statement (no
    /// caret line), or in a generator expression's frame on the comprehension.
    #[cold]
    fn set_loop_loc(&self, start: u32, iter: &Expr, ctx: &Ctx) {
        match super::jumps::comp_of(ctx) {
            Some(c) => {
                let level = c.generators.iter().position(|g| g.iter.range == iter.range).unwrap_or(0);
                self.set_range(super::jumps::comp_loc(c, super::jumps::CompPoint::Loop(level)));
            }
            None => self.set_offset(start),
        }
    }

    fn exec_augassign(
        &mut self,
        start: u32,
        target: &Expr,
        op: crate::syntax::ast::BinOp,
        value: &Expr,
        ctx: &Ctx,
    ) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, h) => {
                let cur = match self.load_fast(h, ctx) {
                    Some(v) => v,
                    None => self.load_name(n, ctx).inspect_err(|_| self.set_range(target.range))?,
                };
                let rhs = self.eval(value, ctx)?;
                let r = self.inplace_op(op, cur, rhs).inspect_err(|_| self.set_offset(start))?;
                self.store_fast(n, h, r, ctx)
            }
            // CPython positions the load and the store on the target and the operation on
            // the statement (no caret line).
            ExprKind::Attribute { value: obj, attr, site } => {
                let o = self.eval(obj, ctx)?;
                let attr = super::eval::mangled(attr, ctx);
                self.set_range(site.loc(target.range));
                let cur = self.getattr_at(&o, &attr, Some(site))?;
                let rhs = self.eval(value, ctx)?;
                let r = self.inplace_op(op, cur, rhs).inspect_err(|_| self.set_offset(start))?;
                self.set_range(site.loc(target.range));
                self.setattr_at(&o, &attr, r, Some(site))
            }
            ExprKind::Subscript { value: obj, slice } => {
                let o = self.eval(obj, ctx)?;
                let k = self.eval(slice, ctx)?;
                self.set_range(target.range);
                let cur = self.getitem(&o, &k)?;
                let rhs = self.eval(value, ctx)?;
                let r = self.inplace_op(op, cur, rhs).inspect_err(|_| self.set_offset(start))?;
                self.set_range(target.range);
                self.setitem(&o, k, r)
            }
            _ => self.err("SyntaxError", "'expression' is an illegal expression for augmented assignment"),
        }
    }

    /// Binds a value to an assignment target (name, attribute, item, or unpacking pattern).
    pub fn assign(&mut self, target: &Expr, value: Value, ctx: &Ctx) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(n, h) => self.store_fast(n, h, value, ctx),
            // CPython positions STORE_ATTR, STORE_SUBSCR and UNPACK_SEQUENCE on the target.
            ExprKind::Attribute { value: obj, attr, site } => {
                let o = self.eval(obj, ctx)?;
                let attr = super::eval::mangled(attr, ctx);
                self.set_range(site.loc(target.range));
                self.setattr_at(&o, &attr, value, Some(site))
            }
            ExprKind::Subscript { value: obj, slice } => {
                let o = self.eval(obj, ctx)?;
                let k = self.eval(slice, ctx)?;
                self.set_range(target.range);
                self.setitem(&o, k, value)
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.set_range(target.range);
                self.assign_unpack(elts, value, ctx)
            }
            ExprKind::Starred(inner) => self.assign(inner, value, ctx),
            _ => self.err("SyntaxError", "cannot assign to expression"),
        }
    }

    fn assign_unpack(&mut self, elts: &[Expr], value: Value, ctx: &Ctx) -> PyResult<()> {
        let items = self.unpack_iterable(&value)?;
        let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
        let values = self.unpack_to(items, elts.len(), star)?;
        for (t, v) in elts.iter().zip(values) {
            self.assign(t, v, ctx)?;
        }
        Ok(())
    }

    /// `UNPACK_SEQUENCE`/`UNPACK_EX`: `values` as the values of `size` targets, the one at
    /// `star` (if any) a list of what the others leave, with CPython's errors for a wrong count.
    pub(super) fn unpack_to(
        &mut self,
        mut values: Vec<Value>,
        size: usize,
        star: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let n = values.len();
        match star {
            None if n > size => self.value_error(format!("too many values to unpack (expected {size})")),
            None if n < size => self.value_error(format!("not enough values to unpack (expected {size}, got {n})")),
            None => Ok(values),
            Some(_) if n < size - 1 => {
                self.value_error(format!("not enough values to unpack (expected at least {}, got {n})", size - 1))
            }
            Some(s) => {
                let tail = values.split_off(n - (size - 1 - s));
                let middle = values.split_off(s);
                let l = self.list(middle);
                values.push(l);
                values.extend(tail);
                Ok(values)
            }
        }
    }

    /// Items of an iterable for unpacking, with CPython's error for non-iterables.
    pub fn unpack_iterable(&mut self, value: &Value) -> PyResult<Vec<Value>> {
        // CPython's fast path is for exact lists and tuples: a subclass may override `__iter__`.
        let exact = match value {
            Value::Obj(o) => {
                let cls = o.class();
                Rc::ptr_eq(&cls, &self.t.list) || Rc::ptr_eq(&cls, &self.t.tuple)
            }
            _ => false,
        };
        if let (true, Some(items)) = (exact, self.seq_items(value)) {
            return Ok(items);
        }
        if !self.is_iterable(value) {
            let tn = self.type_name(value);
            return self.type_error(format!("cannot unpack non-iterable {tn} object"));
        }
        self.collect(value)
    }

    fn delete(&mut self, target: &Expr, ctx: &Ctx) -> PyResult<()> {
        match &target.kind {
            // What the deletion frees (a generator closed then) reports from the name.
            ExprKind::Name(n, _) => {
                self.set_range(target.range);
                self.delete_name(n, ctx)
            }
            ExprKind::Attribute { value, attr, site } => {
                let o = self.eval(value, ctx)?;
                let attr = super::eval::mangled(attr, ctx);
                self.set_range(site.loc(target.range));
                self.delattr(&o, &attr)
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.eval(value, ctx)?;
                let k = self.eval(slice, ctx)?;
                self.set_range(target.range);
                self.delitem(&o, k)
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete(e, ctx)?;
                }
                Ok(())
            }
            _ => self.err("SyntaxError", "cannot delete expression"),
        }
    }

    fn exec_raise(&mut self, exc: Option<&Expr>, cause: Option<&Expr>, ctx: &Ctx) -> PyResult<Ctrl> {
        let Some(exc) = exc else {
            return match self.handling.last() {
                Some(e) => Err(Unwind::exception(e.clone())),
                None => self.err("RuntimeError", "No active exception to reraise"),
            };
        };
        let v = self.eval(exc, ctx)?;
        let e = self.make_exception(v)?;
        if let Some(c) = cause {
            let cv = self.eval(c, ctx)?;
            let cause_val = match cv {
                Value::None => Value::None,
                other => Value::Obj(self.make_exception(other).map_err(|_| ()).map_err(|_| {
                    let err = self.new_exc("TypeError", "exception causes must derive from BaseException");
                    Unwind::exception(err)
                })?),
            };
            if let Payload::Exception(d) = &e.payload {
                *d.cause.borrow_mut() = cause_val;
                d.suppress_context.set(true);
            }
        }
        Err(Unwind::exception(e))
    }

    /// `raise X`: instantiates a class, checks it derives from BaseException.
    pub fn make_exception(&mut self, v: Value) -> PyResult<ObjRef> {
        let base = self.t.exc("BaseException");
        match &v {
            Value::Obj(o) if o.is_class() && self.is_subclass(o, &base) => {
                let inst = self.call(&v, vec![], vec![])?;
                match inst {
                    Value::Obj(i) if self.is_subclass(&i.class(), &base) => Ok(i),
                    other => {
                        let tn = self.type_name(&other);
                        self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {tn}",
                            self.repr_class(o)
                        ))
                    }
                }
            }
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    #[inline(never)]
    fn exec_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        star: bool,
        ctx: &Ctx,
    ) -> PyResult<Ctrl> {
        // Where a suspended generator left this `try` (see `TryPart`).
        let resume = ctx.gen.as_ref().and_then(|g| g.resume_marker()).map(|m| {
            let exc = match TryPart::from_marker(m) {
                TryPart::Handler(_) | TryPart::FinallyRaising => ctx.gen.as_ref().and_then(|g| g.resume_value()),
                _ => None,
            };
            (TryPart::from_marker(m), exc)
        });
        let mut result = match &resume {
            None | Some((TryPart::Body, _)) => self.exec_block(body, ctx),
            Some((TryPart::Orelse, _)) => Ok(Ctrl::Normal),
            Some((TryPart::Handler(k), Some(state))) if star => self.resume_star_handlers(handlers, *k, state, ctx),
            Some((TryPart::Handler(k), Some(Value::Obj(exc)))) if *k < handlers.len() => {
                let r = self.run_handler(&handlers[*k], exc, ctx);
                self.suspend_in(&r, ctx, TryPart::Handler(*k), Some(exc));
                r
            }
            Some((TryPart::FinallyRaising, Some(Value::Obj(exc)))) => Err(Unwind::exception(exc.clone())),
            Some(_) => Ok(Ctrl::Normal),
        };
        let body_normal = matches!(result, Ok(Ctrl::Normal));
        let resumed_after_body = matches!(resume, Some((p, _)) if p != TryPart::Body);
        if result.as_ref().is_err_and(super::Unwind::is_yield) {
            if !resumed_after_body {
                self.suspend_in(&result, ctx, TryPart::Body, None);
            }
            return result;
        }
        if !resumed_after_body {
            if let Some(exc) = super::exc_of(&result) {
                let exc = exc.clone();
                self.add_traceback(&exc);
                self.hold_frame(&exc, ctx);
                if star {
                    result = self.star_handlers(handlers, &exc, ctx);
                }
                for (k, h) in handlers.iter().enumerate().filter(|_| !star) {
                    let matched = match &h.typ {
                        None => true,
                        Some(t) => {
                            let tv = self.eval(t, ctx)?;
                            self.exception_matches(&exc, &tv)?
                        }
                    };
                    if matched {
                        if let Some(n) = &h.name {
                            self.store_name(n, Value::Obj(exc.clone()), ctx)?;
                        }
                        result = self.run_handler(h, &exc, ctx);
                        self.suspend_in(&result, ctx, TryPart::Handler(k), Some(&exc));
                        break;
                    }
                }
            }
        }
        // `else` runs when the body finished normally (or is where we resume).
        let body_finished = matches!(resume, None | Some((TryPart::Body, _))) && body_normal;
        let in_orelse = body_finished || matches!(resume, Some((TryPart::Orelse, _)));
        if in_orelse && matches!(result, Ok(Ctrl::Normal)) {
            result = self.exec_block(orelse, ctx);
            self.suspend_in(&result, ctx, TryPart::Orelse, None);
        }
        if result.as_ref().is_err_and(super::Unwind::is_yield) || finalbody.is_empty() {
            return result;
        }
        let pending = super::exc_of(&result).cloned();
        if let Some(e) = &pending {
            self.adopt_context(e);
            self.handling.push(e.clone());
        }
        let f = self.exec_block(finalbody, ctx);
        if pending.is_some() {
            self.handling.pop();
        }
        match f {
            Ok(Ctrl::Normal) => result,
            Err(e) if e.is_yield() => {
                let part = if pending.is_some() { TryPart::FinallyRaising } else { TryPart::Finally };
                let r = Err(e);
                self.suspend_in(&r, ctx, part, pending.as_ref());
                r
            }
            Err(e) => {
                if let (Some(new), Some(old)) = (e.exc(), &pending) {
                    self.chain_context(new, old);
                }
                Err(e)
            }
            other => other,
        }
    }

    /// An `except` clause's body, with the exception being handled (for `raise` and
    /// `__context__`) and its name unbound afterwards, as CPython does.
    fn run_handler(&mut self, h: &ExceptHandler, exc: &ObjRef, ctx: &Ctx) -> PyResult<Ctrl> {
        self.adopt_context(exc);
        self.run_handler_body(h, exc, ctx)
    }

    /// A handler's body with `exc` being handled, and its name's cleanup.
    pub(super) fn run_handler_body(&mut self, h: &ExceptHandler, exc: &ObjRef, ctx: &Ctx) -> PyResult<Ctrl> {
        self.handling.push(exc.clone());
        let r = self.exec_block(&h.body, ctx);
        self.handling.pop();
        if r.as_ref().is_err_and(super::Unwind::is_yield) {
            return r;
        }
        if let Some(new) = super::exc_of(&r) {
            self.chain_context(new, exc);
        }
        if let Some(n) = &h.name {
            // CPython's cleanup is `n = None; del n`, which a class body's `__prepare__`
            // mapping sees (and may fail), positioned on the handler's last statement.
            if let Some(last) = h.body.last() {
                self.set_range(last.range);
            }
            let cleanup = self.store_name(n, Value::None, ctx).and_then(|_| self.delete_name(n, ctx));
            if let Err(e) = cleanup {
                if let (Some(new), Some(old)) = (e.exc(), super::exc_of(&r)) {
                    self.chain_context(new, old);
                }
                return Err(e);
            }
        }
        r
    }

    /// An exception caught in a function's frame (or handed to `__exit__` there): the
    /// traceback holds the frame from now on, as CPython's does from the moment it was raised
    /// there, so a handler that keeps the exception keeps the frame's locals too.
    pub(super) fn hold_frame(&self, exc: &ObjRef, ctx: &Ctx) {
        if ctx.class_ns.is_some() {
            return;
        }
        if let (Some(frame), Some(f)) = (&ctx.frame, self.frames.last()) {
            super::call::keep_frame_in_traceback(exc, f.serial, frame);
        }
    }

    /// Records where in a `try` a generator suspended (and the exception in flight there).
    pub(super) fn suspend_in(&self, r: &PyResult<Ctrl>, ctx: &Ctx, part: TryPart, exc: Option<&ObjRef>) {
        if let (true, Some(g)) = (r.as_ref().is_err_and(Unwind::is_yield), &ctx.gen) {
            if let Some(e) = exc {
                g.save_value(Value::Obj(e.clone()));
            }
            g.save_marker(part.marker());
        }
    }

    /// An exception caught while another was being handled took that one as its context
    /// when raised (CPython sets `__context__` at the raise), even if it never leaves the
    /// handler: `except A: try: raise B except B: raise C` chains A, B and C.
    pub(super) fn adopt_context(&mut self, exc: &ObjRef) {
        if let Some(top) = self.handling.last().cloned() {
            self.chain_context(exc, &top);
        }
    }

    /// Sets `new.__context__ = old` as CPython does when raising inside a handler.
    pub fn chain_context(&mut self, new: &ObjRef, old: &ObjRef) {
        if Rc::ptr_eq(new, old) {
            return;
        }
        if let Payload::Exception(d) = &new.payload {
            // A group `except*` made was never raised as a new exception: it has no context.
            if d.context.borrow().is_none() && d.reraised_in.get().is_none() {
                *d.context.borrow_mut() = Value::Obj(old.clone());
            }
        }
    }

    /// `except T:` matching, with CPython's error for non-exception classes.
    pub fn exception_matches(&mut self, exc: &ObjRef, typ: &Value) -> PyResult<bool> {
        let base = self.t.exc("BaseException");
        let check = |me: &mut Interp, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(c) if c.is_class() && me.is_subclass(c, &base) => Ok(me.is_subclass(&exc.class(), c)),
                _ => me.type_error("catching classes that do not inherit from BaseException is not allowed"),
            }
        };
        if let Some(items) = self.tuple_items(typ).map(|s| s.to_vec()) {
            for t in &items {
                if check(self, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, typ)
    }

    #[inline(never)]
    fn exec_with(&mut self, items: &[WithItem], body: &[Stmt], ctx: &Ctx) -> PyResult<Ctrl> {
        let Some((first, rest)) = items.split_first() else {
            return self.exec_block(body, ctx);
        };
        // Resuming a generator suspended inside this `with`: the manager was entered already.
        let resumed = match ctx.gen.as_ref().and_then(|g| g.resume_marker()) {
            Some(_) => ctx.gen.as_ref().and_then(|g| g.resume_value()),
            None => None,
        };
        let was_resumed = resumed.is_some();
        let mgr = match resumed {
            Some(m) => m,
            None => self.eval(&first.context_expr, ctx)?,
        };
        let mtype = self.type_of(&mgr);
        // BEFORE_WITH is positioned on the whole `with` line: no `^^^` under the manager.
        self.set_offset(first.context_expr.range.start);
        let enter = self.lookup_special(&mtype, "__enter__");
        let exit = self.lookup_special(&mtype, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(&mgr);
            let has_enter = self.lookup_special(&mtype, "__enter__").is_some();
            let missed = if has_enter { " (missed __exit__ method)" } else { "" };
            return self.type_error(format!("'{tn}' object does not support the context manager protocol{missed}"));
        };
        if !was_resumed {
            let entered = self.call_bound(&enter, &mgr, vec![], vec![])?;
            if let Some(t) = &first.optional_vars {
                self.assign(t, entered, ctx)?;
            }
        }
        let r = if rest.is_empty() { self.exec_block(body, ctx) } else { self.exec_with(rest, body, ctx) };
        match r {
            Err(y) if y.is_yield() => {
                if let Some(g) = &ctx.gen {
                    g.save_value(mgr);
                    g.save_marker(0);
                }
                Err(y)
            }
            Err(e) => match e.into_exc() {
                Err(other) => Err(other),
                Ok(exc) => {
                    self.add_traceback(&exc);
                    self.hold_frame(&exc, ctx);
                    self.handling.push(exc.clone());
                    let typ = Value::Obj(exc.class());
                    let tb = self.traceback_of(&exc)?;
                    self.set_offset(first.context_expr.range.start);
                    let res = self.call_bound(&exit, &mgr, vec![typ, Value::Obj(exc.clone()), tb], vec![]);
                    self.handling.pop();
                    let res = res.inspect_err(|e| {
                        if let Some(new) = e.exc() {
                            self.chain_context(new, &exc);
                        }
                    })?;
                    if self.truthy(&res)? {
                        Ok(Ctrl::Normal)
                    } else {
                        Err(Unwind::exception(exc))
                    }
                }
            },
            Ok(c) => {
                // The implicit `__exit__` call belongs to the `with` line.
                self.set_offset(first.context_expr.range.start);
                self.call_bound(&exit, &mgr, vec![Value::None, Value::None, Value::None], vec![])?;
                Ok(c)
            }
        }
    }
}

/// The part of a `try` statement a generator was suspended in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum TryPart {
    Body,
    Orelse,
    /// `finally` reached normally (or by `return`/`break`).
    Finally,
    /// `finally` running while an exception propagates (saved with the marker).
    FinallyRaising,
    /// The k-th `except` clause (the exception it handles is saved with the marker).
    Handler(usize),
}

impl TryPart {
    fn marker(self) -> usize {
        match self {
            TryPart::Body => 0,
            TryPart::Orelse => 1,
            TryPart::Finally => 2,
            TryPart::FinallyRaising => 3,
            TryPart::Handler(k) => 4 + k,
        }
    }

    fn from_marker(m: usize) -> TryPart {
        match m {
            0 => TryPart::Body,
            1 => TryPart::Orelse,
            2 => TryPart::Finally,
            3 => TryPart::FinallyRaising,
            k => TryPart::Handler(k - 4),
        }
    }
}
