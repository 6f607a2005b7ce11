//! The `traceback` module: printing and formatting exceptions, tracebacks and the current
//! stack as `Lib/traceback.py` does, on the interpreter's own renderer (`tb_format`) in the
//! module's variant. The module differs from the interpreter's report in small ways CPython
//! 3.11 has: a source line loses its trailing blanks (and the carets shift left by as many),
//! a message or the repeat count inside an exception group gets the margin on every line, and
//! a `SyntaxError` is laid out by `_format_syntax_error`. `format_*` return the strings
//! `TracebackException.format` yields: one per frame, per chain message, per exception line.
//!
//! Not modelled: `extract_*`, `FrameSummary`, `StackSummary`, `TracebackException`, frames
//! other than the current stack (`f=`), and `sys.tracebacklimit`.

use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::{Interp, TbEntry};
use super::native_class::bind;
use super::tb_format::{ident, PrintCtx};
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

pub fn module_entries(it: &mut Interp) -> Vec<(&'static str, Value)> {
    let fns: [(&'static str, NativeFn); 9] = [
        ("print_exc", print_exc),
        ("format_exc", format_exc),
        ("print_exception", print_exception),
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
        ("print_tb", print_tb),
        ("format_tb", format_tb),
        ("print_stack", print_stack),
        ("format_stack", format_stack),
    ];
    fns.into_iter().map(|(name, f)| (name, it.builtin_fn(name, name, f, BuiltinKind::Function))).collect()
}

/// `print_exc(limit=None, file=None, chain=True)`: the exception being handled.
fn print_exc(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [limit, file, chain] = bind::<3>(it, "print_exc", &["limit", "file", "chain"], 0, &[], args, kwargs)?;
    let value = handled(it);
    let chunks = render(it, &value, None, limit, chain)?;
    emit(it, chunks, file)
}

/// `format_exc(limit=None, chain=True)`: what `print_exc` prints, as one string.
fn format_exc(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [limit, chain] = bind::<2>(it, "format_exc", &["limit", "chain"], 0, &[], args, kwargs)?;
    let value = handled(it);
    let chunks = render(it, &value, None, limit, chain)?;
    Ok(Value::str(&chunks.concat()))
}

/// `print_exception(exc, /, value=, tb=, limit=None, file=None, chain=True)`.
fn print_exception(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_only(it, "print_exception", &kwargs)?;
    let params = ["exc", "value", "tb", "limit", "file", "chain"];
    let [exc, value, tb, limit, file, chain] = bind::<6>(it, "print_exception", &params, 1, &[], args, kwargs)?;
    let (value, tb) = value_and_tb(it, exc, value, tb)?;
    let chunks = render(it, &value, tb, limit, chain)?;
    emit(it, chunks, file)
}

/// `format_exception(exc, /, value=, tb=, limit=None, chain=True)`: a list of strings.
fn format_exception(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_only(it, "format_exception", &kwargs)?;
    let params = ["exc", "value", "tb", "limit", "chain"];
    let [exc, value, tb, limit, chain] = bind::<5>(it, "format_exception", &params, 1, &[], args, kwargs)?;
    let (value, tb) = value_and_tb(it, exc, value, tb)?;
    let chunks = render(it, &value, tb, limit, chain)?;
    Ok(string_list(it, chunks))
}

/// `format_exception_only(exc, /, value=)`: the exception's own lines and notes, no
/// traceback, no chain, no group members.
fn format_exception_only(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    positional_only(it, "format_exception_only", &kwargs)?;
    let [exc, value] = bind::<2>(it, "format_exception_only", &["exc", "value"], 1, &[], args, kwargs)?;
    let value = value.or(exc).unwrap_or(Value::None);
    let chunks = match exception_of(it, &value)? {
        Ok(exc) => {
            let mut ctx = PrintCtx::for_module();
            let mut out = String::new();
            it.format_exception_only(&exc, &mut out, &mut ctx);
            chunks(&out, &ctx.blocks)
        }
        Err(line) => vec![line],
    };
    Ok(string_list(it, chunks))
}

/// `print_tb(tb, limit=None, file=None)`: the frames of a traceback object.
fn print_tb(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tb, limit, file] = bind::<3>(it, "print_tb", &["tb", "limit", "file"], 1, &[], args, kwargs)?;
    let chunks = tb_frames(it, tb, limit)?;
    emit(it, chunks, file)
}

/// `format_tb(tb, limit=None)`.
fn format_tb(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [tb, limit] = bind::<2>(it, "format_tb", &["tb", "limit"], 1, &[], args, kwargs)?;
    let chunks = tb_frames(it, tb, limit)?;
    Ok(string_list(it, chunks))
}

/// `print_stack(f=None, limit=None, file=None)`: the calls that led here, outermost first.
fn print_stack(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [f, limit, file] = bind::<3>(it, "print_stack", &["f", "limit", "file"], 0, &[], args, kwargs)?;
    let chunks = stack_frames(it, "print_stack", f, limit)?;
    emit(it, chunks, file)
}

