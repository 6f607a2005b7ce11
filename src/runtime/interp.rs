//! The interpreter state of one run, and the entry point that turns a source text into a
//! `RunResult`.

use super::dict::DictData;
use super::heap::Heap;
use super::refcell::RefCell;
use super::tracer::Tracer;
use super::types::Types;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind, UnwindKind};
use crate::syntax::{self, LineIndex};
use crate::{ErrorInfo, RunOptions, RunResult};
use rustc_hash::FxHashMap;
use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

/// (class id, hash of the attribute name) → (the name, what the MRO lookup found). Keyed by
/// hash so that a hit allocates nothing.
pub type MroCache = FxHashMap<(u64, i64), (Rc<str>, Option<Value>)>;

/// One line of a traceback: where a frame was when the exception passed through it.
#[derive(Clone)]
pub struct TbEntry {
    pub line: u32,
    /// The source the line is in (`Interp::units`).
    pub unit: u32,
    pub name: Rc<str>,
    pub serial: u64,
    pub start: u32,
    pub end: u32,
    /// A function's frame, kept alive by the traceback as CPython's is: its locals die with
    /// the exception (after the `except` block that handled it), not when the call ended.
    pub frame: Option<super::function::TbFrame>,
    /// The `traceback` object made for this entry once the program asked for one, so that
    /// `e.__traceback__ is e.__traceback__` (`runtime::traceback_objects`).
    pub obj: Option<ObjRef>,
}

pub struct FrameInfo {
    pub name: Rc<str>,
    /// Byte offset of what the frame is executing now.
    pub offset: Cell<u32>,
    /// End of the expression executing now (CPython's instruction position), or equal to
    /// `offset` when only the statement is known; tracebacks underline `offset..end`.
    pub end: Cell<u32>,
    /// Unique per activation, so a frame adds itself to a traceback once.
    pub serial: u64,
    /// The source the frame's code is from: 0 the program, others `exec`/`eval` strings.
    pub unit: u32,
    /// A function's frame (not a module's or a class body's): a callee whose frame outlives
    /// its call holds it (`Interp::frame_returned`).
    pub function: bool,
}

