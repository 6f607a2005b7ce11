//! The built-in lessons (`www/lessons/*.py`): each one's stdout and final error line equal what
//! CPython 3.11 printed (`.expected`, `.expected_err`, written by `tests/gen_expected.py`), byte
//! for byte, and `www/lessons/lessons.json` lists exactly the lesson files, in order.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

#[test]
fn lessons_match_cpython() {
    let lessons = common::lessons();
    if std::env::var("METALAB_PROGRAMS").is_err() {
        assert!(lessons.len() >= 10, "expected at least 10 lessons, found {}", lessons.len());
    }
    let mut failures = Vec::new();
    for p in &lessons {
        let result = metalab::run(&p.source, &p.options(false));
        if let Some(problem) = common::compare(p, &result) {
            failures.push(format!("{}: {problem}", p.name));
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("lessons: {} passed, {} failed", lessons.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} lessons differ from CPython", failures.len());
}

/// The lesson list the page reads: one entry per `.py` file, in file-name order, every field a
/// non-empty string and every id unique.
#[test]
fn lessons_json_lists_exactly_the_lesson_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/lessons");
    let text = fs::read_to_string(dir.join("lessons.json")).expect("www/lessons/lessons.json readable");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&text).expect("lessons.json is a JSON array");

    let mut on_disk: Vec<String> = fs::read_dir(&dir)
        .expect("www/lessons exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    on_disk.sort();

    let fields = ["id", "file", "title_en", "title_zh", "note_en", "note_zh"];
    let mut listed = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, entry) in entries.iter().enumerate() {
        let obj = entry.as_object().unwrap_or_else(|| panic!("lessons.json entry {i} is not an object"));
        for key in obj.keys() {
            assert!(fields.contains(&key.as_str()), "lessons.json entry {i}: unknown field {key:?}");
        }
        let field = |name: &str| -> String {
            match obj.get(name).and_then(|v| v.as_str()) {
                Some(s) if !s.trim().is_empty() => s.to_string(),
                _ => panic!("lessons.json entry {i}: {name:?} missing or empty"),
            }
        };
        for name in &fields[2..] {
            field(name);
        }
        let (id, file) = (field("id"), field("file"));
        assert!(ids.insert(id.clone()), "lessons.json: duplicate id {id:?}");
        // "01-new-before-init.py" has the id "new-before-init".
        let stem = file.strip_suffix(".py").unwrap_or(&file);
        assert_eq!(stem.split_once('-').map(|(_, slug)| slug), Some(id.as_str()), "lessons.json: id of {file}");
        listed.push(file);
    }
    assert_eq!(listed, on_disk, "lessons.json must list exactly the www/lessons/*.py files, in order");
}
