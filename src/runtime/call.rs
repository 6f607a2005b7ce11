//! Calling things: Python functions (argument binding with CPython's messages), builtins,
//! bound methods, classes (`type.__call__` → `__new__` → `__init__`) and `__call__`.

use super::fresh_stack;
use super::function::arg;
use super::function::{BuiltinFn, BuiltinKind, ClassCell, Code, CodeBody, FunctionData, Kwargs, Sig};
use super::interp::{FrameInfo, Interp};
use super::refcell::RefCell;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, UnwindKind, RECURSION_LIMIT};
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Parameters};
use std::cell::Cell;
use std::rc::Rc;

/// `c_level`'s message for calls (`_PyObject_MakeTpCall`, builtin functions).
pub const CALLING: &str = " while calling a Python object";

impl Interp {
    pub fn call(&mut self, f: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        // A temporary that died while the arguments were evaluated (`print([A()][0])`) is
        // finalized before the call, as in CPython.
        if super::generator::has_pending_close() {
            self.run_pending_closes();
        }
        let r = self.call_inner(f, args, kwargs);
        if super::generator::has_pending_close() {
            self.run_pending_closes();
        }
        r
    }

    #[inline(always)]
    fn call_inner(&mut self, f: &Value, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            let tn = self.type_name(f);
            return self.type_error(format!("'{tn}' object is not callable"));
        };
        match &o.payload {
            Payload::Function(fd) => self.call_function(fd, args, kwargs),
            Payload::Builtin(b) => {
                match (b.kind, &b.owner) {
                    (BuiltinKind::Method, Some(owner)) => self.check_receiver(b, owner, args.first())?,
                    (BuiltinKind::Static, Some(owner)) if &*b.name == "__new__" => {
                        self.check_new_subtype(f, owner, args.first())?
                    }
                    _ => {}
                }
                self.check_args(b, &args, &kwargs, false)?;
                let func = b.func;
                func(self, args, kwargs)
            }
            Payload::BoundMethod { func, receiver } => {
                args.insert(0, receiver.clone());
                // A bound builtin method: bound to a receiver of its class already, and named
                // after the receiver's type in errors ("bool.bit_length()").
                if let Value::Obj(fo) = func {
                    if let Payload::Builtin(b) = &fo.payload {
                        if matches!(b.kind, BuiltinKind::Method | BuiltinKind::ClassMethod) {
                            self.check_args(b, &args, &kwargs, true)?;
                            let func = b.func;
                            return func(self, args, kwargs);
                        }
                    }
                }
                self.call(func, args, kwargs)
            }
            Payload::Class(cd) if !cd.builtin => self.c_level(CALLING, |it| it.call_class(o, args, kwargs)),
            Payload::Class(_) => self.call_class(o, args, kwargs),
            Payload::StaticMethod(inner) => {
                let inner = inner.clone();
                self.call(&inner, args, kwargs)
            }
            _ => {
                let t = o.class();
                match self.lookup_mro(&t, "__call__") {
                    Some(m) if t.is_user_class() => self.c_level(CALLING, |it| it.call_bound(&m, f, args, kwargs)),
                    Some(m) => self.call_bound(&m, f, args, kwargs),
                    None => {
                        let tn = self.type_name(f);
                        self.type_error(format!("'{tn}' object is not callable"))
                    }
                }
            }
        }
    }

    /// Checks a builtin's arguments against its `Sig` (the receiver of a method or classmethod
    /// not counted); `bound` when called through a bound method object, which CPython names
    /// after the receiver's type.
    #[inline(always)]
    fn check_args(&mut self, b: &BuiltinFn, args: &[Value], kwargs: &Kwargs, bound: bool) -> PyResult<()> {
        let n = args.len() - usize::from(b.kind.has_receiver() && !args.is_empty());
        let ok = match b.sig {
            Sig::Any => true,
            Sig::Keywords(spec) => kwargs.is_empty() && n >= spec.minpos as usize && n <= spec.maxpos as usize,
            _ if !kwargs.is_empty() => false,
            Sig::NoArgs => n == 0,
            Sig::Slot { lo, hi, .. } => n >= lo as usize && n <= hi as usize,
            Sig::One => n == 1,
            Sig::Clinic(lo, hi) | Sig::Varargs(lo, hi) => n >= lo as usize && (hi == u8::MAX || n <= hi as usize),
        };
        if ok {
            return Ok(());
        }
        self.bad_args(b, args, n, kwargs, bound)
    }

    /// The error `check_args` found, in CPython's words for the builtin's kind.
    #[cold]
    #[inline(never)]
    fn bad_args(&mut self, b: &BuiltinFn, args: &[Value], n: usize, kwargs: &Kwargs, bound: bool) -> PyResult<()> {
        if let Sig::Keywords(spec) = b.sig {
            return super::builtins::unpack_keywords(self, &b.name, n, kwargs, spec);
        }
        // A method descriptor's own name, or the receiver's type's for a bound method and a
        // classmethod (`D.fromkeys()`).
        let qualname: Rc<str> = match (b.kind, args.first()) {
            (BuiltinKind::ClassMethod, Some(Value::Obj(c))) if c.is_class() => {
                Rc::from(format!("{}.{}", self.class_name(c), b.name))
            }
            // A metaclass's method bound to a class is named after the class (`A.mro()`).
            (BuiltinKind::Method, Some(Value::Obj(c))) if bound && c.is_class() => {
                Rc::from(format!("{}.{}", self.class_name(c), b.name))
            }
            (BuiltinKind::Method, Some(r)) if bound => Rc::from(format!("{}.{}", self.type_name(r), b.name)),
            _ => b.qualname.clone(),
        };
        if !kwargs.is_empty() {
            // `PyCFunction`'s `METH_VARARGS` call names the function alone.
            return match b.sig {
                Sig::Slot { .. } => self.type_error(format!("wrapper {}() takes no keyword arguments", b.name)),
                Sig::Varargs(..) if bound => self.type_error(format!("{}() takes no keyword arguments", b.name)),
                _ => self.type_error(format!("{qualname}() takes no keyword arguments")),
            };
        }
        let name = &b.name;
        let plural = |k: u8| if k == 1 { "" } else { "s" };
        match b.sig {
            Sig::NoArgs => self.type_error(format!("{qualname}() takes no arguments ({n} given)")),
            Sig::One => self.type_error(format!("{qualname}() takes exactly one argument ({n} given)")),
            Sig::Clinic(lo, hi) => {
                let (bound_word, k) = match (lo == hi, (n as u64) < lo as u64) {
                    (true, _) => ("", lo),
                    (false, true) => ("at least ", lo),
                    (false, false) => ("at most ", hi),
                };
                self.type_error(format!("{name} expected {bound_word}{k} argument{}, got {n}", plural(k)))
            }
            Sig::Varargs(lo, hi) => {
                let (bound_word, k) = match (lo == hi, (n as u64) < lo as u64) {
                    (true, _) => ("exactly", lo),
                    (false, true) => ("at least", lo),
                    (false, false) => ("at most", hi),
                };
                self.type_error(format!("{name}() takes {bound_word} {k} argument{} ({n} given)", plural(k)))
            }
            Sig::Slot { lo, hi, unpack } => {
                let (bound_word, k) = match (lo == hi, (n as u64) < lo as u64) {
                    (true, _) => ("", lo),
                    (false, true) => ("at least ", lo),
                    (false, false) => ("at most ", hi),
                };
                let lead = if unpack { " " } else { "" };
                self.type_error(format!("{lead}expected {bound_word}{k} argument{}, got {n}", plural(k)))
            }
            Sig::Any | Sig::Keywords(_) => Ok(()),
        }
    }

    /// A method descriptor called directly (`str.upper(x)`) checks `x` is an instance of its
    /// class, with CPython's messages (a dunder is a slot wrapper, worded differently).
    fn check_receiver(
        &mut self,
        b: &BuiltinFn,
        owner: &std::rc::Weak<super::value::Obj>,
        receiver: Option<&Value>,
    ) -> PyResult<()> {
        let Some(owner) = owner.upgrade() else { return Ok(()) };
        if receiver.is_some_and(|r| self.is_instance(r, &owner)) {
            return Ok(());
        }
        let slot = super::function::is_dunder(&b.name);
        let (name, on) = (b.name.clone(), self.class_name(&owner));
        match receiver {
            None if slot => self.type_error(format!("descriptor '{name}' of '{on}' object needs an argument")),
            None => self.type_error(format!("unbound method {on}.{name}() needs an argument")),
            Some(r) => {
                let tn = self.type_name(r);
                if slot {
                    self.type_error(format!("descriptor '{name}' requires a '{on}' object but received a '{tn}'"))
                } else {
                    self.type_error(format!("descriptor '{name}' for '{on}' objects doesn't apply to a '{tn}' object"))
                }
            }
        }
    }

    /// CPython's `tp_new_wrapper`: `T.__new__(S)` needs a class `S` that is a subtype of `T`
    /// and whose nearest builtin `__new__` is `T`'s own ("not safe" otherwise).
    fn check_new_subtype(
        &mut self,
        new: &Value,
        owner: &std::rc::Weak<super::value::Obj>,
        subtype: Option<&Value>,
    ) -> PyResult<()> {
        let Some(owner) = owner.upgrade() else { return Ok(()) };
        let on = self.class_name(&owner);
        let sub = match subtype {
            Some(Value::Obj(s)) if s.is_class() => s.clone(),
            Some(other) => {
                let tn = self.type_name(other);
                return self.type_error(format!("{on}.__new__(X): X is not a type object ({tn})"));
            }
            None => return self.type_error(format!("{on}.__new__(): not enough arguments")),
        };
        if Rc::ptr_eq(&sub, &owner) {
            return Ok(());
        }
        if !Rc::ptr_eq(&owner, &self.t.object) && !self.is_subclass(&sub, &owner) {
            let sn = self.class_name(&sub);
            return self.type_error(format!("{on}.__new__({sn}): {sn} is not a subtype of {on}"));
        }
        // The common case, a class that inherits this very `__new__`, needs no walk.
        if self.lookup_mro(&sub, "__new__").is_some_and(|f| f.is(new)) {
            return Ok(());
        }
        let sn = self.class_name(&sub);
        let mro = sub.class_data().map(|c| c.mro()).unwrap_or_default();
        // A `__new__` written in Python (a staticmethod around a function) is skipped, and so
        // is one of a class CPython writes in Python (`ABCMeta`: a builtin without owner).
        let in_python = |v: &Value| {
            let v = match v {
                Value::Obj(f) => match &f.payload {
                    Payload::StaticMethod(inner) => inner,
                    _ => v,
                },
                _ => v,
            };
            matches!(v, Value::Obj(f) if matches!(&f.payload, Payload::Function(_))
                || matches!(&f.payload, Payload::Builtin(b) if b.owner.is_none()))
        };
        for c in mro {
            let found = self.lookup_mro(&c, "__new__");
            if found.as_ref().is_some_and(in_python) {
                continue;
            }
            if !found.is_some_and(|f| f.is(new)) {
                let cn = self.class_name(&c);
                return self.type_error(format!("{on}.__new__({sn}) is not safe, use {cn}.__new__()"));
            }
            break;
        }
        Ok(())
    }

    /// Calls a class attribute found by `lookup_special`, bound to `receiver`.
    pub fn call_bound(&mut self, attr: &Value, receiver: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        if let Value::Obj(o) = attr {
            match &o.payload {
                Payload::Function(fd) => {
                    return self.call_function(fd, with_receiver(receiver, args), kwargs);
                }
                Payload::Builtin(b) if matches!(b.kind, BuiltinKind::Method) => {
                    let args = with_receiver(receiver, args);
                    self.check_args(b, &args, &kwargs, false)?;
                    let func = b.func;
                    return func(self, args, kwargs);
                }
                _ => {}
            }
        }
        let t = self.type_of(receiver);
        let bound = self.bind_descriptor(attr, receiver, &t)?;
        self.call(&bound, args, kwargs)
    }

    /// `type(cls).__call__(cls, ...)`: a user metaclass `__call__` or `type.__call__`.
    fn call_class(&mut self, cls: &ObjRef, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let meta = cls.class();
        if !Rc::ptr_eq(&meta, &self.t.type_) {
            if let Some(m) = self.lookup_mro(&meta, "__call__") {
                if !self.is_builtin_named(&m, "type.__call__") {
                    return self.call_bound(&m, &Value::Obj(cls.clone()), args, kwargs);
                }
            }
        }
        self.type_call(cls, args, kwargs)
    }

    fn is_object_new(&self, v: &Value) -> bool {
        self.t.object.own_attr("__new__").is_some_and(|o| o.is(v))
    }

    pub fn is_builtin_named(&self, v: &Value, qualname: &str) -> bool {
        matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if &*b.qualname == qualname))
    }

    /// CPython's `type_call`: `__new__`, then `__init__` if the result is an instance.
    pub fn type_call(&mut self, cls: &ObjRef, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.t.type_) {
            if args.len() == 1 {
                if !kwargs.is_empty() {
                    return self.type_error("type() takes no keyword arguments");
                }
                return Ok(Value::Obj(self.type_of(arg(&args, 0))));
            }
            if args.len() != 3 {
                return self.type_error("type() takes 1 or 3 arguments");
            }
        }
        let traced = self.tracer.is_some() && self.traces_class(cls);
        let cls_v = Value::Obj(cls.clone());
        if traced {
            self.trace_builtin_call("type.__call__", Some(&cls_v));
        }
        let r = self.type_call_inner(cls, args, kwargs);
        if traced {
            self.trace_builtin_exit("type.__call__", &r);
        }
        r
    }

    fn type_call_inner(&mut self, cls: &ObjRef, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let Some(new) = self.lookup_mro(cls, "__new__") else {
            let n = self.class_name(cls);
            return self.type_error(format!("cannot create '{n}' instances"));
        };
        // A C type without `tp_new` (an iterator, a descriptor) cannot be called at all; only
        // an explicit `object.__new__(X)` words it "is not safe".
        if cls.class_data().is_some_and(|c| c.builtin) && !Rc::ptr_eq(cls, &self.t.object) && self.is_object_new(&new) {
            let n = self.class_name(cls);
            return self.type_error(format!("cannot create '{n}' instances"));
        }
        let new = match &new {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(inner) => inner.clone(),
                _ => new.clone(),
            },
            _ => new,
        };
        let mut new_args = Vec::with_capacity(args.len() + 1);
        new_args.push(Value::Obj(cls.clone()));
        new_args.extend(args.iter().cloned());
        let obj = self.call(&new, new_args, kwargs.clone())?;
        let obj_type = self.type_of(&obj);
        if !self.is_subclass(&obj_type, cls) {
            if self.tracer.is_some() {
                self.trace_note("__init__ skipped: __new__ did not return an instance of the class");
            }
            return Ok(obj);
        }
        if Rc::ptr_eq(cls, &self.t.type_) && args.len() == 1 {
            return Ok(obj);
        }
        if let Some(init) = self.lookup_mro(&obj_type, "__init__") {
            let r = self.call_bound(&init, &obj, args, kwargs)?;
            if !r.is_none() {
                let tn = self.type_name(&r);
                return self.type_error(format!("__init__() should return None, not '{tn}'"));
            }
        }
        Ok(obj)
    }

    /// One level of CPython's C-level recursion accounting (`_Py_EnterRecursiveCall`), held while
    /// `f` runs. CPython 3.11 counts these against the recursion limit besides Python frames:
    /// calling an object without vectorcall (a user-defined class, an instance with `__call__`),
    /// `PyObject_Repr`/`PyObject_Str`, rich comparisons, one-argument builtins (`hash`, `repr`).
    /// So a recursive `__init__` fails at depth ~500, and `what` ends the message:
    /// "maximum recursion depth exceeded while calling a Python object".
    #[inline]
    pub fn c_level<T>(&mut self, what: &'static str, f: impl FnOnce(&mut Self) -> PyResult<T>) -> PyResult<T> {
        self.enter_level(what)?;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// The limit in force: the program's, at most `RECURSION_LIMIT`.
    #[inline]
    pub fn recursion_limit(&self) -> u32 {
        self.requested_recursion_limit.min(RECURSION_LIMIT)
    }

    /// Takes one level of the recursion limit (a Python frame: `what` is empty).
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn enter_level(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit() {
            return self.recursion_error(what);
        }
        self.depth += 1;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn recursion_error(&mut self, what: &str) -> PyResult<()> {
        self.err("RecursionError", format!("maximum recursion depth exceeded{what}"))
    }

    /// Pushes a Python frame: depth check, traceback bookkeeping, trace event.
    #[inline(never)]
    pub fn enter_frame(
        &mut self,
        qualname: &Rc<str>,
        unit: u32,
        offset: u32,
        receiver: Option<&Value>,
        frame: Option<&Rc<super::function::Frame>>,
    ) -> PyResult<()> {
        self.enter_level("")?;
        self.frame_serial += 1;
        self.frames.push(FrameInfo {
            name: qualname.clone(),
            offset: Cell::new(offset),
            end: Cell::new(offset),
            serial: self.frame_serial,
            unit,
            function: frame.is_some(),
        });
        if self.tracer.is_some() {
            let line = self.cur_line();
            self.trace_user_call(qualname, line, receiver);
        }
        Ok(())
    }

    #[inline(never)]
    pub fn leave_frame<T>(&mut self, qualname: &Rc<str>, r: &PyResult<T>)
    where
        T: TraceResult,
    {
        if let Some(e) = super::exc_of(r) {
            self.add_traceback(e);
        }
        if self.tracer.is_some() {
            match r {
                Ok(v) => {
                    let v = v.as_value();
                    self.trace_user_return(qualname, v.as_ref());
                }
                Err(e) => match e.kind() {
                    UnwindKind::Exception(e) => {
                        let e = e.clone();
                        self.trace_user_raise(qualname, &e);
                    }
                    UnwindKind::Yield => {
                        let v = self.yielded.clone().unwrap_or(Value::None);
                        self.trace_user_return(qualname, Some(&v));
                    }
                    UnwindKind::Halt => {}
                },
            }
        }
        self.frames.pop();
        self.depth -= 1;
    }

    #[inline(always)]
    pub fn call_function(&mut self, fd: &FunctionData, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let code = fd.code.clone();
        if let CodeBody::Class(_) = code.body {
            return self.call_class_body(fd, args, kwargs);
        }
        let mut slots = self.frames_pool.slots();
        if let Err(e) = self.bind_args(fd, &code, args, kwargs, &mut slots) {
            self.frames_pool.give_slots(slots);
            return Err(e);
        }
        // Only the trace shows the receiver of a method call.
        let receiver = if self.tracer.is_some() && code.qualname.contains('.') && !code.qualname.ends_with('>') {
            slots.first().cloned().flatten()
        } else {
            None
        };
        let made = self.heap.next_id();
        let frame = self.frames_pool.frame(&code, slots, fd, made);
        if code.is_generator {
            return Ok(self.make_generator(frame));
        }
        if let Err(e) = self.enter_frame(&code.qualname, code.unit, code.first_offset, receiver.as_ref(), Some(&frame))
        {
            self.frames_pool.recycle(frame);
            return Err(e);
        }
        let serial = self.frame_serial;
        let mut ctx = Ctx {
            globals: fd.globals.clone(),
            frame: Some(frame),
            class_ns: None,
            class_cell: fd.class_cell.clone(),
            gen: None,
            private: code.private.clone(),
            declared: None,
        };
        let r = if fresh_stack::wants_fresh_stack(self.depth, self.stack_base) {
            let base = std::mem::replace(&mut self.stack_base, self.depth);
            let r = fresh_stack::on_fresh_stack(|| self.run_body(&code.body, &ctx));
            self.stack_base = base;
            r
        } else {
            self.run_body(&code.body, &ctx)
        };
        self.leave_frame(&code.qualname, &r);
        if let Some(frame) = ctx.frame.take() {
            let exc = super::exc_of(&r);
            self.frame_returned(&frame, exc, serial);
            self.frames_pool.recycle(frame);
        }
        r
    }

    /// A function's frame after its call (its frame info popped, `serial` its number), `exc`
    /// what left it. The exception's traceback keeps it. A frame a traceback holds (CPython's
    /// frame object outliving the call) keeps all its locals, and holds its caller's frame
    /// in turn (`f_back`), whose locals then outlive that call too; otherwise a closure made
    /// here keeps only the cells.
    #[inline(always)]
    pub(super) fn frame_returned(&mut self, frame: &Rc<super::function::Frame>, exc: Option<&ObjRef>, serial: u64) {
        // Nothing else sees a frame no one else holds: it goes back to the pool as it is.
        if exc.is_none() && Rc::strong_count(frame) == 1 && self.pending_back.is_empty() && !frame.reads_cells.get() {
            return;
        }
        self.frame_returned_shared(frame, exc, serial);
    }

    #[cold]
    #[inline(never)]
    fn frame_returned_shared(&mut self, frame: &Rc<super::function::Frame>, exc: Option<&ObjRef>, serial: u64) {
        frame.returned.set(true);
        if let Some(e) = exc {
            keep_frame_in_traceback(e, serial, frame);
        }
        if !self.pending_back.is_empty() {
            self.link_callees(frame, serial);
        }
        if frame.tb_holders.get() > 0 {
            // Its `f_back` is linked when the caller returns, if it is still held then.
            if let Some(caller) = self.frames.last().filter(|f| f.function) {
                self.pending_back.push((caller.serial, Rc::downgrade(frame)));
            }
        } else if Rc::strong_count(frame) > 1 {
            release_plain_locals(frame);
        }
        // A generator's frame read its closure's cells until now (its free variables come
        // last in CPython's frame).
        if frame.reads_cells.replace(false) {
            if let Some(parent) = &frame.parent {
                super::function::adjust_cell_refs(&frame.code, parent, -1);
            }
        }
    }

    /// The frames that outlived their calls from the frame numbered `serial`, still held: they
    /// hold it now (`f_back`), so it keeps its locals in turn.
    fn link_callees(&mut self, frame: &Rc<super::function::Frame>, serial: u64) {
        let pending = std::mem::take(&mut self.pending_back);
        for (caller, callee) in pending {
            let Some(callee) = callee.upgrade().filter(|c| c.tb_holders.get() > 0) else { continue };
            if caller != serial {
                self.pending_back.push((caller, Rc::downgrade(&callee)));
                continue;
            }
            let mut back = callee.back.borrow_mut();
            if back.is_none() {
                *back = Some(super::function::TbFrame::new(frame.clone()));
            }
        }
    }

    #[inline(always)]
    fn run_body(&mut self, body: &CodeBody, ctx: &Ctx) -> PyResult<Value> {
        match body {
            CodeBody::Def(d) => match self.exec_block(&d.body, ctx) {
                Ok(super::exec::Ctrl::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => Err(e),
            },
            CodeBody::Lambda(l) => self.eval(&l.body, ctx),
            CodeBody::Comp(..) | CodeBody::Class(_) => Ok(Value::None),
        }
    }

    /// Binds call arguments to parameter slots, raising CPython's TypeErrors.
    #[inline(never)]
    fn bind_args(
        &mut self,
        fd: &FunctionData,
        code: &Code,
        args: Vec<Value>,
        kwargs: Kwargs,
        slots: &mut Vec<Option<Value>>,
    ) -> PyResult<()> {
        let Some(p) = code.params() else {
            slots.resize(code.nslots, None);
            return Ok(());
        };
        // The common case: exactly the positional parameters, nothing else to bind.
        if kwargs.is_empty()
            && p.vararg.is_none()
            && p.kwarg.is_none()
            && p.kwonly.is_empty()
            && args.len() == p.posonly.len() + p.args.len()
        {
            slots.extend(args.into_iter().map(Some));
            slots.resize(code.nslots, None);
            return Ok(());
        }
        slots.resize(code.nslots, None);
        let fname = fd.qualname.borrow().clone();
        let npos = p.posonly.len() + p.args.len();
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < npos {
                slots[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut kw_dict = Vec::new();
        let given: Vec<Rc<str>> =
            if p.posonly.is_empty() { Vec::new() } else { kwargs.iter().map(|(n, _)| n.clone()).collect() };
        for (name, v) in kwargs {
            let pos = p.args.iter().position(|q| q.name == name).map(|i| i + p.posonly.len());
            let kwpos =
                p.kwonly.iter().position(|q| q.name == name).map(|i| i + npos + usize::from(p.vararg.is_some()));
            match pos.or(kwpos) {
                Some(ix) => {
                    if slots[ix].is_some() {
                        return self.type_error(format!("{fname}() got multiple values for argument '{name}'"));
                    }
                    slots[ix] = Some(v);
                }
                None => {
                    if p.kwarg.is_some() {
                        kw_dict.push((name, v));
                    } else if p.posonly.iter().any(|q| q.name == name) {
                        let names: Vec<&str> =
                            p.posonly.iter().filter(|q| given.contains(&q.name)).map(|q| &*q.name).collect();
                        let names = names.join(", ");
                        return self.type_error(format!(
                            "{fname}() got some positional-only arguments passed as keyword arguments: '{names}'"
                        ));
                    } else {
                        return self.type_error(format!("{fname}() got an unexpected keyword argument '{name}'"));
                    }
                }
            }
        }
        if !extra.is_empty() && p.vararg.is_none() {
            return self.too_many_positional(&fname, fd, p, nargs, slots);
        }
        let defaults = fd.defaults.borrow().clone();
        let first_default = npos - defaults.len().min(npos);
        // `f.__defaults__` may be longer than the parameters: the last ones count.
        let skip = defaults.len().saturating_sub(npos);
        let mut missing = Vec::new();
        for i in 0..npos {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[skip + i - first_default].clone());
                } else {
                    let name = if i < p.posonly.len() { &p.posonly[i].name } else { &p.args[i - p.posonly.len()].name };
                    missing.push(name.clone());
                }
            }
        }
        if !missing.is_empty() {
            return self.missing_args(&fname, "positional", &missing);
        }
        let mut ix = npos;
        if p.vararg.is_some() {
            slots[ix] = Some(self.tuple(extra));
            ix += 1;
        }
        let kwdefaults = fd.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for q in &p.kwonly {
            if slots[ix].is_none() {
                match kwdefaults.iter().find(|(n, _)| *n == q.name) {
                    Some((_, v)) => slots[ix] = Some(v.clone()),
                    None => missing.push(q.name.clone()),
                }
            }
            ix += 1;
        }
        if !missing.is_empty() {
            return self.missing_args(&fname, "keyword-only", &missing);
        }
        if p.kwarg.is_some() {
            let mut d = super::dict::DictData::new();
            for (k, v) in kw_dict {
                d.set_str(k, v);
            }
            slots[ix] = Some(self.dict_from(d));
        }
        Ok(())
    }

    fn too_many_positional<T>(
        &mut self,
        fname: &str,
        fd: &FunctionData,
        p: &Parameters,
        given: usize,
        slots: &[Option<Value>],
    ) -> PyResult<T> {
        let npos = p.posonly.len() + p.args.len();
        let ndef = fd.defaults.borrow().len().min(npos);
        let kwonly_given = p
            .kwonly
            .iter()
            .enumerate()
            .filter(|(i, _)| slots.get(npos + usize::from(p.vararg.is_some()) + i).is_some_and(|s| s.is_some()))
            .count();
        self.type_error(too_many_positional_msg(fname, npos, ndef, given, kwonly_given))
    }

    pub fn missing_args<T>(&mut self, fname: &str, kind: &str, names: &[Rc<str>]) -> PyResult<T> {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!("{fname}() missing {} required {kind} argument{s}: {list}", names.len()))
    }

    /// Creates a function object for a `def` statement (decorators applied by the caller).
    pub fn make_function(&mut self, def: &Rc<FunctionDef>, ctx: &Ctx) -> PyResult<Value> {
        let key = Rc::as_ptr(def) as usize;
        let code = match self.code_cache.get(&key) {
            Some(c) => c.clone(),
            None => {
                let qn = self.child_qualname(ctx, &def.name);
                let first = super::function::decorated_start(&def.decorators, def.range.start);
                let mut c = Code::new(CodeBody::Def(def.clone()), def.name.clone(), qn, &def.scope, first);
                c.private = ctx.private.clone();
                c.unit = self.cur_unit();
                let c = Rc::new(c);
                self.code_cache.insert(key, c.clone());
                c
            }
        };
        // Decorators are evaluated before the function is created, top to bottom.
        let mut decos = Vec::with_capacity(def.decorators.len());
        for d in &def.decorators {
            decos.push(self.eval(d, ctx)?);
        }
        let doc = def.doc.clone().map(Value::Str).unwrap_or(Value::None);
        let mut f = self.make_function_from_code(code, &def.params, ctx, doc)?;
        if let Value::Obj(o) = &f {
            if let Payload::Function(fd) = &o.payload {
                let annotations = self.eval_annotations(&def.params, def.returns.as_ref(), ctx)?;
                *fd.annotations.borrow_mut() = annotations;
            }
        }
        for (d, expr) in decos.into_iter().zip(&def.decorators).rev() {
            self.set_range(expr.range);
            f = self.call(&d, vec![f], vec![])?;
        }
        Ok(f)
    }

    /// A `def`'s annotations, evaluated after its defaults, in CPython 3.11's order (the
    /// regular parameters before the positional-only ones), names mangled in a class.
    fn eval_annotations(&mut self, p: &Parameters, returns: Option<&Expr>, ctx: &Ctx) -> PyResult<Option<Value>> {
        let params = p.args.iter().chain(&p.posonly).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        let annotated: Vec<(Rc<str>, &Expr)> = params
            .filter_map(|q| q.annotation.as_ref().map(|a| (q.name.clone(), a)))
            .chain(returns.map(|r| (Rc::from("return"), r)))
            .collect();
        if annotated.is_empty() {
            return Ok(None);
        }
        let mut d = super::dict::DictData::new();
        for (name, expr) in annotated {
            let v = match &expr.kind {
                // `*args: *Ts` is the one item `Ts` unpacks to.
                ExprKind::Starred(inner) => {
                    let v = self.eval(inner, ctx)?;
                    let items = self.unpack_iterable(&v)?;
                    let mut one = self.unpack_to(items, 1, None)?;
                    one.pop().unwrap_or(Value::None)
                }
                _ => self.eval(expr, ctx)?,
            };
            let key = match &ctx.private {
                Some(c) => super::class::mangle(c, &name),
                None => name,
            };
            d.set_str(key, v);
        }
        Ok(Some(self.dict_from(d)))
    }

    pub fn make_function_from_code(
        &mut self,
        code: Rc<Code>,
        params: &Parameters,
        ctx: &Ctx,
        doc: Value,
    ) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                defaults.push(self.eval(d, ctx)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                kwdefaults.push((p.name.clone(), self.eval(d, ctx)?));
            }
        }
        let class_cell: Option<ClassCell> = ctx.class_cell.clone();
        // CPython's `PyFunction_New` reads `__name__` from the globals.
        let module =
            ctx.globals.dict_data().and_then(|d| d.borrow().get_str("__name__").cloned()).unwrap_or(Value::None);
        let fd = FunctionData {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            globals: ctx.globals.clone(),
            closure: ctx.frame.clone(),
            class_cell,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(None),
        };
        if let Some(closure) = &fd.closure {
            super::function::adjust_cell_refs(&fd.code, closure, 1);
        }
        let dict = self.new_dict_obj();
        Ok(Value::Obj(self.heap.alloc(Some(self.t.function.clone()), Some(dict), Payload::Function(Box::new(fd)))))
    }

    /// A name for "X argument after * must be ..." messages (CPython's `_PyObject_FunctionStr`:
    /// the module is named unless it is `builtins`).
    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Obj(o) => match &o.payload {
                Payload::Function(fd) => match &*fd.module.borrow() {
                    Value::Str(m) if &**m != "builtins" => format!("{m}.{}()", fd.qualname.borrow()),
                    _ => format!("{}()", fd.qualname.borrow()),
                },
                Payload::Builtin(b) => format!("{}()", b.qualname),
                Payload::BoundMethod { func, .. } => self.callable_name(func),
                Payload::Class(c) => {
                    let module = o
                        .dict
                        .as_ref()
                        .and_then(|d| d.dict_data())
                        .and_then(|d| d.borrow().get_str("__module__").cloned());
                    match module {
                        Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{}()", c.qualname.borrow()),
                        _ => format!("{}()", c.qualname.borrow()),
                    }
                }
                _ => format!("{} object", self.type_name(f)),
            },
            _ => format!("{} object", self.type_name(f)),
        }
    }
}

