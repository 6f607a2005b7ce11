# The traceback module on exception groups (their boxes, margins on every line) and on
# syntax errors (TracebackException._format_syntax_error's layout).
import traceback

def show(x):
    print(str(x).replace(__file__, "<file>"))
def f(n):
    raise ValueError(f"bad {n}\nsecond line")
def g():
    excs = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            excs.append(e)
    raise ExceptionGroup("many", [*excs, ExceptionGroup("inner", [KeyError(1)])])
try:
    g()
except ExceptionGroup as eg:
    traceback.print_exc()
    show(traceback.format_exception(eg))
def rec(n):
    if n == 0:
        raise ExceptionGroup("deep", [TypeError("t")])
    rec(n - 1)
try:
    rec(6)
except Exception:
    traceback.print_exc()
for src in ["x = (1,", "def f(:\n  pass", "  a b", "x = 1 +"]:
    try:
        exec(src)
    except SyntaxError as e:
        traceback.print_exc()
        print(traceback.format_exception_only(e))
e = SyntaxError("custom", ("f.py", None, 3, "  text here\n", 3, 7))
print(traceback.format_exception_only(e))
e = SyntaxError("custom2")
print(traceback.format_exception_only(e))
e = SyntaxError("", ("f.py", 2, 0, "abc", 0, 0))
print(traceback.format_exception_only(e))