pub struct Interp {
    pub heap: Heap,
    pub t: Types,
    pub builtins: ObjRef,
    pub globals: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub out: String,
    /// The program's stderr, apart from the uncaught error (`RunResult::stderr`).
    pub err: String,
    pub stdin: VecDeque<String>,
    /// `RunOptions::read_line` and `on_output`.
    pub read_line: Option<fn() -> Option<String>>,
    pub on_output: Option<fn(super::Stream, &str)>,
    pub steps: u64,
    pub max_steps: u64,
    /// `time.time()`'s clock, and how far `time.sleep` has moved it (it does not wait).
    pub clock: fn() -> f64,
    pub slept: f64,
    /// Python frames plus the C-level steps CPython counts (`Interp::c_level`): the recursion limit
    /// applies to their sum.
    pub depth: u32,
    /// `sys.setrecursionlimit`'s value; frames beyond `RECURSION_LIMIT` are refused anyway
    /// (see `recursion_limit`).
    pub requested_recursion_limit: u32,
    /// The value an `Unwind::yielded()` carries on its way out of a generator's frame.
    pub yielded: Option<Value>,
    /// Set by the operator's dispatch just before it calls a builtin sequence's `__add__` or
    /// `__mul__`, which then answer NotImplemented for a wrong operand instead of raising as a
    /// direct call does (CPython tries a sequence's concat/repeat after the number slots).
    pub seq_op_from_operator: bool,
    /// Interpreter shutdown: tracebacks then show no source lines (CPython can no longer
    /// read them, its `io` module is gone).
    pub shutting_down: bool,
    /// The `traceback` class, once a traceback object was asked for.
    pub traceback_class: Option<ObjRef>,
    /// The cell objects handed out by `__closure__`, by variable (`runtime::cells`).
    /// (A short list: only the cells a program asked for, pruned of dead ones.)
    pub cell_objects: Vec<((usize, usize), std::rc::Weak<super::value::Obj>)>,
    /// The descriptors `C.attr` gave for builtin computed attributes (`runtime::computed_attrs`).
    pub computed_descriptors: Vec<((u64, &'static str), Value)>,
    /// The depth at which the current engine stack began (`fresh_stack`).
    pub stack_base: u32,
    /// Modules imported so far (`runtime::modules`).
    pub modules: std::collections::HashMap<String, ObjRef>,
    /// The `sys.modules` dict, once `sys` is imported (`Interp::import_module`).
    pub sys_modules: Option<ObjRef>,
    /// The `gc` module's switches.
    pub gc: super::gc::GcState,
    /// `sys.stdout` and `sys.stderr`, once `sys` is imported (`runtime::streams`).
    pub streams: Option<(ObjRef, ObjRef)>,
    pub frames: Vec<FrameInfo>,
    pub lines: LineIndex,
    pub source: Rc<str>,
    pub filename: Rc<str>,
    /// Source given to `exec`/`eval` at run time; unit `n` is `units[n - 1]` (`runtime::exec_eval`).
    pub units: Vec<super::exec_eval::SourceUnit>,
    pub tracer: Option<Tracer>,
    /// Exceptions being handled, innermost last (for bare `raise` and `__context__`).
    pub handling: Vec<ObjRef>,
    /// Method cache: (class id, name) → what the MRO lookup found.
    pub mro_cache: RefCell<MroCache>,
    /// Classes whose `__bases__` were assigned: the serial they joined their bases' subclass
    /// lists with (`bases_assign`).
    pub subclass_order: FxHashMap<u64, u64>,
    /// Bumped whenever `mro_cache` is cleared; per-class caches compare against it.
    pub cache_epoch: Cell<u64>,
    /// Methods remembered by call sites (`AttrSite::slot`): class number, epoch, method.
    pub method_sites: Vec<(u64, u64, Value)>,
    /// Code objects per AST node address, so a `def` in a loop is analysed once.
    pub code_cache: FxHashMap<usize, Rc<super::function::Code>>,
    pub frames_pool: super::frame_pool::FramePool,
    /// Objects being repr'd, to print `[...]` for self-containing containers.
    pub repr_stack: Vec<u64>,
    pub frame_serial: u64,
    /// `id()` of each int and float constant asked for so far: (is a float, bits) → number.
    pub constant_ids: FxHashMap<(bool, u64), i64>,
    /// Constant tuples by AST node address, and by value (`Interp::constant_tuple`).
    pub constant_tuples: FxHashMap<usize, Value>,
    pub constant_tuples_by_value: FxHashMap<String, Value>,
    /// The `__name__` of a module CPython writes in Python whose native stand-in is calling out
    /// (`types.new_class`), with the frame depth it called at: `type.__new__` called from there
    /// with no Python frame between takes its `__module__` from it, as from the caller's globals.
    pub library_caller: Option<(usize, &'static str)>,
    /// The `abc` module's state.
    pub abc: super::abc::AbcState,
    pub threads: super::threading::ThreadState,
    pub functools: super::functools::FunctoolsState,
    pub itertools: super::itertools::ItertoolsState,
    /// Frames that outlived their calls while held, waiting for their caller (by number) to
    /// return (`Interp::frame_returned`).
    pub pending_back: Vec<(u64, std::rc::Weak<super::function::Frame>)>,
    pub weakref: super::weakref::WeakrefState,
    /// `atexit` registrations, oldest first.
    pub exit_calls: Vec<super::atexit::ExitCall>,
    pub collections: super::collections::CollectionsState,
    pub copy: super::copy::CopyState,
    pub dataclasses: super::dataclasses::DataclassesState,
    pub copyreg: super::reduce::CopyregState,
    pub random: super::random::RandomState,
    pub typing: super::typing::TypingState,
    /// The interned strings (`sys.intern`). CPython does not count the interned table's
    /// references to a string (`sys.getrefcount` subtracts them here).
    pub interned: rustc_hash::FxHashSet<Rc<str>>,
    /// The module's string constants and how many tree nodes hold each (`str_refcount`); this
    /// table's own reference stands for the code object's.
    pub string_constants: Vec<(Rc<str>, usize)>,
    /// CPython's hashes of the strs seen most recently (`str_hashes`).
    pub str_hashes: super::str_hashes::StrHashes,
    /// The frozenset constants of set displays, by syntax node (`const_sets`).
    pub const_frozensets: FxHashMap<usize, Value>,
    /// The program's identifiers, and the strings CPython interns as it starts (`const_sets`).
    pub source_names: rustc_hash::FxHashSet<Rc<str>>,
    /// The program runs under `from __future__ import annotations` (its `exec` calls inherit it).
    pub future_annotations: bool,
    pub startup_interned: std::cell::OnceCell<rustc_hash::FxHashSet<&'static str>>,
}

pub fn run_program(source: &str, options: &RunOptions) -> RunResult {
    let parsed = parse_program(source);
    run_parsed(source, options, parsed)
}

/// Parsing runs below a small frame: a deeply nested source recurses as deep as CPython's
/// parser allows (200 brackets), and in a browser-sized engine stack every frame under it
/// counts (an inlined `run_parsed` would be one of the largest).
#[inline(never)]
fn parse_program(source: &str) -> Result<syntax::ast::Module, syntax::SyntaxError> {
    // The program is read as a file: an error at the input's last DEDENT has no column.
    syntax::parse_module(source).map_err(|mut e| {
        if e.at_eof {
            e.col = 0;
        }
        e
    })
}

#[inline(never)]
fn run_parsed(
    source: &str,
    options: &RunOptions,
    parsed: Result<syntax::ast::Module, syntax::SyntaxError>,
) -> RunResult {
    let mut interp = Interp::new(source, options);
    let mut module = match parsed {
        Ok(m) => m,
        Err(e) => {
            interp.report_syntax_warnings(&e.warnings);
            let tb = format_syntax_error(&interp.filename, &e);
            if let Some(write) = interp.on_output {
                write(super::Stream::Stderr, &tb);
            }
            return RunResult {
                stdout: String::new(),
                stderr: std::mem::take(&mut interp.err),
                error: Some(ErrorInfo {
                    type_name: e.kind.name().into(),
                    message: e.msg.clone(),
                    line: Some(e.line),
                    traceback: tb,
                }),
                events: Vec::new(),
                objects: Vec::new(),
            };
        }
    };
    interp.report_syntax_warnings(&module.warnings);
    interp.adopt_string_constants(std::mem::take(&mut module.string_constants));
    interp.source_names = std::mem::take(&mut module.names);
    interp.future_annotations = module.future_annotations;
    let result = interp.run_module(&module);
    // Printing the traceback may run user `__str__`; like CPython's profiler, the trace has
    // ended by then.
    let tracer = interp.tracer.take();
    let error = match result {
        Ok(()) => None,
        Err(e) => match e.kind() {
            UnwindKind::Exception(exc) if interp.is_instance(&Value::Obj(exc.clone()), &interp.t.exc("SystemExit")) => {
                interp.system_exit(exc)
            }
            UnwindKind::Exception(exc) => Some(interp.error_info(exc)),
            UnwindKind::Halt => {
                let msg = interp.halt_message();
                Some(ErrorInfo {
                    type_name: "StepLimitExceeded".into(),
                    line: Some(interp.cur_line()),
                    traceback: format!("StepLimitExceeded: {msg}\n"),
                    message: msg,
                })
            }
            UnwindKind::Yield => None,
        },
    };
    let (events, objects) = match tracer {
        Some(t) => {
            let objects = t.objects(&mut interp);
            (t.events, objects)
        }
        None => (Vec::new(), Vec::new()),
    };
    // CPython prints the uncaught error before it shuts down (and what `__del__` prints then
    // comes after it).
    if let (Some(write), Some(e)) = (interp.on_output, &error) {
        write(super::Stream::Stderr, &e.traceback);
    }
    // Exit, untraced like the error above: `__del__` for the cycles the program already let go
    // of, then for what the globals hold, then for whatever only keeps itself alive.
    if !matches!(error.as_ref(), Some(e) if e.type_name == "StepLimitExceeded") {
        interp.run_exit_calls();
        interp.finalize_cycles();
        // With `gc.DEBUG_SAVEALL` still set, CPython's exit collections keep the module's
        // cycle (its dict, with everything the globals hold) in `gc.garbage`: none of it is
        // finalized.
        if !interp.gc_saves_all() {
            interp.finalize_globals();
            interp.finalize_leftovers();
        }
    }
    let stdout = std::mem::take(&mut interp.out);
    let stderr = std::mem::take(&mut interp.err);
    interp.shutdown();
    RunResult { stdout, stderr, error, events, objects }
}

impl Interp {
    /// Takes the module's string constants: identifier-like ones are interned (CPython's
    /// compiler interns them), and one-character ones are told apart from the characters the
    /// runtime shares.
    fn adopt_string_constants(&mut self, constants: Vec<Rc<str>>) {
        // Before the program runs, only the syntax tree holds them (besides this list).
        let constants: Vec<(Rc<str>, usize)> = constants
            .into_iter()
            .map(|s| {
                let uses = Rc::strong_count(&s) - 1;
                (s, uses)
            })
            .collect();
        let identifier = |s: &str| s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
        self.interned.extend(constants.iter().map(|(s, _)| s).filter(|s| identifier(s)).cloned());
        let chars: Vec<Rc<str>> =
            constants.iter().map(|(s, _)| s).filter(|s| s.chars().count() == 1).cloned().collect();
        super::value::set_char_constants(&chars);
        self.string_constants = constants;
    }

    /// `hash(s)`, remembered for the string's allocation.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn str_hash(&self, s: &Rc<str>) -> i64 {
        self.str_hashes.of(s)
    }

    /// `sys.getrefcount` of a str: its references as CPython counts them. The syntax tree's
    /// holds on a constant are replaced by the code's two, and the interned table's is not
    /// counted.
    pub fn str_refcount(&self, s: &Rc<str>) -> usize {
        let mut n = Rc::strong_count(s) - self.cached_refs(|v| matches!(v, Value::Str(x) if Rc::ptr_eq(x, s)));
        if self.interned.get(s).is_some_and(|i| Rc::ptr_eq(i, s)) {
            n -= 1;
        }
        if self.str_hashes.holds(s) {
            n -= 1;
        }
        if let Some((_, uses)) = self.string_constants.iter().find(|(c, _)| Rc::ptr_eq(c, s)) {
            // CPython 3.11 shows two references from the code for a constant, wherever it is
            // used (measured: `sys.getrefcount` of a constant bound to one name is 4).
            n = (n + 1).saturating_sub(*uses);
        }
        n
    }

    /// The compiler's `SyntaxWarning`s, as the `warnings` module prints them before the program
    /// runs: each one, even several on a line (the compiler passes no registry that would
    /// dedupe them). An expression the parser read twice while backtracking is reported once.
    fn report_syntax_warnings(&mut self, warnings: &[(u32, String)]) {
        let mut seen: Vec<(u32, &str)> = Vec::new();
        for (offset, msg) in warnings {
            if seen.contains(&(*offset, msg.as_str())) {
                continue;
            }
            seen.push((*offset, msg));
            let line = self.lines.line(*offset);
            let text = self.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
            let mut report = format!("{}:{line}: SyntaxWarning: {msg}\n", self.filename);
            if !text.is_empty() {
                report.push_str(&format!("  {text}\n"));
            }
            let _ = self.write_stream(super::Stream::Stderr, &report);
        }
    }
}

pub fn format_syntax_error(filename: &str, e: &syntax::SyntaxError) -> String {
    let mut s = format!("  File \"{}\", line {}\n", filename, e.line);
    let text = e.text.trim_end_matches(['\n', '\r']);
    let stripped = text.trim_start();
    // CPython prints the line whenever the error has one, a blank one too.
    let lead = text.chars().count() - stripped.chars().count();
    s.push_str(&format!("    {stripped}\n"));
    // CPython prints no caret when the error points into the stripped indentation.
    if let Some(col) = (e.col as usize).checked_sub(1).and_then(|c| c.checked_sub(lead)) {
        let width = if e.end_line == e.line && e.end_col > e.col { (e.end_col - e.col) as usize } else { 1 };
        s.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width.max(1))));
    }
    s.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    s
}

