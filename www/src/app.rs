//! The yew components. They only render [`State`] and turn clicks and keys into [`Action`]s;
//! every decision is in `crate::state`. Learner code, output and trace text are always rendered
//! as text nodes (never as HTML).

use crate::i18n::{returned_by, t, Key, Lang};
use crate::js;
use crate::lessons::LESSONS;
use crate::share;
use crate::state::graph::{edge_path, graph_at, layout, EdgeKind, Kind, Layout, NODE_H};
use crate::state::mro::{mro_conflict, mro_view};
use crate::state::rows::{row_text, RowText};
use crate::state::tree::{row_of, visible_rows};
use crate::state::{explain::explain, Action, Run, State, Status};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Step budget for one run from the page (a runaway program is also stopped by Stop).
const MAX_STEPS: f64 = 50_000_000.0;
/// Rows of the call chain rendered on each side of the current one (a trace can have 200,000).
const ROW_WINDOW: usize = 150;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State::reduce(&self, action))
    }
}

type Dispatch = UseReducerDispatcher<State>;

/// Mounts the app on `#app`.
pub fn mount() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// Starts a traced run of `source` (the editor's text); `step` is where to land (a share link).
fn start_run(
    dispatch: Dispatch,
    stdin: Rc<RefCell<String>>,
    running: Rc<RefCell<bool>>,
    source: String,
    step: Option<usize>,
) {
    if *running.borrow() {
        return;
    }
    *running.borrow_mut() = true;
    let lines = js_sys::Array::new();
    for line in stdin.borrow().lines() {
        lines.push(&JsValue::from_str(line));
    }
    dispatch.dispatch(Action::RunStarted);
    let promise = js::run_traced(&source, lines, MAX_STEPS);
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = wasm_bindgen_futures::JsFuture::from(promise).await;
        *running.borrow_mut() = false;
        match outcome {
            Ok(value) => match value.as_string().map(|json| Run::from_json(source, &json)) {
                Some(Ok(run)) => dispatch.dispatch(Action::Loaded { run: Rc::new(run), step }),
                Some(Err(e)) => dispatch.dispatch(Action::RunFailed(e)),
                None => dispatch.dispatch(Action::RunFailed("no result".into())),
            },
            Err(e) => {
                let msg = js::error_message(&e);
                dispatch.dispatch(if msg == "stopped" { Action::Stopped } else { Action::RunFailed(msg) });
            }
        }
    });
}

/// Fetches lesson `index`'s code into the editor, unless another lesson (or the learner's own
/// code) was picked meanwhile (`picks` counts the picks). A failed fetch (offline) says so.
fn load_lesson(index: usize, picks: Rc<RefCell<u32>>, notice: UseStateHandle<Option<Key>>) {
    let Some(lesson) = LESSONS.get(index) else { return };
    let pick = *picks.borrow();
    let promise = js::lesson_text(lesson.file);
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise).await;
        if *picks.borrow() != pick {
            return;
        }
        match text.ok().and_then(|t| t.as_string()) {
            Some(text) => {
                js::set_text(&text);
                notice.set(None);
            }
            None => notice.set(Some(Key::LessonFailed)),
        }
    });
}

/// What the page starts with: a share link's code/step/language, else the first lesson (its
/// code is fetched once the editor exists).
struct Initial {
    lang: Lang,
    code: String,
    lesson: Option<usize>,
    /// Run at once and land on this step (share links).
    autorun: Option<Option<usize>>,
}

