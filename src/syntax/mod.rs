//! Source text to AST: a hand-written lexer and recursive-descent parser (after ruff's), with a
//! byte range on every node and CPython-worded `SyntaxError`s.

pub mod ast;
mod error;
mod expr;
mod lexer;
mod lines;
mod parser;
mod scope;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lines::LineIndex;

/// Parses a whole module. Function bodies are scope-annotated (see `ast::ScopeInfo`).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let toks = lexer::Lexer::new(source).tokenize()?;
    parser::Parser::new(source, toks).parse_module()
}
