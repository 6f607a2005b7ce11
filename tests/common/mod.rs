//! Loading the test programs and their CPython expectations.
#![allow(dead_code)] // each test binary uses a different part

use std::fs;
use std::path::Path;

pub struct Program {
    pub name: String,
    pub source: String,
    pub expected: String,
    pub expected_err: Option<String>,
    /// CPython's whole traceback (stderr) for programs that end with an uncaught exception.
    pub expected_tb: Option<String>,
    /// CPython's stderr for programs that exit normally but write there, addresses as `0x…`.
    pub expected_stderr: Option<String>,
    #[allow(dead_code)] // used by the trace contract test only
    pub calls: Option<Vec<String>>,
    pub stdin: Vec<String>,
}

impl Program {
    pub fn options(&self, trace: bool) -> metalab::RunOptions {
        metalab::RunOptions { filename: self.name.clone(), trace, stdin: self.stdin.clone(), ..Default::default() }
    }
}

/// All programs, filtered by `METALAB_PROGRAMS=substring` when set.
pub fn programs() -> Vec<Program> {
    load("tests/programs")
}

/// The built-in lessons (`www/lessons/*.py`), filtered by `METALAB_PROGRAMS=substring` when set.
pub fn lessons() -> Vec<Program> {
    load("www/lessons")
}

/// The `*.py` files of `dir` (relative to the crate root) with their expectations, sorted by name.
fn load(dir: &str) -> Vec<Program> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let filter = std::env::var("METALAB_PROGRAMS").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && n.contains(&filter))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let base = dir.join(&name[..name.len() - 3]);
            let read = |ext: &str| fs::read_to_string(base.with_extension(ext)).ok();
            Program {
                source: fs::read_to_string(dir.join(&name)).expect("program readable"),
                expected: read("expected")
                    .unwrap_or_else(|| panic!("{name}: missing .expected (run tests/gen_expected.py)")),
                expected_err: read("expected_err").map(|s| s.trim_end().to_string()),
                expected_tb: read("expected_tb"),
                expected_stderr: read("expected_stderr"),
                calls: read("calls").map(|s| s.lines().map(str::to_string).collect()),
                stdin: read("stdin").map(|s| s.lines().map(str::to_string).collect()).unwrap_or_default(),
                name,
            }
        })
        .collect()
}

/// What differs between a run and CPython's expectations, if anything.
pub fn compare(p: &Program, r: &metalab::RunResult) -> Option<String> {
    if r.stdout != p.expected {
        let (a, b): (Vec<&str>, Vec<&str>) = (r.stdout.lines().collect(), p.expected.lines().collect());
        let i = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
        let err = r.error.as_ref().map(|e| format!(" [error: {}: {}]", e.type_name, e.message)).unwrap_or_default();
        return Some(format!("stdout line {}: got {:?}, CPython {:?}{err}", i + 1, a.get(i), b.get(i)));
    }
    let stderr = without_addresses(&r.stderr);
    if stderr != p.expected_stderr.clone().unwrap_or_default() {
        return Some(format!("stderr: got {stderr:?}, CPython {:?}", p.expected_stderr));
    }
    // The last line CPython prints on stderr for an uncaught exception.
    let got = r.error.as_ref().map(|e| e.traceback.lines().last().unwrap_or_default().to_string());
    match (&p.expected_err, got) {
        (None, None) => None,
        (Some(want), Some(got)) if *want == got => None,
        (want, got) => Some(format!("error: got {got:?}, CPython {want:?}")),
    }
}

/// `<function f at 0x7f…>` and `gc: collectable <list 0x7f…>` with the address left out: it
/// differs from run to run.
pub fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(" 0x") {
        let hex = rest[i + 3..].find(|c: char| !c.is_ascii_hexdigit()).map_or(rest.len(), |n| i + 3 + n);
        out.push_str(&rest[..i]);
        if rest[..i].ends_with(" at") || rest[hex..].starts_with('>') {
            out.push_str(" 0x…");
        } else {
            out.push_str(&rest[i..hex]);
        }
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}
