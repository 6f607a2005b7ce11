//! Tests on real traces: the programs run through metalab natively, the result goes through JSON
//! (as it comes from the Worker) and the UI state is computed from that.

use super::graph::{graph_at, layout, EdgeKind, Kind};
use super::mro::{found_at, mro_view};
use super::tree::Node;
use super::*;
use crate::i18n::Lang;
use crate::lessons;
use metalab::trace::EventKind;
use std::collections::BTreeSet;

fn trace(source: &str) -> Rc<Run> {
    let result = metalab::run(source, &metalab::RunOptions { trace: true, ..Default::default() });
    let json = serde_json::to_string(&result).expect("serialize");
    let run = Run::from_json(source.to_string(), &json).expect("the UI reads the runner's JSON");
    assert_eq!(run.result, result, "JSON round trip");
    Rc::new(run)
}

fn singleton() -> Rc<Run> {
    trace(lessons::by_id("metaclass-singleton").expect("lesson").source)
}

/// Indices of events with this kind and qualname.
fn find(run: &Run, kind: EventKind, qualname: &str) -> Vec<usize> {
    (0..run.len()).filter(|&i| run.result.events[i].kind == kind && run.result.events[i].qualname == qualname).collect()
}

fn loaded(run: Rc<Run>) -> State {
    State::new(Lang::En).reduce(Action::Loaded { run, step: None })
}

const NEW_RETURNS_INT: &str = "\
class A:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
a = A()
print(a)
";

#[test]
fn json_without_objects_or_optional_fields_is_rejected_or_defaulted() {
    let json = r#"{"stdout":"hi\n","error":null,"events":[{"kind":"call","qualname":"f","builtin":false,"line":1,"depth":0}],"objects":[]}"#;
    let run = Run::from_json(String::new(), json).expect("minimal result");
    assert_eq!(run.len(), 1);
    assert_eq!(run.result.events[0].receiver, None);
    assert!(Run::from_json(String::new(), "{\"stdout\": 1}").is_err());
    assert!(Run::from_json(String::new(), "not json").is_err());
}

#[test]
fn call_tree_covers_every_event_once_and_pairs_calls_with_returns() {
    let run = singleton();
    let mut seen = vec![0; run.len()];
    fn walk(nodes: &[Node], run: &Run, seen: &mut [usize]) {
        for n in nodes {
            seen[n.index] += 1;
            if let Some(end) = n.end {
                seen[end] += 1;
                let (c, e) = (&run.result.events[n.index], &run.result.events[end]);
                assert_eq!(c.kind, EventKind::Call);
                assert!(matches!(e.kind, EventKind::Return | EventKind::Raise));
                assert_eq!((c.depth, &c.qualname), (e.depth, &e.qualname));
            }
            for ch in &n.children {
                assert_eq!(run.result.events[ch.index].depth, run.result.events[n.index].depth + 1);
            }
            walk(&n.children, run, seen);
        }
    }
    walk(&run.tree, &run, &mut seen);
    assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
    // The two Singleton.__call__ calls are top-level nodes; only the first goes into type.__call__.
    let calls = find(&run, EventKind::Call, "Singleton.__call__");
    assert_eq!(calls.len(), 2);
    let node = |i: usize| run.tree.iter().find(|n| n.index == i).expect("top-level node");
    let inner = |n: &Node| n.children.iter().map(|c| run.result.events[c.index].qualname.clone()).collect::<Vec<_>>();
    assert!(inner(node(calls[0])).contains(&"type.__call__".to_string()));
    assert!(!inner(node(calls[1])).contains(&"type.__call__".to_string()));
}

#[test]
fn a_raise_ends_its_call_and_a_truncated_trace_keeps_open_calls() {
    let run = trace("class B:\n    def f(self):\n        raise ValueError('bad')\nB().f()\n");
    let call = find(&run, EventKind::Call, "B.f")[0];
    let raise = find(&run, EventKind::Raise, "B.f")[0];
    assert_eq!(run.partner[call], Some(raise));
    assert_eq!(run.partner[raise], Some(call));
    // Cut the trace inside the call: the open call stays in the tree without an end.
    let mut events = run.result.events.clone();
    events.truncate(call + 1);
    let tree = tree::call_tree(&events);
    let last = tree.last().expect("node");
    assert_eq!((last.index, last.end), (call, None));
}

