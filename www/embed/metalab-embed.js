// metalab in any page: one script tag, then <metalab-lab> elements.
//
//   <script type="module" src="https://…/metalab-embed.js"></script>
//   <metalab-lab lang="zh" panels="chain graph output" autorun>
//   class A: pass
//   print(A())
//   </metalab-lab>
//
// Add `data-code-blocks` to the script tag to turn every <pre><code class="language-python"> of
// the page into a lab as well (or call `upgradeCodeBlocks()`).
//
// Each lab has its own Worker (its own Stop), but the core wasm is downloaded and compiled once
// per page and handed to every worker. The chain lines, explanations, graph and strings come from
// the page's own view model (embed/metalab_view.js), so an embed says exactly what the lab says.
// Learner code and output are only ever set as text (textContent), never parsed as HTML.
//
// This file sits at the root of `make dist`, next to runner/, pkg/ and embed/.

import { MetalabRunner } from "./runner/runner.js";
import initView, { View, strings, toFragment } from "./embed/metalab_view.js";
import { labStyles } from "./embed/style.js";

const BASE = new URL(".", import.meta.url);
const PANELS = ["chain", "graph", "output"];
const SVG = "http://www.w3.org/2000/svg";

/** The wasm shared by every lab of the page, fetched on first use. */
let shared = null;
function loadShared() {
  shared ??= {
    module: fetch(new URL("pkg/metalab_bg.wasm", BASE)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      // Streaming compilation (while downloading) needs the wasm MIME type.
      if (r.headers.get("Content-Type")?.startsWith("application/wasm")) return WebAssembly.compileStreaming(r);
      return r.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    }),
    view: initView({ module_or_path: new URL("embed/metalab_view_bg.wasm", BASE) }),
  };
  return shared;
}

const stringCache = new Map();
function ui(lang) {
  if (!stringCache.has(lang)) stringCache.set(lang, JSON.parse(strings(lang)));
  return stringCache.get(lang);
}

function defaultLang() {
  return /^zh/i.test(navigator.language ?? "") ? "zh" : "en";
}