impl Interp {
    pub fn new(source: &str, options: &RunOptions) -> Interp {
        super::generator::discard_pending_close();
        super::finalize::reset();
        super::weakref::reset();
        super::value::NumId::reset();
        let mut heap = Heap::default();
        if super::gc::may_use_gc(source) {
            heap.track_all();
        }
        let t = Types::new(&mut heap);
        let builtins = heap.alloc(Some(t.dict.clone()), None, Payload::Dict(RefCell::new(DictData::new())));
        let globals = heap.alloc(Some(t.dict.clone()), None, Payload::Dict(RefCell::new(DictData::new())));
        let not_implemented = heap.alloc(Some(t.not_implemented_type.clone()), None, Payload::NotImplemented);
        let ellipsis = heap.alloc(Some(t.ellipsis_type.clone()), None, Payload::Ellipsis);
        let mut interp = Interp {
            heap,
            t,
            builtins,
            globals,
            not_implemented,
            ellipsis,
            out: String::new(),
            err: String::new(),
            stdin: options.stdin.iter().cloned().collect(),
            read_line: options.read_line,
            on_output: options.on_output,
            steps: 0,
            max_steps: options.max_steps,
            clock: options.clock,
            slept: 0.0,
            depth: 0,
            requested_recursion_limit: super::RECURSION_LIMIT,
            yielded: None,
            seq_op_from_operator: false,
            shutting_down: false,
            traceback_class: None,
            cell_objects: Default::default(),
            computed_descriptors: Default::default(),
            stack_base: 0,
            modules: Default::default(),
            gc: Default::default(),
            streams: None,
            frames: Vec::new(),
            lines: LineIndex::new(source),
            source: Rc::from(source),
            filename: Rc::from(options.filename.as_str()),
            units: Vec::new(),
            tracer: if options.trace { Some(Tracer::default()) } else { None },
            handling: Vec::new(),
            mro_cache: RefCell::new(FxHashMap::default()),
            subclass_order: FxHashMap::default(),
            cache_epoch: Cell::new(1),
            method_sites: Vec::new(),
            code_cache: FxHashMap::default(),
            frames_pool: Default::default(),
            repr_stack: Vec::new(),
            frame_serial: 0,
            constant_ids: FxHashMap::default(),
            interned: Default::default(),
            string_constants: Vec::new(),
            str_hashes: Default::default(),
            const_frozensets: FxHashMap::default(),
            source_names: Default::default(),
            future_annotations: false,
            startup_interned: Default::default(),
            abc: Default::default(),
            threads: Default::default(),
            functools: Default::default(),
            itertools: Default::default(),
            pending_back: Vec::new(),
            weakref: Default::default(),
            exit_calls: Vec::new(),
            collections: Default::default(),
            copy: Default::default(),
            dataclasses: Default::default(),
            copyreg: Default::default(),
            random: Default::default(),
            typing: Default::default(),
            constant_tuples: FxHashMap::default(),
            constant_tuples_by_value: FxHashMap::default(),
            library_caller: None,
            sys_modules: None,
        };
        super::builtins::install(&mut interp);
        super::methods::install(&mut interp);
        // `__main__` always has `__annotations__` (CPython's interpreter adds it). `__file__` is
        // the name tracebacks show; there is no import system, so no `__loader__`.
        let annotations = interp.dict_from(Default::default());
        // `__main__.__builtins__` is the module (other namespaces get its dict, as `exec`'s).
        let builtins_module = match interp.import_module("builtins") {
            Ok(m) => Value::Obj(m),
            Err(_) => Value::Obj(interp.builtins.clone()),
        };
        if let Some(d) = interp.globals.dict_data() {
            let mut d = d.borrow_mut();
            d.set_str(Rc::from("__name__"), Value::str("__main__"));
            d.set_str(Rc::from("__doc__"), Value::None);
            d.set_str(Rc::from("__package__"), Value::None);
            d.set_str(Rc::from("__spec__"), Value::None);
            d.set_str(Rc::from("__annotations__"), annotations);
            d.set_str(Rc::from("__builtins__"), builtins_module);
            d.set_str(Rc::from("__file__"), Value::str(&interp.filename));
            d.set_str(Rc::from("__cached__"), Value::None);
        }
        interp
    }

