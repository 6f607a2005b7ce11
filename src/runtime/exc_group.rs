//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the constructor's checks and class
//! choice, `str()`, `derive`, and `split`/`subgroup`, which rebuild the nested groups through
//! `derive` and copy the original's traceback, cause, context and notes to each part, as
//! CPython's `exceptiongroup_split_recursive` does. `except*` (`except_star.rs`) splits the
//! same way.

use super::exc_members::{member, set_member};
use super::function::{arg, BuiltinKind, Kwargs, Sig};
use super::interp::Interp;
use super::methods::{reg, reg_sig};
use super::value::{ExcData, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub(super) fn install(it: &mut Interp) {
    use BuiltinKind::{ClassMethod as C, Method as M, Static as S};
    let beg = it.t.exc("BaseExceptionGroup");
    reg(it, &beg, "__new__", S, eg_new);
    reg(it, &beg, "__init__", M, super::methods::exc_init);
    reg(it, &beg, "__str__", M, eg_str);
    reg(it, &beg, "derive", M, eg_derive);
    reg_sig(it, &beg, "split", M, Sig::Clinic(1, 1), eg_split);
    reg_sig(it, &beg, "subgroup", M, Sig::Clinic(1, 1), eg_subgroup);
    reg(it, &beg, "__class_getitem__", C, super::type_forms::generic_alias);
}

/// What `split` matches with: exception types, a predicate, or (for `except*`'s re-raise) the
/// identities of the leaves to keep.
pub(super) enum Matcher {
    Type(Value),
    Predicate(Value),
    Leaves(Vec<usize>),
}

/// An object's identity, for the leaf sets.
pub(super) fn ident(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

impl Interp {
    /// The sub-exceptions of `exc` when it is an exception group.
    pub(super) fn group_excs(&self, exc: &ObjRef) -> Option<Vec<Value>> {
        let Payload::Exception(e) = &exc.payload else { return None };
        if !self.is_instance(&Value::Obj(exc.clone()), &self.t.exc("BaseExceptionGroup")) {
            return None;
        }
        Some(member(e, "exceptions").and_then(|t| self.tuple_items(&t).map(<[Value]>::to_vec)).unwrap_or_default())
    }

    /// `BaseExceptionGroup(msg, excs)` made by the interpreter (`except*`'s wrapping and
    /// re-raise): an `ExceptionGroup` when every item is an `Exception`.
    pub(super) fn make_group(&mut self, msg: &str, excs: Value) -> PyResult<ObjRef> {
        let cls = Value::Obj(self.t.exc("BaseExceptionGroup"));
        match self.call(&cls, vec![Value::str(msg), excs], vec![])? {
            Value::Obj(o) => Ok(o),
            _ => self.type_error("derive must return an instance of BaseExceptionGroup"),
        }
    }

    /// `get_matcher_type`: a function, an exception class or a tuple of them.
    pub(super) fn matcher(&mut self, v: &Value) -> PyResult<Matcher> {
        let base = self.t.exc("BaseException");
        let is_exc_class = |v: &Value| matches!(v, Value::Obj(c) if c.is_class() && self.is_subclass(c, &base));
        let ok = match v {
            Value::Obj(o) if matches!(o.payload, Payload::Function(_)) => return Ok(Matcher::Predicate(v.clone())),
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && Rc::ptr_eq(&o.class(), &self.t.tuple) => {
                self.tuple_items(v).is_some_and(|t| t.iter().all(is_exc_class))
            }
            _ => is_exc_class(v),
        };
        if !ok {
            return self.type_error("expected a function, exception type or tuple of exception types");
        }
        Ok(Matcher::Type(v.clone()))
    }

    fn split_matches(&mut self, exc: &ObjRef, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => self.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = self.call(f, vec![Value::Obj(exc.clone())], vec![])?;
                self.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(ids.contains(&ident(exc))),
        }
    }

    /// The part of `exc` that matches and (with `rest`) the part that does not.
    pub(super) fn split_group(
        &mut self,
        exc: &ObjRef,
        m: &Matcher,
        rest: bool,
    ) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
        if self.split_matches(exc, m)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some(excs) = self.group_excs(exc) else {
            return Ok((None, rest.then(|| exc.clone())));
        };
        let (mut matched, mut others) = (Vec::new(), Vec::new());
        for e in &excs {
            let Value::Obj(e) = e else { continue };
            let what = " in exceptiongroup_split_recursive";
            let (a, b) = self.c_level(what, |it| it.split_group(e, m, rest))?;
            matched.extend(a.map(Value::Obj));
            others.extend(b.map(Value::Obj));
        }
        let matched = self.group_subset(exc, matched)?;
        let others = if rest { self.group_subset(exc, others)? } else { None };
        Ok((matched, others))
    }

    /// `exceptiongroup_subset`: `orig.derive(excs)` with `orig`'s traceback, context, cause
    /// and a copy of its notes; `None` for no exceptions.
    fn group_subset(&mut self, orig: &ObjRef, excs: Vec<Value>) -> PyResult<Option<ObjRef>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let me = Value::Obj(orig.clone());
        let derive = self.getattr(&me, &Rc::from("derive"))?;
        let list = self.list(excs);
        let eg = self.call(&derive, vec![list], vec![])?;
        let eg = match eg {
            Value::Obj(o) if self.group_excs(&o).is_some() => o,
            _ => return self.type_error("derive must return an instance of BaseExceptionGroup"),
        };
        // The parts share the traceback objects (`m.__traceback__ is eg.__traceback__`).
        self.traceback_of(orig)?;
        if let (Payload::Exception(from), Payload::Exception(to)) = (&orig.payload, &eg.payload) {
            let tb = from.traceback.borrow().clone();
            if !tb.is_empty() {
                drop(to.traceback.replace(tb));
            }
            drop(to.context.replace(from.context.borrow().clone()));
            drop(to.cause.replace(from.cause.borrow().clone()));
            // C's `PyException_SetCause` always sets `__suppress_context__`.
            to.suppress_context.set(true);
        }
        if let Some(notes) = self.getattr_opt(&me, "__notes__")? {
            if super::operator::is_sequence(self, &notes) {
                let copy = self.collect(&notes)?;
                let copy = self.list(copy);
                self.setattr(&Value::Obj(eg.clone()), &Rc::from("__notes__"), copy)?;
            }
        }
        Ok(Some(eg))
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().cloned() else {
        return it.type_error("BaseExceptionGroup.__new__(): not enough arguments");
    };
    let [msg, excs] = &args[1..] else {
        let n = args.len() - 1;
        return it.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"));
    };
    if !it.is_instance(msg, &it.t.str_.clone()) {
        let tn = it.type_name(msg);
        return it.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"));
    }
    if !super::operator::is_sequence(it, excs) {
        return it.type_error("second argument (exceptions) must be a sequence");
    }
    let items = it.collect(excs)?;
    if items.is_empty() {
        return it.value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let (base, exception) = (it.t.exc("BaseException"), it.t.exc("Exception"));
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !it.is_instance(e, &base) {
            return it.value_error(format!("Item {i} of second argument (exceptions) is not an exception"));
        }
        nested_base |= !it.is_instance(e, &exception);
    }
    let (beg, eg) = (it.t.exc("BaseExceptionGroup"), it.t.exc("ExceptionGroup"));
    let cls = if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return it.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        cls
    } else if Rc::ptr_eq(&cls, &beg) {
        if nested_base {
            cls
        } else {
            eg
        }
    } else {
        if nested_base && it.is_subclass(&cls, &exception) {
            let n = it.class_name(&cls);
            return it.type_error(format!("Cannot nest BaseExceptions in '{n}'"));
        }
        cls
    };
    let a = it.tuple(args[1..].to_vec());
    let excs = it.tuple(items);
    let dict = Some(it.new_dict_obj());
    let data = ExcData::new(a);
    set_member(&data, "message", Some(msg.clone()));
    set_member(&data, "exceptions", Some(excs));
    Ok(Value::Obj(it.heap.alloc(Some(cls), dict, Payload::Exception(Box::new(data)))))
}