#[test]
fn reducer_steps_and_clamps() {
    let run = singleton();
    let n = run.len();
    let s = loaded(run.clone());
    assert_eq!((s.step, s.status.clone(), s.counter()), (0, Status::Done, format!("1 / {n}")));
    let s = s.reduce(Action::Back);
    assert_eq!(s.step, 0);
    let s = s.reduce(Action::Forward).reduce(Action::Forward);
    assert_eq!(s.step, 2);
    let s = s.reduce(Action::ToEnd);
    assert_eq!(s.step, n - 1);
    assert_eq!(s.reduce(Action::Forward).step, n - 1);
    assert_eq!(s.reduce(Action::ToStart).step, 0);
    assert_eq!(s.reduce(Action::SetStep(5)).step, 5);
    assert_eq!(s.reduce(Action::SetStep(10_000)).step, n - 1);
    // A share link's step lands there (clamped).
    let s = State::new(Lang::Zh).reduce(Action::Loaded { run: run.clone(), step: Some(7) });
    assert_eq!((s.step, s.lang), (7, Lang::Zh));
    let s = State::new(Lang::En).reduce(Action::Loaded { run, step: Some(99_999) });
    assert_eq!(s.step, n - 1);
    // No run: nothing to step, counter 0 / 0.
    let empty = State::new(Lang::En);
    assert_eq!(empty.reduce(Action::Forward).step, 0);
    assert_eq!(empty.reduce(Action::Over).step, 0);
    assert_eq!(empty.counter(), "0 / 0");
    assert_eq!(empty.current_line(), None);
}

#[test]
fn step_over_jumps_to_the_matching_return() {
    let run = singleton();
    let first = find(&run, EventKind::Call, "Singleton.__call__")[0];
    let ret = find(&run, EventKind::Return, "Singleton.__call__")[0];
    let s = loaded(run.clone()).reduce(Action::SetStep(first)).reduce(Action::Over);
    assert_eq!(s.step, ret);
    assert!(ret > first + 5, "the call has an inside to skip");
    // From a non-call, step over is step forward; at the end it stays.
    let lookup = (0..run.len()).find(|&i| run.result.events[i].kind == EventKind::Lookup).expect("a lookup");
    assert_eq!(s.reduce(Action::SetStep(lookup)).reduce(Action::Over).step, lookup + 1);
    let end = s.reduce(Action::ToEnd);
    assert_eq!(end.reduce(Action::Over).step, run.len() - 1);
    // The highlighted line follows the step.
    assert_eq!(s.reduce(Action::SetStep(first)).current_line(), Some(run.result.events[first].line));
}

#[test]
fn collapse_select_language_and_stale() {
    let s = loaded(singleton());
    let s = s.reduce(Action::ToggleCollapse(3));
    assert!(s.collapsed.contains(&3));
    assert!(!s.reduce(Action::ToggleCollapse(3)).collapsed.contains(&3));
    let s = s.reduce(Action::SelectClass(Some(42)));
    assert_eq!(s.selected_class, Some(42));
    assert_eq!(s.reduce(Action::SetLang(Lang::Zh)).lang, Lang::Zh);
    let source = s.run.as_ref().map(|r| r.source.clone()).expect("run");
    let edited = s.reduce(Action::Edited(format!("{source}x = 1\n")));
    assert!(edited.stale);
    assert!(!edited.reduce(Action::Edited(source)).stale, "back to the code that ran");
    // A new run resets collapsed nodes, the selection and the stale flag.
    let again = edited.reduce(Action::Loaded { run: singleton(), step: None });
    assert!(again.collapsed.is_empty() && again.selected_class.is_none() && !again.stale);
    // Without a run, editing is not "stale".
    assert!(!State::new(Lang::En).reduce(Action::Edited("x = 1".into())).stale);
}

#[test]
fn runner_status_transitions() {
    let s = State::new(Lang::En);
    assert_eq!(s.status, Status::Loading);
    let s = s.reduce(Action::RunnerReady("0.1.0".into()));
    assert_eq!((s.status.clone(), s.version.as_deref()), (Status::Ready, Some("0.1.0")));
    assert_eq!(s.reduce(Action::RunStarted).status, Status::Running);
    assert_eq!(s.reduce(Action::RunStarted).reduce(Action::Stopped).status, Status::Stopped);
    assert_eq!(s.reduce(Action::RunFailed("x".into())).status, Status::Failed("x".into()));
    assert_eq!(State::new(Lang::En).reduce(Action::RunnerFailed("y".into())).status, Status::Failed("y".into()));
}

