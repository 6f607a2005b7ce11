// Grading helpers for metalab lessons: plain functions over a RunResult (what `run()` returns),
// with no imports, so they work unchanged in node, browsers and Workers.
//
//   import { run } from "metalab";
//   import { assertNoError, assertChain, assertSameObject } from "metalab/grade";
//   const result = run(learnerSource, { trace: true });
//   assertNoError(result);
//   assertChain(result, ["Singleton.__call__", "type.__call__", "Config.__init__"]);
//   assertSameObject(result, "Singleton.__call__");
//
// Queries (`calls`, `countCalls`, `returnedObjects`, `sameObject`) return values; assertions
// (`assert*`) return nothing useful and throw a `GradeError` whose message says what was expected
// and what the program did instead. A qualname argument is an exact qualname (`"Foo.__init__"`)
// or a RegExp tested against it (`/\.__init__$/`).

/** Thrown by the `assert*` helpers when the learner's program does not do what was asked. */
export class GradeError extends Error {
  constructor(message) {
    super(message.trimEnd());
    this.name = "GradeError";
  }
}

// metalab keeps at most this many trace events (src/runtime/tracer.rs MAX_EVENTS).
const MAX_EVENTS = 200000;

/** The `call` events of `qualname`, in the order they happened. */
export function calls(result, qualname) {
  return events(result).filter((e) => e.kind === "call" && matches(qualname, e.qualname));
}

/** How many times `qualname` was called. */
export function countCalls(result, qualname) {
  return calls(result, qualname).length;
}

/**
 * The objects `qualname` returned, one per completed call, in order: `{id, type, repr}`, or
 * `null` for a call that returned a plain value (`None`, an int, ...). Calls that raised are not
 * included.
 */
export function returnedObjects(result, qualname) {
  return events(result)
    .filter((e) => e.kind === "return" && matches(qualname, e.qualname))
    .map((e) => e.result_obj ?? null);
}

/** True when `qualname` returned at least twice and every call returned the very same object. */
export function sameObject(result, qualname) {
  const objs = returnedObjects(result, qualname);
  return objs.length >= 2 && objs.every((o) => o !== null && o.id === objs[0].id);
}

/**
 * Asserts that the calls in `chain` happened in this order: not necessarily adjacent (other calls
 * may come between them), each after the previous one. Returns the matched call events.
 */
export function assertChain(result, chain) {
  if (!Array.isArray(chain) || chain.length === 0) {
    throw new TypeError("assertChain: chain must be a non-empty array of qualnames");
  }
  const all = events(result).filter((e) => e.kind === "call");
  const matched = [];
  let from = 0;
  for (let step = 0; step < chain.length; step++) {
    const want = chain[step];
    const i = all.findIndex((e, j) => j >= from && matches(want, e.qualname));
    if (i >= 0) {
      matched.push(all[i]);
      from = i + 1;
      continue;
    }
    const done = chain.slice(0, step).map(show).join(" -> ");
    let msg = `call chain broken at step ${step + 1} of ${chain.length}: expected a call to ${show(want)}`;
    if (step > 0) msg += ` after ${show(chain[step - 1])} (line ${matched[step - 1].line})`;
    const anywhere = all.filter((e) => matches(want, e.qualname));
    if (anywhere.length > 0) {
      const lines = anywhere.map((e) => e.line).join(", ");
      msg += `, but ${show(want)} was only called before that (line${anywhere.length > 1 ? "s" : ""} ${lines})`;
    } else {
      msg += `, but ${show(want)} was never called`;
    }
    if (step > 0) {
      const after = all.slice(from);
      msg += `\n  matched so far: ${done}`;
      msg += after.length
        ? `\n  calls after ${show(chain[step - 1])}: ${listCalls(after)}`
        : `\n  no calls after ${show(chain[step - 1])}`;
    } else {
      msg += `\n  calls made: ${listCalls(all)}`;
    }
    throw new GradeError(msg + hint(result));
  }
  return matched;
}

/** Asserts that `qualname` was called exactly `times` times. */
export function assertCallCount(result, qualname, times) {
  const found = calls(result, qualname);
  if (found.length === times) return;
  let msg = `expected ${show(qualname)} to be called ${plural(times, "time")}, it was called ${plural(found.length, "time")}`;
  if (found.length > 0) msg += `:\n  ${found.map(describeCall).join("\n  ")}`;
  throw new GradeError(msg + hint(result));
}

