//! Generators on a tree-walking interpreter.
//!
//! A `yield` unwinds the generator body with `Unwind::yielded`; each enclosing block, loop and
//! branch records where it was (statement index, live iterator, branch taken) in the
//! generator's resume path. The next `next()` runs the body again in "resume" mode: every
//! construct consumes its saved position instead of starting over, and the `yield` itself
//! evaluates to the value sent in. Locals live in the shared `Frame`, so nothing else needs
//! saving. `yield` is resumed as a statement or as the right side of an assignment; the
//! parser's `yield_spill` pass rewrites every other common position into those two.

use super::function::{Code, CodeBody, Frame};
use super::interp::Interp;
use super::refcell::RefCell;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::{Comprehension, Expr, ExprKind, Stmt, StmtKind};
use std::cell::Cell;
use std::rc::Rc;

/// What one step of a `yield from` delegation gave.
enum Delegated {
    Yielded(Value),
    Returned(Value),
}

enum Resume {
    Block(usize),
    Marker(usize),
    Value(Value),
    /// The subiterator of the `yield from` the generator is suspended in.
    Delegate(Value),
}

/// The resume path of one generator, shared with the `Ctx` its body runs in.
#[derive(Default)]
pub struct GenCtx {
    path: RefCell<Vec<Resume>>,
    resuming: Cell<bool>,
    sent: RefCell<Option<Value>>,
    /// An exception to raise at the yield point instead of resuming (`throw`, `close`).
    throw: RefCell<Option<ObjRef>>,
    /// The result of a `yield from` whose subiterator ended while `throw` was passed to it:
    /// the generator resumes with it as the expression's value.
    delegate_result: RefCell<Option<Value>>,
    /// `__name__`, once assigned (else the last part of the qualified name).
    name: RefCell<Option<Rc<str>>>,
}

/// A suspended generator whose last reference went away: CPython closes it at once
/// (throwing GeneratorExit in, which runs its `finally` blocks); the interpreter does it at
/// its next safe point, in turn with the `__del__`s (`runtime::finalize`). An unstarted one is
/// closed too: CPython 3.11's `gen_close` runs its frame, which raises GeneratorExit at once
/// (a profiler sees the call), and only then do its arguments die.
pub struct DroppedGen {
    frame: Rc<Frame>,
    gctx: Rc<GenCtx>,
    started: bool,
    /// What its repr was (`<generator object g at 0x...>`), for an "Exception ignored" report.
    repr: Option<(Rc<str>, u64)>,
}