    fn run_module(&mut self, module: &syntax::ast::Module) -> PyResult<()> {
        self.frames.push(FrameInfo {
            name: Rc::from("<module>"),
            offset: Cell::new(0),
            end: Cell::new(0),
            serial: 0,
            unit: 0,
            function: false,
        });
        self.depth = 1;
        let ctx = super::scope::Ctx::module(self.globals.clone());
        if let Some(doc) = syntax::ast::docstring(&module.body) {
            if let Some(d) = self.globals.dict_data() {
                d.borrow_mut().set_str(Rc::from("__doc__"), Value::Str(doc));
            }
        }
        let r = self.exec_block(&module.body, &ctx);
        // What the last statement let go of dies there in CPython, while the trace still runs.
        if !r.as_ref().is_err_and(Unwind::is_halt) && super::generator::has_pending_close() {
            self.run_pending_closes();
        }
        let r = match r {
            Ok(_) => Ok(()),
            Err(e) => {
                if let Some(exc) = e.exc() {
                    self.add_traceback(exc);
                }
                Err(e)
            }
        };
        self.frames.pop();
        r
    }

    /// Records the current frame's line in an exception passing through it (once per frame,
    /// as CPython's `PyTraceBack_Here`).
    pub fn add_traceback(&self, exc: &ObjRef) {
        if let (Payload::Exception(data), Some(f)) = (&exc.payload, self.frames.last()) {
            if self.is_library_unit(f.unit) {
                return;
            }
            let mut tb = data.traceback.borrow_mut();
            if tb.last().is_some_and(|e| e.serial == f.serial) || data.reraised_in.get() == Some(f.serial) {
                return;
            }
            tb.push(self.tb_entry(f));
        }
    }

