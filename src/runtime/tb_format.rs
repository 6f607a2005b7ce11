//! The report of an uncaught exception, as CPython's `PyErr_Display` prints it: the chain
//! cause (or context) first, each exception once, and exception groups in their box (PEP 654):
//! every line of a nested exception starts with its indent and `| `, the members are headed
//! `+-+---------------- 1 ----------------` and the last one closed by a
//! `+------------------------------------` line (`print_exception_group`).

use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use std::rc::Rc;

/// CPython's `max_group_width` and `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `exception_print_context`, with how deep the printing recursed (a cap that only
/// guards the native stack).
#[derive(Default)]
pub(super) struct PrintCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    level: usize,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// What starts each line of an exception inside a group (`write_indented_margin`).
    fn margin(&self) -> String {
        if self.depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }
}

fn ident(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

impl Interp {
    /// `print_exception_recursive`: the chain, then the exception (or group). `line` gets the
    /// line the exception was raised on.
    pub(super) fn format_exception_chain(
        &mut self,
        exc: &ObjRef,
        out: &mut String,
        line: &mut Option<u32>,
        ctx: &mut PrintCtx,
    ) {
        ctx.seen.push(ident(exc));
        if let (Payload::Exception(data), true) = (&exc.payload, ctx.level < 500) {
            let cause = data.cause.borrow().clone();
            let context = data.context.borrow().clone();
            let unseen = |v: &Value, ctx: &PrintCtx| matches!(v, Value::Obj(c) if !ctx.seen.contains(&ident(c)));
            if let Value::Obj(c) = &cause {
                if unseen(&cause, ctx) {
                    self.format_chained(
                        c,
                        out,
                        "The above exception was the direct cause of the following exception:",
                        ctx,
                    );
                }
            } else if let (Value::Obj(c), false) = (&context, data.suppress_context.get()) {
                if unseen(&context, ctx) {
                    self.format_chained(
                        c,
                        out,
                        "During handling of the above exception, another exception occurred:",
                        ctx,
                    );
                }
            }
        }
        match self.group_excs(exc) {
            Some(excs) => self.format_group(exc, &excs, out, line, ctx),
            None => self.format_one(exc, out, line, ctx, false),
        }
    }

    /// `print_chained`: a cause or context, then the sentence linking it to what follows.
    fn format_chained(&mut self, c: &ObjRef, out: &mut String, message: &str, ctx: &mut PrintCtx) {
        let need_close = ctx.need_close;
        ctx.level += 1;
        self.format_exception_chain(c, out, &mut None, ctx);
        ctx.level -= 1;
        ctx.need_close = need_close;
        let m = ctx.margin();
        out.push_str(&format!("{m}\n{m}{message}\n{m}\n"));
    }

    /// `print_exception_group`: the group itself, then each member in its numbered box.
    fn format_group(
        &mut self,
        exc: &ObjRef,
        excs: &[Value],
        out: &mut String,
        line: &mut Option<u32>,
        ctx: &mut PrintCtx,
    ) {
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&format!("{}... (max_group_depth is {MAX_GROUP_DEPTH})\n", ctx.margin()));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        self.format_one(exc, out, line, ctx, true);
        let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for (i, e) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            let title = if i < MAX_GROUP_WIDTH { (i + 1).to_string() } else { "...".into() };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", ctx.indent()));
            ctx.depth += 1;
            match e {
                Value::Obj(e) if i < MAX_GROUP_WIDTH => {
                    if ctx.level < 500 {
                        ctx.level += 1;
                        self.format_exception_chain(e, out, &mut None, ctx);
                        ctx.level -= 1;
                    }
                }
                _ => {
                    let more = excs.len() - MAX_GROUP_WIDTH;
                    let s = if more > 1 { "s" } else { "" };
                    out.push_str(&format!("{}and {more} more exception{s}\n", ctx.margin()));
                }
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }

    /// `print_exception`: the traceback, the exception's line and its notes, each line
    /// behind the margin (a multi-line message continues without it, as in CPython).
    fn format_one(&mut self, exc: &ObjRef, out: &mut String, line: &mut Option<u32>, ctx: &PrintCtx, group: bool) {
        let m = ctx.margin();
        if let Payload::Exception(data) = &exc.payload {
            let entries = data.traceback.borrow().clone();
            if !entries.is_empty() {
                if group {
                    let header_margin = if ctx.depth == 1 { format!("{}+ ", ctx.indent()) } else { m.clone() };
                    out.push_str(&format!("{header_margin}Exception Group Traceback (most recent call last):\n"));
                } else {
                    out.push_str(&format!("{m}Traceback (most recent call last):\n"));
                }
            }
            let mut last: Option<(u32, &Rc<str>)> = None;
            let mut repeats = 0;
            for entry in entries.iter().rev() {
                if last == Some((entry.line, &entry.name)) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeats);
                    repeats = 0;
                }
                last = Some((entry.line, &entry.name));
                // Tracebacks show co_name (the last part of the qualified name).
                let name = entry.name.rsplit('.').next().unwrap_or(&entry.name);
                let filename = if entry.unit == 0 { &self.filename } else { self.unit_filename(entry.unit) };
                out.push_str(&format!("{m}  File \"{}\", line {}, in {}\n", filename, entry.line, name));
                let source = if self.shutting_down || entry.unit != 0 {
                    None
                } else {
                    self.source.lines().nth(entry.line.saturating_sub(1) as usize)
                };
                if let Some(text) = source {
                    // CPython strips the indentation only.
                    let t = text.trim_start();
                    if !t.is_empty() {
                        out.push_str(&format!("{m}    {t}\n"));
                        let line_start = self.lines.line_start(entry.line);
                        if let Some(c) = super::carets::caret_line(&self.source, line_start, entry.start, entry.end) {
                            out.push_str(&m);
                            out.push_str(&c);
                        }
                    }
                }
            }
            flush_repeats(out, repeats);
            *line = entries.first().map(|e| e.line);
        }
        let type_name = self.exc_type_name(exc);
        let mut msg = match self.syntax_error_report(exc) {
            Some((location, msg)) => {
                for l in location.split_inclusive('\n') {
                    out.push_str(&m);
                    out.push_str(l);
                }
                msg.to_string()
            }
            None => self.exc_str(exc),
        };
        if let Payload::Exception(d) = &exc.payload {
            if let Some((obj, name)) = self.attribute_error_target(d) {
                // `dir(obj)`, as CPython's `_Py_Offer_Suggestions`: it may run the object's
                // `__dir__` or attribute hooks; if it fails, nothing is suggested.
                let cands = super::builtins::dir_names(self, &obj);
                *d.suggestion.borrow_mut() = super::suggest::suggest(&name, &cands);
            }
            if let Some(s) = d.suggestion.borrow().as_ref() {
                msg.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        if msg.is_empty() {
            out.push_str(&format!("{m}{type_name}\n"));
        } else {
            out.push_str(&format!("{m}{type_name}: {msg}\n"));
        }
        self.format_exc_notes(exc, out, &m);
    }
}

/// CPython writes this line without the group's margin.
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}
