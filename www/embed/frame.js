// embed.html: one lab filling an iframe, set up from the URL fragment, and the postMessage API
// for the host page.
//
//   embed.html#code=<base64url UTF-8>&lang=zh&step=12&panels=chain,output&origin=https://host
//
// `code`, `step` (0-based, as in share links) and `lang` are the lab's share-link fields; `panels`,
// `height`, `readonly`, `autorun=0` and `origin` (repeatable) are the embed's own.
//
// Host → iframe (ignored unless event.origin is this page's origin or an `origin` of the fragment;
// anything that is not one of these objects is ignored too):
//   { metalab: "run", code? }       run (optionally new code)   → "result"
//   { metalab: "step", step }       go to a step (0-based)      → "step"
//   { metalab: "getTrace" }         the last run's events/objects → "trace"
//   { metalab: "getState" }         → "state" { code, step, steps, lang }
// Iframe → host (to the allowed origins only):
//   { metalab: "ready", version? }  once the lab can run
//   { metalab: "result", stdout, stderr, error, steps }  after each run
//   { metalab: "step", step, steps, line, event } on every step change
//   { metalab: "trace", events, objects }, { metalab: "state", … } as answers
import "../metalab-embed.js";
import { parseFragment } from "./metalab_view.js";

const lab = document.getElementById("lab");
const params = new URLSearchParams(location.hash.slice(1));
const allowed = new Set([location.origin, ...params.getAll("origin").filter((o) => o !== "*" && o !== "null")]);
const anyOrigin = params.getAll("origin").includes("*");

for (const key of ["panels", "height"]) if (params.has(key)) lab.setAttribute(key, params.get(key).replace(/,/g, " "));
if (params.has("readonly")) lab.setAttribute("readonly", "");

const targets = () => (anyOrigin ? ["*"] : [...allowed]);
function tell(message) {
  if (window.parent === window) return;
  for (const origin of targets()) window.parent.postMessage({ metalab: message.type, ...message.body }, origin);
}

lab.addEventListener("metalab-ready", () => {
  const share = JSON.parse(parseFragment(location.hash));
  if (share.lang) lab.setAttribute("lang", share.lang);
  if (share.step != null) lab.setAttribute("step", String(share.step + 1));
  if (share.code != null) lab.code = share.code;
  tell({ type: "ready", body: {} });
  if (share.code != null && params.get("autorun") !== "0") lab.run();
}, { once: true });
lab.addEventListener("metalab-result", (e) => {
  const r = e.detail.result;
  tell({ type: "result", body: { stdout: r.stdout, stderr: r.stderr, error: r.error, steps: r.events.length } });
});
lab.addEventListener("metalab-step", (e) => {
  const { step, steps, line, event } = e.detail;
  tell({ type: "step", body: { step, steps, line, event } });
});

window.addEventListener("message", async (e) => {
  if (!(anyOrigin || allowed.has(e.origin))) return;
  const msg = e.data;
  if (!msg || typeof msg !== "object" || typeof msg.metalab !== "string") return;
  const reply = (type, body) => e.source?.postMessage({ metalab: type, ...body }, e.origin);
  switch (msg.metalab) {
    case "run":
      if (typeof msg.code === "string") lab.code = msg.code;
      await lab.run(); // "result" and "step" go out through the listeners above
      break;
    case "step":
      if (Number.isFinite(msg.step)) lab.setStep(msg.step);
      break;
    case "getTrace":
      reply("trace", { events: lab.result?.events ?? [], objects: lab.result?.objects ?? [] });
      break;
    case "getState":
      reply("state", { code: lab.code, step: lab.step, steps: lab.result?.events.length ?? 0, lang: lab.language });
      break;
    default: // unknown messages are ignored
  }
});
