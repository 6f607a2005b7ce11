//! `repr(str)` and `ascii()` as in CPython's `unicode_repr`.

use super::unicode_tables::NON_PRINTABLE;
use std::fmt::Write;

/// `str.isprintable()` for one character (Unicode 14.0, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

fn push_escape(out: &mut String, c: u32) {
    let _ = if c <= 0xff {
        write!(out, "\\x{c:02x}")
    } else if c <= 0xffff {
        write!(out, "\\u{c:04x}")
    } else {
        write!(out, "\\U{c:08x}")
    };
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_escape(&mut out, c as u32),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// Turn an already-computed `repr()` into `ascii()` output: every
/// non-ASCII character becomes `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_repr_of(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("\u{a0}\u{2028}\u{7f}\u{1}"), "'\\xa0\\u2028\\x7f\\x01'");
        assert_eq!(str_repr("日本"), "'日本'");
        assert_eq!(str_repr("\u{e0000}"), "'\\U000e0000'");
        assert_eq!(ascii_repr_of("'é日😀'"), "'\\xe9\\u65e5\\U0001f600'");
    }
}
