//! The JS side of the page, on `globalThis.metalabUi` (set up by index.html): the CodeMirror
//! editor (www/js/editor.js), the Worker runner (www/runner/runner.js), the URL fragment and the
//! clipboard. Natively these functions exist but must not be called (the tests never do).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_namespace = metalabUi)]
extern "C" {
    /// Creates the editor in `parent` with `text`; `on_change(text)` after each edit, `on_run()`
    /// on Ctrl/Cmd+Enter.
    #[wasm_bindgen(js_name = createEditor)]
    pub fn create_editor(parent: &web_sys::Element, text: &str, on_change: &JsValue, on_run: &JsValue);
    #[wasm_bindgen(js_name = getText)]
    pub fn get_text() -> String;
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(text: &str);
    /// 1-based lines; 0 = none.
    #[wasm_bindgen(js_name = highlight)]
    pub fn highlight(step_line: u32, error_line: u32);
    /// Resolves to metalab's version once the Worker's wasm is loaded.
    #[wasm_bindgen(js_name = runnerReady)]
    pub fn runner_ready() -> js_sys::Promise;
    /// Runs with tracing; resolves to the RunResult as JSON text, rejects with Error("stopped").
    #[wasm_bindgen(js_name = runTraced)]
    pub fn run_traced(source: &str, stdin: js_sys::Array, max_steps: f64) -> js_sys::Promise;
    /// Resolves to the text of the lesson file `file` (dist/lessons/), rejects with an Error.
    #[wasm_bindgen(js_name = lessonText)]
    pub fn lesson_text(file: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = stop)]
    pub fn stop();
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = language)]
    pub fn navigator_language() -> String;
    #[wasm_bindgen(js_name = getHash)]
    pub fn get_hash() -> String;
    /// Replaces the fragment without adding a history entry.
    #[wasm_bindgen(js_name = setHash)]
    pub fn set_hash(fragment: &str);
    #[wasm_bindgen(js_name = pageUrl)]
    pub fn page_url() -> String;
    /// Scrolls the element matching `selector` into view within its panel.
    #[wasm_bindgen(js_name = reveal)]
    pub fn reveal(selector: &str);
    /// `document.documentElement.lang`.
    #[wasm_bindgen(js_name = setDocumentLang)]
    pub fn set_document_lang(lang: &str);
}

/// The message of a rejected promise's value (an Error or anything else).
pub fn error_message(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        return s;
    }
    js_sys::Reflect::get(value, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
