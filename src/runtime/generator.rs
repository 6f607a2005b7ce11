//! Generators on a tree-walking interpreter.
//!
//! A `yield` unwinds the generator body with `Unwind::Yield`; each enclosing block, loop and
//! branch records where it was (statement index, live iterator, branch taken) in the
//! generator's resume path. The next `next()` runs the body again in "resume" mode: every
//! construct consumes its saved position instead of starting over, and the `yield` itself
//! evaluates to the value sent in. Locals live in the shared `Frame`, so nothing else needs
//! saving. `yield` is resumed as a statement or as the right side of an assignment; the
//! parser's `yield_spill` pass rewrites every other common position into those two.

use super::function::{Code, CodeBody, Frame};
use super::interp::Interp;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::{Comprehension, Expr, ExprKind, Stmt, StmtKind};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

enum Resume {
    Block(usize),
    Marker(usize),
    Value(Value),
}

/// The resume path of one generator, shared with the `Ctx` its body runs in.
#[derive(Default)]
pub struct GenCtx {
    path: RefCell<Vec<Resume>>,
    resuming: Cell<bool>,
    sent: RefCell<Option<Value>>,
    /// An exception to raise at the yield point instead of resuming (`throw`, `close`).
    throw: RefCell<Option<ObjRef>>,
}

thread_local! {
    /// Suspended generators whose last reference went away: CPython closes them at once
    /// (throwing GeneratorExit in, which runs their `finally` blocks). The interpreter does it
    /// at its next safe point.
    static PENDING_CLOSE: RefCell<Vec<(Rc<Frame>, Rc<GenCtx>)>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    /// A cheap flag for the hot path: set whenever PENDING_CLOSE gains an entry.
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Something waits for the interpreter's next safe point (a generator to close, a `__del__`).
pub fn mark_pending() {
    HAS_PENDING.with(|f| f.set(true));
}

#[inline]
pub fn has_pending_close() -> bool {
    HAS_PENDING.with(|f| f.get())
}

/// Forgets pending closes (end of a run: nothing more may execute).
pub fn discard_pending_close() {
    loop {
        HAS_PENDING.with(|f| f.set(false));
        let batch = PENDING_CLOSE.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            break;
        }
        drop(batch);
    }
}

impl GenCtx {
    fn pop_if(&self, f: impl FnOnce(&Resume) -> bool) -> Option<Resume> {
        if !self.resuming.get() {
            return None;
        }
        let mut p = self.path.borrow_mut();
        if p.last().is_some_and(f) {
            p.pop()
        } else {
            None
        }
    }
    pub fn resume_block(&self) -> usize {
        match self.pop_if(|r| matches!(r, Resume::Block(_))) {
            Some(Resume::Block(i)) => i,
            _ => 0,
        }
    }
    pub fn resume_marker(&self) -> Option<usize> {
        match self.pop_if(|r| matches!(r, Resume::Marker(_))) {
            Some(Resume::Marker(m)) => Some(m),
            _ => None,
        }
    }
    pub fn resume_value(&self) -> Option<Value> {
        match self.pop_if(|r| matches!(r, Resume::Value(_))) {
            Some(Resume::Value(v)) => Some(v),
            _ => None,
        }
    }
    pub fn save_block(&self, i: usize) {
        self.path.borrow_mut().push(Resume::Block(i));
    }
    pub fn save_marker(&self, m: usize) {
        self.path.borrow_mut().push(Resume::Marker(m));
    }
    pub fn save_value(&self, v: Value) {
        self.path.borrow_mut().push(Resume::Value(v));
    }
    /// True when execution has reached the `yield` it is resuming from.
    fn at_yield_point(&self) -> bool {
        self.resuming.get() && self.path.borrow().is_empty()
    }
}

#[derive(Default)]
pub struct GenState {
    frame: Option<Rc<Frame>>,
    gctx: Option<Rc<GenCtx>>,
    started: bool,
    finished: bool,
    running: bool,
    return_value: Option<Value>,
    qualname: Option<Rc<str>>,
}

impl Drop for GenState {
    fn drop(&mut self) {
        if self.started && !self.finished && !self.running {
            if let (Some(f), Some(g)) = (self.frame.take(), self.gctx.take()) {
                PENDING_CLOSE.with(|p| p.borrow_mut().push((f, g)));
                HAS_PENDING.with(|f| f.set(true));
            }
        }
    }
}

impl GenState {
    pub fn qualname(&self) -> Rc<str> {
        self.qualname.clone().unwrap_or_else(|| Rc::from("<genexpr>"))
    }
}

impl Interp {
    pub fn make_generator(&mut self, frame: Rc<Frame>) -> Value {
        let qualname = frame.code.qualname.clone();
        let st = GenState {
            frame: Some(frame),
            gctx: Some(Rc::new(GenCtx::default())),
            qualname: Some(qualname),
            started: false,
            finished: false,
            running: false,
            return_value: None,
        };
        Value::Obj(self.heap.alloc(Some(self.t.generator.clone()), None, Payload::Generator(RefCell::new(st))))
    }