/// `format_stack(f=None, limit=None)`.
fn format_stack(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [f, limit] = bind::<2>(it, "format_stack", &["f", "limit"], 0, &[], args, kwargs)?;
    let chunks = stack_frames(it, "format_stack", f, limit)?;
    Ok(string_list(it, chunks))
}

fn handled(it: &Interp) -> Value {
    it.handling.last().cloned().map_or(Value::None, Value::Obj)
}

fn truthy(it: &mut Interp, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => it.truthy(&v),
    }
}

/// `limit=`: None, or an int (`islice` and `deque(maxlen=)` refuse anything else).
fn limit_arg(it: &mut Interp, limit: Option<Value>) -> PyResult<Option<i64>> {
    match limit {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n, _)) => Ok(Some(n)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(b))),
        Some(other) => {
            let tn = it.type_name(&other);
            it.type_error(format!("'<' not supported between instances of '{tn}' and 'int'"))
        }
    }
}

fn positional_only(it: &mut Interp, func: &str, kwargs: &Kwargs) -> PyResult<()> {
    if kwargs.iter().any(|(k, _)| &**k == "exc") {
        return it
            .type_error(format!("{func}() got some positional-only arguments passed as keyword arguments: 'exc'"));
    }
    Ok(())
}

/// `_parse_value_tb`: `exc` alone stands for itself and its traceback; `value` and `tb`
/// come together. The traceback is `None` when it is the exception's own.
fn value_and_tb(
    it: &mut Interp,
    exc: Option<Value>,
    value: Option<Value>,
    tb: Option<Value>,
) -> PyResult<(Value, Option<Vec<TbEntry>>)> {
    let exc = exc.unwrap_or(Value::None);
    match (value, tb) {
        (None, None) => match &exc {
            Value::None => Ok((Value::None, None)),
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok((exc, None)),
            other => {
                let tn = it.type_name(other);
                it.type_error(format!("Exception expected for value, {tn} found"))
            }
        },
        (Some(value), Some(tb)) => {
            let entries = tb_entries(it, &tb)?;
            Ok((value, Some(entries)))
        }
        _ => it.value_error("Both or neither of value and tb must be given"),
    }
}

/// The entries of a traceback object (or `None`), innermost first.
fn tb_entries(it: &mut Interp, tb: &Value) -> PyResult<Vec<TbEntry>> {
    match tb {
        Value::None => Ok(Vec::new()),
        Value::Obj(o) if matches!(o.payload, Payload::Traceback(_)) => Ok(super::traceback_objects::chain_entries(o)),
        other => {
            let tn = it.type_name(other);
            it.attr_error(format!("'{tn}' object has no attribute 'tb_frame'"))
        }
    }
}

/// The exception `value` is, or the one line `TracebackException` makes of anything else
/// (`None` is "NoneType: None", as `print_exc()` outside a handler prints).
fn exception_of(it: &mut Interp, value: &Value) -> PyResult<Result<ObjRef, String>> {
    match value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(Ok(o.clone())),
        Value::None => Ok(Err("NoneType: None\n".into())),
        other => {
            it.getattr(other, &Rc::from("__suppress_context__"))?;
            let tn = it.type_name(other);
            let s = it.str_of(other).map_or_else(|_| "<exception str() failed>".into(), |s| s.to_string());
            Ok(Err(format!("{tn}: {s}\n")))
        }
    }
}

/// What `TracebackException(type(value), value, tb, limit=limit).format(chain=chain)` yields.
fn render(
    it: &mut Interp,
    value: &Value,
    tb: Option<Vec<TbEntry>>,
    limit: Option<Value>,
    chain: Option<Value>,
) -> PyResult<Vec<String>> {
    let (limit, chain) = (limit_arg(it, limit)?, truthy(it, chain)?);
    let exc = match exception_of(it, value)? {
        Ok(exc) => exc,
        Err(line) => return Ok(vec![line]),
    };
    let mut ctx = PrintCtx::for_module();
    ctx.limit = limit;
    ctx.no_chain = !chain;
    ctx.tb_override = tb.map(|t| (ident(&exc), t));
    let mut out = String::new();
    it.format_exception_chain(&exc, &mut out, &mut None, &mut ctx);
    Ok(chunks(&out, &ctx.blocks))
}

fn tb_frames(it: &mut Interp, tb: Option<Value>, limit: Option<Value>) -> PyResult<Vec<String>> {
    let entries = tb_entries(it, &tb.unwrap_or(Value::None))?;
    let keep = super::tb_format::limited(&entries, limit_arg(it, limit)?);
    Ok(frame_chunks(it, &keep, false))
}

