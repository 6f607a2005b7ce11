//! The report of an uncaught exception, as CPython's `PyErr_Display` prints it: the chain
//! cause (or context) first, each exception once, and exception groups in their box (PEP 654):
//! every line of a nested exception starts with its indent and `| `, the members are headed
//! `+-+---------------- 1 ----------------` and the last one closed by a
//! `+------------------------------------` line (`print_exception_group`).

use super::interp::{Interp, TbEntry};
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
    /// The `traceback` module's rendering (`TracebackException.format`) instead of the
    /// interpreter's: see `caret_line`, and the group margin on every line it writes.
    pub module: bool,
    /// `limit=`: the first `n` frames of each traceback, or the last `-n`.
    pub limit: Option<i64>,
    /// `chain=False`: no cause or context.
    pub no_chain: bool,
    /// A stack (`extract_stack`) has line numbers only, so no carets.
    pub no_carets: bool,
    /// CPython's unraisable hook writes the type and message itself, without the
    /// "Did you mean" that its `excepthook` and the `traceback` module add.
    pub no_suggestion: bool,
    /// Spans of `out` that the module yields as one string (a frame, a chain message, an
    /// exception line); everything else is one string per line.
    pub blocks: Vec<(usize, usize)>,
    /// The traceback to show for one exception instead of its own (`tb=`): its identity and
    /// entries, innermost first.
    pub tb_override: Option<(usize, Vec<TbEntry>)>,
}

impl PrintCtx {
    /// The `traceback` module's rendering.
    pub(super) fn for_module() -> PrintCtx {
        PrintCtx { module: true, ..Default::default() }
    }

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

pub(super) fn ident(o: &ObjRef) -> usize {
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
        if let (Payload::Exception(data), true) = (&exc.payload, ctx.level < 500 && !ctx.no_chain) {
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
        let start = out.len();
        out.push_str(&format!("{m}\n{m}{message}\n{m}\n"));
        ctx.blocks.push((start, out.len()));
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
    /// behind the margin (in the interpreter's report a multi-line message continues without
    /// it, as in CPython).
    fn format_one(&mut self, exc: &ObjRef, out: &mut String, line: &mut Option<u32>, ctx: &mut PrintCtx, group: bool) {
        let m = ctx.margin();
        if let Payload::Exception(data) = &exc.payload {
            let own = data.traceback.borrow().clone();
            let entries = match ctx.tb_override.take() {
                Some((id, tb)) if id == ident(exc) => tb,
                other => {
                    ctx.tb_override = other;
                    own
                }
            };
            let shown = limited(&entries, ctx.limit);
            if !shown.is_empty() {
                if group {
                    let header_margin = if ctx.depth == 1 { format!("{}+ ", ctx.indent()) } else { m.clone() };
                    out.push_str(&format!("{header_margin}Exception Group Traceback (most recent call last):\n"));
                } else {
                    out.push_str(&format!("{m}Traceback (most recent call last):\n"));
                }
            }
            self.format_frames(&shown, out, ctx);
            *line = entries.first().map(|e| e.line);
        }
        self.format_exception_only(exc, out, ctx);
    }

    /// The exception's own lines (a syntax error's location, the type and message, with a
    /// suggestion) and its notes.
    pub(super) fn format_exception_only(&mut self, exc: &ObjRef, out: &mut String, ctx: &mut PrintCtx) {
        let m = ctx.margin();
        let type_name = self.exc_type_name(exc);
        let report = if ctx.module { self.module_syntax_error(exc) } else { self.syntax_error_report(exc) };
        let mut msg = match report {
            Some((location, msg)) => {
                for l in location.split_inclusive('\n') {
                    out.push_str(&m);
                    out.push_str(l);
                }
                msg.to_string()
            }
            None => self.exc_str(exc),
        };
        if let (Payload::Exception(d), false) = (&exc.payload, ctx.no_suggestion) {
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
        let start = out.len();
        let text = if msg.is_empty() { format!("{type_name}\n") } else { format!("{type_name}: {msg}\n") };
        if ctx.module {
            for l in text.split_inclusive('\n') {
                out.push_str(&m);
                out.push_str(l);
            }
        } else {
            out.push_str(&m);
            out.push_str(&text);
        }
        ctx.blocks.push((start, out.len()));
        self.format_exc_notes(exc, out, &m);
    }

    /// Frames, outermost first, with CPython's cut-off for a line repeated more than three
    /// times (`StackSummary.format`); each frame is one block.
    pub(super) fn format_frames(&mut self, entries: &[&TbEntry], out: &mut String, ctx: &mut PrintCtx) {
        let m = ctx.margin();
        // The module writes the repeat count behind the margin, the interpreter without.
        let repeat_margin = if ctx.module { m.as_str() } else { "" };
        let mut last: Option<(u32, u32, &Rc<str>)> = None;
        let mut repeats = 0;
        for entry in entries {
            if last == Some((entry.unit, entry.line, &entry.name)) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats, repeat_margin);
                repeats = 0;
            }
            last = Some((entry.unit, entry.line, &entry.name));
            let start = out.len();
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
                // CPython strips the indentation only; the module strips both ends.
                let t = if ctx.module { text.trim() } else { text.trim_start() };
                if !t.is_empty() {
                    out.push_str(&format!("{m}    {t}\n"));
                    let line_start = self.lines.line_start(entry.line);
                    let carets =
                        super::carets::caret_line(&self.source, line_start, entry.start, entry.end, ctx.module);
                    if let (Some(c), false) = (carets, ctx.no_carets) {
                        out.push_str(&m);
                        out.push_str(&c);
                    }
                }
            }
            ctx.blocks.push((start, out.len()));
        }
        flush_repeats(out, repeats, repeat_margin);
    }
}

/// The entries a `limit` keeps, outermost first (`entries` is innermost first).
pub(super) fn limited(entries: &[TbEntry], limit: Option<i64>) -> Vec<&TbEntry> {
    let outer_first = entries.iter().rev();
    match limit {
        None => outer_first.collect(),
        Some(n) if n >= 0 => outer_first.take(n as usize).collect(),
        Some(n) => outer_first.skip(entries.len().saturating_sub(n.unsigned_abs() as usize)).collect(),
    }
}

fn flush_repeats(out: &mut String, repeats: usize, margin: &str) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!("{margin}  [Previous line repeated {n} more time{s}]\n"));
    }
}