    /// Resumes a generator; `Ok(None)` when it finished (its return value is kept).
    pub fn generator_next(&mut self, g: &ObjRef, sent: Value) -> PyResult<Option<Value>> {
        let Payload::Generator(st) = &g.payload else { return Ok(None) };
        let (frame, gctx, started) = {
            let s = st.borrow();
            if s.finished {
                return Ok(None);
            }
            if s.running {
                drop(s);
                return self.value_error("generator already executing");
            }
            match (&s.frame, &s.gctx) {
                (Some(f), Some(c)) => (f.clone(), c.clone(), s.started),
                _ => return Ok(None),
            }
        };
        if !started && !sent.is_none() {
            return self.type_error("can't send non-None value to a just-started generator");
        }
        st.borrow_mut().running = true;
        gctx.resuming.set(started);
        *gctx.sent.borrow_mut() = Some(sent);
        let r = self.run_generator_frame(&frame, &gctx);
        let mut s = st.borrow_mut();
        s.running = false;
        match r {
            Err(Unwind::Yield(v)) => {
                s.started = true;
                Ok(Some(v))
            }
            Ok(c) => {
                s.finished = true;
                s.frame = None;
                s.return_value = match c {
                    super::exec::Ctrl::Return(v) => Some(v),
                    _ => None,
                };
                Ok(None)
            }
            Err(e) => {
                s.finished = true;
                s.frame = None;
                drop(s);
                if let (true, Unwind::Exception(stop)) = (self.is_exc(&e, "StopIteration"), &e) {
                    // PEP 479: the StopIteration becomes the RuntimeError's cause.
                    let err = self.new_exc("RuntimeError", "generator raised StopIteration");
                    if let Payload::Exception(d) = &err.payload {
                        drop(d.cause.replace(Value::Obj(stop.clone())));
                        drop(d.context.replace(Value::Obj(stop.clone())));
                        d.suppress_context.set(true);
                    }
                    return Err(Unwind::Exception(err));
                }
                Err(e)
            }
        }
    }

    /// Runs (or resumes) a generator body until it yields, returns or raises.
    fn run_generator_frame(&mut self, frame: &Rc<Frame>, gctx: &Rc<GenCtx>) -> PyResult<super::exec::Ctrl> {
        let code = frame.code.clone();
        self.enter_frame(&code.qualname, code.unit, code.first_offset, None)?;
        let ctx = Ctx {
            globals: frame.globals.clone(),
            frame: Some(frame.clone()),
            class_ns: None,
            class_cell: frame.class_cell.clone(),
            gen: Some(gctx.clone()),
            private: code.private.clone(),
        };
        let body: &[Stmt] = match (&code.body, &code.synthetic_body) {
            (_, Some(b)) => b,
            (CodeBody::Def(d), None) => &d.body,
            _ => &[],
        };
        let r = self.exec_block(body, &ctx);
        self.leave_frame(&code.qualname, &r.as_ref().map(|_| ()).map_err(clone_unwind));
        r
    }

    /// Closes generators dropped while suspended, as CPython does when their refcount hits 0.
    pub fn run_pending_closes(&mut self) {
        HAS_PENDING.with(|f| f.set(false));
        self.run_pending_finalizers();
        while let Some((frame, gctx)) = PENDING_CLOSE.with(|p| p.borrow_mut().pop()) {
            let exc = self.new_exc("GeneratorExit", "");
            *gctx.throw.borrow_mut() = Some(exc);
            gctx.resuming.set(true);
            let r = self.run_generator_frame(&frame, &gctx);
            // Whatever happens (GeneratorExit, another error, an ignored exit) CPython only
            // reports it as "Exception ignored"; the program goes on.
            drop(r);
            let old = std::mem::take(&mut *frame.slots.borrow_mut());
            drop(old);
        }
    }

    /// `gen.throw(exc)`: raises `exc` at the generator's current yield.
    pub fn generator_throw(&mut self, g: &ObjRef, exc: ObjRef) -> PyResult<Option<Value>> {
        let Payload::Generator(st) = &g.payload else { return Ok(None) };
        let (gctx, started) = {
            let s = st.borrow();
            match (&s.gctx, s.finished) {
                (Some(c), false) => (c.clone(), s.started),
                _ => return Err(Unwind::Exception(exc)),
            }
        };
        if !started {
            let mut s = st.borrow_mut();
            s.finished = true;
            s.frame = None;
            return Err(Unwind::Exception(exc));
        }
        *gctx.throw.borrow_mut() = Some(exc);
        self.generator_next(g, Value::None)
    }