#[test]
fn graph_of_the_singleton_has_one_instance_returned_twice() {
    let run = singleton();
    let end = graph_at(&run, run.len() - 1);
    assert_eq!(end.count(Kind::Instance), 1, "{end:?}");
    let inst = end.nodes.iter().find(|n| n.kind == Kind::Instance).expect("instance");
    assert_eq!(inst.returned, 2);
    assert!(inst.label.contains("Config"));
    let id_of = |name: &str| end.nodes.iter().find(|n| n.label == name).map(|n| (n.id, n.kind));
    let (config, config_kind) = id_of("Config").expect("Config");
    let (singleton, singleton_kind) = id_of("Singleton").expect("Singleton");
    let (ty, ty_kind) = id_of("type").expect("type");
    assert_eq!((config_kind, singleton_kind, ty_kind), (Kind::Class, Kind::Metaclass, Kind::Metaclass));
    let has = |from, to, kind| end.edges.contains(&graph::Edge { from, to, kind });
    assert!(has(inst.id, config, EdgeKind::InstanceOf));
    assert!(has(config, singleton, EdgeKind::InstanceOf));
    assert!(has(singleton, ty, EdgeKind::SubclassOf));
    assert!(!has(ty, ty, EdgeKind::InstanceOf), "no self loop for type");

    // Before the first object.__new__ returns there is no instance; right after, one, returned by
    // no call yet; after the first Singleton.__call__ returns, returned by 1 call.
    let new_ret = find(&run, EventKind::Return, "object.__new__")[0];
    assert_eq!(graph_at(&run, new_ret - 1).count(Kind::Instance), 0);
    let g = graph_at(&run, new_ret);
    assert_eq!(g.count(Kind::Instance), 1);
    assert_eq!(g.nodes.iter().find(|n| n.kind == Kind::Instance).map(|n| n.returned), Some(0));
    let first_ret = find(&run, EventKind::Return, "Singleton.__call__")[0];
    let g = graph_at(&run, first_ret);
    assert_eq!(g.nodes.iter().find(|n| n.kind == Kind::Instance).map(|n| n.returned), Some(1));
    // At the first event (the Singleton class body) nothing exists yet.
    assert!(graph_at(&run, 0).nodes.is_empty());
}

#[test]
fn graph_of_plain_classes_draws_subclass_edges_and_separate_instances() {
    let run = trace("class A:\n    pass\nclass B(A):\n    pass\nx = B()\ny = B()\nprint(x is y)\n");
    let g = graph_at(&run, run.len() - 1);
    assert_eq!(g.count(Kind::Instance), 2);
    let a = g.nodes.iter().find(|n| n.label == "A").expect("A").id;
    let b = g.nodes.iter().find(|n| n.label == "B").expect("B").id;
    assert!(g.edges.contains(&graph::Edge { from: b, to: a, kind: EdgeKind::SubclassOf }));
    assert!(g.nodes.iter().filter(|n| n.kind == Kind::Instance).all(|n| n.returned == 1));
    // Layout: rows metaclass < class < instance, no overlaps within a row.
    let l = layout(&g);
    let y = |k: Kind| l.nodes.iter().filter(|p| p.node.kind == k).map(|p| p.y).max();
    assert!(y(Kind::Class) < y(Kind::Instance));
    for p in &l.nodes {
        for q in &l.nodes {
            if p.node.id != q.node.id && p.y == q.y {
                assert!(p.x + p.w <= q.x || q.x + q.w <= p.x, "overlap {p:?} {q:?}");
            }
        }
        assert!(p.x + p.w <= l.width && p.y + graph::NODE_H <= l.height);
    }
    assert_eq!(layout(&graph::Graph::default()), graph::Layout::default());
}

#[test]
fn explains_a_new_that_returns_a_non_instance() {
    let run = trace(NEW_RETURNS_INT);
    let ret = find(&run, EventKind::Return, "type.__call__").last().copied().expect("return");
    let en = explain::explain(&run, ret, Lang::En);
    assert!(en.contains("`__new__` returned an object that is not a `A`, so `__init__` is skipped"), "{en}");
    assert!(en.ends_with("(CPython does this in C)."), "{en}");
    let zh = explain::explain(&run, ret, Lang::Zh);
    assert!(zh.contains("__init__ 被跳过") && zh.contains("CPython 在 C 中完成这一步"), "{zh}");
    // A normal class call does not say so.
    let run = singleton();
    let ret = find(&run, EventKind::Return, "type.__call__").last().copied().expect("return");
    let en = explain::explain(&run, ret, Lang::En);
    assert!(!en.contains("skipped") && en.contains("Config(...) gives <Config object"), "{en}");
}