fn initial() -> Initial {
    let shared = share::parse_fragment(&js::get_hash());
    let lang = shared.lang.unwrap_or_else(|| Lang::from_navigator(&js::navigator_language()));
    match shared.code {
        Some(code) => Initial { lang, code, lesson: None, autorun: Some(shared.step) },
        None => Initial {
            lang,
            code: String::new(),
            lesson: if LESSONS.is_empty() { None } else { Some(0) },
            autorun: None,
        },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let init = use_memo((), |_| initial());
    let state = use_reducer({
        let init = init.clone();
        move || State::new(init.lang).reduce(Action::PickLesson(init.lesson))
    });
    let stdin = use_mut_ref(String::new);
    let running = use_mut_ref(|| false);
    // "Link copied", or a lesson that could not be fetched.
    let notice = use_state(|| None::<Key>);
    let picks = use_mut_ref(|| 0u32);
    let lang = state.lang;

    let run = {
        let (dispatch, stdin, running) = (state.dispatcher(), stdin.clone(), running.clone());
        Callback::from(move |step: Option<usize>| {
            start_run(dispatch.clone(), stdin.clone(), running.clone(), js::get_text(), step)
        })
    };

    // The runner: loading indicator until ready. A share link runs at once: the runner queues
    // the run until its wasm is loaded, so the first trace does not wait for a round trip.
    {
        let (dispatch, init) = (state.dispatcher(), init.clone());
        let (stdin, running, picks, notice) = (stdin.clone(), running.clone(), picks.clone(), notice.clone());
        use_effect_with((), move |_| {
            if let Some(step) = init.autorun {
                // The shared code itself: the editor may not exist yet.
                start_run(dispatch.clone(), stdin, running, init.code.clone(), step);
            } else if let Some(i) = init.lesson {
                load_lesson(i, picks, notice);
            }
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(js::runner_ready()).await {
                    Ok(v) => dispatch.dispatch(Action::RunnerReady(v.as_string().unwrap_or_default())),
                    Err(e) => dispatch.dispatch(Action::RunnerFailed(js::error_message(&e))),
                }
            });
        });
    }

    // Keyboard shortcuts on the whole page.
    {
        let (dispatch, run) = (state.dispatcher(), run.clone());
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                on_key(&e, &dispatch, &run)
            });
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(doc) = &doc {
                let _ = doc.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(doc) = &doc {
                    let _ = doc.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
                }
                drop(listener);
            }
        });
    }

    // Editor line marks, the current chain row in view, the share fragment, <html lang>.
    {
        let step_line = state.current_line().unwrap_or(0);
        let error_line = state.run.as_ref().and_then(|r| r.result.error.as_ref()).and_then(|e| e.line).unwrap_or(0);
        use_effect_with((step_line, error_line, state.step, state.stale), |&(s, e, _, stale)| {
            // Once the code changed, the trace's lines no longer point at the right code.
            if stale {
                js::highlight(0, 0);
            } else {
                js::highlight(s, e);
            }
            js::reveal("#chain li.current");
        });
        let source = state.run.as_ref().map(|r| r.source.clone());
        use_effect_with((source, state.step, lang), |(source, step, lang)| {
            if let Some(source) = source {
                js::set_hash(&share::to_fragment(source, Some(*step), *lang));
            }
            js::set_document_lang(if *lang == Lang::Zh { "zh-CN" } else { "en" });
        });
    }

    let d = state.dispatcher();
    let on_lesson = {
        let (d, picks, notice) = (d.clone(), picks.clone(), notice.clone());
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let index = sel.value().parse::<usize>().ok().filter(|&i| i < LESSONS.len());
            *picks.borrow_mut() += 1;
            if let Some(i) = index {
                load_lesson(i, picks.clone(), notice.clone());
            }
            d.dispatch(Action::PickLesson(index));
        })
    };
    let on_lang = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::SetLang(lang.other())))
    };
    let copy = |text: fn() -> String, done: Key| {
        let notice = notice.clone();
        Callback::from(move |_| {
            let notice = notice.clone();
            let promise = js::copy_text(&text());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                notice.set(Some(if ok { done } else { Key::CopyFailed }));
            });
        })
    };
    let on_copy = copy(js::page_url, Key::Copied);
    let on_copy_embed = copy(|| share::embed_snippet(&js::page_url()), Key::EmbedCopied);
    let on_stdin = {
        let stdin = stdin.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                *stdin.borrow_mut() = area.value();
            }
        })
    };
    let lesson_note = state.lesson.and_then(|i| LESSONS.get(i)).map(|l| l.note(lang));

    html! {
        <div class="app">
            <header class="top">
                <h1>{"metalab"}</h1>
                <span class="tagline">{t(lang, Key::Tagline)}</span>
                <label class="lesson">
                    <span>{t(lang, Key::Lesson)}</span>
                    <select id="lesson" onchange={on_lesson}>
                        <option value="" selected={state.lesson.is_none()}>{t(lang, Key::OwnCode)}</option>
                        { for LESSONS.iter().enumerate().map(|(i, l)| html! {
                            <option value={i.to_string()} selected={state.lesson == Some(i)}>{l.title(lang)}</option>
                        }) }
                    </select>
                </label>
                <button id="copy-link" onclick={on_copy} disabled={state.run.is_none()}>{t(lang, Key::CopyLink)}</button>
                <button id="copy-embed" onclick={on_copy_embed} disabled={state.run.is_none()}>{t(lang, Key::CopyEmbed)}</button>
                <span class="copied" role="status">{ notice.map(|k| t(lang, k)).unwrap_or("") }</span>
                <a id="demo-link" href="demo.html">{t(lang, Key::DemoPage)}</a>
                <button id="lang" lang={lang.other().code()} title={t(lang, Key::LangToggleTitle)} onclick={on_lang}>
                    {t(lang, Key::LangToggle)}
                </button>
            </header>
            if let Some(note) = lesson_note {
                <p class="note">{note}</p>
            }
            <main class="grid">
                <section class="panel code-panel" aria-label={t(lang, Key::Editor)}>
                    <Editor initial={init.code.clone()} label={t(lang, Key::Editor)} dispatch={d.clone()} run={run.clone()} />
                    <Controls state={state.clone()} run={run.clone()} />
                    <OutputPanel state={state.clone()} on_stdin={on_stdin} />
                </section>
                <ChainPanel state={state.clone()} />
                <GraphPanel state={state.clone()} />
                <MroPanel state={state.clone()} />
            </main>
        </div>
    }
}

