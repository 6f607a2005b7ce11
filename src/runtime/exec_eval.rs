//! `exec()` and `eval()`: source text given at run time, compiled and run in a new `<module>`
//! frame whose file is `<string>`, as CPython's builtins do. Tracebacks name that file and
//! show no source line for it (CPython's `linecache` cannot read it); trace events inside it
//! keep the line of the program that called `exec`/`eval`, the only text the lab shows.

use super::function::{KwSpec, Kwargs};
use super::interp::{FrameInfo, Interp};
use super::scope::Ctx;
use super::value::{Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::{self, LineIndex};
use std::cell::Cell;
use std::rc::Rc;

/// Source compiled at run time: what its frames need to number their lines. Its syntax tree
/// goes when the code has run, but for the functions and classes made from it, which hold
/// their parts. (The caches keyed by node address hold their node, or skip such code:
/// `constant_tuple`.) A traceback entry keeps its line number, not the unit.
pub struct SourceUnit {
    pub filename: Rc<str>,
    pub lines: LineIndex,
    /// The Python part of a module CPython writes in Python (`exec_library`).
    pub library: bool,
    /// Its code runs under `from __future__ import annotations` (which `exec` passes on).
    pub future_annotations: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Exec => "exec",
            Mode::Eval => "eval",
        }
    }
}

/// The builtins that act on their caller's scope. A call by any other route than a call
/// expression (`map(eval, ...)`) gets the program's globals.
#[derive(Clone, Copy)]
pub enum Scoped {
    Exec,
    Eval,
    Globals,
}

pub fn scoped_builtin(f: &Value) -> Option<Scoped> {
    let Value::Obj(o) = f else { return None };
    let Payload::Builtin(b) = &o.payload else { return None };
    match &*b.qualname {
        _ if b.owner.is_some() => None,
        "exec" => Some(Scoped::Exec),
        "eval" => Some(Scoped::Eval),
        "globals" => Some(Scoped::Globals),
        _ => None,
    }
}

impl Interp {
    /// Line `offset` of unit `unit` is on.
    pub fn unit_line(&self, unit: u32, offset: u32) -> u32 {
        match unit.checked_sub(1).and_then(|i| self.units.get(i as usize)) {
            Some(u) => u.lines.line(offset),
            None => self.lines.line(offset),
        }
    }

    pub fn unit_filename(&self, unit: u32) -> &Rc<str> {
        match unit.checked_sub(1).and_then(|i| self.units.get(i as usize)) {
            Some(u) => &u.filename,
            None => &self.filename,
        }
    }

    /// The unit of the code running now.
    pub fn cur_unit(&self) -> u32 {
        self.frames.last().map_or(0, |f| f.unit)
    }

    /// `exec`, `eval` or `globals` (the builtin `f`) called from code running in `ctx`.
    pub fn call_scoped_builtin(
        &mut self,
        kind: Scoped,
        f: &Value,
        args: Vec<Value>,
        kwargs: Kwargs,
        ctx: &Ctx,
    ) -> PyResult<Value> {
        match kind {
            Scoped::Globals if args.is_empty() && kwargs.is_empty() => Ok(Value::Obj(ctx.globals.clone())),
            // The builtin's own argument check raises.
            Scoped::Globals => self.call(f, args, kwargs),
            Scoped::Exec => self.exec_eval(Mode::Exec, args, kwargs, Some(ctx)),
            Scoped::Eval => self.exec_eval(Mode::Eval, args, kwargs, Some(ctx)),
        }
    }