#[test]
fn new_returning_an_instance_of_another_class_is_detected_from_the_object_table() {
    let run = trace("class Other:\n    pass\nclass A:\n    def __new__(cls):\n        return Other()\n    def __init__(self):\n        print('never')\nA()\n");
    let calls = find(&run, EventKind::Call, "type.__call__");
    let a_call = calls
        .iter()
        .copied()
        .find(|&i| run.result.events[i].receiver.as_ref().is_some_and(|r| r.repr == "<class 'A'>"));
    let ret = run.partner[a_call.expect("A()")].expect("returned");
    let en = explain::explain(&run, ret, Lang::En);
    assert!(en.contains("not a `A`, so `__init__` is skipped"), "{en}");
}

#[test]
fn explains_calls_lookups_and_user_code() {
    let run = singleton();
    let en = |i: usize| explain::explain(&run, i, Lang::En);
    let zh = |i: usize| explain::explain(&run, i, Lang::Zh);
    let meta_call = find(&run, EventKind::Call, "Singleton.__call__")[0];
    assert_eq!(
        en(meta_call),
        "Calling Config(...): its metaclass defines __call__, so Singleton.__call__ runs instead of type.__call__."
    );
    assert!(!en(meta_call).contains("in C"), "user code is not labelled as C");
    assert!(zh(meta_call).contains("元类定义了 __call__"));
    let body = find(&run, EventKind::Call, "Config")[0];
    assert!(en(body).starts_with("Running the body of class Config"), "{}", en(body));
    let init = find(&run, EventKind::Call, "Config.__init__")[0];
    assert!(en(init).starts_with("Config.__init__ initialises <Config object #"), "{}", en(init));
    let new = find(&run, EventKind::Call, "object.__new__")[0];
    assert!(en(new).contains("receives the class Config") && en(new).ends_with("(CPython does this in C)."));
    let sup = (0..run.len()).find(|&i| run.result.events[i].attr.as_deref() == Some("__call__")).expect("super lookup");
    assert!(en(sup).starts_with("super() continues along the MRO for .__call__"), "{}", en(sup));
    let class_stmt = find(&run, EventKind::Call, "type.__call__")[0];
    assert!(en(class_stmt).starts_with("The class statement calls the metaclass type"), "{}", en(class_stmt));
    assert_eq!(explain::explain(&run, 10_000, Lang::En), "");
}

#[test]
fn mro_panel_shows_where_a_lookup_found_the_value() {
    let run = trace("class A:\n    def f(self):\n        return 1\nclass B(A):\n    pass\nB().f()\n");
    let look = (0..run.len()).find(|&i| run.result.events[i].attr.as_deref() == Some("f")).expect("lookup of f");
    let view = mro_view(&run, look, None).expect("the receiver's class");
    assert_eq!(view.class_name, "B");
    let names: Vec<&str> = view.entries.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["B", "A", "object"]);
    let lookup = view.lookup.expect("lookup info");
    assert_eq!((lookup.attr.as_str(), lookup.found_at), ("f", Some(1)));
    // Selecting another class shows its MRO, without this lookup (it searched B).
    let a = view.entries[1].0;
    let other = mro_view(&run, look, Some(a)).expect("A");
    assert_eq!((other.class_name.as_str(), other.lookup), ("A", None));
    // Not a class, or nothing to show.
    assert_eq!(mro_view(&run, 0, None), None);
    assert_eq!(mro_view(&run, look, Some(123_456)), None);
}

#[test]
fn found_text_patterns() {
    let names = ["Config", "Base", "type"];
    assert_eq!(found_at("Config.__dict__ (class MRO)", &names), Some(0));
    assert_eq!(found_at("function (bound as a method) in Base", &names), Some(1));
    assert_eq!(found_at("data descriptor in Base", &names), Some(1));
    assert_eq!(found_at("super(): type, next after Singleton in the MRO", &names), Some(2));
    assert_eq!(found_at("instance __dict__", &names), None);
    assert_eq!(found_at("function (bound as a method) in Bases", &names), None);
}

