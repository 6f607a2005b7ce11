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
    match c3_merge(run, &info.bases)? {
        Merge { steps, stuck: None } => Some(steps),
        Merge { stuck: Some(_), .. } => None,
    }
}

/// A C3 replay: the steps taken and, if it got stuck, the lists left.
pub struct Merge {
    pub steps: Vec<MergeStep>,
    pub stuck: Option<Vec<Vec<String>>>,
}

/// C3 over `bases` (ids in the objects table): the steps taken and, if it got stuck, the lists
/// left (where every head is in another list's tail). `None` when a base is not described.
pub fn c3_merge(run: &Run, bases: &[u64]) -> Option<Merge> {
    let name_of = |id: u64| run.object(id).and_then(|o| o.name.clone()).unwrap_or_else(|| format!("#{id}"));
    let names = |lists: &[Vec<u64>]| lists.iter().map(|l| l.iter().map(|&id| name_of(id)).collect()).collect();
    let mut lists: Vec<Vec<u64>> = Vec::new();
    for b in bases {
        let mro = &run.object(*b)?.mro;
        lists.push(if mro.is_empty() { vec![*b] } else { mro.clone() });
    }
    if bases.len() > 1 {
        lists.push(bases.to_vec());
    }
    let mut steps = Vec::new();
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Some(Merge { steps, stuck: None });
        }
        // The first head that is in no other list's tail.
        let Some(head) = lists.iter().map(|l| l[0]).find(|h| !lists.iter().any(|l| l[1..].contains(h))) else {
            return Some(Merge { steps, stuck: Some(names(&lists)) });
        };
        steps.push(MergeStep { lists: names(&lists), picked: name_of(head) });
        for l in &mut lists {
            if l[0] == head {
                l.remove(0);
            }
        }
    }
}

/// A `class` statement that failed because C3 found no consistent order (the run ended in
/// CPython's "Cannot create a consistent method resolution order (MRO)" TypeError).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MroConflict {
    pub class_name: String,
    pub bases: Vec<String>,
    /// The merge steps that succeeded before it got stuck.
    pub merge: Vec<MergeStep>,
    /// The lists left when it got stuck: each head is in the tail of another list.
    pub stuck: Vec<Vec<String>>,
}

/// The MRO conflict that ended the run, replayed from the failing `class` line and the bases'
/// MROs in the objects table.
pub fn mro_conflict(run: &Run) -> Option<MroConflict> {
    let err = run.result.error.as_ref()?;
    if err.type_name != "TypeError" || !err.message.starts_with("Cannot create a consistent method resolution") {
        return None;
    }
    let line = run.source.lines().nth(err.line? as usize - 1)?.trim();
    let rest = line.strip_prefix("class")?.trim_start();
    let (class_name, args) = rest.split_once('(')?;
    let args = args.rsplit_once(')')?.0;
    let bases: Vec<String> =
        args.split(',').map(str::trim).filter(|a| !a.is_empty() && !a.contains('=')).map(str::to_string).collect();
    // The newest class of each name: the one the class statement saw.
    let id_of = |name: &str| {
        run.result.objects.iter().rev().find(|o| o.kind == "class" && o.name.as_deref() == Some(name)).map(|o| o.id)
    };
    let ids: Vec<u64> = bases.iter().map(|b| id_of(b)).collect::<Option<_>>()?;
    let Merge { steps, stuck } = c3_merge(run, &ids)?;
    Some(MroConflict { class_name: class_name.trim().to_string(), bases, merge: steps, stuck: stuck? })
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
