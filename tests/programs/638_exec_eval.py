# exec() and eval(): source text run at run time, in the caller's scope or in given dicts.
print(eval("1 + 2 * 3"))
print(eval("  [x * x for x in range(4)]"))
print(eval("1, 2"))
x = 10
print(eval("x + 1"))
exec("y = x * 2")
print(y)

# Given globals: the code sees only them (and the builtins, added as __builtins__).
g = {"a": 5}
exec("b = a + 1\ndef double(n):\n    return n * 2\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"], g["double"](21))
print("__builtins__" in g, eval("len('abc')", {}))
print(eval("a * 2", {"a": 4}, {"a": 100}))

# Separate locals: names are stored there, read from locals, then globals, then builtins.
loc = {}
exec("z = 3\nw = z + len('ab')", {}, loc)
print(loc)

# A class built by exec: its methods' globals are the dict exec was given.
ns = {"greeting": "hi"}
exec('''
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return greeting + ", " + self.name
''', ns)
G = ns["Greeter"]
print(G.__name__, G.__qualname__, G("Ann").greet())
ns["greeting"] = "hello"
print(G("Bob").greet())

# Inside a function: exec reads the locals but cannot rebind them; locals() then shows
# what exec stored in the frame's dict.
def f():
    v = 1
    exec("v = 2; extra = 3")
    print(v, sorted(locals().items()))
    print(eval("v + 100"))
    print(locals() is locals())
f()

# globals() inside code run by exec is the dict exec was given.
h = {}
exec("def who():\n    return sorted(k for k in globals() if not k.startswith('__'))\nitem = 1", h)
print(h["who"]())

# Errors in the source text are SyntaxErrors from "<string>".
for src in ["1 +", "x = 1", "1; 2", "", "*a", "(1,\n2", "lambda:", "1 if x"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "->", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for src in ["x = ", "def f(:\n    pass", " y = 1", "if True:\nprint(1)", "return 5", "f(**a, *b)"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e, e.lineno, e.offset)

# Runtime errors inside the code propagate as usual.
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
try:
    exec("undefined_name + 1")
except NameError as e:
    print("caught", e)

# Wrong arguments.
tests = [
    lambda: eval(5),
    lambda: exec(None),
    lambda: eval("1", []),
    lambda: eval("1", 5),
    lambda: exec("1", []),
    lambda: eval("1", {}, 5),
    lambda: exec("1", {}, 5),
    lambda: eval("1", globals={}),
    lambda: exec("1", globals={}),
    lambda: exec("1", closure=3),
    lambda: eval(),
    lambda: exec(),
    lambda: eval("1", {}, {}, 4),
    lambda: exec("1", {}, {}, 4),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(exec("pass"), exec("1", None, None), eval("None"))

# eval in a loop: each string is its own code (its constant tuples too).
total = 0
for i in range(1000):
    total += eval("i * 2")
print(total)
for i in range(3):
    print(eval(f"({i}, {i} + 1)"), eval("lambda: (1, 2)")())
exec("def pair():\n    return (7, 8)")
print(pair(), pair() is pair())