#[test]
fn every_lesson_gives_a_tree_graph_and_explanations() {
    for l in lessons::LESSONS {
        let run = trace(l.source);
        for i in 0..run.len() {
            for lang in [Lang::En, Lang::Zh] {
                assert!(!explain::explain(&run, i, lang).is_empty(), "{} step {i}", l.id);
            }
        }
        let g = graph_at(&run, run.len() - 1);
        assert!(g.count(Kind::Class) >= 1, "{}", l.id);
        let ids: BTreeSet<u64> = g.nodes.iter().map(|n| n.id).collect();
        assert!(g.edges.iter().all(|e| ids.contains(&e.from) && ids.contains(&e.to)), "{}", l.id);
    }
}

#[test]
fn picking_a_lesson() {
    let s = State::new(Lang::En).reduce(Action::PickLesson(Some(1)));
    assert_eq!(s.lesson, Some(1));
    assert_eq!(s.reduce(Action::PickLesson(Some(10_000))).lesson, None);
    assert_eq!(s.reduce(Action::PickLesson(None)).lesson, None);
}

#[test]
fn chain_rows_follow_collapsing_and_find_the_current_step() {
    let run = singleton();
    let open = tree::visible_rows(&run.tree, &HashSet::new());
    // Expanded, every event is one row, in event order.
    assert_eq!(open.iter().map(|r| r.index).collect::<Vec<_>>(), (0..run.len()).collect::<Vec<_>>());
    let call = find(&run, EventKind::Call, "Singleton.__call__")[0];
    let ret = run.partner[call].expect("end");
    let inner = call + 3;
    assert_eq!(tree::row_of(&open, inner).map(|r| open[r].index), Some(inner));
    assert_eq!(open[tree::row_of(&open, call).expect("row")].level, 0);
    assert_eq!(open[tree::row_of(&open, ret).expect("row")].level, 1);
    // Collapsed, the call's row stands for everything inside it, up to its return.
    let shut = tree::visible_rows(&run.tree, &HashSet::from([call]));
    assert_eq!(shut.len(), open.len() - (ret - call));
    let r = tree::row_of(&shut, inner).expect("row");
    assert_eq!((shut[r].index, shut[r].collapsed, shut[r].last), (call, true, ret));
    assert_eq!(tree::row_of(&shut, ret + 1).map(|r| shut[r].index), Some(ret + 1));
    // Leaves cannot be collapsed.
    let lookup = (0..run.len()).find(|&i| run.result.events[i].kind == EventKind::Lookup).expect("lookup");
    let rows = tree::visible_rows(&run.tree, &HashSet::from([lookup]));
    assert_eq!(rows.len(), open.len());
}

#[test]
fn c3_replay_of_a_diamond_ends_in_the_classes_mro() {
    let run = trace("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\nD()\n");
    let d = run.result.objects.iter().find(|o| o.name.as_deref() == Some("D")).expect("D");
    let steps = super::mro::c3_steps(&run, d.id).expect("a replay");
    let picked: Vec<&str> = steps.iter().map(|s| s.picked.as_str()).collect();
    // D itself is not merged; the rest of D.__mro__ comes out of the merge in order.
    assert_eq!(picked, ["B", "C", "A", "object"]);
    // The first step merges [B, A, object], [C, A, object] and the bases [B, C].
    let first: Vec<Vec<&str>> = steps[0].lists.iter().map(|l| l.iter().map(String::as_str).collect()).collect();
    assert_eq!(first, vec![vec!["B", "A", "object"], vec!["C", "A", "object"], vec!["B", "C"]]);
    let view = mro_view(&run, 0, Some(d.id)).expect("view");
    assert_eq!(view.merge, steps);
}

#[test]
fn mro_conflict_replays_c3_until_it_is_stuck() {
    let run = trace("class A:\n    pass\nclass B(A):\n    pass\nclass C(A, B):\n    pass\n");
    let err = run.result.error.as_ref().expect("CPython raises TypeError here");
    assert!(err.message.starts_with("Cannot create a consistent method resolution\norder"), "{}", err.message);
    let c = mro::mro_conflict(&run).expect("a conflict view");
    assert_eq!(c.class_name, "C");
    assert_eq!(c.bases, ["A", "B"]);
    assert!(c.merge.is_empty(), "no head qualifies from the start: {:?}", c.merge);
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(c.stuck, vec![names(&["A", "object"]), names(&["B", "A", "object"]), names(&["A", "B"])]);
    // A run without that error has no conflict view.
    assert_eq!(mro::mro_conflict(&singleton()), None);
}

