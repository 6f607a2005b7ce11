//! Source text to AST: a hand-written lexer and recursive-descent parser (after ruff's), with a
//! byte range on every node and CPython-worded `SyntaxError`s.

pub mod ast;
mod error;
mod expr;
pub mod fold;
mod lexer;
mod lines;
mod parser;
mod pattern_check;
mod patterns;
mod scope;
mod warnings;
mod yield_spill;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lines::LineIndex;

/// Parses a whole module. Function bodies are scope-annotated (see `ast::ScopeInfo`).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let (toks, unclosed) = lexer::Lexer::new(source).tokenize()?;
    let mut p = parser::Parser::new(source, toks);
    match p.parse_module() {
        Ok(m) => match unclosed {
            Some(e) => Err(e),
            None => Ok(m),
        },
        // CPython prefers the tokenizer's "never closed" when the parser stopped at the end of
        // the input or on a later line than the bracket (`_PyPegen_tokenize_full_source_...`).
        Err(e) => match unclosed {
            Some(u) if p.at_end() || LineIndex::new(source).line(p.stop_offset()) > u.line => Err(u),
            _ => Err(e),
        },
    }
}