fn on_key(e: &web_sys::KeyboardEvent, dispatch: &Dispatch, run: &Callback<Option<usize>>) {
    if e.default_prevented() || e.alt_key() {
        return;
    }
    let key = e.key();
    let ctrl = e.ctrl_key() || e.meta_key();
    if ctrl && key == "Enter" {
        e.prevent_default();
        run.emit(None);
        return;
    }
    if key == "Escape" {
        js::stop();
        return;
    }
    if ctrl || e.shift_key() {
        return;
    }
    // Arrow keys belong to the editor and form fields when they have focus.
    let in_field = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".cm-editor, input, textarea, select").ok().flatten())
        .is_some();
    if in_field {
        return;
    }
    let action = match key.as_str() {
        "ArrowRight" => Action::Forward,
        "ArrowLeft" => Action::Back,
        "ArrowDown" => Action::Over,
        "Home" => Action::ToStart,
        "End" => Action::ToEnd,
        _ => return,
    };
    e.prevent_default();
    dispatch.dispatch(action);
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    initial: String,
    label: &'static str,
    dispatch: Dispatch,
    run: Callback<Option<usize>>,
}

#[function_component(Editor)]
fn editor(props: &EditorProps) -> Html {
    let node = use_node_ref();
    {
        let (node, initial, dispatch, run) =
            (node.clone(), props.initial.clone(), props.dispatch.clone(), props.run.clone());
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                let on_change =
                    Closure::<dyn Fn(String)>::new(move |text: String| dispatch.dispatch(Action::Edited(text)));
                let on_run = Closure::<dyn Fn()>::new(move || run.emit(None));
                js::create_editor(&el, &initial, &on_change.into_js_value(), &on_run.into_js_value());
            }
        });
    }
    html! { <div id="editor" class="editor" ref={node} data-label={props.label}></div> }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    state: UseReducerHandle<State>,
}

