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

/// Parses `eval()`'s input: an expression (list), as CPython's "eval" mode.
pub fn parse_eval(source: &str) -> Result<ast::Expr, SyntaxError> {
    let (toks, unclosed) = lexer::Lexer::new(source).tokenize()?;
    let mut p = parser::Parser::new(source, toks);
    match (p.parse_eval(), unclosed) {
        (Ok(e), None) => Ok(e),
        (Ok(_), Some(u)) => Err(u),
        (Err(_), Some(u)) if p.at_end() || LineIndex::new(source).line(p.stop_offset()) > u.line => Err(u),
        // CPython gives no column for "invalid syntax" at the end of the input in this mode,
        // nor a line for an empty input.
        (Err(mut e), _) if e.col as usize > source.trim_end().chars().count() && e.msg == "invalid syntax" => {
            if source.trim().is_empty() {
                (e.line, e.end_line, e.text) = (0, 0, String::new());
            }
            (e.col, e.end_col) = (0, 0);
            Err(e)
        }
        (Err(e), _) => Err(e),
    }
}

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
