//! Runs every `tests/programs/*.py` through the library and compares with what CPython 3.11
//! printed (`.expected`, `.expected_err`), byte for byte. Expectations come from
//! `tests/gen_expected.py`, never from metalab.

mod common;

#[test]
fn programs_match_cpython() {
    let programs = common::programs();
    assert!(!programs.is_empty(), "no programs found");
    let mut failures = Vec::new();
    for p in &programs {
        let result = metalab::run(&p.source, &p.options(false));
        if let Some(problem) = common::compare(p, &result) {
            failures.push(format!("{}: {problem}", p.name));
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("programs: {} passed, {} failed", programs.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} programs differ from CPython", failures.len());
    if std::env::var("METALAB_PROGRAMS").is_err() {
        assert!(programs.len() >= 200, "expected at least 200 programs, found {}", programs.len());
    }
}
