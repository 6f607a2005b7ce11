//! The trace contract: the qualnames of metalab's non-builtin `call` events equal, in order,
//! the Python code CPython 3.11 enters (`sys.setprofile` "call" events, `<module>` left out),
//! recorded in `tests/programs/*.calls` and `www/lessons/*.calls` by `tests/trace_oracle.py`.

mod common;

use metalab::trace::EventKind;

#[test]
fn trace_calls_match_cpython_profile() {
    let mut programs = common::programs();
    programs.extend(common::lessons());
    assert!(!programs.is_empty(), "no programs found");
    let mut failures = Vec::new();
    let mut checked = 0;
    for p in &programs {
        let Some(want) = &p.calls else { continue };
        checked += 1;
        let r = metalab::run(&p.source, &p.options(true));
        let got: Vec<String> =
            r.events.iter().filter(|e| e.kind == EventKind::Call && !e.builtin).map(|e| e.qualname.clone()).collect();
        if &got != want {
            let i = got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            failures.push(format!("{}: call #{}: got {:?}, CPython {:?}", p.name, i + 1, got.get(i), want.get(i)));
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("trace contract: {} passed, {} failed", checked - failures.len(), failures.len());
    assert!(checked > 0, "no .calls files");
    assert!(failures.is_empty(), "{} traces differ from CPython", failures.len());
}
