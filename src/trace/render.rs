//! Renders a trace as an indented tree a learner can read (`metalab trace FILE`).

use super::{Event, EventKind};
use std::fmt::Write;

pub fn render_tree(events: &[Event]) -> String {
    let mut out = String::new();
    for ev in events {
        let indent = "  ".repeat(ev.depth as usize);
        let tag = if ev.builtin { " [builtin]" } else { "" };
        let recv = ev.receiver.as_ref().map(|r| format!(" on {} #{}", r.repr, r.id)).unwrap_or_default();
        let _ = match ev.kind {
            EventKind::Call => writeln!(out, "{indent}→ {}{recv}{tag}  (line {})", ev.qualname, ev.line),
            EventKind::Return => {
                writeln!(out, "{indent}← {} returned {}", ev.qualname, ev.result.as_deref().unwrap_or("None"))
            }
            EventKind::Raise => {
                writeln!(out, "{indent}✗ {} raised {}", ev.qualname, ev.result.as_deref().unwrap_or(""))
            }
            EventKind::Lookup => writeln!(
                out,
                "{indent}· .{} found in {}",
                ev.attr.as_deref().unwrap_or(""),
                ev.found.as_deref().unwrap_or("?")
            ),
        };
    }
    out
}
