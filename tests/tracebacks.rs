//! Uncaught exceptions print CPython 3.11's whole traceback: the frames, the source lines,
//! the `^^^`/`~~^~~` markers under the running expression, chained exceptions and the final
//! line. Compared byte for byte with `.expected_tb`, which `tests/gen_expected.py` takes
//! from CPython's stderr.

mod common;

#[test]
fn tracebacks_match_cpython() {
    let programs: Vec<_> = common::programs().into_iter().chain(common::lessons()).collect();
    let mut checked = 0;
    let mut failures = Vec::new();
    for p in programs.iter().filter(|p| p.expected_tb.is_some()) {
        checked += 1;
        let want = p.expected_tb.as_deref().unwrap_or_default();
        let r = metalab::run(&p.source, &p.options(false));
        let got = r.error.map(|e| e.traceback).unwrap_or_default();
        if got != want {
            failures.push(format!("{}:\n--- CPython\n{want}--- metalab\n{got}", p.name));
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("tracebacks: {} checked, {} differ", checked, failures.len());
    assert!(failures.is_empty(), "{} tracebacks differ from CPython", failures.len());
    if std::env::var("METALAB_PROGRAMS").is_err() {
        assert!(checked >= 50, "expected at least 50 programs ending in an exception, found {checked}");
    }
}
