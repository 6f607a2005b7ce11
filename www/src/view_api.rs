//! The view model for the embeds (www/embed/metalab-embed.js), exported to JS without yew: the
//! same call-chain lines, explanations, object graph, share fragments and UI strings as the
//! page, so an embedded lab and the full lab never disagree. Results cross as JSON text.

use crate::i18n::{returned_by, t, Key, Lang};
use crate::share;
use crate::state::explain::explain;
use crate::state::graph::{edge_path, graph_at, layout, Kind};
use crate::state::rows::row_text;
use crate::state::tree::visible_rows;
use crate::state::Run;
use serde_json::{json, Value};
use std::collections::HashSet;
use wasm_bindgen::prelude::*;

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::En)
}

/// One finished run, as the embed steps through it.
#[wasm_bindgen]
pub struct View {
    run: Run,
}

#[wasm_bindgen]
impl View {
    /// `result_json`: the runner's RunResult as JSON.
    #[wasm_bindgen(constructor)]
    pub fn new(source: String, result_json: &str) -> Result<View, JsError> {
        Run::from_json(source, result_json).map(|run| View { run }).map_err(|e| JsError::new(&e))
    }

    /// Number of steps (trace events).
    pub fn len(&self) -> usize {
        self.run.len()
    }

    #[wasm_bindgen(js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.run.is_empty()
    }

    /// The source line of a step (0 when it has none).
    pub fn line(&self, step: usize) -> u32 {
        self.run.result.events.get(step).map_or(0, |e| e.line)
    }

    /// What happened at a step, in one sentence.
    pub fn explain(&self, step: usize, lang: &str) -> String {
        explain(&self.run, step, lang_of(lang))
    }

    /// The step after the call at `step` returns (the step itself if it is not a call).
    #[wasm_bindgen(js_name = stepOver)]
    pub fn step_over(&self, step: usize) -> usize {
        self.run.step_over(step)
    }

    /// The call-chain lines, JSON: `[{step, level, mark, kind, name, detail, builtin, line}]`.
    pub fn rows(&self, lang: &str) -> String {
        let lang = lang_of(lang);
        let rows: Vec<Value> = visible_rows(&self.run.tree, &HashSet::new())
            .iter()
            .map(|row| {
                let ev = &self.run.result.events[row.index];
                let text = row_text(ev, lang);
                json!({
                    "step": row.index, "level": row.level, "mark": text.mark, "kind": text.kind,
                    "name": text.name, "detail": text.detail, "builtin": ev.builtin, "line": ev.line,
                })
            })
            .collect();
        Value::Array(rows).to_string()
    }

    /// The objects at a step, placed for SVG, JSON: `{width, height, nodes: [{id, kind, label,
    /// title, returned, x, y, w, h}], edges: [{kind, path, title}]}`.
    pub fn graph(&self, step: usize, lang: &str) -> String {
        let lang = lang_of(lang);
        let graph = graph_at(&self.run, step);
        let placed = layout(&graph);
        let nodes: Vec<Value> = placed
            .nodes
            .iter()
            .map(|p| {
                let n = &p.node;
                let returned = (n.kind == Kind::Instance && n.returned > 0).then(|| returned_by(lang, n.returned));
                json!({
                    "id": n.id, "kind": n.kind.name(), "label": n.label, "title": n.title(lang),
                    "returned": returned, "x": p.x, "y": p.y, "w": p.w, "h": crate::state::graph::NODE_H,
                })
            })
            .collect();
        let edges: Vec<Value> = graph
            .edges
            .iter()
            .filter_map(|e| {
                Some(json!({ "kind": e.kind.name(), "path": edge_path(&placed, e)?, "title": t(lang, e.kind.key()) }))
            })
            .collect();
        json!({ "width": placed.width, "height": placed.height, "nodes": nodes, "edges": edges }).to_string()
    }
}

/// Every UI string in a language, JSON: `{"Run": "Run", "Stop": "Stop", ...}`.
#[wasm_bindgen]
pub fn strings(lang: &str) -> String {
    let lang = lang_of(lang);
    let map: serde_json::Map<String, Value> =
        Key::ALL.iter().map(|&k| (k.name().to_string(), Value::from(t(lang, k)))).collect();
    Value::Object(map).to_string()
}

/// Reads a share/embed fragment, JSON: `{code, step, lang}` (null where absent or malformed).
#[wasm_bindgen(js_name = parseFragment)]
pub fn parse_fragment(fragment: &str) -> String {
    let s = share::parse_fragment(fragment);
    json!({ "code": s.code, "step": s.step, "lang": s.lang.map(Lang::code) }).to_string()
}

/// The fragment for code, an optional step and a language (the page's share-link format).
#[wasm_bindgen(js_name = toFragment)]
pub fn to_fragment(code: &str, step: Option<usize>, lang: &str) -> String {
    share::to_fragment(code, step, lang_of(lang))
}