/** Asserts that every call of `qualname` (at least two) returned the same object. */
export function assertSameObject(result, qualname) {
  const returns = events(result).filter((e) => e.kind === "return" && matches(qualname, e.qualname));
  if (returns.length < 2) {
    throw new GradeError(
      `expected ${show(qualname)} to return at least twice, it returned ${plural(returns.length, "time")}` + hint(result),
    );
  }
  const first = returns[0].result_obj;
  if (first && returns.every((e) => e.result_obj && e.result_obj.id === first.id)) return;
  const lines = returns.map((e, i) => `call ${i + 1}: ${e.result_obj ? objLabel(e.result_obj) : `a plain value ${e.result}`}`);
  const ids = new Set(returns.map((e) => (e.result_obj ? e.result_obj.id : `value:${e.result}`)));
  throw new GradeError(
    `expected every call of ${show(qualname)} to return the same object, ` +
      `but its ${returns.length} calls returned ${ids.size} different ones:\n  ${lines.join("\n  ")}`,
  );
}

/** Asserts the program's printed output: an exact string, or a RegExp it must match. */
export function assertStdout(result, expected) {
  const got = check(result).stdout;
  if (expected instanceof RegExp) {
    if (expected.test(got)) return;
    throw new GradeError(`expected the output to match ${expected}, got:\n${indent(got)}${errorNote(result)}`);
  }
  if (got === expected) return;
  const a = got.split("\n");
  const b = String(expected).split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = (xs) => (i < xs.length ? JSON.stringify(xs[i]) : "(end of output)");
  throw new GradeError(
    `output differs at line ${i + 1}: expected ${line(b)}, got ${line(a)}\n` +
      `  expected output:\n${indent(String(expected))}  actual output:\n${indent(got)}${errorNote(result)}`,
  );
}

/** Asserts that the program ended without an uncaught exception. */
export function assertNoError(result) {
  const err = check(result).error;
  if (err === null || err === undefined) return;
  throw new GradeError(`the program raised ${err.type}: ${err.message}\n${indent(err.traceback)}`);
}

/**
 * Asserts that the program ended with an uncaught exception of type `type` (the exact name, e.g.
 * "TypeError"), and, when given, a message equal to the string or matching the RegExp.
 */
export function assertRaises(result, type, message) {
  const err = check(result).error;
  if (err === null || err === undefined) {
    throw new GradeError(`expected the program to raise ${type}, but it finished without an error`);
  }
  if (err.type !== type) {
    throw new GradeError(`expected the program to raise ${type}, but it raised ${err.type}: ${err.message}\n${indent(err.traceback)}`);
  }
  if (message === undefined) return;
  const ok = message instanceof RegExp ? message.test(err.message) : err.message === message;
  if (!ok) {
    const want = message instanceof RegExp ? `matching ${message}` : JSON.stringify(message);
    throw new GradeError(`expected ${type} with a message ${want}, got ${JSON.stringify(err.message)}`);
  }
}

// --- helpers ---

function check(result) {
  if (
    result === null ||
    typeof result !== "object" ||
    typeof result.then === "function" ||
    typeof result.stdout !== "string" ||
    !Array.isArray(result.events)
  ) {
    const what = result && typeof result.then === "function" ? "a Promise (missing await?)" : String(result);
    throw new TypeError(`metalab/grade: expected a RunResult ({stdout, error, events, objects}), got ${what}`);
  }
  return result;
}

function events(result) {
  return check(result).events;
}

function matches(want, qualname) {
  if (want instanceof RegExp) {
    want.lastIndex = 0;
    return want.test(qualname);
  }
  if (typeof want !== "string") throw new TypeError(`metalab/grade: a qualname must be a string or RegExp, got ${want}`);
  return want === qualname;
}

function show(want) {
  return want instanceof RegExp ? String(want) : want;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function objLabel(o) {
  return `#${o.id} ${o.repr}`;
}

function describeCall(e) {
  const on = e.receiver ? ` on ${objLabel(e.receiver)}` : "";
  return `${e.qualname}${on} (line ${e.line})`;
}

// A compact list of call qualnames; long lists are cut in the middle.
function listCalls(evs) {
  const names = evs.map((e) => e.qualname);
  if (names.length <= 12) return names.join(", ");
  return `${names.slice(0, 10).join(", ")}, ... (${names.length - 10} more)`;
}

function indent(text) {
  return text
    .split("\n")
    .map((l, i, xs) => (i === xs.length - 1 && l === "" ? "" : `    ${l}\n`))
    .join("");
}

function errorNote(result) {
  const err = result.error;
  return err ? `  (the program raised ${err.type}: ${err.message})` : "";
}

// Explains an empty or cut-off trace, the two ways a correct program can still fail a trace check.
function hint(result) {
  const n = result.events.length;
  let h = "";
  if (n === 0) h += "\n  (the result has no trace events: was it run with { trace: true }?)";
  else if (n >= MAX_EVENTS) h += `\n  (the trace was cut off at ${MAX_EVENTS} events; later calls are not in it)`;
  if (result.error) h += `\n  (the program raised ${result.error.type}: ${result.error.message})`;
  return h;
}
