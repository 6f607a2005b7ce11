//! Source text to AST: a hand-written lexer and recursive-descent parser (after ruff's), with a
//! byte range on every node and CPython-worded `SyntaxError`s.

pub mod ast;
mod error;
mod lines;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lines::LineIndex;

/// Parses a whole module. The body is scope-annotated (see `ast::ScopeInfo`).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let _ = source;
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "parser not implemented".into(),
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
        text: String::new(),
    })
}
