//! Bad input and limits: nothing a user types may panic, hang or exhaust the machine.

use metalab::{run, RunOptions};
use std::sync::{Mutex, MutexGuard};

/// The tests here run one at a time: the memory test measures the whole process's RSS, which
/// another test's big allocations (the MemoryError and deep-recursion ones) would inflate.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn alone() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

fn err_of(src: &str, max_steps: u64) -> (String, String) {
    let r = run(src, &RunOptions { max_steps, ..Default::default() });
    let e = r.error.expect("an error");
    (e.type_name, e.message)
}

#[test]
fn recursion_past_the_limit_raises_recursion_error() {
    let _alone = alone();
    let (t, m) = err_of("def f(n):\n    return f(n + 1)\nf(0)\n", u64::MAX);
    assert_eq!((t.as_str(), m.as_str()), ("RecursionError", "maximum recursion depth exceeded"));
    // A higher limit is recorded, but the native stack is sized for 1000 frames: still an
    // error, never a crash.
    let src = "import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)\n";
    let r = run(src, &RunOptions::default());
    assert_eq!(r.stdout, "1000000\n");
    let e = r.error.expect("an error");
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RecursionError", "maximum recursion depth exceeded"));
}

#[test]
fn recursion_to_depth_990_works() {
    let _alone = alone();
    let r = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\n", &RunOptions::default());
    assert_eq!(r.stdout, "990\n");
    assert!(r.error.is_none());
}

#[test]
fn runaway_loop_is_stopped_by_the_step_budget() {
    let _alone = alone();
    let (t, _) = err_of("while True:\n    pass\n", 100_000);
    assert_eq!(t, "StepLimitExceeded");
    let (t, _) = err_of("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", 100_000);
    assert_eq!(t, "StepLimitExceeded", "the budget cannot be caught by user code");
}

#[test]
fn endless_iterators_are_stopped_by_the_step_budget() {
    let _alone = alone();
    // Each would run for ever (or for ages) in CPython; no loop of the learner's counts steps
    // in most of them: the iterators themselves do.
    for src in [
        "for x in count(): pass",
        "list(count())",
        "any(repeat(False))",
        "5 in count(10)",
        "sum(cycle([1]))",
        "next(filterfalse(None, repeat(1)))",
        "next(dropwhile(bool, count(1)))",
        "next(islice(range(10**18), 10**17, None))",
        "next(compress(count(), repeat(0)))",
        "g = groupby(repeat(1)); next(g); next(g)",
        "next(chain.from_iterable(repeat([])))",
        "a, b = tee(count())\nfor x in a: pass",
        "all(combinations(range(60), 30))",
        "5 in permutations(range(20))",
        "list(zip_longest(count(), []))",
        "operator.countOf(count(), -1)",
        "next(filter(None, iter(int, 1)))",
        "any(iter(int, 1))",
        "all(range(1, 10**18))",
    ] {
        let src = format!("import operator\nfrom itertools import *\n{src}\n");
        let (t, _) = err_of(&src, 100_000);
        assert_eq!(t, "StepLimitExceeded", "{src}");
    }
}

#[test]
fn huge_allocations_raise_memory_error() {
    let _alone = alone();
    for src in ["x = [0] * 10**10\n", "x = 'ab' * 10**12\n", "x = 10 ** 10 ** 9\n", "x = 1 << 10**12\n"] {
        let (t, _) = err_of(src, u64::MAX);
        assert_eq!(t, "MemoryError", "{src}");
    }
}

#[test]
fn deeply_nested_source_gives_a_clean_syntax_error() {
    let _alone = alone();
    for src in [
        "(".repeat(10_000),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1{}", "[".repeat(5000), "]".repeat(5000)),
    ] {
        let (t, _) = err_of(&src, u64::MAX);
        assert_eq!(t, "SyntaxError");
    }
    let deep_if: String =
        (0..150).map(|i| format!("{}if True:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(150) + "pass\n";
    let r = run(&deep_if, &RunOptions::default());
    assert!(r.error.as_ref().is_none_or(|e| e.type_name.ends_with("Error")));
}

#[test]
fn garbage_input_never_panics() {
    let _alone = alone();
    let samples = [
        "def",
        "class (",
        "x = = 1",
        "\u{0}",
        "'''",
        "f'{",
        "f'{x!z}'",
        "@\n",
        "a[1:2:3:4]",
        "x.1",
        "1 +",
        "if x:\nelse:",
        "\t\n  x",
        "（1）",
        "print(1,2",
    ];
    for s in samples {
        let r = run(s, &RunOptions::default());
        assert!(r.error.is_some(), "{s:?} should be an error");
    }
    // Every prefix of a real program parses or fails cleanly.
    let prog = "class Meta(type):\n    def __call__(cls, *a, **k):\n        return super().__call__(*a, **k)\nclass A(metaclass=Meta):\n    x: int = 1\n    def f(self, y=[1, {2: 3}], *z, w=f'{1!r:>3}', **kw):\n        return [i for i in range(3) if i]\nprint(A().f())\n";
    for i in 0..prog.len() {
        if prog.is_char_boundary(i) {
            let _ = run(&prog[..i], &RunOptions::default());
        }
    }
}

fn rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn running_a_program_many_times_does_not_grow_memory() {
    let _alone = alone();
    let src = "class Meta(type):\n    pass\nclass A(metaclass=Meta):\n    def __init__(self):\n        self.me = self\n        self.f = lambda: self\nclass B(A):\n    pass\nitems = [B() for _ in range(50)]\nd = {}\nd['self'] = d\n";
    for _ in range(200) {
        run(src, &RunOptions::default());
    }
    let Some(before) = rss_kb() else { return };
    for _ in range(1000) {
        run(src, &RunOptions::default());
    }
    let after = rss_kb().unwrap_or(before);
    assert!(after < before + 8 * 1024, "RSS grew from {before} KB to {after} KB over 1000 runs");
}

fn range(n: usize) -> std::ops::Range<usize> {
    0..n
}

#[test]
fn literals_of_unmodelled_types_say_so_instead_of_being_none() {
    let _one = alone();
    for (src, what) in
        [("x = b'abc'\n", "bytes"), ("print(2j)\n", "complex"), ("import gc\nprint(gc.get_count())\n", "get_count")]
    {
        let (ty, msg) = err_of(src, 1_000);
        assert_eq!(ty, "NotImplementedError", "{src}");
        assert!(msg.contains(what), "{src}: {msg}");
    }
}
