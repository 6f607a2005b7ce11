//! The `threading` module, for the course's thread-safe singletons: `Lock`/`RLock` with
//! `with`, and `Thread(target=...)` or a subclass overriding `run`.
//!
//! One thread runs at a time, to its end: `start()` runs the thread's `run()` right away, as
//! CPython does when the new thread finishes before the GIL switches back (a task shorter
//! than the 5 ms switch interval, which the course's examples are). So a program's output is
//! one fixed order, which a trace can show step by step. A thread that would wait for a lock
//! another thread holds, or for a thread that has not finished, would wait forever here: it
//! gets a `RuntimeError` that says so instead of hanging.
//!
//! CPython's `threading` is Python code around `_thread`; here both are native and their
//! steps show as builtin steps. State lives in the instance's `__dict__` under CPython's
//! attribute names (`_target`, `_name`, `_started`, ...), so subclasses see what they would.

use super::builtins::take_kw;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{bind, function, make_class, method, property, traced, untraced};
use super::streams::Stream;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::cell::Cell;
use std::rc::Rc;
use BuiltinKind::Method;

/// A `_thread.lock` (`owner` unused) or `_thread.RLock`: who holds it, how many times.
#[derive(Clone, Copy, Default)]
pub struct LockState {
    owner: i64,
    count: u32,
}

/// Per-run state: the classes, the main thread, the threads running now (innermost last).
#[derive(Default)]
pub struct ThreadState {
    lock_class: Option<ObjRef>,
    rlock_class: Option<ObjRef>,
    main: Option<ObjRef>,
    running: Vec<(ObjRef, i64)>,
    /// `threading._counter`: numbers the default names `Thread-N`.
    counter: i64,
    idents: i64,
}

/// What a thread ident looks like in CPython on Linux (a pthread address); made up, as ids are.
const MAIN_IDENT: i64 = 0x7f3a_1c2e_4740;
const IDENT_STRIDE: i64 = 0x80_1000;

const DEADLOCK: &str =
    "deadlock: this would wait forever, since metalab runs each thread to its end when it starts, so no other thread can run meanwhile";

/// The module's names.
pub fn module_entries(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    untraced(it, build)
}

fn build(it: &mut Interp) -> PyResult<Vec<(&'static str, Value)>> {
    let method = |it: &mut Interp, class: &str, name: &'static str, f: NativeFn| method(it, class, name, f, Method);
    // `_thread.lock` has `locked()`, `_thread.RLock` has `_is_owned()`; both the rest.
    let mut lock_classes = Vec::new();
    for (class, own, own_fn) in
        [("lock", "locked", lock_locked as NativeFn), ("RLock", "_is_owned", rlock_is_owned as NativeFn)]
    {
        let mut methods = vec![
            method(it, class, "acquire", lock_acquire),
            method(it, class, "release", lock_release),
            method(it, class, own, own_fn),
            method(it, class, "__enter__", lock_acquire),
            method(it, class, "__exit__", lock_exit),
            method(it, class, "__repr__", lock_repr),
        ];
        methods.push(("__slots__", it.tuple(vec![])));
        let cls = make_class(it, class, "_thread", vec![], methods)?;
        lock_classes.push(super::native_class::c_type(cls, &format!("_thread.{class}")));
    }
    let (lock, rlock) = (lock_classes[0].clone(), lock_classes[1].clone());
    it.threads.lock_class = lock.as_obj().cloned();
    it.threads.rlock_class = rlock.as_obj().cloned();

    let name = property(it, "Thread", "name", thread_name, Some(thread_set_name));
    let ident = property(it, "Thread", "ident", thread_ident, None);
    let daemon = property(it, "Thread", "daemon", thread_daemon, Some(thread_set_daemon));
    let thread_methods = vec![
        method(it, "Thread", "__init__", thread_init),
        method(it, "Thread", "start", thread_start),
        method(it, "Thread", "run", thread_run),
        method(it, "Thread", "join", thread_join),
        method(it, "Thread", "is_alive", thread_is_alive),
        method(it, "Thread", "__repr__", thread_repr),
        ("name", name),
        ("ident", ident),
        ("daemon", daemon),
    ];
    let thread = make_class(it, "Thread", "threading", vec![], thread_methods)?;
    let main_class = make_class(it, "_MainThread", "threading", vec![thread.clone()], vec![])?;
    let main = it.call(&main_class, vec![], vec![("name".into(), Value::str("MainThread"))])?;
    for (k, v) in [("_started", Value::Bool(true)), ("_ident", Value::int(MAIN_IDENT))] {
        it.setattr(&main, &Rc::from(k), v)?;
    }
    it.threads.main = main.as_obj().cloned();

    Ok(vec![
        ("Lock", it.builtin_fn("allocate_lock", "allocate_lock", new_lock, BuiltinKind::Function)),
        function(it, "RLock", new_rlock),
        ("Thread", thread),
        function(it, "current_thread", current_thread),
        function(it, "main_thread", main_thread),
        function(it, "get_ident", get_ident),
        function(it, "active_count", active_count),
        function(it, "enumerate", enumerate),
    ])
}