thread_local! {
    /// A cheap flag for the hot path: set whenever something waits for the next safe point.
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

/// Forgets pending closes and finalizers (end of a run: nothing more may execute).
pub fn discard_pending_close() {
    HAS_PENDING.with(|f| f.set(false));
    super::finalize::discard_pending();
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
    fn resume_delegate(&self) -> Option<Value> {
        match self.pop_if(|r| matches!(r, Resume::Delegate(_))) {
            Some(Resume::Delegate(v)) => Some(v),
            _ => None,
        }
    }
    /// The subiterator a suspended generator delegates to: the innermost entry of its path.
    fn delegate(&self) -> Option<Value> {
        match self.path.borrow().first() {
            Some(Resume::Delegate(v)) => Some(v.clone()),
            _ => None,
        }
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
    /// The generator object's id (its address in reprs), set once it is allocated.
    id: u64,
    /// Its finalizer ran (a collection closed it): as PEP 442's, it runs once, so letting go
    /// of it later does not close it again.
    pub(super) finalized: bool,
}

impl Drop for GenState {
    fn drop(&mut self) {
        if !self.finished && !self.running && !self.finalized {
            if let (Some(frame), Some(gctx)) = (self.frame.take(), self.gctx.take()) {
                let repr = self.qualname.clone().map(|q| (q, self.id));
                super::finalize::queue_close(DroppedGen { frame, gctx, started: self.started, repr });
            }
        }
    }
}

impl GenState {
    /// What the generator holds, for the collector: its frame, and the values its resume
    /// path keeps (a suspended `for`'s iterator, a `yield from`'s subiterator, ...).
    pub(super) fn edges(&self, f: &mut dyn FnMut(super::gc_graph::Edge<'_>)) {
        use super::gc_graph::{value_edge as v, Edge};
        if let Some(rv) = &self.return_value {
            v(rv, f);
        }
        if let Some(g) = &self.gctx {
            if let Ok(path) = g.path.try_borrow() {
                for r in path.iter() {
                    if let Resume::Value(x) | Resume::Delegate(x) = r {
                        v(x, f);
                    }
                }
            }
            if let Ok(Some(x)) = g.sent.try_borrow().as_deref() {
                v(x, f);
            }
            if let Ok(Some(x)) = g.delegate_result.try_borrow().as_deref() {
                v(x, f);
            }
            if let Ok(Some(x)) = g.throw.try_borrow().as_deref() {
                f(Edge::Obj(x));
            }
        }
        if let Some(fr) = &self.frame {
            f(Edge::Frame(fr));
        }
    }

    pub fn qualname(&self) -> Rc<str> {
        self.qualname.clone().unwrap_or_else(|| Rc::from("<genexpr>"))
    }

    /// `__name__`: the function's, the last part of its qualified name unless assigned.
    fn name(&self) -> Rc<str> {
        if let Some(n) = self.gctx.as_ref().and_then(|c| c.name.borrow().clone()) {
            return n;
        }
        let q = self.qualname();
        match q.rsplit_once('.') {
            Some((_, n)) => Rc::from(n),
            None => q,
        }
    }

    /// `g.__name__ = s` or `g.__qualname__ = s`.
    pub fn set_name(&mut self, is_name: bool, s: Rc<str>) {
        let name = if is_name { s.clone() } else { self.name() };
        if !is_name {
            self.qualname = Some(s);
        }
        if let Some(c) = &self.gctx {
            *c.name.borrow_mut() = Some(name);
        }
    }
}

/// A generator's getset attributes: its names, and `gi_running`, `gi_suspended` (stopped at a
/// `yield`) and `gi_yieldfrom` (what a suspended `yield from` delegates to).
pub(super) fn gen_attr(g: &GenState, name: &str) -> Option<Value> {
    let suspended = g.started && !g.finished && !g.running;
    Some(match name {
        "__name__" => Value::Str(g.name()),
        "__qualname__" => Value::Str(g.qualname()),
        "gi_running" => Value::Bool(g.running),
        "gi_suspended" => Value::Bool(suspended),
        "gi_yieldfrom" => g.gctx.as_ref().and_then(|c| c.delegate()).filter(|_| suspended).unwrap_or(Value::None),
        _ => return None,
    })
}

impl Interp {
    pub fn make_generator(&mut self, frame: Rc<Frame>) -> Value {
        // Its frame reads the closure's cells while it lives, whatever becomes of the function.
        if let Some(parent) = &frame.parent {
            super::function::adjust_cell_refs(&frame.code, parent, 1);
            frame.reads_cells.set(true);
        }
        let qualname = frame.code.qualname.clone();
        let st = GenState {
            frame: Some(frame),
            gctx: Some(Rc::new(GenCtx::default())),
            qualname: Some(qualname),
            started: false,
            finished: false,
            running: false,
            return_value: None,
            id: 0,
            finalized: false,
        };
        let g = self.heap.alloc(Some(self.t.generator.clone()), None, Payload::Generator(RefCell::new(st)));
        if let Payload::Generator(st) = &g.payload {
            st.borrow_mut().id = g.id;
        }
        Value::Obj(g)
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
            Err(y) if y.is_yield() => {
                s.started = true;
                Ok(Some(self.yielded.take().unwrap_or(Value::None)))
            }
            Ok(c) => {
                s.finished = true;
                let frame = s.frame.take();
                s.return_value = match c {
                    super::exec::Ctrl::Return(v) => Some(v),
                    _ => None,
                };
                drop(s);
                // CPython clears the frame when the generator returns (`frame_returned`).
                if let Some(f) = &frame {
                    self.frame_returned(f, None, 0);
                }
                Ok(None)
            }
            Err(e) => {
                s.finished = true;
                // The exception's traceback keeps the frame, and all its locals.
                let frame = s.frame.take();
                drop(s);
                if let Some(f) = &frame {
                    self.frame_returned(f, None, 0);
                }
                drop(frame);
                if let (true, Some(stop)) = (self.is_exc(&e, "StopIteration"), e.exc()) {
                    // PEP 479: the StopIteration becomes the RuntimeError's cause.
                    let err = self.new_exc("RuntimeError", "generator raised StopIteration");
                    if let Payload::Exception(d) = &err.payload {
                        drop(d.cause.replace(Value::Obj(stop.clone())));
                        drop(d.context.replace(Value::Obj(stop.clone())));
                        d.suppress_context.set(true);
                    }
                    return Err(Unwind::exception(err));
                }
                Err(e)
            }
        }
    }

    /// Runs (or resumes) a generator body until it yields, returns or raises.
    fn run_generator_frame(&mut self, frame: &Rc<Frame>, gctx: &Rc<GenCtx>) -> PyResult<super::exec::Ctrl> {
        let code = frame.code.clone();
        // CPython 3.11 resumes a generator whose subiterator ended during `throw` by jumping
        // past its SEND itself (`_gen_throw`): its profiler sees no "call" for that resume,
        // only the "return", so the trace has no call event there either.
        if gctx.delegate_result.borrow().is_some() {
            let tracer = self.tracer.take();
            let r = self.enter_frame(&code.qualname, code.unit, code.first_offset, None, Some(frame));
            self.tracer = tracer;
            r?;
        } else {
            self.enter_frame(&code.qualname, code.unit, code.first_offset, None, Some(frame))?;
        }
        let ctx = Ctx {
            globals: frame.globals.clone(),
            frame: Some(frame.clone()),
            class_ns: None,
            class_cell: frame.class_cell.clone(),
            gen: Some(gctx.clone()),
            private: code.private.clone(),
            declared: None,
        };
        let body: &[Stmt] = match (&code.body, &code.synthetic_body) {
            (_, Some(b)) => b,
            (CodeBody::Def(d), None) => &d.body,
            _ => &[],
        };
        let serial = self.frame_serial;
        let r = self.exec_block(body, &ctx);
        self.leave_frame(&code.qualname, &r.as_ref().map(|_| ()).map_err(Unwind::clone));
        if let Some(e) = super::exc_of(&r) {
            super::call::keep_frame_in_traceback(e, serial, frame);
        }
        r
    }

    /// Runs what waits for a safe point: `__del__`s, weak reference callbacks and the closing
    /// of dropped generators, in the order the objects died.
    pub fn run_pending_closes(&mut self) {
        HAS_PENDING.with(|f| f.set(false));
        self.run_pending_finalizers();
    }

    /// Closes a generator dropped unfinished, as CPython's deallocation does.
    pub(super) fn close_dropped(&mut self, g: DroppedGen) {
        let DroppedGen { frame, gctx, started, repr } = g;
        let exc = self.new_exc("GeneratorExit", "");
        if started {
            *gctx.throw.borrow_mut() = Some(exc);
            gctx.resuming.set(true);
            // An ignored exit or another error is reported as "Exception ignored"; the program
            // goes on.
            let r = self.run_generator_frame(&frame, &gctx);
            let failure = match r {
                Err(y) if y.is_yield() => {
                    drop(self.yielded.take());
                    // Raised by `gen_close` itself: the report shows where the program was.
                    let e = self.new_exc("RuntimeError", "generator ignored GeneratorExit");
                    self.add_traceback_entry(&e);
                    Some(e)
                }
                Err(e) if !self.is_exc(&e, "GeneratorExit") && !self.is_exc(&e, "StopIteration") => {
                    super::exc_owned::<()>(Err(e))
                }
                _ => None,
            };
            // CPython's deallocation clears the frame whatever the close did.
            self.frame_returned(&frame, None, 0);
            if let (Some(e), Some((qualname, id))) = (failure, repr) {
                let what = super::repr::generator_repr(&qualname, id);
                self.report_unraisable_text("Exception ignored in", &what, &e);
            }
        } else {
            drop(self.raise_in_unstarted(&frame, exc));
        }
    }

    /// An unstarted generator's frame starts and raises `exc` at once, at its `def` line.
    fn raise_in_unstarted(&mut self, frame: &Rc<Frame>, exc: ObjRef) -> PyResult<()> {
        let code = frame.code.clone();
        self.enter_frame(&code.qualname, code.unit, code.first_offset, None, Some(frame))?;
        let serial = self.frame_serial;
        let r: PyResult<()> = Err(Unwind::exception(exc.clone()));
        self.leave_frame(&code.qualname, &r);
        self.frame_returned(frame, Some(&exc), serial);
        Ok(())
    }

    /// The exception `gen.throw(typ, val, tb)` raises, as CPython's `_gen_throw` normalizes
    /// it: a class is called with `val` (unless `val` is already an instance of it), an
    /// instance stands alone, and a traceback replaces the exception's.
    pub fn thrown_exception(&mut self, typ: &Value, val: Option<&Value>, tb: Option<&Value>) -> PyResult<ObjRef> {
        let tb = tb.filter(|t| !t.is_none());
        if tb.is_some_and(|t| !matches!(t, Value::Obj(o) if matches!(o.payload, Payload::Traceback(_)))) {
            return self.type_error("throw() third argument must be a traceback object");
        }
        let val = val.filter(|v| !v.is_none());
        let base = self.t.exc("BaseException");
        let exc = match typ {
            Value::Obj(c) if c.is_class() && self.is_subclass(c, &base) => match val {
                Some(Value::Obj(v))
                    if matches!(v.payload, Payload::Exception(_)) && self.is_subclass(&v.class(), c) =>
                {
                    v.clone()
                }
                Some(v) => {
                    let args = match self.tuple_items(v) {
                        Some(items) => items.to_vec(),
                        None => vec![v.clone()],
                    };
                    let inst = self.call(typ, args, vec![])?;
                    self.make_exception(inst)?
                }
                None => self.make_exception(typ.clone())?,
            },
            Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => {
                if val.is_some() {
                    return self.type_error("instance exception may not have a separate value");
                }
                e.clone()
            }
            other => {
                let tn = self.type_name(other);
                return self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {tn}"
                ));
            }
        };
        if let (Some(tb), Payload::Exception(data)) = (tb, &exc.payload) {
            self.set_traceback(data, tb)?;
        }
        Ok(exc)
    }

    /// `gen.throw(exc)`: raises `exc` at the generator's current yield.
    pub fn generator_throw(&mut self, g: &ObjRef, exc: ObjRef) -> PyResult<Option<Value>> {
        let Payload::Generator(st) = &g.payload else { return Ok(None) };
        let (gctx, started) = {
            let s = st.borrow();
            match (&s.gctx, s.finished) {
                (Some(c), false) => (c.clone(), s.started),
                _ => return Err(Unwind::exception(exc)),
            }
        };
        if !started {
            // The frame starts and raises at once, at its `def` line (CPython runs it with the
            // exception set).
            let frame = {
                let mut s = st.borrow_mut();
                s.finished = true;
                s.frame.take()
            };
            if let Some(f) = frame {
                self.raise_in_unstarted(&f, exc.clone())?;
            }
            return Err(Unwind::exception(exc));
        }
        let mut exc = exc;
        if let Some(sub) = gctx.delegate() {
            // CPython's `_gen_throw`: the subiterator gets it first, the generator marked as
            // executing meanwhile; the generator's frame runs again only when that ends.
            if st.borrow().running {
                return self.value_error("generator already executing");
            }
            st.borrow_mut().running = true;
            let r = if self.is_instance(&Value::Obj(exc.clone()), &self.t.exc("GeneratorExit")) {
                self.close_delegate(&sub).map(|_| None)
            } else {
                self.delegate_throw(&sub, exc.clone()).map(Some)
            };
            st.borrow_mut().running = false;
            match r {
                Ok(Some(Delegated::Yielded(v))) => return Ok(Some(v)),
                Ok(Some(Delegated::Returned(rv))) => {
                    *gctx.delegate_result.borrow_mut() = Some(rv);
                    return self.generator_next(g, Value::None);
                }
                Ok(None) => {}
                Err(e) => exc = e.into_exc()?,
            }
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

    /// `gen.close()`: a suspended generator gets GeneratorExit at its yield. It may end by
    /// that exception or by returning; one that yields again stays suspended, and close
    /// raises (CPython's `gen_close`).
    pub fn generator_close(&mut self, g: &ObjRef) -> PyResult<()> {
        let Payload::Generator(st) = &g.payload else { return Ok(()) };
        if st.borrow().finished || st.borrow().running {
            return Ok(());
        }
        let exc = self.new_exc("GeneratorExit", "");
        match self.generator_throw(g, exc) {
            Ok(Some(_)) => self.err("RuntimeError", "generator ignored GeneratorExit"),
            Ok(None) => Ok(()),
            Err(e) if self.is_exc(&e, "GeneratorExit") || self.is_exc(&e, "StopIteration") => Ok(()),
            Err(e) => Err(e),
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
                        return Err(Unwind::exception(exc));
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
                self.yielded = Some(val);
                Err(Unwind::yielded())
            }
            ExprKind::YieldFrom(x) => {
                let step = match g.resume_delegate() {
                    Some(sub) if g.at_yield_point() => {
                        g.resuming.set(false);
                        // `throw`/`close` went to the subiterator already (`generator_throw`):
                        // what comes here is what it raised, or its result.
                        if let Some(exc) = g.throw.borrow_mut().take() {
                            return Err(Unwind::exception(exc));
                        }
                        let sent = g.sent.borrow_mut().take().unwrap_or(Value::None);
                        let step = match g.delegate_result.borrow_mut().take() {
                            Some(rv) => Delegated::Returned(rv),
                            None => self.delegate_send(&sub, sent)?,
                        };
                        (sub, step)
                    }
                    _ => {
                        let src = self.eval(x, ctx)?;
                        let sub = self.iter(&src)?;
                        let step = self.delegate_send(&sub, Value::None)?;
                        (sub, step)
                    }
                };
                match step {
                    (sub, Delegated::Yielded(v)) => {
                        g.path.borrow_mut().push(Resume::Delegate(sub));
                        self.yielded = Some(v);
                        Err(Unwind::yielded())
                    }
                    (_, Delegated::Returned(rv)) => {
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

    /// `yield from`'s resume with a value sent in (PEP 380): `next()` for `None`, else the
    /// subiterator's `send`.
    fn delegate_send(&mut self, sub: &Value, sent: Value) -> PyResult<Delegated> {
        if let Value::Obj(o) = sub {
            if matches!(o.payload, Payload::Generator(_)) {
                let r = self.generator_next(o, sent)?;
                return Ok(self.generator_step(sub, r));
            }
        }
        if !sent.is_none() {
            let send = self.getattr(sub, &Rc::from("send"))?;
            let r = self.call(&send, vec![sent], vec![]);
            return self.stop_iteration_ends(r);
        }
        // A `__next__` written in Python may end with `StopIteration(value)`: that is the result.
        match self.lookup_special(&self.type_of(sub), "__next__") {
            Some(Value::Obj(f)) if matches!(f.payload, Payload::Function(_)) => {
                let r = self.call_bound(&Value::Obj(f), sub, vec![], vec![]);
                self.stop_iteration_ends(r)
            }
            _ => Ok(match self.next(sub)? {
                Some(v) => Delegated::Yielded(v),
                None => Delegated::Returned(Value::None),
            }),
        }
    }

    /// An exception thrown into a generator suspended in `yield from` goes to the subiterator's
    /// `throw` when it has one (PEP 380), without resuming the generator itself.
    fn delegate_throw(&mut self, sub: &Value, exc: ObjRef) -> PyResult<Delegated> {
        let generator = match sub {
            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Some(o.clone()),
            _ => None,
        };
        if let Some(o) = generator {
            let r = self.generator_throw(&o, exc)?;
            return Ok(self.generator_step(sub, r));
        }
        let Some(throw) = self.getattr_opt(sub, "throw")? else { return Err(Unwind::exception(exc)) };
        let r = self.call(&throw, vec![Value::Obj(exc)], vec![]);
        self.stop_iteration_ends(r)
    }

    /// `close()` reaching a generator suspended in `yield from` closes the subiterator first.
    fn close_delegate(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Obj(o) = sub {
            if matches!(o.payload, Payload::Generator(_)) {
                return self.generator_close(o);
            }
        }
        if let Some(close) = self.getattr_opt(sub, "close")? {
            self.call(&close, vec![], vec![])?;
        }
        Ok(())
    }

    /// A subgenerator's step: what it yielded, or its return value once it finished.
    fn generator_step(&self, sub: &Value, r: Option<Value>) -> Delegated {
        match r {
            Some(v) => Delegated::Yielded(v),
            None => Delegated::Returned(self.generator_return_value(sub)),
        }
    }

    /// A subiterator's `send`/`throw` result: a StopIteration it raised ends the delegation
    /// with the exception's value.
    fn stop_iteration_ends(&mut self, r: PyResult<Value>) -> PyResult<Delegated> {
        match r {
            Ok(v) => Ok(Delegated::Yielded(v)),
            Err(e)
                if e.exc().is_some_and(|x| self.is_instance(&Value::Obj(x.clone()), &self.t.exc("StopIteration"))) =>
            {
                let value = match e.exc().map(|e| &e.payload) {
                    Some(Payload::Exception(d)) => super::exc_members::member(d, "value").unwrap_or(Value::None),
                    _ => Value::None,
                };
                Ok(Delegated::Returned(value))
            }
            Err(e) => Err(e),
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
            tb_holders: Default::default(),
            returned: Default::default(),
            back: Default::default(),
            cell_refs: Default::default(),
            reads_cells: Default::default(),
            made: self.heap.next_id(),
        });
        Ok(self.make_generator(frame))
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