    /// Where frame `f` is now, as a traceback line.
    pub(super) fn tb_entry(&self, f: &FrameInfo) -> TbEntry {
        let (start, end) = (f.offset.get(), f.end.get());
        TbEntry {
            line: self.unit_line(f.unit, start),
            unit: f.unit,
            name: f.name.clone(),
            serial: f.serial,
            start,
            end,
            frame: None,
            obj: None,
        }
    }

    /// `SystemExit.code`: the one argument, `None` for none, the tuple for several.
    pub fn exit_code(&mut self, exc: &ObjRef) -> Value {
        let Payload::Exception(e) = &exc.payload else { return Value::None };
        super::exc_members::member(e, "code").unwrap_or(Value::None)
    }

    /// An uncaught `SystemExit` ends the program without a traceback, as CPython's: a code of
    /// `None` or 0 is a normal end; another int is the exit status; anything else is printed
    /// (status 1). The `ErrorInfo` carries the status as its message and that print as its
    /// traceback text.
    fn system_exit(&mut self, exc: &ObjRef) -> Option<ErrorInfo> {
        let code = self.exit_code(exc);
        let (message, printed) = match &code {
            Value::None | Value::Int(0, _) | Value::Bool(false) => return None,
            Value::Int(n, _) => (n.to_string(), String::new()),
            Value::Bool(true) => ("1".to_string(), String::new()),
            other => {
                let text = self.str_of(other).map(|s| s.to_string()).unwrap_or_default();
                ("1".to_string(), format!("{text}\n"))
            }
        };
        // The line the traceback would end on (its innermost entry); nothing is formatted.
        let line = match &exc.payload {
            Payload::Exception(d) => d.traceback.borrow().first().map(|e| e.line),
            _ => None,
        };
        Some(ErrorInfo { type_name: "SystemExit".into(), message, line, traceback: printed })
    }

