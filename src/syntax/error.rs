//! Syntax errors carry what CPython's traceback for a `SyntaxError` prints.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A parse failure, positioned like CPython's (`line` 1-based; `col`/`end_col` 1-based
/// character offsets into the line, as in `SyntaxError.offset`/`end_offset`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on, without its newline.
    pub text: String,
    /// The tokenizer's SyntaxWarnings before the error (source offset, message): CPython
    /// prints them before the error.
    pub warnings: Vec<(u32, String)>,
    /// Located at the DEDENT that ends the input: reading a file (not a string), CPython's
    /// tokenizer gives that token no column, so no caret is shown.
    pub at_eof: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}
