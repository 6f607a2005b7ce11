//! The built-in lessons (www/lessons/lessons.json, compiled in by build.rs): titles and notes.
//! The page fetches a lesson's code (`file`, in dist/lessons/) when it is picked.

use crate::i18n::Lang;

#[derive(Debug, PartialEq, Eq)]
pub struct Lesson {
    pub id: &'static str,
    /// The code's file name in www/lessons/ (dist/lessons/).
    pub file: &'static str,
    pub title_en: &'static str,
    pub title_zh: &'static str,
    pub note_en: &'static str,
    pub note_zh: &'static str,
    /// The code, only in the unit tests (the page fetches `file`).
    #[cfg(test)]
    pub source: &'static str,
}

impl Lesson {
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.title_en,
            Lang::Zh => self.title_zh,
        }
    }

    pub fn note(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.note_en,
            Lang::Zh => self.note_zh,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

pub fn by_id(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lessons_are_compiled_in_with_both_languages() {
        assert!(LESSONS.len() >= 2);
        for l in LESSONS {
            assert!(!l.source.trim().is_empty(), "{}", l.id);
            assert!(!l.title_en.is_empty() && !l.title_zh.is_empty(), "{}", l.id);
            assert_eq!(by_id(l.id), Some(l));
        }
        let singleton = by_id("metaclass-singleton").expect("the singleton lesson");
        assert!(singleton.source.contains("class Singleton(type)"));
        assert!(by_id("no-such-lesson").is_none());
    }

    #[test]
    fn every_lesson_runs_and_fails_only_where_cpython_does() {
        // A lesson may end in an uncaught exception on purpose (the course's mistakes): exactly
        // those have CPython's `.expected_err` beside them (tests/gen_expected.py).
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let names: Vec<String> = std::fs::read_dir(&dir)
            .expect("www/lessons")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        for l in LESSONS {
            let suffix = format!("-{}.expected_err", l.id);
            let should_fail = names.iter().any(|n| n.ends_with(&suffix));
            let r = metalab::run(l.source, &metalab::RunOptions { trace: true, ..Default::default() });
            assert_eq!(r.error.is_some(), should_fail, "{}: {:?}", l.id, r.error);
            assert!(!r.events.is_empty(), "{}", l.id);
        }
    }
}