    fn exec_eval(&mut self, mode: Mode, mut args: Vec<Value>, kwargs: Kwargs, ctx: Option<&Ctx>) -> PyResult<Value> {
        let name = mode.name();
        self.check_exec_eval_args(mode, &args, &kwargs)?;
        args.resize(3, Value::None);
        let locals = args.pop().unwrap_or(Value::None);
        let globals = args.pop().unwrap_or(Value::None);
        let source = args.pop().unwrap_or(Value::None);
        let globals = match &globals {
            Value::None => None,
            Value::Obj(g) if self.as_dict_data(&globals).is_some() => Some(g.clone()),
            other => {
                return match mode {
                    Mode::Exec => {
                        let tn = self.type_name(other);
                        self.type_error(format!("exec() globals must be a dict, not {tn}"))
                    }
                    Mode::Eval if self.is_mapping(other) => {
                        self.type_error("globals must be a real dict; try eval(expr, {}, mapping)")
                    }
                    Mode::Eval => self.type_error("globals must be a dict"),
                };
            }
        };
        if !locals.is_none() && !self.is_mapping(&locals) {
            return match mode {
                Mode::Exec => {
                    let tn = self.type_name(&locals);
                    self.type_error(format!("locals must be a mapping or None, not {tn}"))
                }
                Mode::Eval => self.type_error("locals must be a mapping"),
            };
        }
        let Value::Str(text) = &source else {
            return self.type_error(format!("{name}() arg 1 must be a string, bytes or code object"));
        };
        // Where the code runs: given globals (and locals, else the same), or the caller's.
        let (globals, locals) = match (globals, ctx) {
            (Some(g), _) => {
                let l = if locals.is_none() { Value::Obj(g.clone()) } else { locals };
                (g, l)
            }
            (None, Some(ctx)) => {
                let l = if locals.is_none() { self.frame_locals(ctx)? } else { locals };
                (ctx.globals.clone(), l)
            }
            (None, None) => {
                let g = self.globals.clone();
                let l = if locals.is_none() { Value::Obj(g.clone()) } else { locals };
                (g, l)
            }
        };
        if let Some(d) = globals.dict_data() {
            let missing = d.borrow().get_str("__builtins__").is_none();
            if missing {
                d.borrow_mut().set_str(Rc::from("__builtins__"), Value::Obj(self.builtins.clone()));
            }
        }
        let run_ctx = match &locals {
            Value::Obj(l) if Rc::ptr_eq(l, &globals) => Ctx::module(globals),
            _ => Ctx { class_ns: Some(locals), ..Ctx::module(globals) },
        };
        match mode {
            Mode::Exec => self.run_exec(text, &run_ctx),
            Mode::Eval => self.run_eval(text, &run_ctx),
        }
    }

    /// CPython's argument errors, which differ between the two (Argument Clinic for `exec`).
    fn check_exec_eval_args(&mut self, mode: Mode, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
        match mode {
            Mode::Eval => {
                if !kwargs.is_empty() {
                    return self.type_error("eval() takes no keyword arguments");
                }
                match args.len() {
                    0 => self.type_error("eval expected at least 1 argument, got 0"),
                    n if n > 3 => self.type_error(format!("eval expected at most 3 arguments, got {n}")),
                    _ => Ok(()),
                }
            }
            Mode::Exec => {
                static EXEC: KwSpec =
                    KwSpec { names: &["source", "globals", "locals", "closure"], posonly: 3, minpos: 1, maxpos: 3 };
                super::builtins::unpack_keywords(self, "exec", args.len(), kwargs, &EXEC)?;
                if kwargs.iter().any(|(_, v)| !v.is_none()) {
                    return self.type_error("closure can only be used when source is a code object");
                }
                Ok(())
            }
        }
    }

    /// `PyMapping_Check`: anything with `__getitem__` (a list too).
    fn is_mapping(&self, v: &Value) -> bool {
        self.as_dict_data(v).is_some() || self.lookup_special(&self.type_of(v), "__getitem__").is_some()
    }

    fn run_exec(&mut self, text: &Rc<str>, ctx: &Ctx) -> PyResult<Value> {
        let module = match syntax::parse_module_inheriting(text, self.future_annotations(self.cur_unit())) {
            Ok(m) => m,
            Err(e) => return Err(self.syntax_error_value(&e, true)),
        };
        let unit = self.add_unit(text, module.future_annotations);
        self.in_unit_frame(unit, |it| {
            // The code starts with CPython's `SETUP_ANNOTATIONS` when it annotates a name.
            if syntax::ast::has_annotations(&module.body) {
                let ns = ctx.class_ns.clone().unwrap_or_else(|| Value::Obj(ctx.globals.clone()));
                it.setup_annotations(&ns)?;
            }
            if let Some(doc) = syntax::ast::docstring(&module.body) {
                it.store_name(&Rc::from("__doc__"), Value::Str(doc), ctx)?;
            }
            it.exec_block(&module.body, ctx).map(|_| Value::None)
        })
    }

    fn run_eval(&mut self, text: &Rc<str>, ctx: &Ctx) -> PyResult<Value> {
        // CPython skips leading spaces and tabs of a string to evaluate.
        let text: Rc<str> = Rc::from(text.trim_start_matches([' ', '\t']));
        let expr = match syntax::parse_eval(&text) {
            Ok(e) => e,
            Err(e) => return Err(self.syntax_error_value(&e, false)),
        };
        let unit = self.add_unit(&text, false);
        self.in_unit_frame(unit, |it| it.eval(&expr, ctx))
    }

    /// Whether code of `unit` runs under `from __future__ import annotations`.
    fn future_annotations(&self, unit: u32) -> bool {
        match unit.checked_sub(1) {
            None => self.future_annotations,
            Some(i) => self.units.get(i as usize).is_some_and(|u| u.future_annotations),
        }
    }