#[derive(Properties, PartialEq)]
struct ControlsProps {
    state: UseReducerHandle<State>,
    run: Callback<Option<usize>>,
}

#[function_component(Controls)]
fn controls(props: &ControlsProps) -> Html {
    let s = &*props.state;
    let lang = s.lang;
    let d = props.state.dispatcher();
    let act = |a: Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(a.clone()))
    };
    let on_run = {
        let run = props.run.clone();
        Callback::from(move |_: MouseEvent| run.emit(None))
    };
    let on_slider = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Ok(n) = input.value().parse::<usize>() {
                    d.dispatch(Action::SetStep(n));
                }
            }
        })
    };
    let running = s.status == Status::Running;
    let no_steps = !s.can_step();
    let status = match &s.status {
        Status::Loading => t(lang, Key::Loading).to_string(),
        Status::Ready => format!("{} (metalab {})", t(lang, Key::Ready), s.version.as_deref().unwrap_or("?")),
        Status::Running => t(lang, Key::Running).to_string(),
        Status::Done => t(lang, Key::Done).to_string(),
        Status::Stopped => t(lang, Key::Stopped).to_string(),
        Status::Failed(msg) => format!("{}: {msg}", t(lang, Key::Failed)),
    };
    html! {
        <div class="controls">
            <div class="buttons">
                <button id="run" class="primary" onclick={on_run} disabled={running || s.status == Status::Loading}
                    aria-keyshortcuts="Control+Enter">{t(lang, Key::Run)}</button>
                <button id="stop" onclick={Callback::from(|_: MouseEvent| js::stop())} disabled={!running}
                    aria-keyshortcuts="Escape">{t(lang, Key::Stop)}</button>
                <span class="sep"></span>
                <button id="to-start" onclick={act(Action::ToStart)} disabled={no_steps} title={t(lang, Key::ToStart)}
                    aria-keyshortcuts="Home">{"⇤"}<span class="label">{t(lang, Key::ToStart)}</span></button>
                <button id="back" onclick={act(Action::Back)} disabled={no_steps} title={t(lang, Key::Back)}
                    aria-keyshortcuts="ArrowLeft">{"◀"}<span class="label">{t(lang, Key::Back)}</span></button>
                <button id="forward" onclick={act(Action::Forward)} disabled={no_steps} title={t(lang, Key::Forward)}
                    aria-keyshortcuts="ArrowRight">{"▶"}<span class="label">{t(lang, Key::Forward)}</span></button>
                <button id="over" onclick={act(Action::Over)} disabled={no_steps} title={t(lang, Key::Over)}
                    aria-keyshortcuts="ArrowDown">{"⤼"}<span class="label">{t(lang, Key::Over)}</span></button>
                <button id="to-end" onclick={act(Action::ToEnd)} disabled={no_steps} title={t(lang, Key::ToEnd)}
                    aria-keyshortcuts="End">{"⇥"}<span class="label">{t(lang, Key::ToEnd)}</span></button>
                <span id="counter" class="counter" aria-label={t(lang, Key::Step)}>{s.counter()}</span>
            </div>
            <input id="slider" type="range" min="0" max={s.len().saturating_sub(1).to_string()}
                value={s.step.to_string()} oninput={on_slider} disabled={no_steps} aria-label={t(lang, Key::Slider)} />
            <div class="status-line">
                <span id="status" role="status" class={classes!((running || s.status == Status::Loading).then_some("busy"))}>{status}</span>
                if s.stale { <span class="stale">{t(lang, Key::Stale)}</span> }
            </div>
            <p class="hint">{t(lang, Key::Shortcuts)}</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OutputProps {
    state: UseReducerHandle<State>,
    on_stdin: Callback<InputEvent>,
}

#[function_component(OutputPanel)]
fn output_panel(props: &OutputProps) -> Html {
    let s = &*props.state;
    let lang = s.lang;
    let result = s.run.as_ref().map(|r| &r.result);
    let stdout = result.map(|r| r.stdout.as_str()).unwrap_or("");
    html! {
        <div class="output">
            <h2>{t(lang, Key::Output)}</h2>
            <pre id="stdout" class={classes!(stdout.is_empty().then_some("empty"))}>
                { if stdout.is_empty() && result.is_some() { t(lang, Key::NoOutput) } else { stdout } }
            </pre>
            if let Some(stderr) = result.map(|r| r.stderr.as_str()).filter(|s| !s.is_empty()) {
                <pre id="stderr" class="stderr" aria-label={t(lang, Key::Stderr)}>{stderr}</pre>
            }
            if let Some(err) = result.and_then(|r| r.error.as_ref()) {
                <pre id="error" class="error" aria-label={t(lang, Key::Error)}>
                    { if err.traceback.is_empty() { format!("{}: {}", err.type_name, err.message) } else { err.traceback.clone() } }
                </pre>
            }
            <label class="stdin">
                <span>{t(lang, Key::Stdin)}</span>
                <textarea id="stdin" rows="2" spellcheck="false" oninput={props.on_stdin.clone()}></textarea>
            </label>
        </div>
    }
}

#[function_component(ChainPanel)]
fn chain_panel(props: &PanelProps) -> Html {
    let s = &*props.state;
    let lang = s.lang;
    let d = props.state.dispatcher();
    let Some(run) = s.run.as_ref().filter(|r| !r.is_empty()) else {
        return html! {
            <section id="chain" class="panel chain" aria-label={t(lang, Key::CallChain)}>
                <h2>{t(lang, Key::CallChain)}</h2>
                <p class="empty">{t(lang, Key::NoTrace)}</p>
            </section>
        };
    };
    let rows = visible_rows(&run.tree, &s.collapsed);
    let current = row_of(&rows, s.step);
    let center = current.unwrap_or(0);
    let from = center.saturating_sub(ROW_WINDOW);
    let to = (center + ROW_WINDOW + 1).min(rows.len());
    let ev = run.result.events.get(s.step);
    let builtin = ev.is_some_and(|e| e.builtin);
    let sentence = explain(run, s.step, lang);
    let row_html = |i: usize| {
        let row = rows[i];
        let ev = &run.result.events[row.index];
        let is_current = Some(i) == current;
        let on_step = {
            let (d, index) = (d.clone(), row.index);
            Callback::from(move |_: MouseEvent| d.dispatch(Action::SetStep(index)))
        };
        let on_toggle = {
            let (d, index) = (d.clone(), row.index);
            Callback::from(move |_: MouseEvent| d.dispatch(Action::ToggleCollapse(index)))
        };
        let RowText { mark, kind, name, detail } = row_text(ev, lang);
        html! {
            <li key={row.index} class={classes!(kind, ev.builtin.then_some("builtin"), is_current.then_some("current"))}
                style={format!("--level:{}", row.level)} aria-current={is_current.then_some("step")}>
                if row.has_children {
                    <button class="toggle" onclick={on_toggle} aria-expanded={(!row.collapsed).to_string()}
                        title={t(lang, if row.collapsed { Key::Expand } else { Key::Collapse })}>
                        { if row.collapsed { "▸" } else { "▾" } }
                    </button>
                } else {
                    <span class="toggle-space"></span>
                }
                <button class="ev" onclick={on_step} data-step={row.index.to_string()}>
                    <span class="mark">{mark}</span>
                    if !name.is_empty() { <span class="qualname">{name}</span> }
                    <span class="detail">{detail}</span>
                    if ev.builtin {
                        <span class="badge" title={t(lang, Key::InCTitle)}>{t(lang, Key::InC)}</span>
                    }
                    <span class="line">{format!("L{}", ev.line)}</span>
                </button>
            </li>
        }
    };
    html! {
        <section id="chain" class="panel chain" aria-label={t(lang, Key::CallChain)}>
            <h2>{t(lang, Key::CallChain)}</h2>
            <div id="explain" class={classes!("explain", builtin.then_some("builtin"))} aria-live="polite">
                <strong>{t(lang, Key::Explanation)}{": "}</strong>{sentence}
            </div>
            <ol class="rows">
                if from > 0 { <li class="more">{format!("… {from}")}</li> }
                { for (from..to).map(row_html) }
                if to < rows.len() { <li class="more">{format!("… {}", rows.len() - to)}</li> }
            </ol>
        </section>
    }
}

#[function_component(GraphPanel)]
fn graph_panel(props: &PanelProps) -> Html {
    let s = &*props.state;
    let lang = s.lang;
    let d = props.state.dispatcher();
    let graph = s.run.as_ref().map(|r| graph_at(r, s.step)).unwrap_or_default();
    let placed = layout(&graph);
    let Layout { nodes, width, height } = &placed;
    let (width, height) = (*width, *height);
    let body = if nodes.is_empty() {
        html! { <p class="empty">{t(lang, Key::NoObjects)}</p> }
    } else {
        let edges = graph.edges.iter().filter_map(|e| {
            let path = edge_path(&placed, e)?;
            let marker = match e.kind {
                EdgeKind::InstanceOf => "url(#arrow-open)",
                EdgeKind::SubclassOf => "url(#arrow-tri)",
            };
            Some(html! { <path class={classes!("edge", e.kind.name())} d={path} marker-end={marker}>
            <title>{t(lang, e.kind.key())}</title></path> })
        });
        let node_html = nodes.iter().map(|p| {
            let n = &p.node;
            let selectable = n.kind != Kind::Instance;
            let selected = s.selected_class == Some(n.id);
            let select = |d: &Dispatch| {
                let (d, id) = (d.clone(), n.id);
                move || d.dispatch(Action::SelectClass(if selected { None } else { Some(id) }))
            };
            let onclick = Some(&d).filter(|_| selectable).map(|d| {
                let f = select(d);
                Callback::from(move |_: MouseEvent| f())
            });
            let onkeydown = Some(&d).filter(|_| selectable).map(|d| {
                let f = select(d);
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        f();
                    }
                })
            });
            let w = p.w;
            let rx = if n.kind == Kind::Instance { 16 } else { 3 };
            html! {
                <g class={classes!("node", n.kind.name(), selected.then_some("selected"))} data-id={n.id.to_string()}
                    tabindex={selectable.then_some("0")} role={selectable.then_some("button")}
                    onclick={onclick} onkeydown={onkeydown} aria-pressed={selectable.then(|| selected.to_string())}>
                    <title>{n.title(lang)}</title>
                    <rect x={p.x.to_string()} y={p.y.to_string()} width={w.to_string()} height={NODE_H.to_string()}
                        rx={rx.to_string()} />
                    if n.kind == Kind::Metaclass {
                        <rect class="inner" x={(p.x + 3).to_string()} y={(p.y + 3).to_string()}
                            width={(w - 6).to_string()} height={(NODE_H - 6).to_string()} rx="2" />
                    }
                    <text x={(p.x + w / 2).to_string()} y={(p.y + if n.returned > 0 { 13 } else { NODE_H / 2 }).to_string()}
                        text-anchor="middle" dominant-baseline="central">{n.label.clone()}</text>
                    if n.kind == Kind::Instance && n.returned > 0 {
                        <text class="returned" x={(p.x + w / 2).to_string()} y={(p.y + 27).to_string()}
                            text-anchor="middle" dominant-baseline="central">{returned_by(lang, n.returned)}</text>
                    }
                </g>
            }
        });
        html! {
            <svg id="graph-svg" viewBox={format!("0 0 {} {}", width.max(200) + 60, height)}
                width={(width.max(200) + 60).to_string()} height={height.to_string()} role="img"
                aria-label={t(lang, Key::Graph)}>
                <defs>
                    <marker id="arrow-tri" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="arrow-tri" />
                    </marker>
                    <marker id="arrow-open" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10" class="arrow-open" />
                    </marker>
                </defs>
                { for edges }
                { for node_html }
            </svg>
        }
    };
    html! {
        <section id="graph" class="panel graph" aria-label={t(lang, Key::Graph)}>
            <h2>{t(lang, Key::Graph)}</h2>
            <div class="legend">
                <span><svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" class="edge subclass-of" /></svg>{t(lang, Key::SubclassOf)}</span>
                <span><svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" class="edge instance-of" /></svg>{t(lang, Key::InstanceOf)}</span>
                <span class="hint">{t(lang, Key::GraphHint)}</span>
            </div>
            <div class="graph-scroll">{body}</div>
        </section>
    }
}