/// `"msg (2 sub-exceptions)"`.
fn eg_str(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(me)) = args.first() else { return Ok(Value::str("")) };
    let Payload::Exception(e) = &me.payload else { return Ok(Value::str("")) };
    let msg = member(e, "message").unwrap_or(Value::None);
    let n = it.group_excs(me).map_or(0, |v| v.len());
    let msg = it.str_of(&msg)?;
    let s = if n > 1 { "s" } else { "" };
    Ok(Value::str(&format!("{msg} ({n} sub-exception{s})")))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`; what `split` calls to build parts.
fn eg_derive(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if !kwargs.is_empty() {
        return it.type_error("BaseExceptionGroup.derive() takes no keyword arguments");
    }
    if n != 1 {
        return it.type_error(format!("function takes exactly 1 argument ({n} given)"));
    }
    let msg = match arg(&args, 0) {
        Value::Obj(o) => match &o.payload {
            Payload::Exception(e) => member(e, "message").unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let cls = Value::Obj(it.t.exc("BaseExceptionGroup"));
    it.call(&cls, vec![msg, arg(&args, 1).clone()], vec![])
}

fn group_arg(it: &mut Interp, args: &[Value]) -> PyResult<(ObjRef, Matcher)> {
    let me = match arg(args, 0) {
        Value::Obj(o) => o.clone(),
        _ => return it.type_error("descriptor requires a 'BaseExceptionGroup' object"),
    };
    let m = it.matcher(arg(args, 1))?;
    Ok((me, m))
}

/// `eg.split(condition)`: `(match, rest)`, either `None` when empty.
fn eg_split(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (me, m) = group_arg(it, &args)?;
    let (a, b) = it.split_group(&me, &m, true)?;
    let none = |o: Option<ObjRef>| o.map_or(Value::None, Value::Obj);
    Ok(it.tuple(vec![none(a), none(b)]))
}

/// `eg.subgroup(condition)`: the matching part, or `None`.
fn eg_subgroup(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (me, m) = group_arg(it, &args)?;
    Ok(it.split_group(&me, &m, false)?.0.map_or(Value::None, Value::Obj))
}

/// `e.message = x` / `del e.exceptions`: read-only members.
pub(super) fn is_readonly_member(it: &Interp, exc: &ObjRef, name: &str) -> bool {
    matches!(name, "message" | "exceptions") && it.group_excs(exc).is_some()
}
