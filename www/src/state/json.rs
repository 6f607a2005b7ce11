//! Reads the runner's JSON (a `RunResult`, as the Worker's `JSON.stringify` writes it) by hand.
//! serde's derived deserializers and serde_json's parser were a fifth of the UI's wasm (80 KB,
//! 35 KB gzipped); this reader is a few KB. Every struct is built with a literal that names all
//! its fields, so a field added to the core's types does not compile until it is read here, and
//! the tests round-trip every lesson's trace (serde_json writes, this reads).
//!
//! As with serde's derive: unknown keys are skipped, a missing `Option` is `None`, a missing
//! list or text is empty (the Worker's JSON omits `None`s and empty lists).

use metalab::trace::{Event, EventKind, ObjRef};
use metalab::{ErrorInfo, ObjectInfo, RunResult};
use std::borrow::Cow;

/// Parses a `RunResult`; the error says where the text stopped making sense.
pub fn run_result(json: &str) -> Result<RunResult, String> {
    let mut r = Reader { s: json.as_bytes(), pos: 0 };
    let mut out =
        RunResult { stdout: String::new(), stderr: String::new(), error: None, events: vec![], objects: vec![] };
    r.object(|r, key| {
        match key {
            "stdout" => out.stdout = r.string()?,
            "stderr" => out.stderr = r.string()?,
            "error" => out.error = r.option(error_info)?,
            "events" => out.events = r.array(event)?,
            "objects" => out.objects = r.array(object_info)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    r.ws();
    if r.pos < r.s.len() {
        return r.fail("the end");
    }
    Ok(out)
}

fn error_info(r: &mut Reader) -> Result<ErrorInfo, String> {
    let mut e = ErrorInfo { type_name: String::new(), message: String::new(), line: None, traceback: String::new() };
    r.object(|r, key| {
        match key {
            "type" => e.type_name = r.string()?,
            "message" => e.message = r.string()?,
            "line" => e.line = r.option(Reader::u32)?,
            "traceback" => e.traceback = r.string()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(e)
}

fn obj_ref(r: &mut Reader) -> Result<ObjRef, String> {
    let mut o = ObjRef { id: 0, type_name: String::new(), repr: String::new() };
    r.object(|r, key| {
        match key {
            "id" => o.id = r.u64()?,
            "type" => o.type_name = r.string()?,
            "repr" => o.repr = r.string()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(o)
}

fn event(r: &mut Reader) -> Result<Event, String> {
    let mut e = Event {
        kind: EventKind::Call,
        qualname: String::new(),
        builtin: false,
        line: 0,
        depth: 0,
        receiver: None,
        result: None,
        result_obj: None,
        attr: None,
        found: None,
    };
    r.object(|r, key| {
        match key {
            "kind" => {
                e.kind = match r.string()?.as_str() {
                    "call" => EventKind::Call,
                    "return" => EventKind::Return,
                    "raise" => EventKind::Raise,
                    "lookup" => EventKind::Lookup,
                    _ => return r.fail("an event kind"),
                }
            }
            "qualname" => e.qualname = r.string()?,
            "builtin" => e.builtin = r.bool()?,
            "line" => e.line = r.u32()?,
            "depth" => e.depth = r.u32()?,
            "receiver" => e.receiver = r.option(obj_ref)?,
            "result" => e.result = r.option(Reader::string)?,
            "result_obj" => e.result_obj = r.option(obj_ref)?,
            "attr" => e.attr = r.option(Reader::string)?,
            "found" => e.found = r.option(Reader::string)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(e)
}

fn object_info(r: &mut Reader) -> Result<ObjectInfo, String> {
    let mut o = ObjectInfo {
        id: 0,
        kind: String::new(),
        type_name: String::new(),
        repr: String::new(),
        name: None,
        bases: vec![],
        metaclass: None,
        mro: vec![],
        class: None,
    };
    r.object(|r, key| {
        match key {
            "id" => o.id = r.u64()?,
            "kind" => o.kind = r.string()?,
            "type" => o.type_name = r.string()?,
            "repr" => o.repr = r.string()?,
            "name" => o.name = r.option(Reader::string)?,
            "bases" => o.bases = r.array(Reader::u64)?,
            "metaclass" => o.metaclass = r.option(Reader::u64)?,
            "mro" => o.mro = r.array(Reader::u64)?,
            "class" => o.class = r.option(Reader::u64)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(o)
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn fail<T>(&self, expected: &str) -> Result<T, String> {
        Err(format!("the runner's JSON: expected {expected} at byte {}", self.pos))
    }

    fn ws(&mut self) {
        while self.s.get(self.pos).is_some_and(|c| c.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    /// Skips whitespace and takes `c` if it comes next.
    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let found = self.s.get(self.pos) == Some(&c);
        self.pos += usize::from(found);
        found
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            self.fail(&format!("`{}`", c as char))
        }
    }

    fn literal(&mut self, word: &str) -> bool {
        self.ws();
        let found = self.s[self.pos..].starts_with(word.as_bytes());
        if found {
            self.pos += word.len();
        }
        found
    }

    /// `{ "key": value, ... }`, calling `field` with each key, positioned at its value.
    fn object(&mut self, mut field: impl FnMut(&mut Self, &str) -> Result<(), String>) -> Result<(), String> {
        self.expect(b'{')?;
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            self.ws();
            let key = self.text()?;
            self.expect(b':')?;
            field(self, &key)?;
            if !self.eat(b',') {
                return self.expect(b'}');
            }
        }
    }

    fn array<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T, String>) -> Result<Vec<T>, String> {
        let mut out = Vec::new();
        self.expect(b'[')?;
        if self.eat(b']') {
            return Ok(out);
        }
        loop {
            out.push(item(self)?);
            if !self.eat(b',') {
                self.expect(b']')?;
                return Ok(out);
            }
        }
    }

    fn option<T>(&mut self, value: impl FnOnce(&mut Self) -> Result<T, String>) -> Result<Option<T>, String> {
        if self.literal("null") {
            Ok(None)
        } else {
            value(self).map(Some)
        }
    }

    fn bool(&mut self) -> Result<bool, String> {
        if self.literal("true") {
            Ok(true)
        } else if self.literal("false") {
            Ok(false)
        } else {
            self.fail("true or false")
        }
    }

    fn u64(&mut self) -> Result<u64, String> {
        self.ws();
        let start = self.pos;
        let mut n: u64 = 0;
        while let Some(d) = self.s.get(self.pos).filter(|c| c.is_ascii_digit()) {
            match n.checked_mul(10).and_then(|n| n.checked_add(u64::from(d - b'0'))) {
                Some(m) => n = m,
                None => return self.fail("a smaller number"),
            }
            self.pos += 1;
        }
        if self.pos == start {
            return self.fail("a number");
        }
        Ok(n)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let n = self.u64()?;
        u32::try_from(n).or_else(|_| self.fail("a smaller number"))
    }

    fn string(&mut self) -> Result<String, String> {
        self.text().map(Cow::into_owned)
    }

    /// A JSON string, borrowed when it has no escapes (the keys: no allocation for them). The
    /// input is a `&str`, so slicing at `"` and `\` keeps whole characters.
    fn text(&mut self) -> Result<Cow<'a, str>, String> {
        self.expect(b'"')?;
        let mut out = Cow::Borrowed("");
        loop {
            let start = self.pos;
            while self.s.get(self.pos).is_some_and(|&c| c != b'"' && c != b'\\') {
                self.pos += 1;
            }
            let run = std::str::from_utf8(&self.s[start..self.pos]).map_err(|e| e.to_string())?;
            if out.is_empty() {
                out = Cow::Borrowed(run);
            } else {
                out.to_mut().push_str(run);
            }
            match self.s.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(_) => {
                    self.pos += 1;
                    self.escape(out.to_mut())?;
                }
                None => return self.fail("the end of a string"),
            }
        }
    }

    /// The escape after a `\`.
    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let c = self.s.get(self.pos).copied();
        self.pos += 1;
        out.push(match c {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4()?;
                // A surrogate pair is two escapes; a lone surrogate (never in a Rust string)
                // becomes U+FFFD.
                let mut code = hi;
                if (0xd800..0xdc00).contains(&hi) && self.s[self.pos..].starts_with(b"\\u") {
                    let at = self.pos;
                    self.pos += 2;
                    match self.hex4()? {
                        lo @ 0xdc00..=0xdfff => code = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00),
                        _ => self.pos = at,
                    }
                }
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            _ => return self.fail("an escape"),
        });
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.s.get(self.pos..self.pos + 4).and_then(|h| std::str::from_utf8(h).ok());
        match digits.and_then(|h| u32::from_str_radix(h, 16).ok()) {
            Some(n) => {
                self.pos += 4;
                Ok(n)
            }
            None => self.fail("four hex digits"),
        }
    }

    /// Any value (a key this reader does not know).
    fn skip(&mut self) -> Result<(), String> {
        self.ws();
        match self.s.get(self.pos) {
            Some(b'"') => self.string().map(drop),
            Some(b'{') => self.object(|r, _| r.skip()),
            Some(b'[') => self.array(Reader::skip).map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            _ if self.literal("null") => Ok(()),
            _ => {
                let start = self.pos;
                while self.s.get(self.pos).is_some_and(|c| b"+-.eE".contains(c) || c.is_ascii_digit()) {
                    self.pos += 1;
                }
                if self.pos == start {
                    self.fail("a value")
                } else {
                    Ok(())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_stringify_writes() {
        // Escapes as JSON.stringify writes them, a surrogate pair, keys it does not know (with
        // any kind of value), omitted and null options, whitespace.
        let json = r#" { "stdout": "a\"b\\c\n\t\u0001é😀\ud83d\ude00\/", "future": {"x": [1, -2.5e3, true, null, "s"]},
            "error": null, "events": [
              {"kind": "lookup", "qualname": "A.x", "builtin": false, "line": 3, "depth": 1,
               "receiver": {"id": 18446744073709551615, "type": "A", "repr": "<A>"}, "attr": "x", "found": "class A"},
              {"kind":"return","qualname":"f","builtin":true,"line":0,"depth":0,"result":null}
            ], "objects": [{"id": 2, "kind": "class", "type": "type", "repr": "<class 'A'>", "name": "A",
              "bases": [1], "mro": [2, 1]}] } "#;
        let r = run_result(json).expect("parses");
        assert_eq!(r.stdout, "a\"b\\c\n\t\u{1}é😀😀/");
        assert_eq!(r.stderr, "");
        assert_eq!(r.error, None);
        assert_eq!(r.events.len(), 2);
        let e = &r.events[0];
        assert_eq!((e.kind, e.qualname.as_str(), e.line, e.depth, e.builtin), (EventKind::Lookup, "A.x", 3, 1, false));
        assert_eq!(e.receiver.as_ref().map(|o| (o.id, o.repr.as_str())), Some((u64::MAX, "<A>")));
        assert_eq!((e.attr.as_deref(), e.found.as_deref(), e.result.as_deref()), (Some("x"), Some("class A"), None));
        assert_eq!(
            (r.events[1].kind, r.events[1].builtin, r.events[1].result.as_deref()),
            (EventKind::Return, true, None)
        );
        let o = &r.objects[0];
        assert_eq!(
            (o.id, o.name.as_deref(), o.bases.as_slice(), o.mro.as_slice()),
            (2, Some("A"), &[1][..], &[2, 1][..])
        );
        assert_eq!((o.metaclass, o.class), (None, None));
        // A lone surrogate cannot be in a Rust string.
        assert_eq!(run_result(r#"{"stdout": "\ud800x\udc00"}"#).expect("parses").stdout, "\u{fffd}x\u{fffd}");
    }

    #[test]
    fn bad_json_is_an_error_not_a_panic() {
        for bad in [
            "",
            "{",
            "[]",
            r#"{"stdout": 1}"#,
            r#"{"stdout": "x"#,
            r#"{"stdout": "\u12"}"#,
            r#"{"stdout": "\q"}"#,
            r#"{"events": [{"kind": "jump"}]}"#,
            r#"{"events": [{"line": -1}]}"#,
            r#"{"events": [{"line": 4294967296}]}"#,
            r#"{"objects": [{"id": 99999999999999999999}]}"#,
            r#"{"stdout": ""} x"#,
            r#"{"stdout": "" "stderr": ""}"#,
            r#"{"future": }"#,
        ] {
            assert!(run_result(bad).is_err(), "{bad}");
        }
        let err = run_result(r#"{"events": [{"kind": "jump"}]}"#).unwrap_err();
        assert_eq!(err, "the runner's JSON: expected an event kind at byte 27");
    }
}
