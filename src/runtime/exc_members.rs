//! The fields some builtin exceptions carry beside `args` (CPython's C struct members):
//! `StopIteration.value`, `SystemExit.code`, `ImportError.msg/name/path`, `NameError.name`,
//! `AttributeError.name/obj`, `OSError.errno/strerror/filename/filename2`.
//!
//! They are set by the class's `__init__`, not derived from `args` on each read: a subclass
//! whose `__init__` skips `super().__init__()` has them all `None`, and changing `args` later
//! leaves them alone, as in CPython. A member never set reads as `None` but is "unset" (C's
//! NULL): that is how an AttributeError knows it still needs its `name` and `obj`.

use super::function::arg;
use super::function::Kwargs;
use super::interp::Interp;
use super::value::{ExcData, ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use std::rc::Rc;

/// The member layouts: the builtin class that defines them, its members, and the keywords its
/// `__init__` accepts.
struct Layout {
    class: &'static str,
    members: &'static [&'static str],
    keywords: &'static [&'static str],
}

const LAYOUTS: &[Layout] = &[
    Layout { class: "StopIteration", members: &["value"], keywords: &[] },
    Layout { class: "SystemExit", members: &["code"], keywords: &[] },
    Layout { class: "ImportError", members: &["msg", "name", "path"], keywords: &["name", "path"] },
    Layout { class: "NameError", members: &["name"], keywords: &["name"] },
    Layout { class: "AttributeError", members: &["name", "obj"], keywords: &["name", "obj"] },
    Layout { class: "OSError", members: &["errno", "strerror", "filename", "filename2"], keywords: &[] },
    Layout { class: "SyntaxError", members: SYNTAX_ERROR_MEMBERS, keywords: &[] },
    Layout { class: "BaseExceptionGroup", members: &["message", "exceptions"], keywords: &[] },
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`'s members,
/// the location ones in the tuple's order.
const SYNTAX_ERROR_MEMBERS: &[&str] =
    &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];

/// Linux's errno values that make `OSError(errno, ...)` build a subclass (CPython's errnomap).
const ERRNO_CLASSES: &[(i64, &str)] = &[
    (1, "PermissionError"),
    (2, "FileNotFoundError"),
    (3, "ProcessLookupError"),
    (4, "InterruptedError"),
    (10, "ChildProcessError"),
    (11, "BlockingIOError"),
    (13, "PermissionError"),
    (17, "FileExistsError"),
    (20, "NotADirectoryError"),
    (21, "IsADirectoryError"),
    (32, "BrokenPipeError"),
    (103, "ConnectionAbortedError"),
    (104, "ConnectionResetError"),
    (108, "BrokenPipeError"),
    (110, "TimeoutError"),
    (111, "ConnectionRefusedError"),
    (114, "BlockingIOError"),
    (115, "BlockingIOError"),
];

impl Interp {
    /// The member layout of an exception class: the first builtin class with members in its
    /// MRO (builtin class names are unique).
    fn exc_layout(&self, cls: &ObjRef) -> Option<&'static Layout> {
        let cd = cls.class_data()?;
        let mro = cd.mro.borrow();
        mro.iter().filter_map(|c| c.class_data().filter(|c| c.builtin)).find_map(|c| {
            let name = c.name();
            LAYOUTS.iter().find(|l| *l.class == *name)
        })
    }

    /// `e.<name>` when `name` is one of `e`'s members: its value, `None` when unset.
    pub(super) fn exc_member(&self, exc: &ObjRef, e: &ExcData, name: &str) -> Option<Value> {
        let layout = self.exc_layout(&exc.class())?;
        layout.members.contains(&name).then(|| member(e, name).unwrap_or(Value::None))
    }

    /// `e.<name> = value` (or `del e.<name>` with `None`); false when `name` is no member.
    pub(super) fn set_exc_member(&self, exc: &ObjRef, e: &ExcData, name: &str, value: Option<Value>) -> bool {
        let Some(layout) = self.exc_layout(&exc.class()) else { return false };
        let Some(key) = layout.members.iter().find(|m| **m == name) else { return false };
        set_member(e, key, value);
        true
    }

    /// What `BaseException.__init__` and the subclasses' own `__init__` do with the arguments.
    pub(super) fn init_exc_members(&mut self, exc: &ObjRef, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
        let Payload::Exception(e) = &exc.payload else { return Ok(()) };
        let layout = self.exc_layout(&exc.class());
        let keywords = layout.map_or(&[][..], |l| l.keywords);
        if !kwargs.is_empty() {
            if keywords.is_empty() {
                let tn = self.class_name(&exc.class());
                return self.type_error(format!("{tn}() takes no keyword arguments"));
            }
            let owner = layout.map_or("", |l| l.class);
            if kwargs.len() > keywords.len() {
                let (max, n) = (keywords.len(), kwargs.len());
                let s = if max == 1 { "" } else { "s" };
                return self.type_error(format!("{owner}() takes at most {max} keyword argument{s} ({n} given)"));
            }
            if let Some((bad, _)) = kwargs.iter().find(|(k, _)| !keywords.contains(&&**k)) {
                return self.type_error(format!("'{bad}' is an invalid keyword argument for {owner}()"));
            }
        }
        let t = self.tuple(args.to_vec());
        drop(e.args.replace(t));
        if let Some(layout) = layout {
            self.fill_members(e, layout, args);
        }
        for (k, v) in kwargs {
            if let Some(key) = keywords.iter().find(|m| **m == &**k) {
                set_member(e, key, Some(v.clone()));
            }
        }
        Ok(())
    }

    /// The members `__init__` derives from the positional arguments.
    pub(super) fn fill_exc_members(&mut self, exc: &ObjRef, args: &[Value]) {
        let Payload::Exception(e) = &exc.payload else { return };
        if let Some(layout) = self.exc_layout(&exc.class()) {
            self.fill_members(e, layout, args);
        }
    }

    fn fill_members(&mut self, e: &ExcData, layout: &Layout, args: &[Value]) {
        match layout.class {
            "StopIteration" => set_member(e, "value", Some(args.first().cloned().unwrap_or(Value::None))),
            "SystemExit" => {
                let code = match args {
                    [] => Value::None,
                    [one] => one.clone(),
                    _ => e.args.borrow().clone(),
                };
                set_member(e, "code", Some(code));
            }
            "ImportError" => {
                if let [msg] = args {
                    set_member(e, "msg", Some(msg.clone()));
                }
            }
            "OSError" if (2..=5).contains(&args.len()) => {
                set_member(e, "errno", Some(arg(args, 0).clone()));
                set_member(e, "strerror", Some(arg(args, 1).clone()));
                // The fourth argument is Windows' winerror, ignored elsewhere.
                if let Some(f) = args.get(2).filter(|f| !f.is_none()) {
                    set_member(e, "filename", Some(f.clone()));
                    if let Some(f2) = args.get(4).filter(|f| !f.is_none()) {
                        set_member(e, "filename2", Some(f2.clone()));
                    }
                    let first_two = self.tuple(args[..2].to_vec());
                    drop(e.args.replace(first_two));
                }
            }
            "SyntaxError" => {
                if let Some(msg) = args.first() {
                    set_member(e, "msg", Some(msg.clone()));
                }
                let location = args.get(1).and_then(|t| self.tuple_items(t)).map(|t| t.to_vec());
                if let (2, Some(location)) = (args.len(), location) {
                    if (4..=6).contains(&location.len()) {
                        for (name, v) in SYNTAX_ERROR_MEMBERS[1..].iter().zip(location) {
                            set_member(e, name, Some(v));
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// `OSError(errno, strerror, ...)` builds the subclass for a known errno, as CPython's
    /// `OSError.__new__` does (only when called on `OSError` itself).
    pub(super) fn os_error_class(&self, cls: &ObjRef, args: &[Value]) -> Option<ObjRef> {
        if !Rc::ptr_eq(cls, &self.t.exc("OSError")) || !(2..=5).contains(&args.len()) {
            return None;
        }
        let Value::Int(n, _) = arg(args, 0) else { return None };
        let name = ERRNO_CLASSES.iter().find(|(e, _)| *e == *n)?.1;
        Some(self.t.exc(name))
    }

    /// `str(e)` for the classes that have their own `__str__` in C; `None` for the others.
    pub(super) fn exc_member_str(&mut self, exc: &ObjRef) -> PyResult<Option<Rc<str>>> {
        let Payload::Exception(e) = &exc.payload else { return Ok(None) };
        let Some(layout) = self.exc_layout(&exc.class()) else { return Ok(None) };
        match layout.class {
            "ImportError" => match member(e, "msg") {
                Some(Value::Str(s)) => Ok(Some(s)),
                _ => Ok(None),
            },
            "OSError" => {
                let (errno, strerror) = (member(e, "errno"), member(e, "strerror"));
                if let Some(f) = member(e, "filename") {
                    let (n, s, f) = (self.opt_str(errno)?, self.opt_str(strerror)?, self.repr(&f)?);
                    let text = match member(e, "filename2") {
                        Some(f2) => format!("[Errno {n}] {s}: {f} -> {}", self.repr(&f2)?),
                        None => format!("[Errno {n}] {s}: {f}"),
                    };
                    return Ok(Some(Rc::from(text)));
                }
                match (errno, strerror) {
                    (Some(n), Some(s)) if !n.is_none() && !s.is_none() => {
                        let (n, s) = (self.str_of(&n)?, self.str_of(&s)?);
                        Ok(Some(Rc::from(format!("[Errno {n}] {s}"))))
                    }
                    _ => Ok(None),
                }
            }
            "SyntaxError" => {
                // The file's base name, and the line when it is an int (CPython's SyntaxError_str).
                let file = match member(e, "filename") {
                    Some(Value::Str(f)) => Some(f.rsplit('/').next().unwrap_or(&f).to_string()),
                    _ => None,
                };
                let line = match member(e, "lineno") {
                    Some(Value::Int(n, _)) => Some(n),
                    _ => None,
                };
                let msg = self.opt_str(member(e, "msg"))?;
                Ok(Some(Rc::from(match (file, line) {
                    (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
                    (Some(f), None) => format!("{msg} ({f})"),
                    (None, Some(n)) => format!("{msg} (line {n})"),
                    (None, None) => msg.to_string(),
                })))
            }
            _ => Ok(None),
        }
    }

    /// C's `%S` of a member that may be unset (NULL prints as "None").
    fn opt_str(&mut self, v: Option<Value>) -> PyResult<Rc<str>> {
        self.str_of(&v.unwrap_or(Value::None))
    }

    /// Records where a failed attribute lookup happened, once (CPython's
    /// `set_attribute_error_context`), for `e.name`, `e.obj` and "Did you mean".
    pub(super) fn note_attribute_error(&self, exc: &ObjRef, obj: &Value, name: &Rc<str>) {
        let Payload::Exception(e) = &exc.payload else { return };
        if !self.is_instance(&Value::Obj(exc.clone()), &self.t.exc("AttributeError")) {
            return;
        }
        if member(e, "name").is_some() || member(e, "obj").is_some() {
            return;
        }
        set_member(e, "name", Some(Value::Str(name.clone())));
        set_member(e, "obj", Some(obj.clone()));
    }

    /// A NameError for `name`, which it keeps in `e.name` (for suggestions, as CPython's).
    pub(super) fn name_error(&mut self, name: &str, msg: &str) -> Unwind {
        let e = self.new_exc("NameError", msg);
        if let Payload::Exception(d) = &e.payload {
            set_member(d, "name", Some(Value::str(name)));
        }
        Unwind::exception(e)
    }

    /// The lines of `e.__notes__` below a printed exception, as CPython's `print_exception_notes`:
    /// each line of a note behind the `margin` of an exception inside a group.
    pub(super) fn format_exc_notes(&mut self, exc: &ObjRef, out: &mut String, margin: &str) {
        let e = Value::Obj(exc.clone());
        let Ok(notes) = self.getattr(&e, &Rc::from("__notes__")) else { return };
        if notes.is_none() {
            return;
        }
        let items = match &notes {
            Value::Obj(o) => match &o.payload {
                Payload::List(l) => Some(l.borrow().clone()),
                Payload::Tuple(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let Some(items) = items else {
            let text = self.repr(&notes).map_or_else(|_| "<__notes__ repr() failed>".into(), |s| s.to_string());
            out.push_str(&format!("{margin}{text}\n"));
            return;
        };
        for note in items {
            match self.str_of(&note) {
                Ok(text) => {
                    for line in split_lines_keepends(&text) {
                        out.push_str(margin);
                        out.push_str(line);
                    }
                }
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
    }

    /// The object and name an AttributeError was raised for, when both are set.
    pub(super) fn attribute_error_target(&self, e: &ExcData) -> Option<(Value, Rc<str>)> {
        match (member(e, "obj"), member(e, "name")) {
            (Some(obj), Some(Value::Str(name))) => Some((obj, name)),
            _ => None,
        }
    }
}

/// `e.add_note(note)`: appends to `e.__notes__`, a list in the instance dict made on first use.
pub(super) fn exc_add_note(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return it.type_error("BaseException.add_note() takes no keyword arguments");
    }
    let [me, note] = args.as_slice() else {
        let n = args.len().saturating_sub(1);
        return it.type_error(format!("BaseException.add_note() takes exactly one argument ({n} given)"));
    };
    if !matches!(note, Value::Str(_)) {
        let tn = it.type_name(note);
        return it.type_error(format!("note must be a str, not '{tn}'"));
    }
    let key: Rc<str> = Rc::from("__notes__");
    if !it.hasattr(me, &key)? {
        let notes = it.list(Vec::new());
        it.setattr(me, &key, notes)?;
    }
    let notes = it.getattr(me, &key)?;
    match &notes {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => {
            if let Payload::List(l) = &o.payload {
                l.borrow_mut().push(note.clone());
            }
            Ok(Value::None)
        }
        _ => it.type_error("Cannot add note: __notes__ is not a list"),
    }
}

/// Whether some builtin exception has a member `name` (a cheap test before the class's own).
pub(super) fn is_member_name(name: &str) -> bool {
    LAYOUTS.iter().any(|l| l.members.contains(&name))
}

/// A member's value; `None` when unset.
pub(super) fn member(e: &ExcData, name: &str) -> Option<Value> {
    e.members.borrow().iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
}

/// Sets (or, with `None`, unsets) a member; the old value is dropped after the borrow ends.
pub(super) fn set_member(e: &ExcData, name: &'static str, value: Option<Value>) {
    let old = {
        let mut members = e.members.borrow_mut();
        let pos = members.iter().position(|(k, _)| *k == name);
        match (pos, value) {
            (Some(i), Some(v)) => Some(std::mem::replace(&mut members[i].1, v)),
            (Some(i), None) => Some(members.remove(i).1),
            (None, Some(v)) => {
                members.push((name, v));
                None
            }
            (None, None) => None,
        }
    };
    drop(old);
}

impl Interp {
    /// How CPython's traceback prints a `SyntaxError` instance: its location lines (`File`,
    /// the text, carets) and then its `msg` in place of `str(e)`. `None` when the members do
    /// not make a location (CPython then prints it as any exception).
    pub(super) fn is_syntax_error(&self, exc: &ObjRef) -> bool {
        self.exc_layout(&exc.class()).map(|l| l.class) == Some("SyntaxError")
    }

    pub(super) fn syntax_error_report(&mut self, exc: &ObjRef) -> Option<(String, Rc<str>)> {
        let Payload::Exception(e) = &exc.payload else { return None };
        if self.exc_layout(&exc.class()).map(|l| l.class) != Some("SyntaxError") {
            return None;
        }
        let Some(Value::Int(line, _)) = member(e, "lineno") else { return None };
        let filename = match member(e, "filename") {
            Some(Value::Str(f)) => f,
            None | Some(Value::None) => Rc::from("<string>"),
            Some(_) => return None,
        };
        let int = |name| match member(e, name) {
            Some(Value::Int(n, _)) => Some(n),
            _ => None,
        };
        let mut out = format!("  File \"{filename}\", line {line}\n");
        if let (Some(Value::Str(text)), Some(offset)) = (member(e, "text"), int("offset")) {
            out.push_str(&error_text_lines(&text, offset, int("end_offset").unwrap_or(0)));
        } else if let Some(Value::Str(text)) = member(e, "text") {
            out.push_str(&error_text_lines(&text, 0, 0));
        }
        let msg = match member(e, "msg") {
            Some(m) => self.str_of(&m).ok()?,
            None => Rc::from(""),
        };
        Some((out, msg))
    }
}

/// The source line of a syntax error and its carets (`offset`/`end_offset` 1-based columns),
/// as CPython's `print_error_text`: leading blanks stripped, no carets left of the text.
fn error_text_lines(text: &str, offset: i64, end_offset: i64) -> String {
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let lead = (text.chars().count() - stripped.chars().count()) as i64;
    let (mut offset, mut end) = (offset - 1 - lead, end_offset - 1 - lead);
    let body = stripped.strip_suffix('\n').unwrap_or(stripped);
    offset = offset.min(body.chars().count() as i64);
    // A text of several lines: the line the offset falls in.
    let mut shown = body;
    while let Some(nl) = shown.find('\n') {
        let width = shown[..nl].chars().count() as i64;
        if width >= offset {
            break;
        }
        offset -= width + 1;
        end -= width + 1;
        shown = &shown[nl + 1..];
    }
    let mut out = format!("    {shown}\n");
    if offset >= 0 {
        let carets = if end > offset { end - offset } else { 1 };
        out.push_str(&format!("    {}{}\n", " ".repeat(offset as usize), "^".repeat(carets as usize)));
    }
    out
}

/// `str.splitlines(keepends=True)`: the line boundaries Python knows (`\r\n` is one).
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        match c {
            '\r' => {
                if let Some((j, '\n')) = chars.peek().copied() {
                    chars.next();
                    end = j + 1;
                }
            }
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => {}
            _ => continue,
        }
        lines.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}