#[test]
fn a_del_step_says_the_last_reference_went_away() {
    let run = trace("class D:\n    def __del__(self):\n        pass\nd = D()\ndel d\nprint('after')\n");
    let step = run
        .result
        .events
        .iter()
        .position(|e| e.kind == EventKind::Call && e.qualname == "D.__del__")
        .expect("D.__del__ is traced");
    let en = explain::explain(&run, step, Lang::En);
    assert!(en.starts_with("The last reference to <D object #"), "{en}");
    assert!(explain::explain(&run, step, Lang::Zh).contains("引用计数变为 0"));
}

#[test]
fn a_del_run_by_gc_collect_is_explained_as_a_cycle() {
    let run = trace(lessons::by_id("cycles-gc").expect("lesson").source);
    let collect = find(&run, EventKind::Call, "gc.collect");
    assert_eq!(collect.len(), 2, "the lesson calls gc.collect() twice");
    assert!(explain::explain(&run, collect[0], Lang::En).starts_with("gc.collect() looks for objects"));
    let dels = find(&run, EventKind::Call, "Person.__del__");
    assert_eq!(dels.len(), 3, "both objects of the pair and the self-referencing one");
    for &d in &dels {
        assert_eq!(run.parent[d], Some(if d < collect[1] { collect[0] } else { collect[1] }));
        let en = explain::explain(&run, d, Lang::En);
        assert!(en.contains("reference cycle no variable can reach"), "{en}");
        assert!(explain::explain(&run, d, Lang::Zh).contains("引用环"));
    }
}

#[test]
fn thread_steps_are_labelled_as_the_threading_module() {
    let run = trace(
        "import threading\ndef task():\n    print('hi')\nt = threading.Thread(target=task)\nt.start()\nt.join()\n",
    );
    let start = find(&run, EventKind::Call, "Thread.start")[0];
    let en = explain::explain(&run, start, Lang::En);
    assert!(
        en.starts_with("start() starts a new thread") && en.ends_with("(CPython does this in its threading module)."),
        "{en}"
    );
    let zh = explain::explain(&run, start, Lang::Zh);
    assert!(zh.contains("threading 模块"), "{zh}");
    // run() sits between start() and the target.
    let run_step = find(&run, EventKind::Call, "Thread.run")[0];
    let task = find(&run, EventKind::Call, "task")[0];
    assert!(start < run_step && run_step < task);
}

#[test]
fn typing_steps_are_labelled_in_class_statement_order() {
    let run = trace(
        "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Stack(Generic[T]):\n    def __init__(self):\n        self.items = []\ns = Stack[int]()\n",
    );
    let getitem = find(&run, EventKind::Call, "Generic.__class_getitem__");
    let entries = find(&run, EventKind::Call, "_GenericAlias.__mro_entries__")[0];
    let init_sub = find(&run, EventKind::Call, "Generic.__init_subclass__")[0];
    let call = find(&run, EventKind::Call, "_BaseGenericAlias.__call__")[0];
    let init = find(&run, EventKind::Call, "Stack.__init__")[0];
    // Generic[T], its __mro_entries__, the body, then type.__new__'s __init_subclass__; Stack[int]().
    assert_eq!(getitem.len(), 2);
    assert!(getitem[0] < entries && entries < init_sub && init_sub < getitem[1] && getitem[1] < call && call < init);
    assert_eq!(
        run.parent[init].map(|p| run.parent[p]),
        Some(Some(call)),
        "__init__ runs inside type.__call__ inside the alias's call"
    );
    let en = explain::explain(&run, entries, Lang::En);
    assert!(
        en.starts_with("A base in a class statement") && en.ends_with("(CPython does this in its typing module)."),
        "{en}"
    );
    assert!(explain::explain(&run, init_sub, Lang::Zh).contains("typing 模块"));
}

#[test]
fn enum_steps_are_labelled_and_a_lookup_finds_the_member() {
    let run = trace("from enum import Enum\nclass Color(Enum):\n    RED = 1\nc = Color(1)\n");
    let prepare = find(&run, EventKind::Call, "EnumType.__prepare__")[0];
    let set_name = find(&run, EventKind::Call, "_proto_member.__set_name__")[0];
    let call = find(&run, EventKind::Call, "EnumType.__call__")[0];
    let new = find(&run, EventKind::Call, "Enum.__new__")[0];
    assert!(prepare < set_name && set_name < call && call < new);
    let en = explain::explain(&run, call, Lang::En);
    assert!(en.starts_with("Color(1) calls the metaclass's __call__") && en.ends_with("in its enum module)."), "{en}");
    assert!(explain::explain(&run, prepare, Lang::Zh).contains("enum 模块"));
}