impl ThreadState {
    /// The ident of the thread running now.
    fn current_ident(&self) -> i64 {
        self.running.last().map_or(MAIN_IDENT, |(_, id)| *id)
    }

    fn current(&self) -> Option<ObjRef> {
        self.running.last().map(|(t, _)| t.clone()).or_else(|| self.main.clone())
    }
}

// ---- locks ----

fn new_lock(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "allocate_lock", &kwargs)?;
    super::builtins::arity(it, "allocate_lock", &args, 0, 0)?;
    let class = it.threads.lock_class.clone();
    Ok(Value::Obj(it.heap.alloc(class, None, Payload::Lock(Cell::default()))))
}

fn new_rlock(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "RLock", &kwargs)?;
    super::builtins::arity(it, "RLock", &args, 0, 0)?;
    let class = it.threads.rlock_class.clone();
    Ok(Value::Obj(it.heap.alloc(class, None, Payload::Lock(Cell::default()))))
}

/// The receiver's lock state, and whether it is an `RLock`.
fn lock_of<'a>(it: &mut Interp, args: &'a [Value], method: &str) -> PyResult<(&'a Cell<LockState>, bool)> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Payload::Lock(state) = &o.payload {
            let reentrant = it.threads.rlock_class.as_ref().is_some_and(|c| Rc::ptr_eq(&o.class(), c));
            return Ok((state, reentrant));
        }
    }
    it.type_error(format!("descriptor '{method}' requires a '_thread.lock' object"))
}

/// `acquire(blocking=True, timeout=-1)`, with `_thread`'s argument checks.
fn lock_acquire(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let blocking_kw = take_kw(&mut kwargs, "blocking");
    let timeout_kw = take_kw(&mut kwargs, "timeout");
    if let Some((k, _)) = kwargs.first() {
        return it.type_error(format!("'{k}' is an invalid keyword argument for acquire()"));
    }
    let mut given = args.iter().skip(1).cloned().map(Some).chain([None, None]);
    let blocking = given.next().flatten().or(blocking_kw);
    let timeout = given.next().flatten().or(timeout_kw);
    let n = args.len() - 1;
    if n > 2 {
        return it.type_error(format!("acquire() takes at most 2 arguments ({n} given)"));
    }
    let blocking = match blocking {
        Some(b) => unsigned_byte(it, &b)? != 0,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => Some(super::time::seconds(it, &t)?).filter(|t| *t != -1.0),
        None => None,
    };
    if !blocking && timeout.is_some() {
        return it.value_error("can't specify a timeout for a non-blocking call");
    }
    if timeout.is_some_and(|t| t < 0.0) {
        return it.value_error("timeout value must be positive");
    }
    let (state, reentrant) = lock_of(it, &args, "acquire")?;
    let me = it.threads.current_ident();
    let s = state.get();
    if s.count == 0 || (reentrant && s.owner == me) {
        state.set(LockState { owner: me, count: s.count + 1 });
        return Ok(Value::Bool(true));
    }
    // Held by someone: no other thread can run while this one waits.
    if blocking && timeout.is_none() {
        return it.err("RuntimeError", DEADLOCK);
    }
    Ok(Value::Bool(false))
}

/// `PyArg_Parse`'s `b` format.
fn unsigned_byte(it: &mut Interp, v: &Value) -> PyResult<i64> {
    let b = it.index_arg(v)?;
    match b {
        ..=-1 => it.err("OverflowError", "unsigned byte integer is less than minimum"),
        256.. => it.err("OverflowError", "unsigned byte integer is greater than maximum"),
        _ => Ok(b),
    }
}