/// Lets `leave_frame` report a result whether the frame produced a value or a statement flow.
pub trait TraceResult {
    fn as_value(&self) -> Option<Value>;
}

impl TraceResult for Value {
    fn as_value(&self) -> Option<Value> {
        Some(self.clone())
    }
}

impl TraceResult for () {
    fn as_value(&self) -> Option<Value> {
        None
    }
}

/// CPython's message for a call with more positional arguments than the `npos` parameters (the
/// last `ndef` of them with defaults) take, `kwonly_given` keyword-only ones given besides.
pub fn too_many_positional_msg(fname: &str, npos: usize, ndef: usize, given: usize, kwonly_given: usize) -> String {
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", npos - ndef, npos)
    } else {
        format!("{} positional argument{}", npos, if npos == 1 { "" } else { "s" })
    };
    let was = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
    let kw = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    format!("{fname}() takes {takes} but {given}{kw} {was} given")
}

/// A returned call's locals that no closure reads, and its `locals()` dict, die now, as in
/// CPython, where closures keep only their cells. (A frame that an exception's traceback
/// keeps keeps them all.)
pub(super) fn release_plain_locals(frame: &super::function::Frame) {
    let mut gone: Vec<Value> = Vec::new();
    if let Ok(mut slots) = frame.slots.try_borrow_mut() {
        for i in 0..slots.len() {
            // A cell goes too when no closure reads it.
            let plain = frame.code.plain_slots.binary_search(&i).is_ok();
            if plain || frame.cell_unread(i) {
                if let Some(v) = slots.get_mut(i).and_then(Option::take) {
                    gone.push(v);
                }
            }
        }
    }
    let locals = frame.locals.borrow_mut().take();
    drop(locals);
    // Slot order, as CPython clears a frame's locals.
    drop(gone);
}

/// Hands a function's frame to the traceback entries the exception got from it (CPython's
/// `tb_frame`), those that do not hold it yet: when it leaves the frame, or is caught in it.
#[cold]
pub(super) fn keep_frame_in_traceback(exc: &ObjRef, serial: u64, frame: &Rc<super::function::Frame>) {
    if let Payload::Exception(d) = &exc.payload {
        let mut entries = d.traceback.borrow_mut();
        for entry in entries.iter_mut().rev().take_while(|t| t.serial == serial) {
            if entry.frame.is_none() {
                entry.frame = Some(super::function::TbFrame::new(frame.clone()));
            }
        }
    }
}

/// `args` with `receiver` in front: in place when `args` has room (a call site leaves a spare
/// slot for it, which saves an allocation per method call), else in a new vector of the exact size.
fn with_receiver(receiver: &Value, mut args: Vec<Value>) -> Vec<Value> {
    if args.len() < args.capacity() {
        args.insert(0, receiver.clone());
        return args;
    }
    let mut a = Vec::with_capacity(args.len() + 1);
    a.push(receiver.clone());
    a.extend(args);
    a
}
