// The look of <metalab-lab>, in its shadow root: one constructed stylesheet shared by every lab
// (adoptedStyleSheets, so no inline <style> and no `style-src 'unsafe-inline'` is needed).

const CSS = `
:host { display: block; margin: 1rem 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2430; }
:host([hidden]) { display: none; }
.lab { --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; --line: #d4dae2; --muted: #57606a;
  --builtin: #5a3fc0; --builtin-bg: #efeafd; --current: #fff4c2; --current-line: #d9a400; --error: #b3261e; --error-bg: #fdecea;
  --meta: #7c3aed; --class: #1f6feb; --inst: #1a7f37; --lab-height: 18rem;
  border: 1px solid var(--line); border-radius: 8px; background: #f7f9fb; padding: .5rem; }
.lab:focus { outline: none; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem; }
button { font: inherit; background: #fff; border: 1px solid #8a939e; border-radius: 5px; padding: .2rem .55rem; cursor: pointer; color: inherit; }
button:hover:not(:disabled) { background: #eef2f7; }
button:disabled { opacity: .45; cursor: default; }
button:focus-visible, textarea:focus-visible, input:focus-visible, ol:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; font-weight: 600; }
button.primary:hover:not(:disabled) { background: #0842a0; }
.counter { font-family: var(--mono); color: var(--muted); min-width: 5.5rem; text-align: center; }
.edit, .copy { margin-left: auto; }
.edit + .copy { margin-left: 0; }
.slider { width: 100%; margin: .3rem 0 0; }
.status { display: block; color: var(--muted); font-size: .85rem; min-height: 1.2em; overflow-wrap: anywhere; }
.status.error { color: var(--error); }
.status.busy::before { content: ""; display: inline-block; width: .7em; height: .7em; margin-right: .35em; border: 2px solid var(--muted); border-right-color: transparent; border-radius: 50%; animation: spin .8s linear infinite; vertical-align: -.1em; }
@keyframes spin { to { transform: rotate(360deg); } }
.body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem; margin-top: .3rem; }
.code { grid-column: 1; grid-row: 1 / span 2; min-width: 0; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; min-width: 0; }
.panel[hidden], [hidden] { display: none !important; }
h3 { margin: 0 0 .3rem; font-size: .95rem; }
.editor, .listing { box-sizing: border-box; width: 100%; height: var(--lab-height); margin: 0; font: 13px/1.5 var(--mono); border: 1px solid var(--line); border-radius: 6px; background: #fff; color: inherit; }
.editor { padding: .4rem .5rem; resize: vertical; tab-size: 4; white-space: pre; }
.listing { overflow: auto; padding: .4rem 0 .4rem 3rem; list-style: decimal; color: #1d2430; }
.listing li { white-space: pre; padding: 0 .5rem 0 .5rem; }
.listing li::marker { color: #8a939e; font-size: 11px; }
.listing li.current { background: var(--current); box-shadow: inset 4px 0 0 var(--current-line); }
.listing li.error-line { background: var(--error-bg); box-shadow: inset 4px 0 0 var(--error); }
.explain { margin: 0 0 .3rem; padding: .3rem .45rem; background: #f1f5f9; border-radius: 4px; font-size: .9rem; }
.rows { list-style: none; margin: 0; padding: 0; max-height: calc(var(--lab-height) - 4rem); min-height: 4rem; overflow: auto; font: 12.5px/1.4 var(--mono); position: relative; }
.rows li { padding: .1rem .35rem .1rem calc(.35rem + var(--level, 0) * 1rem); cursor: pointer; }
.rows li:hover { background: #eef2f7; }
.rows li > span { margin-right: .4rem; }
.rows .mark { display: inline-block; width: 1ch; }
.rows .qualname { font-weight: 600; }
.rows .detail { color: var(--muted); word-break: break-word; }
.rows li.builtin { background: #faf9fd; }
.rows li.builtin .qualname { color: var(--builtin); font-weight: 500; font-style: italic; }
.rows li.raise .detail { color: var(--error); }
.rows .badge { font: 11px system-ui, sans-serif; color: var(--builtin); background: var(--builtin-bg); border: 1px solid #c9bdf0; border-radius: 3px; padding: 0 .3rem; }
.rows .line { float: right; color: var(--muted); margin: 0 0 0 .4rem; }
.rows li.current { background: var(--current); box-shadow: inset 4px 0 0 var(--current-line); }
.graph { grid-column: 2; }
.graph-box { overflow: auto; max-height: calc(var(--lab-height) + 4rem); }
.graph svg { display: block; }
.edge { fill: none; stroke: #6b7480; stroke-width: 1.5; }
.edge.instance-of { stroke-dasharray: 5 4; }
.arrow-tri { fill: #6b7480; } .arrow-open { fill: none; stroke: #6b7480; stroke-width: 1.5; }
.node rect { stroke-width: 2; }
.node text { font: 12.5px var(--mono); fill: #1d2430; }
.node text.returned { font: 11px system-ui, sans-serif; fill: var(--inst); }
.node.metaclass rect { stroke: var(--meta); fill: #f5effc; } .node.metaclass rect.inner { fill: none; stroke-width: 1; }
.node.class rect { stroke: var(--class); fill: #eef4ff; }
.node.instance rect { stroke: var(--inst); fill: #ecf8f1; }
.output { grid-column: 1 / -1; }
.stdout, .stderr-text, .error-text { margin: 0; font: 13px/1.45 var(--mono); white-space: pre-wrap; word-break: break-word; max-height: 14rem; overflow: auto; }
.stdout.empty { color: var(--muted); }
.error-text { color: var(--error); background: var(--error-bg); padding: .3rem .45rem; border-radius: 4px; margin-top: .3rem; }
.stderr-text { color: #7a4d00; background: #fff8e6; padding: .3rem .45rem; border-radius: 4px; margin-top: .3rem; }
.stdin-label { display: block; margin-top: .4rem; font-size: .85rem; color: var(--muted); }
.stdin { display: block; box-sizing: border-box; width: 100%; font: 13px var(--mono); margin-top: .2rem; }
.empty { color: var(--muted); margin: 0; }
@media (max-width: 640px) {
  .body { grid-template-columns: minmax(0, 1fr); }
  .code, .graph, .output { grid-column: 1; grid-row: auto; }
  .counter { min-width: 0; }
}
`;

let sheet = null;

export function labStyles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