fn lock_release(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "release", &kwargs)?;
    let (state, reentrant) = lock_of(it, &args, "release")?;
    let s = state.get();
    if reentrant {
        if s.count == 0 || s.owner != it.threads.current_ident() {
            return it.err("RuntimeError", "cannot release un-acquired lock");
        }
    } else if s.count == 0 {
        return it.err("RuntimeError", "release unlocked lock");
    }
    let count = s.count - 1;
    state.set(LockState { owner: if count == 0 { 0 } else { s.owner }, count });
    Ok(Value::None)
}

/// `__exit__(*args)`: releases, whatever the exception.
fn lock_exit(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    lock_release(it, args.into_iter().take(1).collect(), Vec::new())
}

fn lock_locked(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "locked", &kwargs)?;
    let (state, _) = lock_of(it, &args, "locked")?;
    Ok(Value::Bool(state.get().count > 0))
}

fn rlock_is_owned(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (state, _) = lock_of(it, &args, "_is_owned")?;
    let s = state.get();
    Ok(Value::Bool(s.count > 0 && s.owner == it.threads.current_ident()))
}

fn lock_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let (state, reentrant) = lock_of(it, &args, "__repr__")?;
    let s = state.get();
    let Some(Value::Obj(o)) = args.first() else { return Ok(Value::None) };
    let status = if s.count > 0 { "locked" } else { "unlocked" };
    let addr = it.addr(o);
    Ok(Value::str(&if reentrant {
        format!("<{status} _thread.RLock object owner={} count={} at {addr}>", s.owner, s.count)
    } else {
        format!("<{status} _thread.lock object at {addr}>")
    }))
}

// ---- threads ----

/// The thread's state in its `__dict__`, read and written directly: these are
/// `threading.py`'s own attributes, not steps worth a line of the trace each.
fn attr(t: &Value, name: &str) -> Option<Value> {
    let dict = t.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data());
    dict.and_then(|d| d.borrow().get_str(name).cloned())
}

fn set(it: &mut Interp, t: &Value, name: &str, v: Value) -> PyResult<()> {
    match t.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
        Some(d) => {
            d.borrow_mut().set_str(Rc::from(name), v);
            Ok(())
        }
        None => it.setattr(t, &Rc::from(name), v),
    }
}

fn flag(it: &mut Interp, t: &Value, name: &str) -> PyResult<bool> {
    match attr(t, name) {
        Some(v) => it.truthy(&v),
        None => Ok(false),
    }
}

/// `assert self._initialized, msg`.
fn initialized(it: &mut Interp, t: &Value, msg: &str) -> PyResult<()> {
    if flag(it, t, "_initialized")? {
        return Ok(());
    }
    it.err("AssertionError", msg)
}

/// `Thread.__init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)`.
fn thread_init(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let params = ["self", "group", "target", "name", "args", "kwargs"];
    let [this, group, target, name, targs, tkwargs, daemon] =
        bind::<7>(it, "Thread.__init__", &params, 1, &["daemon"], args, kwargs)?;
    let this = this.unwrap_or(Value::None);
    let receiver = this.clone();
    traced(it, "Thread.__init__", &receiver, |it| init_state(it, this, group, target, name, targs, tkwargs, daemon))
}

