//! Tokenizer: turns source text into tokens with byte ranges, producing INDENT/DEDENT from
//! an indentation stack and joining lines inside brackets, as CPython's tokenizer does.

use super::ast::TextRange;
use super::error::{SyntaxError, SyntaxErrorKind};
use num_bigint::BigInt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Imag(f64),
    /// A string literal; `fstring` keeps the raw body for the parser to split.
    Str {
        value: Rc<str>,
        fstring: bool,
        raw: bool,
        bytes: bool,
        body_start: u32,
    },
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    Eof,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    pub range: TextRange,
}

/// `<>` is one token, as in CPython's tokenizer (PEP 401's `!=`), which no rule accepts.
const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")",
    "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

/// What the tokenizer made of a source.
pub struct Lexed {
    /// Ends with EOF; after an error, the EOF stands where the tokenizer stopped.
    pub tokens: Vec<Token>,
    /// "'(' was never closed", reported when the parser fails at the end of the input.
    pub unclosed: Option<SyntaxError>,
    /// The tokenizer's error, met when the parser asks for the last token.
    pub error: Option<SyntaxError>,
    /// The tokenizer's `SyntaxWarning`s (source offset, message), in source order.
    pub warnings: Vec<(u32, String)>,
}

pub struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    indents: Vec<usize>,
    /// The same levels measured with a tab as one column (CPython's `altindstack`): a line
    /// whose two measures disagree with the stack's is a TabError.
    alt_indents: Vec<usize>,
    parens: Vec<(u8, usize)>,
    tokens: Vec<Token>,
    at_line_start: bool,
    /// Identifiers are interned: equal names share one allocation, so the runtime can find a
    /// local's slot by pointer instead of hashing the string.
    names: rustc_hash::FxHashMap<&'a str, Rc<str>>,
    warnings: Vec<(u32, String)>,
}

pub fn error_at(src: &str, kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    error_at_line(src, None, kind, msg, start, end)
}