#[test]
fn contextlib_steps_are_labelled_and_enter_runs_the_generator() {
    let run = trace(lessons::by_id("context-managers").expect("lesson").source);
    let enter = find(&run, EventKind::Call, "_GeneratorContextManager.__enter__");
    assert_eq!(enter.len(), 2, "two with statements use open_file");
    let body = find(&run, EventKind::Call, "open_file");
    assert!(body.iter().any(|&b| run.parent[b] == Some(enter[0])), "__enter__ runs the generator");
    let en = explain::explain(&run, enter[0], Lang::En);
    assert!(en.ends_with("(CPython does this in its contextlib module)."), "{en}");
    assert!(explain::explain(&run, enter[0], Lang::Zh).contains("contextlib 模块"));
    // `open` is C in CPython.
    let open = find(&run, EventKind::Call, "open")[0];
    assert!(explain::explain(&run, open, Lang::En).ends_with("(CPython does this in C)."));
}

#[test]
fn functools_steps_are_labelled_and_a_cached_property_is_computed_once() {
    let run = trace(lessons::by_id("decorator-singleton").expect("lesson").source);
    let update = find(&run, EventKind::Call, "functools.update_wrapper");
    assert_eq!(update.len(), 1, "@wraps(cls) runs update_wrapper once");
    let en = explain::explain(&run, update[0], Lang::En);
    assert!(en.starts_with("update_wrapper copies __module__") && en.ends_with("in its functools module)."), "{en}");
    assert!(explain::explain(&run, update[0], Lang::Zh).contains("functools 模块"));
    // `partial` is C in CPython.
    let call = find(&run, EventKind::Call, "partial.__call__")[0];
    assert_eq!(run.parent[update[0]], Some(call));
    assert!(explain::explain(&run, call, Lang::En).ends_with("(CPython does this in C)."));

    let run = trace(
        "from functools import cached_property\nclass C:\n    @cached_property\n    def x(self):\n        return 1\nc = C()\nc.x\nc.x\n",
    );
    let gets = find(&run, EventKind::Call, "cached_property.__get__");
    assert_eq!(gets.len(), 1, "the second c.x finds the value in the instance __dict__");
    assert_eq!(find(&run, EventKind::Call, "C.x").len(), 1);
    assert!(explain::explain(&run, gets[0], Lang::En).contains("non-data descriptor"));
}

#[test]
fn copy_steps_are_labelled_and_init_does_not_run() {
    let run = trace(
        "import copy\nclass P:\n    def __init__(self, x):\n        self.x = x\np = P([1])\nq = copy.deepcopy(p)\n",
    );
    let deep = find(&run, EventKind::Call, "copy.deepcopy")[0];
    let en = explain::explain(&run, deep, Lang::En);
    assert!(
        en.starts_with("deepcopy first asks the memo") && en.ends_with("(CPython does this in its copy module)."),
        "{en}"
    );
    assert!(explain::explain(&run, deep, Lang::Zh).contains("copy 模块"));
    let newobj = find(&run, EventKind::Call, "copyreg.__newobj__");
    assert_eq!(newobj.len(), 1);
    assert!(explain::explain(&run, newobj[0], Lang::En).ends_with("(CPython does this in its copyreg module)."));
    let reduce = find(&run, EventKind::Call, "object.__reduce_ex__")[0];
    assert!(explain::explain(&run, reduce, Lang::En).ends_with("(CPython does this in C)."));
    // Only the original was initialised.
    assert_eq!(find(&run, EventKind::Call, "P.__init__").len(), 1);
}

#[test]
fn a_defaultdict_miss_is_a_missing_step() {
    let run = trace("from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nd['a'].append(2)\n");
    let missing = find(&run, EventKind::Call, "defaultdict.__missing__");
    assert_eq!(missing.len(), 1, "only the first d['a'] misses");
    let en = explain::explain(&run, missing[0], Lang::En);
    assert!(en.starts_with("d[key] found no such key") && en.ends_with("(CPython does this in C)."), "{en}");
}
