// Grading lessons headlessly with `metalab/grade`, as a course author would: run the learner's
// program with tracing on, then check what the object model did. Each failing case asserts on the
// message the helper gives, since that message is what the learner (or author) reads.
// Run: node --stack-size=4000 --test tests/node/grade.test.mjs   (after make pkg)
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

// "metalab" and "metalab/grade" resolved through pkg/package.json "exports", as in a project that
// depends on the package (test-output/grade-consumer/node_modules/metalab -> pkg/).
const root = new URL("../../", import.meta.url);
const consumer = new URL("test-output/grade-consumer/", root);
rmSync(consumer, { recursive: true, force: true });
mkdirSync(new URL("node_modules/", consumer), { recursive: true });
symlinkSync(fileURLToPath(new URL("pkg/", root)), new URL("node_modules/metalab", consumer), "dir");
writeFileSync(new URL("package.json", consumer), JSON.stringify({ type: "module" }));
const resolve = createRequire(new URL("package.json", consumer)).resolve;
const { run } = await import(pathToFileURL(resolve("metalab")));
const grade = await import(pathToFileURL(resolve("metalab/grade")));
const { GradeError, assertChain, assertCallCount, assertSameObject, assertStdout, assertNoError, assertRaises } = grade;

const lesson = (source) => run(source, { trace: true, filename: "lesson.py" });

/** Asserts that `fn` throws a GradeError whose message matches every pattern; returns the message. */
function failsWith(fn, ...patterns) {
  let err = null;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, "the helper accepted a wrong program");
  assert.ok(err instanceof GradeError && err instanceof Error, `threw ${err}`);
  assert.equal(err.name, "GradeError");
  for (const p of patterns) assert.match(err.message, p);
  return err.message;
}

const METACLASS_SINGLETON = `
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("loading config")

a = Config()
b = Config()
print(a is b)
`;

test("a correct metaclass singleton passes", () => {
  const r = lesson(METACLASS_SINGLETON);
  assertNoError(r);
  assertStdout(r, "loading config\nTrue\n");
  // The first Config() goes through the metaclass to type.__call__, which creates and initializes.
  const [meta, typeCall, init] = assertChain(r, ["Singleton.__call__", "type.__call__", "object.__new__", "Config.__init__"]).filter(
    (e) => e.qualname !== "object.__new__",
  );
  assert.equal(typeCall.depth, meta.depth + 1);
  assert.equal(init.receiver.type, "Config");
  assertSameObject(r, "Singleton.__call__");
  assertCallCount(r, "Config.__init__", 1);
  assert.equal(grade.countCalls(r, "Singleton.__call__"), 2);
  assert.equal(grade.countCalls(r, /^Config\./), 1);
  assert.ok(grade.sameObject(r, "Singleton.__call__"));
  const objs = grade.returnedObjects(r, "Singleton.__call__");
  assert.equal(objs.length, 2);
  assert.equal(objs[0].type, "Config");
  assert.equal(objs[0].id, objs[1].id);
});

test("a singleton that forgets its instances fails with the two different objects", () => {
  const r = lesson(`
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        instance = None          # bug: a local, forgotten after every call
        if instance is None:
            instance = super().__call__(*args, **kwargs)
        return instance

class Config(metaclass=Singleton):
    pass

a = Config()
b = Config()
print(a is b)
`);
  assertNoError(r);
  assertChain(r, ["Singleton.__call__", "type.__call__"]); // the dispatch itself is right
  assert.equal(grade.sameObject(r, "Singleton.__call__"), false);
  const [first, second] = grade.returnedObjects(r, "Singleton.__call__");
  assert.notEqual(first.id, second.id);
  const msg = failsWith(
    () => assertSameObject(r, "Singleton.__call__"),
    /^expected every call of Singleton\.__call__ to return the same object, but its 2 calls returned 2 different ones:/,
  );
  // Both objects are named, with their run-stable numbers.
  assert.ok(msg.includes(`call 1: #${first.id} <Config object #${first.id}>`), msg);
  assert.ok(msg.includes(`call 2: #${second.id} <Config object #${second.id}>`), msg);
  failsWith(() => assertStdout(r, "True\n"), /output differs at line 1: expected "True", got "False"/);
});

