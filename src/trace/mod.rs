//! The dispatch trace: one structured event per step the interpreter takes for the object
//! model, including the steps CPython does in C (`type.__call__`, `object.__new__`, ...).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Call,
    Return,
    Raise,
    /// An attribute lookup on a user object, with where the value was found.
    Lookup,
}

/// An object as the trace shows it: its stable number within the run plus a short label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjRef {
    pub id: u64,
    #[serde(rename = "type")]
    pub type_name: String,
    pub repr: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    /// What runs: `type.__call__`, `Meta.__call__`, `Foo.__init__`, `Foo` for a class body.
    pub qualname: String,
    /// True for steps CPython performs in C rather than in Python code.
    pub builtin: bool,
    pub line: u32,
    pub depth: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receiver: Option<ObjRef>,
    /// On `return`: short repr of the result. On `raise`: `Type: message`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// On `return`: the result as an object, when it is one worth numbering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_obj: Option<ObjRef>,
    /// On `lookup`: the attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attr: Option<String>,
    /// On `lookup`: where the value was found, e.g. `data descriptor in Foo`,
    /// `instance __dict__`, `non-data descriptor in Base`, `class Foo`, `__getattr__`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
}

impl Event {
    pub fn new(kind: EventKind, qualname: impl Into<String>, builtin: bool, line: u32, depth: u32) -> Self {
        Event {
            kind,
            qualname: qualname.into(),
            builtin,
            line,
            depth,
            receiver: None,
            result: None,
            result_obj: None,
            attr: None,
            found: None,
        }
    }
}

mod render;
pub use render::render_tree;