/// `error_at` with the source's line index when the caller has one: a parser's trial parses
/// make many errors they drop, and counting lines from the start of the input for each made
/// a syntax error in a long file take seconds.
pub fn error_at_line(
    src: &str,
    lines: Option<&super::lines::LineIndex>,
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    start: usize,
    end: usize,
) -> SyntaxError {
    // Offsets computed in bytes may land inside a multi-byte character: use its start.
    let boundary = |mut i: usize| {
        i = i.min(src.len());
        while !src.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = boundary(start);
    let line_start = src[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = src[start..].find('\n').map(|i| start + i).unwrap_or(src.len());
    let line = match lines {
        Some(index) => index.line(start as u32),
        None => src.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count() as u32 + 1,
    };
    let col = src[line_start..start].chars().count() as u32 + 1;
    let end = boundary(end.clamp(start, line_end.max(start)));
    let end_col = src[line_start..end].chars().count() as u32 + 1;
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col,
        end_line: line,
        end_col: end_col.max(col + 1),
        text: src[line_start..line_end].to_string(),
        warnings: Vec::new(),
        at_eof: false,
    }
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            indents: vec![0],
            alt_indents: vec![0],
            parens: Vec::new(),
            tokens: Vec::new(),
            at_line_start: true,
            names: Default::default(),
            warnings: Vec::new(),
        }
    }

    fn err(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        error_at(self.src, SyntaxErrorKind::SyntaxError, msg, start, end)
    }

    fn push(&mut self, tok: Tok, start: usize, end: usize) {
        self.tokens.push(Token { tok, range: TextRange::new(start as u32, end as u32) });
    }

    /// The tokens up to the first error, which is kept apart. CPython's tokenizer runs as the
    /// parser asks for tokens, so a parser error before that point is the one reported.
    pub fn tokenize_lazily(mut self) -> Lexed {
        if let Err(e) = self.scan() {
            let at = self.pos.min(self.bytes.len());
            self.push(Tok::Eof, at, at);
            return Lexed { tokens: self.tokens, unclosed: None, error: Some(e), warnings: self.warnings };
        }
        let unclosed = self.parens.last().map(|&(p, at)| {
            // CPython's tokenizer gives this error no end column.
            let mut e = self.err(format!("'{}' was never closed", p as char), at, at + 1);
            e.end_col = 0;
            e
        });
        let end = self.bytes.len();
        if !matches!(self.tokens.last().map(|t| &t.tok), None | Some(Tok::Newline) | Some(Tok::Dedent)) {
            self.push(Tok::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, end, end);
        }
        self.push(Tok::Eof, end, end);
        Lexed { tokens: self.tokens, unclosed, error: None, warnings: self.warnings }
    }

    /// Tokens until the end of the input or the first error.
    fn scan(&mut self) -> Result<(), SyntaxError> {
        loop {
            if self.at_line_start && self.parens.is_empty() && !self.indentation()? {
                break;
            }
            if self.pos >= self.bytes.len() {
                break;
            }
            let c = self.bytes[self.pos];
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let at = self.pos;
                    let next = self.bytes.get(at + 1);
                    if next == Some(&b'\n') {
                        self.pos += 2;
                    } else if next == Some(&b'\r') && self.bytes.get(at + 2) == Some(&b'\n') {
                        self.pos += 3;
                    } else if next.is_some() {
                        // CPython points at the character it read after the backslash.
                        return Err(self.err("unexpected character after line continuation character", at + 1, at + 2));
                    } else {
                        self.pos += 1;
                    }
                    // A continuation the input ends after (CPython adds the missing newline).
                    if self.pos >= self.bytes.len() && self.parens.is_empty() {
                        return Err(self.err("unexpected EOF while parsing", at + 1, at + 2));
                    }
                }
                b'\r' => self.pos += 1,
                b'\n' => {
                    if self.parens.is_empty() {
                        let last_is_nl = matches!(
                            self.tokens.last().map(|t| &t.tok),
                            None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent)
                        );
                        if !last_is_nl {
                            self.push(Tok::Newline, self.pos, self.pos + 1);
                        }
                        self.at_line_start = true;
                    }
                    self.pos += 1;
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.bytes.get(self.pos + 1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                b'"' | b'\'' => self.string(self.pos, self.pos)?,
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name_or_string()?,
                _ => self.op()?,
            }
        }
        Ok(())
    }

    /// Measures the indentation of a new line; emits INDENT/DEDENT. False at end of input.
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        loop {
            let start = self.pos;
            let (mut col, mut alt) = (0usize, 0usize);
            // Indentation cannot be split over lines: the column of the first line continuation
            // counts, unless it is column 0, when CPython's tokenizer (which tests the column
            // for zero) goes on counting the next line's indentation.
            let mut continued_at = 0usize;
            while self.pos < self.bytes.len() {
                match self.bytes[self.pos] {
                    b' ' => (col, alt) = (col + 1, alt + 1),
                    b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                    b'\x0c' => (col, alt) = (0, 0),
                    b'\\' => {
                        let newline = match (self.bytes.get(self.pos + 1), self.bytes.get(self.pos + 2)) {
                            (Some(b'\n'), _) => 2,
                            (Some(b'\r'), Some(b'\n')) => 3,
                            _ => break,
                        };
                        if continued_at == 0 {
                            continued_at = col;
                        }
                        self.pos += newline;
                        continue;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            if continued_at != 0 {
                (col, alt) = (continued_at, continued_at);
            }
            if self.pos >= self.bytes.len() {
                return Ok(false);
            }
            match self.bytes[self.pos] {
                b'#' | b'\n' | b'\r' => {
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                    if self.pos < self.bytes.len() {
                        self.pos += 1;
                    }
                    continue;
                }
                b'\\' => {
                    self.at_line_start = false;
                    return Ok(true);
                }
                _ => {}
            }
            self.at_line_start = false;
            let cur = *self.indents.last().unwrap_or(&0);
            let alt_cur = *self.alt_indents.last().unwrap_or(&0);
            if col == cur {
                if alt != alt_cur {
                    return Err(self.tab_error(start));
                }
            } else if col > cur {
                if alt <= alt_cur {
                    return Err(self.tab_error(start));
                }
                self.indents.push(col);
                self.alt_indents.push(alt);
                self.push(Tok::Indent, start, self.pos);
            } else {
                let before = self.tokens.len();
                while col < *self.indents.last().unwrap_or(&0) {
                    self.indents.pop();
                    self.alt_indents.pop();
                    self.push(Tok::Dedent, self.pos, self.pos);
                }
                if col != *self.indents.last().unwrap_or(&0) {
                    // CPython measures the line before it hands out any DEDENT.
                    self.tokens.truncate(before);
                    let eol = self.src[self.pos..].find('\n').map(|k| self.pos + k).unwrap_or(self.src.len());
                    return Err(error_at(
                        self.src,
                        SyntaxErrorKind::IndentationError,
                        "unindent does not match any outer indentation level",
                        eol,
                        eol + 1,
                    ));
                }
                if alt != *self.alt_indents.last().unwrap_or(&0) {
                    return Err(self.tab_error(start));
                }
            }
            return Ok(true);
        }
    }

    /// CPython's `indenterror`: at the line's first column, with no end (so no caret).
    fn tab_error(&self, line_start: usize) -> SyntaxError {
        let mut e = error_at(
            self.src,
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            line_start,
            line_start,
        );
        e.end_col = 0;
        e
    }

    fn name_or_string(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let rest = &self.src[self.pos..];
        let mut end = self.pos;
        for (i, ch) in rest.char_indices() {
            if ch == '_' || ch.is_alphanumeric() {
                end = self.pos + i + ch.len_utf8();
            } else {
                if i == 0 {
                    return Err(self.invalid_char(ch, start));
                }
                break;
            }
        }
        let word = &self.src[start..end];
        if end < self.bytes.len()
            && (self.bytes[end] == b'"' || self.bytes[end] == b'\'')
            && word.len() <= 2
            && word.chars().all(|c| "rRbBfFuU".contains(c))
        {
            self.pos = end;
            return self.string(start, end);
        }
        self.pos = end;
        let name = match self.names.get(word) {
            Some(n) => n.clone(),
            None => {
                let n: Rc<str> = Rc::from(word);
                self.names.insert(word, n.clone());
                n
            }
        };
        self.push(Tok::Name(name), start, end);
        Ok(())
    }

    fn invalid_char(&self, ch: char, at: usize) -> SyntaxError {
        self.err(format!("invalid character '{ch}' (U+{:04X})", ch as u32), at, at + ch.len_utf8())
    }

    fn op(&mut self) -> Result<(), SyntaxError> {
        let rest = &self.src[self.pos..];
        for op in OPS {
            if rest.starts_with(op) {
                let start = self.pos;
                match *op {
                    "(" | "[" | "{" => {
                        if self.parens.len() >= 200 {
                            return Err(self.err("too many nested parentheses", start, start + 1));
                        }
                        self.parens.push((op.as_bytes()[0], start));
                    }
                    ")" | "]" | "}" => {
                        let want = match *op {
                            ")" => b'(',
                            "]" => b'[',
                            _ => b'{',
                        };
                        match self.parens.pop() {
                            None => return Err(self.err(format!("unmatched '{op}'"), start, start + 1)),
                            Some((p, at)) if p != want => {
                                let open_line = self.src[..at].matches('\n').count() + 1;
                                let this_line = self.src[..start].matches('\n').count() + 1;
                                let msg = if open_line == this_line {
                                    format!(
                                        "closing parenthesis '{op}' does not match opening parenthesis '{}'",
                                        p as char
                                    )
                                } else {
                                    format!("closing parenthesis '{op}' does not match opening parenthesis '{}' on line {open_line}", p as char)
                                };
                                return Err(self.err(msg, start, start + 1));
                            }
                            Some(_) => {}
                        }
                    }
                    _ => {}
                }
                self.pos += op.len();
                self.push(Tok::Op(op), start, self.pos);
                return Ok(());
            }
        }
        let ch = rest.chars().next().unwrap_or('?');
        // CPython's tokenizer passes these on as operators no grammar rule accepts, so the
        // parser fails at them ("invalid syntax") if it gets that far.
        let stray = match ch {
            '!' => "!",
            '$' => "$",
            '?' => "?",
            '`' => "`",
            _ => return Err(self.invalid_char(ch, self.pos)),
        };
        self.push(Tok::Op(stray), self.pos, self.pos + 1);
        self.pos += 1;
        Ok(())
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = self.pos;
        let digits = |i: &mut usize, ok: &dyn Fn(u8) -> bool| {
            while *i < b.len() && (ok(b[*i]) || (b[*i] == b'_' && *i + 1 < b.len() && ok(b[*i + 1]))) {
                *i += 1;
            }
        };
        if b[i] == b'0' && i + 1 < b.len() && matches!(b[i + 1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let radix = match b[i + 1] {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                _ => 2,
            };
            i += 2;
            let ds = i;
            digits(&mut i, &|c: u8| (c as char).is_digit(radix));
            let text: String = self.src[ds..i].chars().filter(|c| *c != '_').collect();
            let kind = ["binary", "octal", "hexadecimal"][(radix / 8).min(2) as usize];
            // CPython reads a digit the base lacks, or the character after `_`, then points at
            // it; at the end it points at the last character read.
            if let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                return Err(self.err(format!("invalid digit '{}' in {kind} literal", d as char), i, i + 1));
            }
            if text.is_empty() || b.get(i) == Some(&b'_') {
                let at = if b.get(i) == Some(&b'_') { i } else { i - 1 };
                return Err(self.err(format!("invalid {kind} literal"), at, at + 1));
            }
            self.end_of_number(start, i, kind)?;
            self.pos = i;
            let v = BigInt::parse_bytes(text.as_bytes(), radix).ok_or_else(|| self.err("invalid syntax", start, i))?;
            return self.finish_int(v, start);
        }
        digits(&mut i, &|c: u8| c.is_ascii_digit());
        let mut is_float = false;
        if i < b.len() && b[i] == b'.' {
            is_float = true;
            i += 1;
            digits(&mut i, &|c: u8| c.is_ascii_digit());
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                is_float = true;
                i = j;
                digits(&mut i, &|c: u8| c.is_ascii_digit());
            }
        }
        let text: String = self.src[start..i].chars().filter(|c| *c != '_').collect();
        if i < b.len() && (b[i] == b'j' || b[i] == b'J') {
            self.end_of_number(start, i + 1, "imaginary")?;
            self.pos = i + 1;
            let v: f64 = text.parse().unwrap_or(0.0);
            self.push(Tok::Imag(v), start, self.pos);
            return Ok(());
        }
        self.end_of_number(start, i, "decimal")?;
        self.pos = i;
        if is_float {
            let v: f64 = text.parse().map_err(|_| self.err("invalid syntax", start, i))?;
            self.push(Tok::Float(v), start, i);
            return Ok(());
        }
        if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
            return Err(self.err(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                i,
            ));
        }
        let v = BigInt::parse_bytes(text.as_bytes(), 10).ok_or_else(|| self.err("invalid syntax", start, i))?;
        self.finish_int(v, start)
    }

    /// CPython's `verify_end_of_number`: a literal run into a name is an error, except where
    /// valid code can have a keyword there (`1if x else y`), which only warns.
    fn end_of_number(&mut self, start: usize, i: usize, kind: &str) -> Result<(), SyntaxError> {
        let rest = &self.bytes[i.min(self.bytes.len())..];
        let Some(&c) = rest.first() else { return Ok(()) };
        let after = &rest[1..];
        // The keyword's rest, not run on into a longer name (`100andom` is an error); for
        // `if`/`in`/`is` CPython looks at one letter only.
        let word = |tail: &[u8]| {
            after.starts_with(tail)
                && !after.get(tail.len()).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
        };
        let keyword_next = match c {
            b'a' => word(b"nd"),
            b'e' => word(b"lse"),
            b'f' => word(b"or"),
            b'i' => matches!(after.first(), Some(b'f' | b'n' | b's')),
            b'o' => word(b"r"),
            b'n' => word(b"ot"),
            _ => false,
        };
        if keyword_next {
            self.warnings.push((start as u32, format!("invalid {kind} literal")));
        } else if c == b'_' {
            return Err(self.err(format!("invalid {kind} literal"), i, i + 1));
        } else if c.is_ascii_alphanumeric() || c >= 0x80 {
            return Err(self.err(format!("invalid {kind} literal"), i - 1, i));
        }
        Ok(())
    }

    fn finish_int(&mut self, v: BigInt, start: usize) -> Result<(), SyntaxError> {
        use num_traits::ToPrimitive;
        let tok = match v.to_i64() {
            Some(i) => Tok::Int(i),
            None => Tok::BigInt(Rc::new(v)),
        };
        self.push(tok, start, self.pos);
        Ok(())
    }

    /// A string literal starting at `start` (prefix included) whose quote is at `q`.
    fn string(&mut self, start: usize, q: usize) -> Result<(), SyntaxError> {
        let prefix = self.src[start..q].to_ascii_lowercase();
        let raw = prefix.contains('r');
        let fstring = prefix.contains('f');
        let bytes = prefix.contains('b');
        let quote = self.bytes[q];
        let triple = self.bytes.get(q + 1) == Some(&quote) && self.bytes.get(q + 2) == Some(&quote);
        let body_start = if triple { q + 3 } else { q + 1 };
        let mut i = body_start;
        loop {
            if i >= self.bytes.len() {
                let body = self.src.strip_suffix('\n').unwrap_or(self.src);
                let line = body.matches('\n').count() + 1;
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        self.src[..q].matches('\n').count() + 1
                    )
                };
                return Err(self.err(msg, start, start + 1));
            }
            let c = self.bytes[i];
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == b'\n' && !triple {
                let line = self.src[..q].matches('\n').count() + 1;
                return Err(self.err(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start + 1,
                ));
            }
            if c == quote
                && (!triple || (self.bytes.get(i + 1) == Some(&quote) && self.bytes.get(i + 2) == Some(&quote)))
            {
                break;
            }
            i += 1;
        }
        let body = &self.src[body_start..i];
        let end = if triple { i + 3 } else { i + 1 };
        let value: Rc<str> = if fstring || raw {
            Rc::from(body)
        } else {
            Rc::from(unescape(body).map_err(|m| self.err(m, start, end))?)
        };
        self.pos = end;
        self.push(Tok::Str { value, fstring, raw, bytes, body_start: body_start as u32 }, start, end);
        Ok(())
    }
}

/// Processes backslash escapes of a non-raw string literal.
pub fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.next().and_then(|c| c.to_digit(16)) {
                        Some(d) => v = v * 16 + d,
                        None => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            let _ = k;
                            return Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes: {what}"));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(
                            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character"
                                .into(),
                        )
                    }
                }
            }
            'N' => return Err("(unicode error) metalab does not support \\N{...} escapes".into()),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
