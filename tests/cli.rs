//! The `metalab` command itself, against CPython: what a terminal shows (stdout and stderr in
//! the order written, prompts before `input()` reads), stdin read as the program asks, the
//! traceback on stderr and the exit status.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

const METALAB: &str = env!("CARGO_BIN_EXE_metalab");

/// Runs `metalab run name` in `dir` with stdin from `stdin_path` (if it exists).
fn run_in(dir: &Path, name: &str, stdin_path: &Path, merged: bool) -> std::process::Output {
    let stdin = fs::File::open(stdin_path).map_or_else(|_| Stdio::null(), Stdio::from);
    let mut cmd = if merged {
        // One pipe for both streams, as `2>&1` gives.
        let mut c = Command::new("sh");
        c.args(["-c", "exec \"$0\" run \"$1\" 2>&1", METALAB, name]);
        c
    } else {
        let mut c = Command::new(METALAB);
        c.args(["run", name]);
        c
    };
    cmd.current_dir(dir).stdin(stdin).output().expect("metalab runs")
}

#[test]
fn output_interleaves_as_python_unbuffered() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/cli")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no programs in tests/cli");
    for name in names {
        let base = dir.join(&name[..name.len() - 3]);
        let expected = fs::read_to_string(base.with_extension("expected_merged"))
            .unwrap_or_else(|_| panic!("{name}: missing .expected_merged (run tests/gen_expected.py)"));
        let out = run_in(&dir, &name, &base.with_extension("stdin"), true);
        let status = out.status.code().unwrap_or(-1);
        let got = format!("{}exit status {status}\n", String::from_utf8_lossy(&out.stdout));
        assert_eq!(got, expected, "{name}: merged output differs from `python3 -u {name} 2>&1`");
    }
}

/// The programs that read stdin, end with a traceback or write to stderr, through the CLI:
/// stdout, stderr and the exit status as `python3 NAME.py`.
#[test]
fn programs_through_the_cli() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut checked = 0;
    for p in common::programs() {
        let base = dir.join(&p.name[..p.name.len() - 3]);
        let stdin_path = base.with_extension("stdin");
        if p.expected_tb.is_none() && p.expected_stderr.is_none() && !stdin_path.exists() {
            continue;
        }
        let out = run_in(&dir, &p.name, &stdin_path, false);
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_eq!(stdout, p.expected, "{}: stdout", p.name);
        match (&p.expected_tb, &p.expected_stderr) {
            (Some(tb), _) => {
                assert_eq!(stderr, *tb, "{}: traceback", p.name);
                assert_ne!(out.status.code(), Some(0), "{}: exit status", p.name);
            }
            (None, Some(err)) => {
                assert_eq!(common::without_addresses(&stderr), *err, "{}: stderr", p.name);
                assert_eq!(out.status.code(), Some(0), "{}: exit status", p.name);
            }
            (None, None) => {
                assert_eq!(stderr, "", "{}: stderr", p.name);
                assert_eq!(out.status.code(), Some(0), "{}: exit status", p.name);
            }
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} programs checked");
}
