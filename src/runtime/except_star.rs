//! `try: ... except* T:` (PEP 654), as CPython 3.11 runs it: each clause takes the part of the
//! exception that its types match (`CHECK_EG_MATCH`, which wraps a naked exception in an
//! `ExceptionGroup('', (e,))`), every clause sees what the earlier ones left, and at the end
//! what no clause matched is raised again together with what the handlers raised
//! (`_PyExc_PrepReraiseStar`).

use super::exc_group::{ident, Matcher};
use super::exec::{Ctrl, TryPart};
use super::interp::Interp;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::ExceptHandler;
use std::rc::Rc;

/// The handlers' progress: the exception the body raised, what is left to match, and what
/// the handlers raised (kept in a generator suspended in a handler, with the match).
struct Star {
    orig: ObjRef,
    rest: Value,
    raised: Vec<Value>,
}

impl Interp {
    /// The `except*` clauses for `exc`, raised in the `try` body.
    pub(super) fn star_handlers(&mut self, handlers: &[ExceptHandler], exc: &ObjRef, ctx: &Ctx) -> PyResult<Ctrl> {
        self.adopt_context(exc);
        let st = Star { orig: exc.clone(), rest: Value::Obj(exc.clone()), raised: Vec::new() };
        self.star_from(handlers, 0, st, exc.clone(), ctx)
    }

    /// Continues a generator suspended in the `k`-th clause (`state` as `suspend_star` saved it).
    pub(super) fn resume_star_handlers(
        &mut self,
        handlers: &[ExceptHandler],
        k: usize,
        state: &Value,
        ctx: &Ctx,
    ) -> PyResult<Ctrl> {
        let items = self.tuple_items(state).map(<[Value]>::to_vec).unwrap_or_default();
        let (Some(Value::Obj(orig)), Some(rest), Some(raised), Some(Value::Obj(m)), Some(h)) =
            (items.first(), items.get(1), items.get(2), items.get(3), handlers.get(k))
        else {
            return Ok(Ctrl::Normal);
        };
        let raised = self.tuple_items(raised).map(<[Value]>::to_vec).unwrap_or_default();
        let mut st = Star { orig: orig.clone(), rest: rest.clone(), raised };
        if let Some(r) = self.star_clause_body(h, k, m, &mut st, ctx) {
            return r;
        }
        self.star_from(handlers, k + 1, st, m.clone(), ctx)
    }

    /// The clauses from the `first`-th on, then the re-raise. `current` is the exception
    /// being handled (`sys.exc_info()`), the context of an error in a clause's type.
    fn star_from(
        &mut self,
        handlers: &[ExceptHandler],
        first: usize,
        mut st: Star,
        mut current: ObjRef,
        ctx: &Ctx,
    ) -> PyResult<Ctrl> {
        for (k, h) in handlers.iter().enumerate().skip(first) {
            let Some(t) = &h.typ else { continue };
            let matched = self.eval(t, ctx).and_then(|tv| {
                self.check_star_type(&tv)?;
                self.star_match(&st.rest, &tv)
            });
            let (m, rest) = match matched {
                Ok(r) => r,
                Err(e) => {
                    if let Some(new) = e.exc() {
                        self.chain_context(new, &current);
                    }
                    return Err(e);
                }
            };
            let Some(m) = m else { continue };
            st.rest = rest;
            current = m.clone();
            if let Some(n) = &h.name {
                self.store_name(n, Value::Obj(m.clone()), ctx)?;
            }
            if let Some(r) = self.star_clause_body(h, k, &m, &mut st, ctx) {
                return r;
            }
        }
        st.raised.push(st.rest.clone());
        match self.prep_reraise_star(&st.orig, &st.raised)? {
            Some(e) => Err(Unwind::exception(e)),
            None => Ok(Ctrl::Normal),
        }
    }

    /// Runs a clause's body on its match `m`: what it raises joins `st.raised`. `Some` when the
    /// statement ends here (a generator suspends, or the program halts).
    fn star_clause_body(
        &mut self,
        h: &ExceptHandler,
        k: usize,
        m: &ObjRef,
        st: &mut Star,
        ctx: &Ctx,
    ) -> Option<PyResult<Ctrl>> {
        let r = self.run_handler_body(h, m, ctx);
        match r {
            Ok(Ctrl::Normal) => None,
            Err(e) if e.is_yield() => {
                let raised = self.tuple(st.raised.clone());
                let state =
                    self.tuple(vec![Value::Obj(st.orig.clone()), st.rest.clone(), raised, Value::Obj(m.clone())]);
                let r = Err(e);
                if let Value::Obj(state) = &state {
                    self.suspend_in(&r, ctx, TryPart::Handler(k), Some(state));
                }
                Some(r)
            }
            Err(e) => match e.exc() {
                Some(x) => {
                    let x = x.clone();
                    self.add_traceback(&x);
                    self.hold_frame(&x, ctx);
                    st.raised.push(Value::Obj(x));
                    None
                }
                None => Some(Err(e)),
            },
            // `break`, `continue` and `return` are compile errors in an `except*` body.
            Ok(other) => Some(Ok(other)),
        }
    }

