//! Compiles the lesson list (www/lessons/lessons.json) into the UI, so the lesson picker shows
//! every lesson at once and any lesson added to the JSON is picked up by a rebuild. The lessons'
//! code is not in the page's wasm: the page fetches a lesson's .py file when it is picked
//! (dist/lessons/): 7 KB gzipped less to download. The crate's unit tests get the code compiled
//! in (`source`), to run every lesson.
use std::fmt::Write as _;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Lesson {
    id: String,
    file: String,
    title_en: String,
    title_zh: String,
    note_en: String,
    note_zh: String,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let json_path = dir.join("lessons.json");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", json_path.display());
    let json =
        std::fs::read_to_string(&json_path).unwrap_or_else(|e| panic!("cannot read {}: {e}", json_path.display()));
    let lessons: Vec<Lesson> =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{} is not a lesson list: {e}", json_path.display()));
    let mut out = String::from("pub static LESSONS: &[Lesson] = &[\n");
    for l in &lessons {
        assert!(
            !l.file.contains('/') && !l.file.contains('\\') && l.file.ends_with(".py"),
            "lesson {}: `file` must be a .py file name in www/lessons/",
            l.id
        );
        let path = dir.join(&l.file);
        assert!(path.is_file(), "lesson {}: {} does not exist", l.id, path.display());
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    Lesson {{ id: {:?}, file: {:?}, title_en: {:?}, title_zh: {:?}, note_en: {:?}, note_zh: {:?}, #[cfg(test)] source: include_str!({:?}) }},",
            l.id,
            l.file,
            l.title_en,
            l.title_zh,
            l.note_en,
            l.note_zh,
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lessons.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