#[allow(clippy::too_many_arguments)]
fn init_state(
    it: &mut Interp,
    this: Value,
    group: Option<Value>,
    target: Option<Value>,
    name: Option<Value>,
    targs: Option<Value>,
    tkwargs: Option<Value>,
    daemon: Option<Value>,
) -> PyResult<Value> {
    if group.is_some_and(|g| !matches!(g, Value::None)) {
        return it.err("AssertionError", "group argument must be None for now");
    }
    let target = target.unwrap_or(Value::None);
    let name = match name {
        Some(n) if it.truthy(&n)? => Value::Str(it.str_of(&n)?),
        _ => {
            it.threads.counter += 1;
            let mut name = format!("Thread-{}", it.threads.counter);
            if !matches!(target, Value::None) {
                if let Some(Value::Str(t)) = it.getattr_opt(&target, "__name__")? {
                    name.push_str(&format!(" ({t})"));
                }
            }
            Value::str(&name)
        }
    };
    let daemon = match daemon.filter(|d| !matches!(d, Value::None)) {
        Some(d) => Value::Bool(it.truthy(&d)?),
        None => match it.threads.current() {
            Some(cur) => Value::Bool(flag(it, &Value::Obj(cur), "_daemonic")?),
            None => Value::Bool(false),
        },
    };
    let targs = targs.unwrap_or_else(|| it.tuple(vec![]));
    let tkwargs = match tkwargs.filter(|k| !matches!(k, Value::None)) {
        Some(k) => k,
        None => Value::Obj(it.new_dict_obj()),
    };
    let state = [
        ("_target", target),
        ("_name", name),
        ("_args", targs),
        ("_kwargs", tkwargs),
        ("_daemonic", daemon),
        ("_ident", Value::None),
        ("_started", Value::Bool(false)),
        ("_is_stopped", Value::Bool(false)),
        ("_initialized", Value::Bool(true)),
    ];
    for (k, v) in state {
        set(it, &this, k, v)?;
    }
    Ok(Value::None)
}

fn this(it: &mut Interp, args: &[Value], func: &str) -> PyResult<Value> {
    match args.first() {
        Some(t) => Ok(t.clone()),
        None => it.missing_args(func, "positional", &[Rc::from("self")]),
    }
}

/// `start()`: runs `self.run()` to its end, as a thread of its own (`current_thread()` is it).
/// An exception ends the thread and is reported on stderr, as `threading.excepthook` does.
fn thread_start(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread.start")?;
    if !flag(it, &t, "_initialized")? {
        return it.err("RuntimeError", "thread.__init__() not called");
    }
    if flag(it, &t, "_started")? {
        return it.err("RuntimeError", "threads can only be started once");
    }
    let Value::Obj(obj) = t.clone() else { return Ok(Value::None) };
    traced(it, "Thread.start", &t, |it| {
        it.threads.idents += 1;
        let ident = MAIN_IDENT + it.threads.idents * IDENT_STRIDE;
        set(it, &t, "_ident", Value::int(ident))?;
        set(it, &t, "_started", Value::Bool(true))?;
        it.threads.running.push((obj, ident));
        let r = it.getattr(&t, &Rc::from("run")).and_then(|run| it.call(&run, vec![], vec![]));
        it.threads.running.pop();
        set(it, &t, "_is_stopped", Value::Bool(true))?;
        match r {
            Err(e) if e.exc().is_some() && !it.is_exc(&e, "SystemExit") => {
                let name = attr(&t, "_name").unwrap_or(Value::None);
                let name = it.str_of(&name)?;
                let tb = e.exc().map(|exc| it.error_info(exc).traceback).unwrap_or_default();
                it.write_stream(Stream::Stderr, &format!("Exception in thread {name}:\n{tb}"))?;
            }
            Err(e) if e.exc().is_none() => return Err(e),
            Err(_) | Ok(_) => {}
        }
        Ok(Value::None)
    })
}

/// `run()`: `self._target(*self._args, **self._kwargs)`, then forgets them.
fn thread_run(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread.run")?;
    let receiver = t.clone();
    traced(it, "Thread.run", &receiver, |it| run_target(it, t))
}

fn run_target(it: &mut Interp, t: Value) -> PyResult<Value> {
    let target = attr(&t, "_target").unwrap_or(Value::None);
    let r = if matches!(target, Value::None) { Ok(Value::None) } else { call_target(it, &t, &target) };
    if let Some(d) = t.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
        let forgotten: Vec<Option<Value>> =
            ["_target", "_args", "_kwargs"].iter().map(|k| d.borrow_mut().remove_str(k)).collect();
        drop(forgotten);
    }
    r.map(|_| Value::None)
}

fn call_target(it: &mut Interp, t: &Value, target: &Value) -> PyResult<Value> {
    let targs = attr(t, "_args").unwrap_or(Value::None);
    let targs = it.collect(&targs)?;
    let tkwargs = attr(t, "_kwargs").unwrap_or(Value::None);
    let mut kwargs: Kwargs = Vec::new();
    if let Some(d) = tkwargs.as_obj().and_then(|o| o.dict_data()) {
        let entries: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in entries {
            match k {
                Value::Str(k) => kwargs.push((k, v)),
                _ => return it.type_error("keywords must be strings"),
            }
        }
    }
    it.call(target, targs, kwargs)
}

