//! `sys.stdout` and `sys.stderr`, and where `print(..., file=f)` writes. The two streams are
//! objects of a builtin class `TextIOWrapper` whose `write` appends to the run's stdout or
//! stderr (`RunResult::stdout`/`stderr`); any other `file` (or a `sys.stdout` the program
//! replaced) gets its own `write` method called once per piece, as CPython's `print` does.

use super::builtins::{arity, no_kwargs};
use super::function::arg;
use super::function::{BuiltinKind, Kwargs};
use super::interp::Interp;
use super::value::{Layout, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// Output past this size raises MemoryError instead of exhausting the machine.
const OUTPUT_LIMIT: usize = 64 << 20;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Interp {
    /// `(sys.stdout, sys.stderr)`, made on first use.
    pub(super) fn std_streams(&mut self) -> (ObjRef, ObjRef) {
        if let Some(s) = &self.streams {
            return s.clone();
        }
        let t = &self.t;
        let (type_, dict, object) = (t.type_.clone(), t.dict.clone(), t.object.clone());
        let cls = super::types::make_class(
            &mut self.heap,
            Some(&type_),
            Some(&dict),
            "TextIOWrapper",
            &[object],
            Layout::Object,
        );
        let methods: [(&str, super::function::NativeFn); 2] = [("write", stream_write), ("flush", stream_flush)];
        for (name, f) in methods {
            let m = self.builtin_fn(name, &format!("TextIOWrapper.{name}"), f, BuiltinKind::Method);
            if let Some(d) = cls.dict.as_ref().and_then(|d| d.dict_data()) {
                d.borrow_mut().set_str(Rc::from(name), m);
            }
        }
        let out = self.heap.alloc(Some(cls.clone()), None, Payload::Instance);
        let err = self.heap.alloc(Some(cls), None, Payload::Instance);
        self.streams = Some((out.clone(), err.clone()));
        (out, err)
    }

    /// Which of the run's streams `v` is, if it is one.
    pub fn stream_of(&self, v: &Value) -> Option<Stream> {
        let (out, err) = self.streams.as_ref()?;
        match v {
            Value::Obj(o) if Rc::ptr_eq(o, out) => Some(Stream::Stdout),
            Value::Obj(o) if Rc::ptr_eq(o, err) => Some(Stream::Stderr),
            _ => None,
        }
    }

    /// `sys.stdout` or `sys.stderr` when the program replaced it (`sys.stdout = f`,
    /// `contextlib.redirect_stdout`): `print`, `input` and `traceback` write there then.
    /// `Ok(None)` while it is still the run's own stream; `Err(())` when the program deleted
    /// it (CPython's "lost sys.stdout").
    pub(super) fn replaced_stream(&self, stream: Stream) -> Result<Option<Value>, ()> {
        let Some(sys) = self.modules.get("sys") else { return Ok(None) };
        let name = match stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        };
        let Some(d) = sys.dict.as_ref().and_then(|d| d.dict_data()) else { return Ok(None) };
        let v = d.borrow().get_str(name).cloned().ok_or(())?;
        Ok((self.stream_of(&v) != Some(stream)).then_some(v))
    }

    /// Writes one of CPython's own reports (an unraisable exception, an exit-time finalizer's
    /// error) where its hooks write: `sys.stderr` as the program left it, flushed after. A
    /// `None` or deleted `sys.stderr` drops the report; `Err` is what the replacement raised.
    /// (CPython writes the report in pieces, one `write` each; here it is one `write`.)
    pub(super) fn write_report(&mut self, text: &str) -> Result<(), ObjRef> {
        let file = match self.replaced_stream(Stream::Stderr) {
            Ok(None) => {
                // Past the output limit the report is dropped, as the program goes on anyway.
                let _ = self.write_stream(Stream::Stderr, text);
                return Ok(());
            }
            Ok(Some(f)) if !f.is_none() => f,
            _ => return Ok(()),
        };
        let call = super::weak_collections::call_method;
        let written = call(self, &file, "write", vec![Value::str(text)]);
        super::exc_owned(written.and_then(|_| call(self, &file, "flush", vec![]))).map_or(Ok(()), Err)
    }

    /// Appends `text` to the run's stdout or stderr.
    pub fn write_stream(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        let buf = match stream {
            Stream::Stdout => &mut self.out,
            Stream::Stderr => &mut self.err,
        };
        if buf.len() + text.len() > OUTPUT_LIMIT {
            return self.err("MemoryError", "output limit exceeded");
        }
        buf.push_str(text);
        if let Some(f) = self.on_output {
            f(stream, text);
        }
        Ok(())
    }

    /// `print(*args, sep=sep, end=end, file=file)` for a `file` that is not one of the run's
    /// streams: `file.write` gets each argument's `str`, the separators and the end, one call
    /// each, in CPython's order.
    pub fn print_to_file(&mut self, file: &Value, args: &[Value], sep: &Rc<str>, end: &Rc<str>) -> PyResult<()> {
        let write_name: Rc<str> = Rc::from("write");
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                let write = self.getattr(file, &write_name)?;
                self.call(&write, vec![Value::Str(sep.clone())], vec![])?;
            }
            let write = self.getattr(file, &write_name)?;
            let s = self.str_of(a)?;
            self.call(&write, vec![Value::Str(s)], vec![])?;
        }
        let write = self.getattr(file, &write_name)?;
        self.call(&write, vec![Value::Str(end.clone())], vec![])?;
        Ok(())
    }
}

fn stream_arg(it: &mut Interp, name: &str, args: &[Value]) -> PyResult<Stream> {
    match args.first().and_then(|s| it.stream_of(s)) {
        Some(s) => Ok(s),
        None => it.type_error(format!("descriptor '{name}' requires a '_io.TextIOWrapper' object")),
    }
}

/// `stream.write(s)`: appends `s` and returns its length in characters.
fn stream_write(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "TextIOWrapper.write", &kwargs)?;
    let stream = stream_arg(it, "write", &args)?;
    arity(it, "write", &args[1..], 1, 1)?;
    match arg(&args, 1) {
        Value::Str(s) => {
            it.write_stream(stream, s)?;
            Ok(Value::int(s.chars().count() as i64))
        }
        other => {
            let tn = it.type_name(other);
            it.type_error(format!("write() argument must be str, not {tn}"))
        }
    }
}

fn stream_flush(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(it, "TextIOWrapper.flush", &kwargs)?;
    stream_arg(it, "flush", &args)?;
    arity(it, "flush", &args[1..], 0, 0)?;
    Ok(Value::None)
}

/// `repr(sys.stdout)` (`Interp::native_repr`).
pub fn stream_repr(stream: Stream) -> &'static str {
    match stream {
        Stream::Stdout => "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>",
        Stream::Stderr => "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>",
    }
}
