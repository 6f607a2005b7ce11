//! Source text to AST: a hand-written lexer and recursive-descent parser (after ruff's), with a
//! byte range on every node and CPython-worded `SyntaxError`s.

pub mod ast;
mod await_check;
mod backtrack;
mod braces;
mod eof_probe;
mod error;
mod expr;
pub mod fold;
mod future;
mod lexer;
mod lines;
mod parser;
mod pattern_check;
mod patterns;
mod scope;
mod starred_check;
mod unparse;
mod walrus_check;
mod warnings;
mod yield_spill;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lines::LineIndex;
pub use parser::is_keyword;

/// Parses `eval()`'s input: an expression (list), as CPython's "eval" mode.
pub fn parse_eval(source: &str) -> Result<ast::Expr, SyntaxError> {
    let lexed = lexer::Lexer::new(source).tokenize_lazily();
    let mut p = parser::Parser::new(source, lexed.tokens);
    let parsed = tokenizer_first(p.parse_eval(), &p, lexed.error)?;
    match (parsed, lexed.unclosed) {
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

/// The tokenizer's error when CPython reports it rather than the parser's result. CPython's
/// tokenizer runs as its parser asks for tokens, so its error comes first when the parser got
/// that far. After a parser error CPython tokenizes the rest of the input, and an error the
/// tokenizer raises itself (unterminated string, invalid character, unmatched bracket, bad
/// number) replaces it; the errors its parser words from the tokenizer's state (indentation,
/// tabs, a character after `\`, EOF after `\`) don't, nor does "unexpected (un)indent".
fn tokenizer_first<T>(
    parsed: Result<T, SyntaxError>,
    p: &parser::Parser,
    error: Option<SyntaxError>,
) -> Result<Result<T, SyntaxError>, SyntaxError> {
    let Some(lex) = error else { return Ok(parsed) };
    let Err(parse) = parsed else { return Err(lex) };
    if p.reached_last() {
        return Err(lex);
    }
    let raised_by_tokenizer = lex.kind == SyntaxErrorKind::SyntaxError
        && !matches!(
            lex.msg.as_str(),
            "unexpected character after line continuation character" | "unexpected EOF while parsing"
        );
    Err(if raised_by_tokenizer && !generic_indent(&parse) { lex } else { parse })
}

/// The parser's "unexpected (un)indent", after which CPython tokenizes no further.
fn generic_indent(e: &SyntaxError) -> bool {
    matches!(e.msg.as_str(), "unexpected indent" | "unexpected unindent")
}

/// Parses a whole module. Function bodies are scope-annotated (see `ast::ScopeInfo`).
/// The tokenizer's SyntaxWarnings come first in the module's (or the error's) warnings: CPython
/// prints them as it tokenizes, before it compiles. After a parser error it tokenizes the rest
/// of the input, except after "unexpected (un)indent".
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parse_module_inheriting(source, false)
}

/// `parse_module` for `exec`'s input, which takes `from __future__ import annotations` from
/// the code calling it (`future_annotations`), as CPython's `exec` inherits compiler flags.
pub fn parse_module_inheriting(source: &str, future_annotations: bool) -> Result<ast::Module, SyntaxError> {
    let mut lexed = lexer::Lexer::new(source).tokenize_lazily();
    let mut warnings = std::mem::take(&mut lexed.warnings);
    let mut p = parser::Parser::new(source, std::mem::take(&mut lexed.tokens));
    p.future.annotations = future_annotations;
    let result = module_or_error(&mut p, source, lexed);
    // The tokenizer's warnings in source order (f-strings' are found as they are parsed).
    warnings.append(&mut p.lex_warnings);
    warnings.sort_by_key(|w| w.0);
    match result {
        Ok(mut m) => {
            warnings.append(&mut m.warnings);
            m.warnings = warnings;
            Ok(m)
        }
        Err(mut e) => {
            if generic_indent(&e) {
                let reached = p.looked_end();
                warnings.retain(|(at, _)| *at < reached);
            }
            e.warnings = warnings;
            Err(e)
        }
    }
}

fn module_or_error(p: &mut parser::Parser, source: &str, lexed: lexer::Lexed) -> Result<ast::Module, SyntaxError> {
    let unclosed = lexed.unclosed;
    let parsed = tokenizer_first(p.parse_module(), p, lexed.error)?;
    match parsed {
        Ok(m) => match unclosed {
            Some(e) => Err(e),
            None => Ok(m),
        },
        // CPython prefers the tokenizer's "never closed" when the parser stopped at the end of
        // the input or on a later line than the bracket (`_PyPegen_tokenize_full_source_...`).
        Err(e) => match unclosed {
            Some(u) if p.at_end() || LineIndex::new(source).line(p.stop_offset()) > u.line => Err(u),
            // Or when its second pass read on to the end, or to a later line: `a b{`.
            Some(u) if second_pass_passes(p, source, u.line) => Err(u),
            _ => Err(e),
        },
    }
}

/// Whether CPython's second pass reads past the line of the unclosed bracket (`line`), or to
/// the end of the input (`eof_probe`).
fn second_pass_passes(p: &parser::Parser, source: &str, line: u32) -> bool {
    let reach = eof_probe::second_pass_reach(source, p.toks.clone(), p.pos);
    reach as usize >= source.len() || LineIndex::new(source).line(reach) > line
}