fn thread_join(it: &mut Interp, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread.join")?;
    let timeout = args.len() > 1 || take_kw(&mut kwargs, "timeout").is_some();
    initialized(it, &t, "Thread.__init__() not called")?;
    if !flag(it, &t, "_started")? {
        return it.err("RuntimeError", "cannot join thread before it is started");
    }
    let is = |o: &ObjRef| matches!(&t, Value::Obj(x) if Rc::ptr_eq(x, o));
    if it.threads.current().is_some_and(|c| is(&c)) {
        return it.err("RuntimeError", "cannot join current thread");
    }
    // A thread that started this one and is still running: it cannot end while we wait.
    if !flag(it, &t, "_is_stopped")? && !timeout {
        return it.err("RuntimeError", DEADLOCK);
    }
    Ok(Value::None)
}

fn thread_is_alive(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread.is_alive")?;
    initialized(it, &t, "Thread.__init__() not called")?;
    Ok(Value::Bool(flag(it, &t, "_started")? && !flag(it, &t, "_is_stopped")?))
}

fn thread_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread.__repr__")?;
    initialized(it, &t, "Thread.__init__() was not called")?;
    let mut status = String::from(if flag(it, &t, "_is_stopped")? {
        "stopped"
    } else if flag(it, &t, "_started")? {
        "started"
    } else {
        "initial"
    });
    if flag(it, &t, "_daemonic")? {
        status.push_str(" daemon");
    }
    if let Some(Value::Int(ident, _)) = attr(&t, "_ident") {
        status.push_str(&format!(" {ident}"));
    }
    let class = it.type_name(&t);
    let name = attr(&t, "_name").unwrap_or(Value::None);
    let name = it.str_of(&name)?;
    Ok(Value::str(&format!("<{class}({name}, {status})>")))
}

fn getter(it: &mut Interp, args: &[Value], field: &str) -> PyResult<Value> {
    let t = this(it, args, "Thread")?;
    initialized(it, &t, "Thread.__init__() not called")?;
    Ok(attr(&t, field).unwrap_or(Value::None))
}

fn thread_name(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    getter(it, &args, "_name")
}

fn thread_ident(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    getter(it, &args, "_ident")
}

fn thread_daemon(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    getter(it, &args, "_daemonic")
}

fn thread_set_name(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread")?;
    initialized(it, &t, "Thread.__init__() not called")?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let name = Value::Str(it.str_of(&v)?);
    set(it, &t, "_name", name)?;
    Ok(Value::None)
}

fn thread_set_daemon(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let t = this(it, &args, "Thread")?;
    if !flag(it, &t, "_initialized")? {
        return it.err("RuntimeError", "Thread.__init__() not called");
    }
    if flag(it, &t, "_started")? {
        return it.err("RuntimeError", "cannot set daemon status of active thread");
    }
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let v = Value::Bool(it.truthy(&v)?);
    set(it, &t, "_daemonic", v)?;
    Ok(Value::None)
}

// ---- module functions ----

/// A module function of `threading.py` that takes no arguments.
fn no_args(it: &mut Interp, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<()> {
    bind::<0>(it, name, &[], 0, &[], args, kwargs).map(|_| ())
}

fn current_thread(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "current_thread", args, kwargs)?;
    Ok(it.threads.current().map_or(Value::None, Value::Obj))
}

fn main_thread(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "main_thread", args, kwargs)?;
    Ok(it.threads.main.clone().map_or(Value::None, Value::Obj))
}

fn get_ident(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "get_ident", &kwargs)?;
    super::builtins::arity(it, "get_ident", &args, 0, 0)?;
    Ok(Value::int(it.threads.current_ident()))
}

fn active_count(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "active_count", args, kwargs)?;
    Ok(Value::int(1 + it.threads.running.len() as i64))
}

fn enumerate(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_args(it, "enumerate", args, kwargs)?;
    let threads = it.threads.main.iter().chain(it.threads.running.iter().map(|(t, _)| t));
    let threads: Vec<Value> = threads.cloned().map(Value::Obj).collect();
    Ok(it.list(threads))
}
