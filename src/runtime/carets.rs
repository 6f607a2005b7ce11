//! The `^^^^` / `~~^~~` line CPython 3.11 prints under a traceback's source line, marking
//! the expression that was running (`Python/traceback.c`, `tb_displayline`).
//!
//! The rules, as CPython applies them: nothing when the expression covers the whole line;
//! for a binary operation `~` under the operands and `^` under the operator; for a
//! subscript `~` under the value and `^` under `[...]`; otherwise `^` under the whole
//! expression. An expression running past the end of its line is marked to the line's end.
//! Columns count display width (CJK characters take two), as CPython does.

use crate::syntax::ast::{ExprKind, StmtKind};

/// The caret line (with its newline) for the expression at bytes `start..end` of `source`
/// on the line beginning at `line_start`, or `None` when CPython prints none.
///
/// `module` gives the `traceback` module's variant (`format_frame_summary` in 3.11), which
/// shows the line without its trailing blanks, leaves them out of the whole-line test, and
/// (a 3.11 slip) also subtracts them from the carets' indent.
pub fn caret_line(source: &str, line_start: u32, start: u32, end: u32, module: bool) -> Option<String> {
    let (line_start, start, end) = (line_start as usize, start as usize, end as usize);
    if end <= start || start < line_start || end > source.len() {
        return None;
    }
    let rest = source.get(line_start..)?;
    let line = rest.split('\n').next()?.trim_end_matches('\r');
    let line_end = line_start + line.len();
    let indent = line.len() - line.trim_start().len();
    let content_end = line.trim_end().len();
    let col = |byte: usize| line.get(..byte - line_start).map(display_width);
    let start_col = col(start)?;
    let (end_col, anchors) = if end <= line_end {
        let segment = source.get(start..end)?;
        (col(end)?, anchors(segment))
    } else {
        // Runs onto later lines: mark up to the last non-blank character of this one.
        (display_width(line.get(..content_end)?), None)
    };
    // The trailing blanks the module strips from the line (characters, not columns).
    let trailing = if module { line[content_end..].chars().count() } else { 0 };
    let indent_col = display_width(line.get(..indent)?) + trailing;
    // The line as CPython shows it: without its indentation, and for the interpreter's own
    // report with any trailing blanks.
    let shown = if module { line.get(indent..content_end.max(indent))? } else { line.get(indent..)? };
    if end_col.saturating_sub(start_col) >= display_width(shown) && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_col.saturating_sub(indent_col)));
    let width = end_col.saturating_sub(start_col);
    match anchors {
        Some((left, right)) => {
            let (left, right) = (left.min(width), right.min(width).max(left.min(width)));
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat(width - right));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// Where the `^` part starts and ends (display columns within `segment`) when the segment
/// parses as a binary operation or a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    let bytes = segment.as_bytes();
    let width = |b: usize| segment.get(..b.min(segment.len())).map(display_width);
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.range.end as usize;
            let op_end = right.range.start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut l = op_start + op_offset;
            let mut r = l + 1;
            if op_offset + 1 < op_str.len() && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace() {
                r += 1;
            }
            while l < bytes.len() && (bytes[l].is_ascii_whitespace() || bytes[l] == b')' || bytes[l] == b'#') {
                l += 1;
                r += 1;
            }
            Some((width(l)?, width(r)?))
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = value.range.end as usize;
            let mut r = slice.range.end as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            Some((width(l)?, width(r)?))
        }
        _ => None,
    }
}

/// Terminal columns: East Asian wide and fullwidth characters take two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD)
}
