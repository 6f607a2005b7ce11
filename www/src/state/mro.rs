//! The MRO panel: the selected class's MRO, and for a lookup step where the value was found.

use super::Run;
use metalab::trace::EventKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MroView {
    pub class_id: u64,
    pub class_name: String,
    /// (id, name) from the class itself to `object`; names of classes the run's object table
    /// does not describe are `#id`.
    pub entries: Vec<(u64, String)>,
    /// On a lookup step about this class: the attribute, where it was found and, when the place
    /// is a class in this MRO, its position.
    pub lookup: Option<LookupView>,
    /// How C3 produced the MRO: one line per merge step (empty for classes without bases).
    pub merge: Vec<MergeStep>,
}

/// One step of the C3 merge: the lists still to merge, and the head it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeStep {
    pub lists: Vec<Vec<String>>,
    pub picked: String,
}

/// Replays C3 for `class_id`: merge(MRO of each base..., [bases]) as in `Objects/typeobject.c`,
/// recording each pick. The class's own MRO already exists (the run computed it), so the
/// replay always succeeds for classes in the table; `None` when a base is not described.
pub fn c3_steps(run: &Run, class_id: u64) -> Option<Vec<MergeStep>> {
    let info = run.object(class_id)?;
    let name_of = |id: u64| run.object(id).and_then(|o| o.name.clone()).unwrap_or_else(|| format!("#{id}"));
    let mut lists: Vec<Vec<u64>> = Vec::new();
    for b in &info.bases {
        let mro = &run.object(*b)?.mro;
        lists.push(if mro.is_empty() { vec![*b] } else { mro.clone() });
    }
    if info.bases.len() > 1 {
        lists.push(info.bases.clone());
    }
    let mut steps = Vec::new();
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Some(steps);
        }
        // The first head that is in no other list's tail.
        let head = lists.iter().map(|l| l[0]).find(|h| !lists.iter().any(|l| l[1..].contains(h)))?;
        steps.push(MergeStep {
            lists: lists.iter().map(|l| l.iter().map(|&id| name_of(id)).collect()).collect(),
            picked: name_of(head),
        });
        for l in &mut lists {
            if l[0] == head {
                l.remove(0);
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupView {
    pub attr: String,
    pub found: String,
    pub found_at: Option<usize>,
}

/// Which class in `names` the `found` text of a lookup points at: `Foo.__dict__ (class MRO)`,
/// `function (bound as a method) in Foo`, `super(): Foo, next after Bar in the MRO`, `class Foo`.
pub fn found_at(found: &str, names: &[&str]) -> Option<usize> {
    names.iter().position(|name| {
        found.starts_with(&format!("{name}.__dict__"))
            || found.ends_with(&format!(" in {name}"))
            || found.starts_with(&format!("super(): {name},"))
            || found == format!("class {name}")
    })
}

/// The class the MRO panel shows at `step`: the selected one, else the class searched by the
/// current step (a class receiver itself, an instance's class).
pub fn mro_view(run: &Run, step: usize, selected: Option<u64>) -> Option<MroView> {
    let ev = run.result.events.get(step);
    let auto = || {
        let recv = ev?.receiver.as_ref()?;
        let info = run.object(recv.id)?;
        if info.kind == "class" {
            Some(info.id)
        } else {
            info.class
        }
    };
    let class_id = selected.or_else(auto)?;
    let info = run.object(class_id).filter(|i| i.kind == "class")?;
    let name_of = |id: u64| run.object(id).and_then(|o| o.name.clone()).unwrap_or_else(|| format!("#{id}"));
    let ids: Vec<u64> = if info.mro.is_empty() { vec![class_id] } else { info.mro.clone() };
    // Every MRO ends with `object`, which the object table lists only when the trace named it.
    let last = ids.len() - 1;
    let entries: Vec<(u64, String)> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| match run.object(id) {
            None if i == last && i > 0 => (id, "object".to_string()),
            _ => (id, name_of(id)),
        })
        .collect();
    let lookup = ev.filter(|e| e.kind == EventKind::Lookup).and_then(|e| {
        let recv = e.receiver.as_ref()?;
        let recv_info = run.object(recv.id)?;
        let searched = if recv_info.kind == "class" { Some(recv_info.id) } else { recv_info.class };
        if searched != Some(class_id) {
            return None;
        }
        let found = e.found.clone().unwrap_or_default();
        let names: Vec<&str> = entries.iter().map(|(_, n)| n.as_str()).collect();
        Some(LookupView { attr: e.attr.clone().unwrap_or_default(), found_at: found_at(&found, &names), found })
    });
    let merge = c3_steps(run, class_id).unwrap_or_default();
    Some(MroView { class_id, class_name: name_of(class_id), entries, lookup, merge })
}