    pub fn generator_return_value(&self, g: &Value) -> Value {
        match g {
            Value::Obj(o) => match &o.payload {
                Payload::Generator(st) => st.borrow().return_value.clone().unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// `gen.close()`: a suspended generator gets GeneratorExit at its yield.
    pub fn generator_close(&mut self, g: &ObjRef) {
        if let Payload::Generator(st) = &g.payload {
            let mut s = st.borrow_mut();
            let suspended = s.started && !s.finished && !s.running;
            s.finished = true;
            let (frame, gctx) = (s.frame.take(), s.gctx.clone());
            drop(s);
            if let (true, Some(f), Some(c)) = (suspended, frame, gctx) {
                PENDING_CLOSE.with(|p| p.borrow_mut().push((f, c)));
                self.run_pending_closes();
            }
        }
    }

    /// Executes a statement-level `yield` / `yield from` in a generator body. `Ok(None)` means
    /// the statement is not a yield and runs normally.
    pub fn gen_stmt_yield(
        &mut self,
        e: &Expr,
        targets: Option<&Vec<Expr>>,
        g: &Rc<GenCtx>,
        ctx: &Ctx,
    ) -> PyResult<Option<super::exec::Ctrl>> {
        match &e.kind {
            ExprKind::Yield(v) => {
                if g.at_yield_point() {
                    g.resuming.set(false);
                    if let Some(exc) = g.throw.borrow_mut().take() {
                        return Err(Unwind::Exception(exc));
                    }
                    let sent = g.sent.borrow_mut().take().unwrap_or(Value::None);
                    if let Some(ts) = targets {
                        for t in ts {
                            self.assign(t, sent.clone(), ctx)?;
                        }
                    }
                    return Ok(Some(super::exec::Ctrl::Normal));
                }
                let val = match v {
                    Some(x) => self.eval(x, ctx)?,
                    None => Value::None,
                };
                Err(Unwind::Yield(val))
            }
            ExprKind::YieldFrom(x) => {
                let sub = match g.resume_value() {
                    Some(sub) if g.at_yield_point() => {
                        g.resuming.set(false);
                        if let Some(exc) = g.throw.borrow_mut().take() {
                            return Err(Unwind::Exception(exc));
                        }
                        sub
                    }
                    _ => {
                        let src = self.eval(x, ctx)?;
                        self.iter(&src)?
                    }
                };
                match self.next(&sub)? {
                    Some(v) => {
                        g.save_value(sub);
                        Err(Unwind::Yield(v))
                    }
                    None => {
                        let rv = self.generator_return_value(&sub);
                        if let Some(ts) = targets {
                            for t in ts {
                                self.assign(t, rv.clone(), ctx)?;
                            }
                        }
                        Ok(Some(super::exec::Ctrl::Normal))
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// A generator expression: a generator whose body is `for ... in .0: if ...: yield elt`.
    pub fn make_genexpr(&mut self, c: &Rc<Comprehension>, ctx: &Ctx) -> PyResult<Value> {
        let key = Rc::as_ptr(c) as usize + 1;
        let code = match self.code_cache.get(&key) {
            Some(code) => code.clone(),
            None => {
                let qn = self.child_qualname(ctx, "<genexpr>");
                let mut scope = c.scope.clone();
                scope.locals.push(Rc::from(".0"));
                let mut code = Code::new(
                    CodeBody::Comp(c.clone(), "<genexpr>"),
                    Rc::from("<genexpr>"),
                    qn,
                    &scope,
                    c.elt.range.start,
                );
                code.synthetic_body = Some(genexpr_body(c));
                code.private = ctx.private.clone();
                code.unit = self.cur_unit();
                let code = Rc::new(code);
                self.code_cache.insert(key, code.clone());
                code
            }
        };
        let first = self.eval(&c.generators[0].iter, ctx)?;
        let first_iter = self.iter(&first).inspect_err(|_| self.set_range(c.range))?;
        let mut slots = vec![None; code.nslots];
        if let Some(&ix) = code.slot_of.get(".0") {
            slots[ix] = Some(first_iter);
        }
        let frame = Rc::new(Frame {
            code,
            slots: RefCell::new(slots),
            parent: ctx.frame.clone(),
            globals: ctx.globals.clone(),
            class_cell: ctx.class_cell.clone(),
            locals: Default::default(),
        });
        Ok(self.make_generator(frame))
    }
}

fn clone_unwind(e: &Unwind) -> Unwind {
    match e {
        Unwind::Exception(x) => Unwind::Exception(x.clone()),
        Unwind::Halt(s) => Unwind::Halt(s.clone()),
        Unwind::Yield(v) => Unwind::Yield(v.clone()),
    }
}

fn genexpr_body(c: &Comprehension) -> Vec<Stmt> {
    let range = c.elt.range;
    let mut inner = vec![Stmt {
        range,
        kind: StmtKind::Expr(Expr { range, kind: ExprKind::Yield(Some(Box::new(c.elt.clone()))) }),
    }];
    for (level, g) in c.generators.iter().enumerate().rev() {
        for cond in g.ifs.iter().rev() {
            inner = vec![Stmt {
                range: cond.range,
                kind: StmtKind::If { test: cond.clone(), body: inner, orelse: Vec::new() },
            }];
        }
        let iter = if level == 0 {
            Expr { range: g.iter.range, kind: ExprKind::Name(Rc::from(".0"), Default::default()) }
        } else {
            g.iter.clone()
        };
        inner = vec![Stmt {
            range: g.iter.range,
            kind: StmtKind::For { target: g.target.clone(), iter, body: inner, orelse: Vec::new() },
        }];
    }
    inner
}