fn stack_frames(it: &mut Interp, func: &str, f: Option<Value>, limit: Option<Value>) -> PyResult<Vec<String>> {
    if !matches!(f, None | Some(Value::None)) {
        return it.type_error(format!("metalab does not model frame objects: {func}() shows the current stack only"));
    }
    let limit = limit_arg(it, limit)?;
    let mut entries: Vec<TbEntry> =
        it.frames.iter().filter(|f| !it.is_library_unit(f.unit)).map(|f| it.tb_entry(f)).collect();
    // Walked from the innermost frame: a limit keeps the innermost `n`, a negative one the
    // outermost.
    let n = entries.len();
    match limit {
        Some(l) if l >= 0 => drop(entries.drain(..n.saturating_sub(l as usize))),
        Some(l) => entries.truncate(l.unsigned_abs() as usize),
        None => {}
    }
    let keep: Vec<&TbEntry> = entries.iter().collect();
    Ok(frame_chunks(it, &keep, true))
}

fn frame_chunks(it: &mut Interp, entries: &[&TbEntry], no_carets: bool) -> Vec<String> {
    let mut ctx = PrintCtx::for_module();
    ctx.no_carets = no_carets;
    let mut out = String::new();
    it.format_frames(entries, &mut out, &mut ctx);
    chunks(&out, &ctx.blocks)
}

/// Splits the rendered text into the strings the module yields: each block whole, the
/// rest line by line.
fn chunks(out: &str, blocks: &[(usize, usize)]) -> Vec<String> {
    let mut res = Vec::new();
    let mut pos = 0;
    let mut blocks = blocks.iter().filter(|(s, e)| e > s).peekable();
    while pos < out.len() {
        if let Some(&&(s, e)) = blocks.peek() {
            if s <= pos {
                blocks.next();
                if e > pos {
                    res.push(out[pos..e].to_string());
                    pos = e;
                }
                continue;
            }
        }
        let next_block = blocks.peek().map_or(out.len(), |b| b.0);
        let end = out[pos..].find('\n').map_or(out.len(), |i| pos + i + 1).min(next_block);
        res.push(out[pos..end].to_string());
        pos = end;
    }
    res
}

fn string_list(it: &mut Interp, chunks: Vec<String>) -> Value {
    let items = chunks.iter().map(|c| Value::str(c)).collect();
    it.list(items)
}

/// Writes the strings as `print(s, file=file, end="")` does each.
fn emit(it: &mut Interp, chunks: Vec<String>, file: Option<Value>) -> PyResult<Value> {
    let file =
        file.filter(|f| !f.is_none()).or_else(|| it.replaced_stream(super::streams::Stream::Stderr).ok().flatten());
    if matches!(file, Some(Value::None)) {
        return Ok(Value::None);
    }
    let stream = match &file {
        None => Some(super::streams::Stream::Stderr),
        Some(f) => it.stream_of(f),
    };
    match (stream, file) {
        (Some(stream), _) => it.write_stream(stream, &chunks.concat())?,
        (None, Some(f)) => {
            let (sep, end): (Rc<str>, Rc<str>) = (Rc::from(" "), Rc::from(""));
            for c in chunks {
                it.print_to_file(&f, &[Value::str(&c)], &sep, &end)?;
            }
        }
        (None, None) => {}
    }
    Ok(Value::None)
}

impl Interp {
    /// `TracebackException._format_syntax_error`: the location lines and the message, which
    /// carries the file name when there is no line number.
    pub(super) fn module_syntax_error(&mut self, exc: &ObjRef) -> Option<(String, Rc<str>)> {
        let Payload::Exception(e) = &exc.payload else { return None };
        if !self.is_syntax_error(exc) {
            return None;
        }
        let get = |name| super::exc_members::member(e, name).unwrap_or(Value::None);
        let (filename, lineno, text) = (get("filename"), get("lineno"), get("text"));
        let mut out = String::new();
        let mut suffix = String::new();
        if !lineno.is_none() {
            let shown = if self.truthy(&filename).unwrap_or(true) {
                self.str_of(&filename).map_or_else(|_| "<string>".into(), |s| s.to_string())
            } else {
                "<string>".into()
            };
            let line = self.str_of(&lineno).ok()?;
            out.push_str(&format!("  File \"{shown}\", line {line}\n"));
        } else if !filename.is_none() {
            suffix = format!(" ({})", self.str_of(&filename).ok()?);
        }
        if let Value::Str(text) = &text {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(&format!("    {ltext}\n"));
            if let Value::Int(offset, _) = get("offset") {
                let end = match get("end_offset") {
                    Value::Int(n, _) if n != 0 => n,
                    _ => offset,
                };
                let end = if end == offset || end == -1 { offset + 1 } else { end };
                let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
                if col >= 0 {
                    let space: String =
                        ltext.chars().take(col as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
                    let carets = "^".repeat(end_col.saturating_sub(col).max(0) as usize);
                    out.push_str(&format!("    {space}{carets}\n"));
                }
            }
        }
        let msg = match get("msg") {
            Value::None => Rc::from("<no detail available>"),
            m => match self.str_of(&m) {
                Ok(s) if s.is_empty() => Rc::from("<no detail available>"),
                Ok(s) => s,
                Err(_) => return None,
            },
        };
        Some((out, Rc::from(format!("{msg}{suffix}"))))
    }
}