test("a metaclass __call__ that never calls type.__call__ breaks the chain at that step", () => {
  const r = lesson(`
class Singleton(type):
    _instance = None
    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = cls.__new__(cls)   # bug: __init__ never runs
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self):
        self.debug = False

c = Config()
print(c is Config())
`);
  assertNoError(r);
  assertStdout(r, "True\n");
  assertSameObject(r, "Singleton.__call__"); // a singleton, but a broken one
  failsWith(
    () => assertChain(r, ["Singleton.__call__", "type.__call__", "Config.__init__"]),
    /^call chain broken at step 2 of 3: expected a call to type\.__call__ after Singleton\.__call__ \(line 4\), but type\.__call__ was only called before that \(lines 2, 9\)\n/,
    /matched so far: Singleton\.__call__\n/,
    /calls after Singleton\.__call__: object\.__new__, Singleton\.__call__\n?$/,
  );
  failsWith(() => assertChain(r, ["Config.__init__"]), /^call chain broken at step 1 of 1: expected a call to Config\.__init__, but Config\.__init__ was never called\n  calls made: /);
  failsWith(() => assertCallCount(r, "Config.__init__", 1), /^expected Config\.__init__ to be called 1 time, it was called 0 times$/);
});

test("a __new__-cache singleton returns one object but runs __init__ twice", () => {
  const r = lesson(`
class Config:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("init")
        self.settings = {}

a = Config()
a.settings["debug"] = True
b = Config()
print(a is b, b.settings)
`);
  assertNoError(r);
  assertStdout(r, "init\ninit\nTrue {}\n");
  assertChain(r, ["type.__call__", "Config.__new__", "Config.__init__", "type.__call__", "Config.__new__", "Config.__init__"]);
  assertSameObject(r, "Config.__new__");
  const [obj] = grade.returnedObjects(r, "Config.__new__");
  const msg = failsWith(() => assertCallCount(r, "Config.__init__", 1), /^expected Config\.__init__ to be called 1 time, it was called 2 times:\n/);
  // Both calls name the same receiver: the cached instance was initialized again.
  const on = `Config.__init__ on #${obj.id} <Config object #${obj.id}> (line 8)`;
  assert.equal(msg.split("\n").filter((l) => l.trim() === on).length, 2, msg);
});

test("assertRaises and assertNoError report the learner's exception", () => {
  const r = lesson(METACLASS_SINGLETON.replace("b = Config()", "b = Config(42)"));
  // Config() is cached, so the second call never reaches __init__: no error in this singleton.
  assertNoError(r);
  const bad = lesson(METACLASS_SINGLETON.replace("a = Config()", "a = Config(42)"));
  assertRaises(bad, "TypeError");
  assertRaises(bad, "TypeError", /takes 1 positional argument but 2 were given/);
  assertRaises(bad, "TypeError", "Config.__init__() takes 1 positional argument but 2 were given");
  failsWith(() => assertNoError(bad), /^the program raised TypeError: Config\.__init__\(\) takes 1 positional argument but 2 were given\n/, /File "lesson\.py", line 13/);
  failsWith(() => assertRaises(bad, "ValueError"), /^expected the program to raise ValueError, but it raised TypeError: /);
  failsWith(() => assertRaises(bad, "TypeError", /missing/), /^expected TypeError with a message matching \/missing\/, got "Config\.__init__\(\) takes/);
  failsWith(() => assertRaises(r, "TypeError"), /^expected the program to raise TypeError, but it finished without an error$/);
  failsWith(() => assertChain(bad, ["Singleton.__call__", "Config.__init__", "Singleton.__call__"]), /\(the program raised TypeError: /);
});

test("a result without a trace, and a forgotten await, are explained", () => {
  const untraced = run(METACLASS_SINGLETON);
  failsWith(() => assertChain(untraced, ["Singleton.__call__"]), /was never called/, /no trace events: was it run with \{ trace: true \}\?/);
  assert.throws(() => assertNoError(Promise.resolve(untraced)), { name: "TypeError", message: /got a Promise \(missing await\?\)/ });
  assert.throws(() => assertChain(untraced, []), TypeError);
});

test("assertStdout accepts a RegExp and shows the output on a mismatch", () => {
  const r = lesson(METACLASS_SINGLETON);
  assertStdout(r, /^loading config\n/);
  failsWith(() => assertStdout(r, /False/), /^expected the output to match \/False\/, got:\n    loading config\n    True$/);
  failsWith(() => assertStdout(r, "loading config\n"), /output differs at line 2: expected "", got "True"/);
});

test("grade.js has no imports, so it runs unchanged in browsers and Workers", () => {
  const src = readFileSync(resolve("metalab/grade"), "utf8");
  assert.doesNotMatch(src, /^\s*import\b|\bimport\(|\brequire\(/m);
  const dts = readFileSync(new URL("pkg/grade.d.ts", root), "utf8");
  for (const name of Object.keys(grade)) assert.ok(dts.includes(`${name}(`) || dts.includes(`class ${name}`), `grade.d.ts lacks ${name}`);
});
