// The editor half of the metalab UI: CodeMirror 6 with Python highlighting, bundled by esbuild
// (scripts/build-www.sh) into dist/editor.js. index.html puts these functions on
// globalThis.metalabUi, where the yew code calls them (www/src/js.rs).
// A small setup instead of `basicSetup` (no autocompletion, search or lint: a third of the size).
// Tab is left to the browser, so keyboard users can leave the editor.
// Python is CodeMirror's stream-parser mode (@codemirror/legacy-modes): highlighting (f-strings
// included), indentation after `:` and dedent after `return`/`pass`, `#` for toggle comment. The
// Lezer grammar (@codemirror/lang-python) parses more exactly (it colours a class name where it
// is defined and the fields inside an f-string apart), but its parse tables and completion
// sources were 20 KB of the 122 KB gzipped bundle.
import { python as pythonMode } from "@codemirror/legacy-modes/mode/python";
import { StateEffect, StateField, Prec } from "@codemirror/state";
import {
  Decoration, EditorView, keymap, lineNumbers, highlightActiveLineGutter, highlightSpecialChars, drawSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import {
  indentOnInput, syntaxHighlighting, defaultHighlightStyle, bracketMatching, StreamLanguage,
} from "@codemirror/language";

const pythonLanguage = StreamLanguage.define(pythonMode);

const setup = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  keymap.of([...defaultKeymap, ...historyKeymap]),
];

const setMarks = StateEffect.define();
const marks = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

let view = null;

/** Creates the (one) editor inside `parent`. `onChange(text)` after every edit; `onRun()` on Ctrl/Cmd+Enter. */
export function createEditor(parent, text, onChange, onRun) {
  view?.destroy();
  view = new EditorView({
    parent,
    doc: text,
    extensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
      setup,
      pythonLanguage,
      marks,
      EditorView.contentAttributes.of({ "aria-label": parent.dataset.label ?? "Python code" }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChange(u.state.doc.toString());
      }),
    ],
  });
}

export function getText() {
  return view ? view.state.doc.toString() : "";
}

export function setText(text) {
  if (!view) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Marks the current step's line and the error line (1-based; 0 = none) and scrolls to the step. */
export function highlight(stepLine, errorLine) {
  if (!view) return;
  const doc = view.state.doc;
  const ranges = [];
  const add = (n, cls) => {
    if (n >= 1 && n <= doc.lines) {
      const line = doc.line(n);
      ranges.push(Decoration.line({ class: cls, attributes: { "data-ml-line": String(n) } }).range(line.from));
    }
  };
  // Decoration.set needs ranges sorted by position.
  const wanted = [[errorLine, "cm-ml-error"], [stepLine, "cm-ml-step"]].filter(([n]) => n >= 1 && n <= doc.lines);
  wanted.sort((a, b) => a[0] - b[0]);
  for (const [n, cls] of wanted) add(n, cls);
  const effects = [setMarks.of(Decoration.set(ranges, true))];
  if (stepLine >= 1 && stepLine <= doc.lines) {
    effects.push(EditorView.scrollIntoView(doc.line(stepLine).from, { y: "nearest" }));
  }
  view.dispatch({ effects });
}