    /// How a traceback names an exception's class: its qualified name (`Outer.Error`), after
    /// its module unless that is `__main__` or `builtins`.
    pub(super) fn exc_type_name(&self, exc: &ObjRef) -> String {
        let cls = exc.class();
        let Some(cd) = cls.class_data() else { return String::new() };
        let qualname = cd.qualname.borrow().to_string();
        let module =
            cls.dict.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str("__module__").cloned());
        match module {
            Some(Value::Str(m)) if &*m != "__main__" && &*m != "builtins" => format!("{m}.{qualname}"),
            _ => qualname,
        }
    }

    /// Records the current frame's line even when the frame is already in the traceback: a
    /// `raise` statement (CPython adds an entry wherever an exception is raised anew).
    pub fn add_traceback_entry(&self, exc: &ObjRef) {
        if let (Payload::Exception(data), Some(f)) = (&exc.payload, self.frames.last()) {
            if self.is_library_unit(f.unit) {
                return;
            }
            let mut tb = data.traceback.borrow_mut();
            if !tb.last().is_some_and(|e| e.serial == f.serial && e.start == f.offset.get()) {
                tb.push(self.tb_entry(f));
            }
        }
    }

    pub(super) fn error_info(&mut self, exc: &ObjRef) -> ErrorInfo {
        let type_name = exc.class().class_data().map(|c| c.name().to_string()).unwrap_or_default();
        let message = self.exc_str(exc);
        let mut line = None;
        let mut tb = String::new();
        self.format_exception_chain(exc, &mut tb, &mut line, &mut Default::default());
        ErrorInfo { type_name, message, line, traceback: tb }
    }

    /// `str(exc)`, falling back to a placeholder if the user's `__str__` fails.
    pub fn exc_str(&mut self, exc: &ObjRef) -> String {
        match self.str_of(&Value::Obj(exc.clone())) {
            Ok(s) => s.to_string(),
            Err(_) => "<exception str() failed>".into(),
        }
    }

    /// Counts one interpreter step; stops the program when the budget is spent.
    #[inline]
    pub fn step(&mut self) -> PyResult<()> {
        self.steps += 1;
        if self.steps > self.max_steps {
            return Err(Unwind::halt());
        }
        Ok(())
    }

    /// What `Unwind::halt` (from `step`) reports.
    pub fn halt_message(&self) -> String {
        format!("the program was stopped after {} steps (the step budget); it may loop forever", self.max_steps)
    }

    /// The program's line executing now: inside `exec`/`eval` code, the line that called it
    /// (trace events and errors point into the editor's text).
    pub fn cur_line(&self) -> u32 {
        self.frames.iter().rev().find(|f| f.unit == 0).map(|f| self.lines.line(f.offset.get())).unwrap_or(0)
    }

    pub fn set_offset(&self, offset: u32) {
        if let Some(f) = self.frames.last() {
            f.offset.set(offset);
            f.end.set(offset);
        }
    }

    /// The expression the frame is executing, for the traceback's `^^^` line.
    pub fn set_range(&self, r: crate::syntax::ast::TextRange) {
        if let Some(f) = self.frames.last() {
            f.offset.set(r.start);
            f.end.set(r.end);
        }
    }

    fn shutdown(&mut self) {
        super::generator::discard_pending_close();
        self.mro_cache.borrow_mut().clear();
        self.code_cache.clear();
        self.handling.clear();
        self.heap.break_cycles();
        super::generator::discard_pending_close();
        super::finalize::reset();
        super::weakref::reset();
    }
}
