// The editor functions the yew UI calls (createEditor, getText, setText, highlight), available
// before CodeMirror is. editor.js is the page's largest script; evaluating it while the UI and the
// Worker start up delays the first trace on small machines, so the page loads it a little later
// (index.html says when) and shows the code as plain text until then. Edits made through
// setText and the line marks made meanwhile carry over to the real editor.

/**
 * @param {Promise<unknown>} when  the editor module is imported once this settles
 * @param {URL | string} url       editor.js
 */
export function lazyEditor(when, url) {
  let editor = null; // editor.js once it runs the editor
  let pending = null; // { text, marks } until then
  const module = when.then(
    () => import(url),
    () => import(url),
  );

  return {
    createEditor(parent, text, onChange, onRun) {
      if (editor) return editor.createEditor(parent, text, onChange, onRun);
      const boot = document.createElement("pre");
      boot.className = "editor-boot";
      boot.setAttribute("aria-busy", "true");
      boot.textContent = text;
      parent.replaceChildren(boot);
      pending = { text, marks: [0, 0], onChange };
      module.then((m) => {
        if (!pending) return;
        parent.replaceChildren();
        m.createEditor(parent, pending.text, onChange, onRun);
        m.highlight(...pending.marks);
        editor = m;
        pending = null;
      });
    },
    getText: () => (editor ? editor.getText() : pending?.text ?? ""),
    setText(text) {
      if (editor) return editor.setText(text);
      if (!pending) return;
      pending.text = text;
      pending.marks = [0, 0];
      const boot = document.querySelector(".editor-boot");
      if (boot) boot.textContent = text;
      pending.onChange(text); // as CodeMirror's update listener would
    },
    highlight(stepLine, errorLine) {
      if (editor) return editor.highlight(stepLine, errorLine);
      if (pending) pending.marks = [stepLine, errorLine];
    },
  };
}