/** Removes the indentation common to all lines and blank lines around the code. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n") + (lines.length ? "\n" : "");
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class MetalabLab extends HTMLElement {
  static observedAttributes = ["lang"];

  #built = false;
  #runner = null;
  #view = null; // View of the last run
  #result = null; // RunResult of the last run
  #ranSource = null;
  #rows = [];
  #step = 0;
  #editing = true;
  #busy = false;
  #loaded = false; // the view wasm is ready
  #ui = {}; // element handles

  /** The code in the editor. */
  get code() {
    return this.#ui.editor ? this.#ui.editor.value : this.#initialCode ?? "";
  }
  set code(text) {
    this.#initialCode = String(text);
    if (this.#ui.editor) {
      this.#ui.editor.value = this.#initialCode;
      this.#setEditing(true);
    }
  }
  #initialCode = null;

  /** The last run's result ({ stdout, stderr, error, events, objects }), or null. */
  get result() {
    return this.#result;
  }

  /** The current step (0-based index into result.events). */
  get step() {
    return this.#step;
  }

  get language() {
    const lang = this.getAttribute("lang");
    return lang === "zh" || lang === "en" ? lang : defaultLang();
  }

  connectedCallback() {
    if (this.#built) return;
    this.#built = true;
    if (this.#initialCode == null) {
      const script = this.querySelector('script[type="text/x-python"], script[type="text/python"], template');
      this.#initialCode = dedent(script ? (script.content?.textContent ?? script.textContent) : this.textContent);
    }
    this.#build();
    const src = this.getAttribute("src");
    const ready = src
      ? fetch(new URL(src, document.baseURI))
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${src}: ${r.status}`))))
          .then((text) => (this.code = text))
      : Promise.resolve();
    // An autorun lab starts its run as soon as it has the code: the core loads in the lab's
    // Worker while the view model loads here.
    if (this.hasAttribute("autorun")) ready.then(() => this.run()).catch(() => {});
    Promise.all([loadShared().view, ready]).then(
      () => {
        this.#loaded = true;
        this.#render();
        if (!this.#busy) this.#setStatus(ui(this.language).Ready);
        this.dispatchEvent(new CustomEvent("metalab-ready", { bubbles: true }));
      },
      (e) => this.#setStatus(`${stringOr(this.language, "Failed")}: ${e.message ?? e}`, true),
    );
  }

  disconnectedCallback() {
    this.#runner?.stop();
  }

  attributeChangedCallback() {
    if (this.#built && this.#ui.root) this.#render();
  }

  /** Runs the code; resolves to the RunResult (or null if stopped). */
  async run() {
    if (this.#busy) return null;
    const source = this.code;
    const stdin = this.#ui.stdin?.value ? this.#ui.stdin.value.replace(/\n$/, "").split("\n") : [];
    this.#runner ??= new MetalabRunner({ pkgUrl: new URL("pkg/metalab.js", BASE), module: loadShared().module });
    this.#busy = true;
    // The run starts before the view model (which only draws its result) is awaited.
    const running = this.#runner.run(source, { trace: true, stdin });
    running.catch(() => {}); // awaited below
    try {
      await loadShared().view;
    } catch (e) {
      this.#busy = false;
      throw e;
    }
    this.#setStatus(ui(this.language).Running, false, true);
    this.#renderControls();
    try {
      const result = await running;
      this.#result = result;
      this.#ranSource = source;
      this.#view?.free();
      this.#view = new View(source, JSON.stringify(result));
      this.#rowsLang = null;
      const start = Number(this.getAttribute("step"));
      this.#step = Number.isInteger(start) && start > 0 ? Math.min(start - 1, Math.max(this.#view.len() - 1, 0)) : 0;
      this.removeAttribute("step"); // only the first run starts there
      this.#setEditing(false);
      this.#setStatus(ui(this.language).Done);
      this.dispatchEvent(new CustomEvent("metalab-result", { bubbles: true, detail: { result } }));
      this.#stepChanged();
      return result;
    } catch (e) {
      const stopped = e?.message === "stopped";
      this.#setStatus(stopped ? ui(this.language).Stopped : `${ui(this.language).Failed}: ${e.message}`, !stopped);
      return null;
    } finally {
      this.#busy = false;
      this.#render();
    }
  }

  /** Stops a running program at once. */
  stop() {
    this.#runner?.stop();
  }

  /** Goes to a step (0-based, clamped). */
  setStep(step) {
    if (!this.#view || this.#view.isEmpty()) return;
    const last = this.#view.len() - 1;
    const next = Math.max(0, Math.min(last, Math.trunc(Number(step) || 0)));
    if (next === this.#step) return;
    this.#step = next;
    this.#stepChanged();
  }

  #stepChanged() {
    this.#render();
    const event = this.#result?.events?.[this.#step] ?? null;
    this.dispatchEvent(
      new CustomEvent("metalab-step", {
        bubbles: true,
        detail: { step: this.#step, steps: this.#view?.len() ?? 0, line: event?.line ?? 0, event },
      }),
    );
  }

  #setEditing(on) {
    this.#editing = on || !this.#view;
    this.#render();
    if (on && this.#ui.editor && this.isConnected && document.activeElement === this) this.#ui.editor.focus();
  }

  #setStatus(text, error = false, busy = false) {
    if (!this.#ui.status) return;
    this.#ui.status.textContent = text;
    this.#ui.status.classList.toggle("error", error);
    this.#ui.status.classList.toggle("busy", busy);
  }

  #panels() {
    const attr = this.getAttribute("panels");
    if (attr == null) return new Set(PANELS);
    return new Set(attr.split(/[\s,]+/).filter((p) => PANELS.includes(p)));
  }

  // ---- building (once) ----

  #build() {
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [labStyles()];
    const u = this.#ui;
    const button = (cls, action) => {
      const b = el("button", { type: "button", class: cls });
      b.addEventListener("click", action);
      return b;
    };
    u.run = button("run primary", () => this.run());
    u.stop = button("stop", () => this.stop());
    u.start = button("nav", () => this.setStep(0));
    u.back = button("nav", () => this.setStep(this.#step - 1));
    u.forward = button("nav", () => this.setStep(this.#step + 1));
    u.over = button("nav", () => this.setStep(this.#view?.stepOver(this.#step) ?? 0));
    u.end = button("nav", () => this.setStep(Infinity));
    u.edit = button("edit", () => this.#setEditing(true));
    u.counter = el("span", { class: "counter", "aria-live": "off" });
    u.slider = el("input", { type: "range", min: "0", value: "0", class: "slider" });
    u.slider.addEventListener("input", () => this.setStep(Number(u.slider.value)));
    u.status = el("span", { class: "status", role: "status" });
    u.copy = button("copy", () => this.#copyEmbed());
    const bar = el("div", { class: "bar" }, u.run, u.stop, u.start, u.back, u.forward, u.over, u.end, u.counter, u.edit, u.copy);
    u.editor = el("textarea", { class: "editor", spellcheck: "false", autocapitalize: "off", wrap: "off" });
    u.editor.value = this.#initialCode ?? "";
    u.editor.addEventListener("keydown", (e) => this.#editorKey(e));
    u.listing = el("ol", { class: "listing", tabindex: "0" });
    u.listing.addEventListener("dblclick", () => !this.hasAttribute("readonly") && this.#setEditing(true));
    u.code = el("div", { class: "code" }, u.editor, u.listing);
    u.explain = el("p", { class: "explain", "aria-live": "polite" });
    u.rows = el("ol", { class: "rows" });
    u.rows.addEventListener("click", (e) => {
      const li = e.target.closest?.("li[data-step]");
      if (li) this.setStep(Number(li.dataset.step));
    });
    u.chainTitle = el("h3");
    u.chain = el("section", { class: "panel chain" }, u.chainTitle, u.explain, u.rows);
    u.graphTitle = el("h3");
    u.graphBox = el("div", { class: "graph-box" });
    u.graph = el("section", { class: "panel graph" }, u.graphTitle, u.graphBox);
    u.outTitle = el("h3");
    u.stdout = el("pre", { class: "stdout" });
    u.stderr = el("pre", { class: "stderr-text" });
    u.error = el("pre", { class: "error-text" });
    u.stdinText = el("span");
    u.stdin = el("textarea", { class: "stdin", rows: "2", spellcheck: "false" });
    u.stdinLabel = el("label", { class: "stdin-label" }, u.stdinText, u.stdin);
    u.output = el("section", { class: "panel output" }, u.outTitle, u.stdout, u.stderr, u.error, u.stdinLabel);
    u.root = el("div", { class: "lab", tabindex: "-1" }, bar, u.slider, u.status, el("div", { class: "body" }, u.code, u.chain, u.graph, u.output));
    u.root.addEventListener("keydown", (e) => this.#labKey(e));
    root.append(u.root);
    this.#render();
  }

  #editorKey(e) {
    const t = e.target;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.run();
    } else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey) {
      // Tab indents (Esc then Tab leaves the editor, as in CodeMirror).
      if (this.#escaped) return;
      e.preventDefault();
      t.setRangeText("    ", t.selectionStart, t.selectionEnd, "end");
    } else if (e.key === "Enter" && !e.shiftKey) {
      const before = t.value.slice(0, t.selectionStart);
      const line = before.slice(before.lastIndexOf("\n") + 1);
      const indent = line.match(/^[ \t]*/)[0] + (/:\s*$/.test(line) ? "    " : "");
      e.preventDefault();
      t.setRangeText("\n" + indent, t.selectionStart, t.selectionEnd, "end");
    }
    this.#escaped = e.key === "Escape";
  }
  #escaped = false;

  #labKey(e) {
    if (e.target === this.#ui.editor || e.target === this.#ui.stdin || e.target === this.#ui.slider) return;
    const keys = {
      ArrowRight: () => this.setStep(this.#step + 1),
      ArrowLeft: () => this.setStep(this.#step - 1),
      ArrowDown: () => this.setStep(this.#view?.stepOver(this.#step) ?? 0),
      Home: () => this.setStep(0),
      End: () => this.setStep(Infinity),
    };
    if (keys[e.key] && this.#view) {
      e.preventDefault();
      keys[e.key]();
    }
  }

  async #copyEmbed() {
    const frag = toFragment(this.code, this.#view ? this.#step : undefined, this.language);
    const src = new URL(`embed.html#${frag}`, BASE).href;
    const snippet = `<iframe src="${src.replace(/"/g, "&quot;")}" width="100%" height="520" style="border:0" title="metalab" loading="lazy"></iframe>`;
    const t = ui(this.language);
    try {
      await navigator.clipboard.writeText(snippet);
      this.#setStatus(t.EmbedCopied);
    } catch {
      this.#setStatus(snippet);
    }
  }

  // ---- rendering (every change) ----

  #rowsLang = null;

  #render() {
    const u = this.#ui;
    if (!u.root) return;
    const lang = this.language;
    const t = this.#loaded ? ui(lang) : null;
    const panels = this.#panels();
    const height = this.getAttribute("height");
    u.root.style.setProperty("--lab-height", height && /^[\d.]+(px|rem|em|vh|%)?$/.test(height) ? (/\d$/.test(height) ? `${height}px` : height) : "");
    u.root.lang = lang === "zh" ? "zh-CN" : "en";
    const readonly = this.hasAttribute("readonly");
    if (readonly) this.#editing = !this.#view;
    u.editor.readOnly = readonly;
    u.editor.hidden = !this.#editing;
    u.listing.hidden = this.#editing;
    u.edit.hidden = this.#editing || readonly;
    u.chain.hidden = !panels.has("chain");
    u.graph.hidden = !panels.has("graph");
    u.output.hidden = !panels.has("output");
    u.stdinLabel.hidden = !/\binput\s*\(/.test(this.code);
    if (t) this.#renderText(t);
    this.#renderControls();
    if (!this.#editing) this.#renderListing();
    this.#renderChain(lang);
    this.#renderGraph(lang);
    this.#renderOutput(t);
  }

  #renderText(t) {
    const u = this.#ui;
    const label = (b, text, title, key) => {
      b.textContent = text;
      b.title = title ?? text;
      b.setAttribute("aria-label", title ?? text);
      if (key) b.setAttribute("aria-keyshortcuts", key);
    };
    label(u.run, t.Run, `${t.Run} (Ctrl+Enter)`, "Control+Enter");
    label(u.stop, t.Stop);
    label(u.start, "⇤", t.ToStart, "Home");
    label(u.back, "◀", t.Back, "ArrowLeft");
    label(u.forward, "▶", t.Forward, "ArrowRight");
    label(u.over, "⤼", t.Over, "ArrowDown");
    label(u.end, "⇥", t.ToEnd, "End");
    label(u.edit, t.EditCode, t.EditCodeTitle);
    label(u.copy, "</>", t.CopyEmbed);
    u.slider.setAttribute("aria-label", t.Slider);
    u.editor.setAttribute("aria-label", t.Editor);
    u.listing.setAttribute("aria-label", t.Editor);
    u.chainTitle.textContent = t.CallChain;
    u.graphTitle.textContent = t.Graph;
    u.outTitle.textContent = t.Output;
    u.stdinText.textContent = t.Stdin;
    u.root.title = t.EmbedKeys;
  }

  #renderControls() {
    const u = this.#ui;
    const n = this.#view?.len() ?? 0;
    const none = !n || this.#busy;
    u.run.disabled = this.#busy || !this.#loaded;
    u.stop.disabled = !this.#busy;
    for (const b of [u.start, u.back, u.forward, u.over, u.end, u.slider]) b.disabled = none;
    u.counter.textContent = n ? `${this.#step + 1} / ${n}` : "0 / 0";
    u.slider.max = String(Math.max(n - 1, 0));
    u.slider.value = String(this.#step);
  }

  #renderListing() {
    const u = this.#ui;
    const lines = (this.#ranSource ?? this.code).replace(/\n$/, "").split("\n");
    if (u.listing.childElementCount !== lines.length || u.listing.dataset.source !== this.#ranSource) {
      u.listing.replaceChildren(...lines.map((l) => el("li", { text: l || " " })));
      u.listing.dataset.source = this.#ranSource ?? "";
    }
    const line = this.#view ? this.#view.line(this.#step) : 0;
    const errLine = this.#result?.error?.line ?? 0;
    [...u.listing.children].forEach((li, i) => {
      li.classList.toggle("current", i + 1 === line);
      li.classList.toggle("error-line", i + 1 === errLine);
    });
    u.listing.children[line - 1]?.scrollIntoView?.({ block: "nearest" });
  }

  #renderChain(lang) {
    const u = this.#ui;
    if (!this.#view || u.chain.hidden) {
      u.rows.replaceChildren();
      u.explain.textContent = this.#loaded ? ui(lang).NoTrace : "";
      return;
    }
    if (this.#rowsLang !== lang) {
      this.#rows = JSON.parse(this.#view.rows(lang));
      this.#rowsLang = lang;
      const t = ui(lang);
      u.rows.replaceChildren(
        ...this.#rows.map((r) => {
          const li = el("li", { class: `${r.kind}${r.builtin ? " builtin" : ""}`, "data-step": String(r.step) });
          li.style.setProperty("--level", String(r.level));
          li.append(el("span", { class: "mark", text: r.mark }));
          if (r.name) li.append(el("span", { class: "qualname", text: r.name }));
          li.append(el("span", { class: "detail", text: r.detail }));
          if (r.builtin) li.append(el("span", { class: "badge", title: t.InCTitle, text: t.InC }));
          if (r.line) li.append(el("span", { class: "line", text: `L${r.line}` }));
          return li;
        }),
      );
    }
    let current = null;
    for (const li of u.rows.children) {
      const on = Number(li.dataset.step) === this.#step;
      li.classList.toggle("current", on);
      if (on) {
        li.setAttribute("aria-current", "step");
        current = li;
      } else li.removeAttribute("aria-current");
    }
    if (current) {
      // Scroll the list only, never the host page.
      const box = u.rows;
      if (current.offsetTop < box.scrollTop) box.scrollTop = current.offsetTop;
      else if (current.offsetTop + current.offsetHeight > box.scrollTop + box.clientHeight)
        box.scrollTop = current.offsetTop + current.offsetHeight - box.clientHeight;
    }
    u.explain.textContent = this.#view.explain(this.#step, lang);
  }

  #renderGraph(lang) {
    const u = this.#ui;
    if (!this.#view || u.graph.hidden) {
      u.graphBox.replaceChildren();
      return;
    }
    const g = JSON.parse(this.#view.graph(this.#step, lang));
    if (!g.nodes.length) {
      u.graphBox.replaceChildren(el("p", { class: "empty", text: ui(lang).NoObjects }));
      return;
    }
    const width = Math.max(g.width, 200) + 60;
    const root = svg("svg", { viewBox: `0 0 ${width} ${g.height}`, width, height: g.height, role: "img" });
    root.setAttribute("aria-label", ui(lang).Graph);
    const defs = svg("defs");
    for (const [id, d] of [["tri", "M0,0 L10,5 L0,10 z"], ["open", "M0,0 L10,5 L0,10"]]) {
      const m = svg("marker", { id: `ml-${id}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, orient: "auto-start-reverse" });
      m.append(svg("path", { d, class: `arrow-${id}` }));
      defs.append(m);
    }
    root.append(defs);
    for (const e of g.edges) {
      const p = svg("path", { class: `edge ${e.kind}`, d: e.path, "marker-end": `url(#ml-${e.kind === "instance-of" ? "open" : "tri"})` });
      const title = svg("title");
      title.textContent = e.title;
      p.append(title);
      root.append(p);
    }
    for (const n of g.nodes) {
      const group = svg("g", { class: `node ${n.kind}`, "data-id": n.id });
      const title = svg("title");
      title.textContent = n.title;
      group.append(title, svg("rect", { x: n.x, y: n.y, width: n.w, height: n.h, rx: n.kind === "instance" ? 16 : 3 }));
      if (n.kind === "metaclass") group.append(svg("rect", { class: "inner", x: n.x + 3, y: n.y + 3, width: n.w - 6, height: n.h - 6, rx: 2 }));
      const label = svg("text", { x: n.x + n.w / 2, y: n.y + (n.returned ? 13 : n.h / 2), "text-anchor": "middle", "dominant-baseline": "central" });
      label.textContent = n.label;
      group.append(label);
      if (n.returned) {
        const r = svg("text", { class: "returned", x: n.x + n.w / 2, y: n.y + 27, "text-anchor": "middle", "dominant-baseline": "central" });
        r.textContent = n.returned;
        group.append(r);
      }
      root.append(group);
    }
    u.graphBox.replaceChildren(root);
  }

  #renderOutput(t) {
    const u = this.#ui;
    const r = this.#result;
    u.stdout.textContent = r ? r.stdout || (t?.NoOutput ?? "") : "";
    u.stdout.classList.toggle("empty", !!r && !r.stdout);
    // SyntaxWarnings and "Exception ignored in" reports (what CPython writes to stderr).
    u.stderr.textContent = r?.stderr ?? "";
    u.stderr.hidden = !r?.stderr;
    u.error.textContent = r?.error ? r.error.traceback || `${r.error.type}: ${r.error.message}` : "";
    u.error.hidden = !r?.error;
  }
}

/** A UI string, or its key when the view wasm did not load (the load-failure message). */
function stringOr(lang, key) {
  try {
    return ui(lang)[key] ?? key;
  } catch {
    return key;
  }
}

/** Turns code blocks (default: every `pre > code.language-python`) into labs. */
export function upgradeCodeBlocks(root = document, selector = "pre > code.language-python, pre > code.lang-python") {
  const labs = [];
  for (const code of root.querySelectorAll(selector)) {
    const pre = code.parentElement;
    const lab = document.createElement("metalab-lab");
    const lang = code.closest("[lang]")?.getAttribute("lang") ?? "";
    if (/^zh/i.test(lang)) lab.setAttribute("lang", "zh");
    else if (/^en/i.test(lang)) lab.setAttribute("lang", "en");
    lab.code = dedent(code.textContent);
    pre.replaceWith(lab);
    labs.push(lab);
  }
  return labs;
}

if (!customElements.get("metalab-lab")) customElements.define("metalab-lab", MetalabLab);
if (document.querySelector("script[data-code-blocks][src*='metalab-embed']")) upgradeCodeBlocks();
