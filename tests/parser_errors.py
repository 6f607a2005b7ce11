"""Writes tests/parser_errors.json: for each snippet, the SyntaxError CPython 3.11 raises
(type, message, line, offset). `--check` verifies the committed file is what CPython says."""
import json
import os
import sys

SNIPPETS = [
    # `=` for `==` in a condition: CPython's hint, and plain "invalid syntax" where its rule
    # does not match.
    "x = 1\nif x = 1:\n    print('one')\n",
    "while x = 2:\n    pass\n",
    "if a.b = 1:\n    pass\n",
    "if x == 1:\n    pass\nelif x = 2 + 3:\n    pass\n",
    "if d[1] = 3:\n    pass\n",
    "if x = y = 1:\n    pass\n",
    "if (a, b) = 1:\n    pass\n",
    "while not x = 1:\n    pass\n",
    "if x < 1 = 2:\n    pass\n",
    "if x = not y:\n    pass\n",
    # A bracket left open: CPython reports it when the parser fails at the end or on a later
    # line, naming the innermost one; two expressions side by side are both underlined.
    "print((1, 2\nx = 3\n",
    "print((1, 2\n",
    "x = (1,\ny = 2\nz = 3\n",
    "def f(a, b:\n    pass\n",
    "d = {\"a\": 1,\n\"b\": 2\nprint(d)\n",
    "x = [1, 2 3]\ny = (\n",
    "f(a b, [\n",
    "f(x=1 2)\n",
    "x = [a.b c.d]\n",
    "if x > 0\n    print(x)\n",
    "def f(:\n    pass\n",
    "print('hi'\n",
    "x = (1, 2]\n",
    "x = 1)\n",
    "s = 'abc\n",
    "s = '''abc\n\n",
    "x = 12abc\n",
    "f() = 1\n",
    "1 = x\n",
    "-1 = x\n",
    "'a' + 'b' = x\n",
    "for 999 + 1 in x: pass\n",
    "x, (1) = y\n",
    "(x, 1) = y\n",
    "x = f() = 1\n",
    "a < b = c\n",
    "{} = 1\n",
    "with a as f(): pass\n",
    "del f'{x}'\n",
    "(a.b := 1)\n",
    "(1 := 2)\n",
    "[i := 0, j[0] := 1]\n",
    "print(x.y := 1)\n",
    "def f():\nreturn 1\n",
    "if True:\n    x = 1\n   y = 2\n",
    "  x = 1\n",
    "def f(a=1, b):\n    pass\n",
    "f(a=1, 2)\n",
    "x = 1 +\n",
    "class A\n    pass\n",
    "for x in range(3)\n    pass\n",
    "return 5\n",
    "break\n",
    "x = [1, 2\n",
    "print 'hello'\n",
    "def f(x, x):\n    pass\n",
    "x = 0777\n",
    "a, b += 1\n",
    "del f()\n",
    "while True:\n    pass\nelse\n",
    "x = {'a': 1, 'b'}\n",
    "x = 1 if 2\n",
    "print(x for x in range(3), 1)\n",
    "try:\n    pass\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "f(**x, *y)\n",
    "x = （1）\n",
    "x：int = 1\n",
    "lambda x=1, y: x\n",
    "with open(x) as f\n    pass\n",
    "x = $\n",
    "None = 1\n",
    "f(x=1, x=2)\n",
    "import\n",
    "def f():\n    global x\n    x = 1\n    def g(x):\n        global x\n",
]


def error_of(src):
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset]
    return None


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parser_errors.json")
    cases = [{"source": s, "error": error_of(s)} for s in SNIPPETS]
    text = json.dumps(cases, ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv:
        if open(out, encoding="utf-8").read() != text:
            sys.exit("tests/parser_errors.json differs from CPython")
        print("parser_errors.json matches CPython")
        return
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


main()
