//! Cases shared by tests/wasm_node.rs and tests/wasm_browser.rs: the JS API (`metalab::wasm::run`)
//! and the core (`metalab::run`) as compiled to wasm32, with the wasm stack from .cargo/config.toml.

use js_sys::{Array, Object, Reflect, JSON};
use metalab::{wasm, RunOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// `metalab.run(source, JSON.parse(options))`, which must not throw.
fn run_js(source: &str, options: &str) -> JsValue {
    let options = if options.is_empty() { JsValue::UNDEFINED } else { JSON::parse(options).expect("valid JSON") };
    match wasm::run(source, options) {
        Ok(v) => v,
        Err(e) => panic!("run threw: {:?}", JsValue::from(e)),
    }
}

/// The message of the Error `metalab.run(source, JSON.parse(options))` throws.
fn run_js_err(source: &str, options: &str) -> String {
    let options = JSON::parse(options).expect("valid JSON");
    match wasm::run(source, options) {
        Ok(v) => panic!("expected an Error, got {:?}", JSON::stringify(&v)),
        Err(e) => {
            let e: JsValue = e.into();
            let e: js_sys::Error = e.dyn_into().expect("a JS Error");
            e.message().into()
        }
    }
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("object")
}

fn get_str(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_else(|| panic!("`{key}` is not a string: {:?}", get(v, key)))
}

/// `result.error.type` and `.message`, which must be present.
fn error_of(result: &JsValue) -> (String, String) {
    let error = get(result, "error");
    assert!(error.is_object(), "expected an error, got {:?} (stdout {:?})", error, get(result, "stdout"));
    (get_str(&error, "type"), get_str(&error, "message"))
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object()
        && !v.is_instance_of::<js_sys::Map>()
        && JsValue::from(Object::get_prototype_of(v)) == JsValue::from(Object::get_prototype_of(&Object::new()))
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn result_is_a_plain_json_object() {
    let r = run_js("x = 1\n", "");
    assert!(is_plain_object(&r), "RunResult must be a plain object, not a Map");
    assert!(get(&r, "stdout").is_string());
    assert!(get(&r, "error").is_null());
    assert!(Array::is_array(&get(&r, "events")));
    assert!(Array::is_array(&get(&r, "objects")));
    let keys: Vec<String> = Object::keys(r.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect();
    assert_eq!(keys, ["stdout", "stderr", "error", "events", "objects"]);
}

#[wasm_bindgen_test]
fn print_hi() {
    let r = run_js("print('hi')", "");
    assert_eq!(get_str(&r, "stdout"), "hi\n");
    assert!(get(&r, "error").is_null(), "unexpected error {:?}", JSON::stringify(&get(&r, "error")));
}

#[wasm_bindgen_test]
fn options_are_used() {
    let r = run_js("print(input())\n", r#"{"stdin": ["from stdin"], "maxSteps": 100000, "trace": false}"#);
    assert_eq!(get_str(&r, "stdout"), "from stdin\n");
    let r = run_js("1/0\n", r#"{"filename": "lesson.py"}"#);
    let (t, _) = error_of(&r);
    assert_eq!(t, "ZeroDivisionError");
    let tb = get_str(&get(&r, "error"), "traceback");
    assert!(tb.contains("File \"lesson.py\", line 1"), "traceback: {tb}");
    // null means "absent", like undefined.
    run_js("", r#"{"maxSteps": null, "trace": null, "stdin": null, "filename": null}"#);
}

#[wasm_bindgen_test]
fn bad_options_throw_a_clear_error() {
    for (options, needle) in [
        (r#"{"maxSteps": -1}"#, "maxSteps must be a positive integer"),
        (r#"{"maxSteps": 1.5}"#, "maxSteps must be a positive integer"),
        (r#"{"maxSteps": "10"}"#, "invalid options"),
        (r#"{"maxstep": 10}"#, "unknown option `maxstep`"),
        (r#"{"stdin": "one line"}"#, "stdin must be an array of strings"),
        (r#"{"stdin": ["a", 1]}"#, "stdin must be an array of strings"),
        (r#"{"trace": 1}"#, "invalid options"),
        (r#"{"filename": 7}"#, "invalid options"),
        ("5", "options must be an object"),
        ("[1]", "options must be an object"),
    ] {
        let msg = run_js_err("print(1)", options);
        assert!(msg.contains(needle), "{options}: message {msg:?} lacks {needle:?}");
        assert!(msg.starts_with("metalab.run: invalid options: "), "{msg}");
    }
    // The module is still usable afterwards (nothing panicked).
    run_js("x = 1\n", "");
}

#[wasm_bindgen_test]
fn trace_events_have_the_documented_shape() {
    let src = "class A:\n    def __init__(self):\n        self.x = 1\na = A()\nprint(a.x)\n";
    let r = run_js(src, r#"{"trace": true}"#);
    let events = get(&r, "events");
    assert!(Array::is_array(&events));
    let events: Array = events.unchecked_into();
    assert!(events.length() > 0, "tracing `A()` must record events");
    for e in events.iter() {
        assert!(is_plain_object(&e));
        let kind = get_str(&e, "kind");
        assert!(["call", "return", "raise", "lookup"].contains(&kind.as_str()), "kind {kind}");
        get_str(&e, "qualname");
        assert!(get(&e, "builtin").as_bool().is_some(), "builtin is a boolean");
        assert!(get(&e, "line").as_f64().is_some_and(|n| n >= 0.0 && n.fract() == 0.0), "line");
        assert!(get(&e, "depth").as_f64().is_some_and(|n| n >= 0.0 && n.fract() == 0.0), "depth");
        // Absent optional fields are left out, not null.
        for key in ["receiver", "result", "result_obj", "attr", "found"] {
            assert!(!get(&e, key).is_null(), "{key} is null instead of absent");
        }
    }
    let qualnames: Vec<String> = events.iter().map(|e| get_str(&e, "qualname")).collect();
    assert!(qualnames.iter().any(|q| q == "A.__init__"), "no A.__init__ call in {qualnames:?}");
    // Without `trace`, no events.
    let r = run_js(src, "");
    assert_eq!(Array::from(&get(&r, "events")).length(), 0);
}

#[wasm_bindgen_test]
fn recursion_limit_is_a_recursion_error_not_a_trap() {
    let src = "def f(n):\n    return f(n+1)\nf(0)\n";
    let r = run_js(src, "");
    assert_eq!(error_of(&r), ("RecursionError".into(), "maximum recursion depth exceeded".into()));
    // The same through the core API, and again (the instance survived).
    let r = metalab::run(src, &RunOptions::default());
    let e = r.error.expect("an error");
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RecursionError", "maximum recursion depth exceeded"));
}

#[wasm_bindgen_test]
fn recursion_to_depth_990_works() {
    let r = run_js("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\n", "");
    assert_eq!(get_str(&r, "stdout"), "990\n");
    assert!(get(&r, "error").is_null());
}

#[wasm_bindgen_test]
fn deeply_nested_source_is_a_syntax_error_not_a_trap() {
    let r = metalab::run(&"(".repeat(10_000), &RunOptions::default());
    assert_eq!(r.error.expect("an error").type_name, "SyntaxError");
}

/// `exec` parses below the running program's frames: here 900 Python calls deep, near the
/// recursion limit.
#[wasm_bindgen_test]
fn deeply_nested_exec_source_is_a_syntax_error_not_a_trap() {
    let src = "def f(n):\n    if n:\n        return f(n - 1)\n    try:\n        exec('(' * 10000)\n    except SyntaxError as e:\n        print(e.msg)\nf(900)\n";
    let r = metalab::run(src, &RunOptions::default());
    assert_eq!(r.stdout, "too many nested parentheses\n");
}

/// Every bracketed form nested to CPython's limit, and left unclosed (program 847, whose
/// `.expected` CPython wrote), on the engine's own stack.
#[wasm_bindgen_test]
fn brackets_nested_to_the_limit_parse() {
    let r = metalab::run(include_str!("../programs/847_deep_brackets.py"), &RunOptions::default());
    assert_eq!(r.stdout, include_str!("../programs/847_deep_brackets.expected"));
    assert!(r.error.is_none());
}

#[wasm_bindgen_test]
fn infinite_loop_hits_the_step_budget() {
    let r = run_js("while True:\n    pass\n", r#"{"maxSteps": 100000}"#);
    let (t, _) = error_of(&r);
    assert_eq!(t, "StepLimitExceeded");
}