#[function_component(MroPanel)]
fn mro_panel(props: &PanelProps) -> Html {
    let s = &*props.state;
    let lang = s.lang;
    let view = s.run.as_ref().and_then(|r| mro_view(r, s.step, s.selected_class));
    let conflict = s.run.as_ref().and_then(|r| mro_conflict(r));
    let merge_lists = |lists: &[Vec<String>]| {
        format!("merge({})", lists.iter().map(|l| format!("[{}]", l.join(", "))).collect::<Vec<_>>().join(", "))
    };
    html! {
        <section id="mro" class="panel mro" aria-label={t(lang, Key::Mro)}>
            <h2>{t(lang, Key::Mro)}</h2>
            { match (view, conflict) {
                (None, Some(c)) => {
                    html! {
                        <div id="mro-conflict">
                            <p class="mro-of"><code>{format!("class {}({})", c.class_name, c.bases.join(", "))}</code>
                                {" — "}{t(lang, Key::NoMro)}</p>
                            <ol class="c3-steps">
                                { for c.merge.iter().map(|m| html! {
                                    <li><code>{merge_lists(&m.lists)}</code>{" → "}<code>{m.picked.clone()}</code></li>
                                }) }
                                <li class="stuck"><code>{merge_lists(&c.stuck)}</code>{" → ✗"}</li>
                            </ol>
                            <p class="hint">{t(lang, Key::C3Stuck)}</p>
                        </div>
                    }
                }
                (None, None) => html! { <p class="empty">{t(lang, Key::NoClass)}</p> },
                (Some(v), _) => {
                    let found_at = v.lookup.as_ref().and_then(|l| l.found_at);
                    html! {
                        <>
                            <p class="mro-of"><code>{format!("{}.__mro__", v.class_name)}</code></p>
                            <ol class="mro-list">
                                { for v.entries.iter().enumerate().map(|(i, (id, name))| html! {
                                    <li class={classes!((found_at == Some(i)).then_some("found"))} data-id={id.to_string()}>
                                        <code>{name.clone()}</code>
                                        if found_at == Some(i) { <span class="found-mark">{" ◀ "}{t(lang, Key::FoundIn)}</span> }
                                    </li>
                                }) }
                            </ol>
                            if !v.merge.is_empty() {
                                <details class="c3">
                                    <summary>{t(lang, Key::C3Merge)}</summary>
                                    <ol class="c3-steps">
                                        { for v.merge.iter().map(|m| html! {
                                            <li><code>{format!("merge({})", m.lists.iter()
                                                .map(|l| format!("[{}]", l.join(", "))).collect::<Vec<_>>().join(", "))}</code>
                                                {" → "}<code>{m.picked.clone()}</code></li>
                                        }) }
                                    </ol>
                                    <p class="hint">{t(lang, Key::C3Rule)}</p>
                                </details>
                            }
                            if let Some(l) = v.lookup {
                                <p class="lookup">{t(lang, Key::LookingUp)}{" "}<code>{format!(".{}", l.attr)}</code>
                                    {" — "}{t(lang, Key::FoundIn)}{": "}<code>{l.found}</code></p>
                            }
                        </>
                    }
                }
            } }
        </section>
    }
}
