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
        // The oracle's hook stops at the recursion limit: then only the calls before it count.
        let (want, got) = match want.split_last() {
            Some((last, before)) if last.starts_with("# ") => (before, &got[..got.len().min(before.len())]),
            _ => (&want[..], &got[..]),
        };
        if got != want {
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

/// The objects table describes every class number the program's classes refer to, builtin
/// bases and metaclasses included, so a UI can name each entry of an MRO.
#[test]
fn objects_table_names_builtin_bases_and_metaclasses() {
    let src = "class Meta(type): pass\nclass A(metaclass=Meta): pass\nclass B(A, int): pass\nb = B(3)\n";
    let r = metalab::run(src, &metalab::RunOptions { trace: true, ..Default::default() });
    assert!(r.error.is_none(), "{:?}", r.error);
    let name_of = |id: u64| r.objects.iter().find(|o| o.id == id).and_then(|o| o.name.clone());
    let b = r.objects.iter().find(|o| o.name.as_deref() == Some("B")).expect("class B in the table");
    let mro: Vec<Option<String>> = b.mro.iter().map(|&id| name_of(id)).collect();
    let want = ["B", "A", "int", "object"].map(|s| Some(s.to_string()));
    assert_eq!(mro, want);
    let meta = b.metaclass.and_then(name_of);
    assert_eq!(meta.as_deref(), Some("Meta"));
    let meta_obj = r.objects.iter().find(|o| o.name.as_deref() == Some("Meta")).expect("Meta in the table");
    assert_eq!(meta_obj.bases.iter().map(|&id| name_of(id)).collect::<Vec<_>>(), vec![Some("type".to_string())]);
}
