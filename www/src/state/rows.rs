//! The text of one call-chain line, shared by the page and the embeds.

use crate::i18n::{t, Key, Lang};
use metalab::trace::{Event, EventKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowText {
    /// →, ←, ✗ or ·
    pub mark: &'static str,
    /// The CSS class: call, return, raise or lookup.
    pub kind: &'static str,
    /// The function's qualified name (empty for a lookup, whose detail names the attribute).
    pub name: String,
    pub detail: String,
}

pub fn row_text(ev: &Event, lang: Lang) -> RowText {
    let (mark, kind) = match ev.kind {
        EventKind::Call => ("→", "call"),
        EventKind::Return => ("←", "return"),
        EventKind::Raise => ("✗", "raise"),
        EventKind::Lookup => ("·", "lookup"),
    };
    let detail = match ev.kind {
        EventKind::Call => ev.receiver.as_ref().map(|r| format!("({})", r.repr)).unwrap_or_default(),
        EventKind::Return => format!("{} {}", t(lang, Key::Returns), ev.result.as_deref().unwrap_or("None")),
        EventKind::Raise => format!("{} {}", t(lang, Key::Raises), ev.result.as_deref().unwrap_or("?")),
        EventKind::Lookup => format!(
            ".{} — {} {}",
            ev.attr.as_deref().unwrap_or("?"),
            t(lang, Key::FoundIn),
            ev.found.as_deref().unwrap_or("?")
        ),
    };
    let name = if ev.kind == EventKind::Lookup { String::new() } else { ev.qualname.clone() };
    RowText { mark, kind, name, detail }
}
