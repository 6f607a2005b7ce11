//! Pure UI state: what the page shows, as plain data, changed only by [`State::reduce`].

pub mod explain;
pub mod graph;
mod json;
pub mod mro;
pub mod rows;
pub mod tree;

#[cfg(test)]
mod tests;

use crate::i18n::Lang;
use metalab::trace::EventKind;
use metalab::{ObjectInfo, RunResult};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use tree::Node;

/// A finished run plus what the panels derive from it once.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The source that ran (share links and the "code changed" note use it).
    pub source: String,
    pub result: RunResult,
    pub tree: Vec<Node>,
    /// A call's end event and an end's call.
    pub partner: Vec<Option<usize>>,
    /// The call that directly contains each event.
    pub parent: Vec<Option<usize>>,
    by_id: HashMap<u64, usize>,
    type_id: Option<u64>,
}

impl Run {
    pub fn new(source: String, result: RunResult) -> Run {
        let len = result.events.len();
        let tree = tree::call_tree(&result.events);
        let partner = tree::partners(&tree, len);
        let parent = tree::parents(&tree, len);
        let by_id = result.objects.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        let type_id =
            result.objects.iter().find(|o| o.kind == "class" && o.name.as_deref() == Some("type")).map(|o| o.id);
        Run { source, result, tree, partner, parent, by_id, type_id }
    }

    /// Parses the runner's JSON (`RunResult`).
    pub fn from_json(source: String, json: &str) -> Result<Run, String> {
        json::run_result(json).map(|r| Run::new(source, r))
    }

    pub fn len(&self) -> usize {
        self.result.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.result.events.is_empty()
    }

    pub fn object(&self, id: u64) -> Option<&ObjectInfo> {
        self.by_id.get(&id).and_then(|&i| self.result.objects.get(i))
    }

    /// A class whose instances are classes: `type` or a subclass of it, or the metaclass of
    /// some class in the run.
    pub fn is_metaclass(&self, id: u64) -> bool {
        let Some(info) = self.object(id).filter(|o| o.kind == "class") else { return false };
        Some(id) == self.type_id
            || self.type_id.is_some_and(|t| info.mro.contains(&t))
            || self.result.objects.iter().any(|o| o.kind == "class" && o.metaclass == Some(id))
    }

    /// Whether the run created a class with this name (class bodies are traced by name).
    pub fn is_class_name(&self, name: &str) -> bool {
        self.result.objects.iter().any(|o| o.kind == "class" && o.name.as_deref() == Some(name))
    }

    /// The events directly inside call `index` (its children and their ends).
    pub fn children_of(&self, index: usize) -> Vec<usize> {
        let call = match self.result.events.get(index) {
            Some(e) if e.kind == EventKind::Call => index,
            _ => match self.partner.get(index).copied().flatten() {
                Some(c) => c,
                None => return Vec::new(),
            },
        };
        (0..self.len()).filter(|&i| self.parent[i] == Some(call)).collect()
    }

    /// Step over: from a call, its matching return/raise; otherwise the next step.
    pub fn step_over(&self, step: usize) -> usize {
        match self.result.events.get(step) {
            Some(e) if e.kind == EventKind::Call => match self.partner.get(step).copied().flatten() {
                Some(end) => end,
                None => self.len().saturating_sub(1),
            },
            _ => (step + 1).min(self.len().saturating_sub(1)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The runner's wasm is loading.
    Loading,
    Ready,
    Running,
    Done,
    Stopped,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub status: Status,
    /// metalab's version once the runner is ready.
    pub version: Option<String>,
    pub run: Option<Rc<Run>>,
    /// The current event index (0 when there are no events).
    pub step: usize,
    /// Call nodes (by event index) whose children are hidden.
    pub collapsed: HashSet<usize>,
    pub selected_class: Option<u64>,
    /// The editor text differs from the code of `run`.
    pub stale: bool,
    /// The lesson picked last (an index into `lessons::LESSONS`), None for the learner's own code.
    pub lesson: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    RunnerReady(String),
    RunnerFailed(String),
    RunStarted,
    /// A run finished; `step` (from a share link) is where to land, else the first step.
    Loaded {
        run: Rc<Run>,
        step: Option<usize>,
    },
    RunFailed(String),
    Stopped,
    SetStep(usize),
    Forward,
    Back,
    Over,
    ToStart,
    ToEnd,
    ToggleCollapse(usize),
    SelectClass(Option<u64>),
    SetLang(Lang),
    /// The editor text changed (to this text).
    Edited(String),
    PickLesson(Option<usize>),
}

impl State {
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            status: Status::Loading,
            version: None,
            run: None,
            step: 0,
            collapsed: HashSet::new(),
            selected_class: None,
            stale: false,
            lesson: None,
        }
    }

    /// Number of events of the current run.
    pub fn len(&self) -> usize {
        self.run.as_ref().map_or(0, |r| r.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn clamp(&self, step: usize) -> usize {
        step.min(self.len().saturating_sub(1))
    }

    pub fn can_step(&self) -> bool {
        !self.is_empty()
    }

    /// The editor line of the current step, when there is one.
    pub fn current_line(&self) -> Option<u32> {
        let run = self.run.as_ref()?;
        run.result.events.get(self.step).map(|e| e.line).filter(|&l| l > 0)
    }

    /// "12 / 40" (1-based), or "0 / 0".
    pub fn counter(&self) -> String {
        if self.is_empty() {
            "0 / 0".to_string()
        } else {
            format!("{} / {}", self.step + 1, self.len())
        }
    }

    pub fn reduce(&self, action: Action) -> State {
        let mut s = self.clone();
        match action {
            Action::RunnerReady(version) => {
                s.version = Some(version);
                if s.status == Status::Loading {
                    s.status = Status::Ready;
                }
            }
            Action::RunnerFailed(msg) => s.status = Status::Failed(msg),
            Action::RunStarted => s.status = Status::Running,
            Action::Loaded { run, step } => {
                s.run = Some(run);
                s.status = Status::Done;
                s.collapsed.clear();
                s.selected_class = None;
                s.stale = false;
                s.step = s.clamp(step.unwrap_or(0));
            }
            Action::RunFailed(msg) => s.status = Status::Failed(msg),
            Action::Stopped => s.status = Status::Stopped,
            Action::SetStep(n) => s.step = s.clamp(n),
            Action::Forward => s.step = s.clamp(s.step + 1),
            Action::Back => s.step = s.step.saturating_sub(1),
            Action::Over => {
                if let Some(run) = &s.run {
                    s.step = run.step_over(s.step);
                }
            }
            Action::ToStart => s.step = 0,
            Action::ToEnd => s.step = s.clamp(usize::MAX),
            Action::ToggleCollapse(i) => {
                if !s.collapsed.remove(&i) {
                    s.collapsed.insert(i);
                }
            }
            Action::SelectClass(id) => s.selected_class = id,
            Action::SetLang(lang) => s.lang = lang,
            Action::Edited(text) => s.stale = s.run.as_ref().is_some_and(|r| r.source != text),
            Action::PickLesson(i) => s.lesson = i.filter(|&i| i < crate::lessons::LESSONS.len()),
        }
        s
    }
}