    fn add_unit(&mut self, text: &str, future_annotations: bool) -> u32 {
        let filename = match self.units.iter().find(|u| !u.library) {
            Some(u) => u.filename.clone(),
            None => Rc::from("<string>"),
        };
        self.units.push(SourceUnit { filename, lines: LineIndex::new(text), library: false, future_annotations });
        self.units.len() as u32
    }

    /// Runs `text`, a few functions of a module CPython writes in Python that must be Python
    /// functions here too (closures with a function's attributes and repr), in `globals`.
    /// Like CPython's library code, their calls are builtin steps in the trace (the contract
    /// lists only the program's code) and their frames stay out of tracebacks.
    pub fn exec_library(&mut self, text: &str, globals: &super::value::ObjRef) -> PyResult<()> {
        let module = match syntax::parse_module(text) {
            Ok(m) => m,
            Err(e) => return Err(self.syntax_error_value(&e, true)),
        };
        let name = match globals.dict_data().and_then(|d| d.borrow().get_str("__name__").cloned()) {
            Some(Value::Str(n)) => n,
            _ => Rc::from("<library>"),
        };
        let unit = SourceUnit { filename: name, lines: LineIndex::new(text), library: true, future_annotations: false };
        self.units.push(unit);
        let unit = self.units.len() as u32;
        let ctx = Ctx::module(globals.clone());
        self.in_unit_frame(unit, |it| it.exec_block(&module.body, &ctx).map(|_| Value::None)).map(|_| ())
    }

    /// Whether code of `unit` is a module's library code (`exec_library`).
    #[inline]
    pub fn is_library_unit(&self, unit: u32) -> bool {
        unit != 0 && self.units.get(unit as usize - 1).is_some_and(|u| u.library)
    }

    /// Runs `f` in the `<module>` frame of `unit`, one level of the recursion limit. Like the
    /// program's own `<module>`, the frame makes no trace events; the code it calls does.
    /// A unit that made no code objects is dropped after it ran (`eval` in a loop).
    fn in_unit_frame(&mut self, unit: u32, f: impl FnOnce(&mut Self) -> PyResult<Value>) -> PyResult<Value> {
        let codes = self.code_cache.len();
        let r = self.in_unit_frame_inner(unit, f);
        if self.code_cache.len() == codes && self.units.len() == unit as usize {
            self.units.pop();
        }
        r
    }

    fn in_unit_frame_inner(&mut self, unit: u32, f: impl FnOnce(&mut Self) -> PyResult<Value>) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() {
            return self.err("RecursionError", "maximum recursion depth exceeded");
        }
        self.depth += 1;
        self.frame_serial += 1;
        self.frames.push(FrameInfo {
            name: Rc::from("<module>"),
            offset: Cell::new(0),
            end: Cell::new(0),
            serial: self.frame_serial,
            unit,
            function: false,
        });
        let r = f(self);
        if let Some(e) = super::exc_of(&r) {
            self.add_traceback(e);
        }
        self.frames.pop();
        self.depth -= 1;
        match r {
            // `return`/`yield` cannot get here: the parser refuses them outside functions.
            Err(e) if e.is_yield() => Ok(Value::None),
            r => r,
        }
    }

    /// The `SyntaxError` (or `IndentationError`) object for a parse failure in `<string>`:
    /// CPython's `text` ends with the newline its "exec" mode adds, "eval" mode's does not.
    fn syntax_error_value(&mut self, e: &syntax::SyntaxError, exec: bool) -> Unwind {
        let cls = self.t.exc(e.kind.name());
        let text = if exec { format!("{}\n", e.text) } else { e.text.clone() };
        // An error at the end of a line (its newline token) has no width.
        let end_col = if exec && e.col as usize > e.text.chars().count() { e.col } else { e.end_col };
        let location = self.tuple(vec![
            Value::str("<string>"),
            Value::int(e.line as i64),
            Value::int(e.col as i64),
            Value::str(&text),
            Value::int(e.end_line as i64),
            Value::int(end_col as i64),
        ]);
        let args = vec![Value::str(&e.msg), location];
        let args_tuple = self.tuple(args.clone());
        let exc = self.new_exc_obj(&cls, args_tuple);
        self.fill_exc_members(&exc, &args);
        Unwind::exception(exc)
    }
}

/// `exec(source, globals=None, locals=None)` reached without its caller's scope.
pub(super) fn b_exec(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    it.exec_eval(Mode::Exec, args, kwargs, None)
}

/// `eval(source, globals=None, locals=None)` reached without its caller's scope.
pub(super) fn b_eval(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    it.exec_eval(Mode::Eval, args, kwargs, None)
}