    /// `check_except_star_type_valid`: exception classes, and no exception group class.
    fn check_star_type(&mut self, t: &Value) -> PyResult<()> {
        let items = match self.tuple_items(t) {
            Some(items) => items.to_vec(),
            None => vec![t.clone()],
        };
        let (base, group) = (self.t.exc("BaseException"), self.t.exc("BaseExceptionGroup"));
        let class = |v: &Value| match v {
            Value::Obj(c) if c.is_class() => Some(c.clone()),
            _ => None,
        };
        if !items.iter().all(|v| class(v).is_some_and(|c| self.is_subclass(&c, &base))) {
            return self.type_error("catching classes that do not inherit from BaseException is not allowed");
        }
        if items.iter().any(|v| class(v).is_some_and(|c| self.is_subclass(&c, &group))) {
            return self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        Ok(())
    }

    /// `exception_group_match`: the part of `exc` matching `t` (`None`: no match, and `exc` is
    /// left as it is) and what is left.
    fn star_match(&mut self, exc: &Value, t: &Value) -> PyResult<(Option<ObjRef>, Value)> {
        let Value::Obj(e) = exc else { return Ok((None, Value::None)) };
        let is_group = self.group_excs(e).is_some();
        if self.exception_matches(e, t)? {
            if is_group {
                return Ok((Some(e.clone()), Value::None));
            }
            let excs = self.tuple(vec![exc.clone()]);
            let group = self.make_group("", excs)?;
            self.made_here(&group);
            return Ok((Some(group), Value::None));
        }
        if !is_group {
            return Ok((None, exc.clone()));
        }
        let split = self.getattr(exc, &Rc::from("split"))?;
        let pair = self.call(&split, vec![t.clone()], vec![])?;
        let pair = self.tuple_items(&pair).map(<[Value]>::to_vec).unwrap_or_default();
        match pair.as_slice() {
            [Value::Obj(m), rest] => Ok((Some(m.clone()), rest.clone())),
            [_, _] => Ok((None, exc.clone())),
            _ => self.type_error("split must return a 2-tuple"),
        }
    }

    /// `_PyExc_PrepReraiseStar`: what leaves the `try` (`None`: nothing). Re-raised parts of
    /// `orig` (same traceback, cause and context) are merged back into one group of its
    /// leaves; new exceptions come first, all in a new `ExceptionGroup('', [...])`.
    fn prep_reraise_star(&mut self, orig: &ObjRef, excs: &[Value]) -> PyResult<Option<ObjRef>> {
        if self.group_excs(orig).is_none() {
            // A naked exception: at most one clause ran.
            return Ok(match excs.first() {
                Some(Value::Obj(e)) => Some(e.clone()),
                _ => None,
            });
        }
        let (mut raised, mut leaves) = (Vec::new(), Vec::new());
        let mut any_reraised = false;
        for e in excs {
            let Value::Obj(e) = e else { continue };
            if same_metadata(e, orig) {
                any_reraised = true;
                self.leaf_ids(e, &mut leaves);
            } else {
                raised.push(Value::Obj(e.clone()));
            }
        }
        let reraised = if any_reraised { self.split_group(orig, &Matcher::Leaves(leaves), false)?.0 } else { None };
        if raised.is_empty() {
            return Ok(reraised);
        }
        raised.extend(reraised.map(Value::Obj));
        if raised.len() == 1 {
            return Ok(match raised.pop() {
                Some(Value::Obj(e)) => Some(e),
                _ => None,
            });
        }
        let list = self.list(raised);
        let group = self.make_group("", list)?;
        self.made_here(&group);
        Ok(Some(group))
    }

    /// Marks a group `except*` made in this frame (`ExcData::reraised_in`).
    fn made_here(&self, group: &ObjRef) {
        if let (Payload::Exception(d), Some(f)) = (&group.payload, self.frames.last()) {
            d.reraised_in.set(Some(f.serial));
        }
    }

    /// The identities of the leaf exceptions in `exc` (a loop: nesting may be deep).
    fn leaf_ids(&self, exc: &ObjRef, out: &mut Vec<usize>) {
        let mut todo = vec![exc.clone()];
        while let Some(e) = todo.pop() {
            match self.group_excs(&e) {
                Some(excs) => todo.extend(excs.into_iter().rev().filter_map(|v| match v {
                    Value::Obj(o) => Some(o),
                    _ => None,
                })),
                None => out.push(ident(&e)),
            }
        }
    }
}

/// `is_same_exception_metadata` (3.11: traceback, cause and context).
fn same_metadata(a: &ObjRef, b: &ObjRef) -> bool {
    let (Payload::Exception(a), Payload::Exception(b)) = (&a.payload, &b.payload) else { return false };
    let same = |x: &Value, y: &Value| match (x, y) {
        (Value::Obj(x), Value::Obj(y)) => Rc::ptr_eq(x, y),
        (Value::None, Value::None) => true,
        _ => false,
    };
    let tb_key = |t: &[super::interp::TbEntry]| t.iter().map(|e| (e.serial, e.start, e.end)).collect::<Vec<_>>();
    same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
        && tb_key(&a.traceback.borrow()) == tb_key(&b.traceback.borrow())
}
