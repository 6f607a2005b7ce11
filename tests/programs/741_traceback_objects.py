# Traceback objects: one per frame an exception passed through, made once (the same object
# each time it is asked for), tb_next inward; __traceback__ and with_traceback() replace the
# chain, with BaseException's checks; tb_next can be reassigned with traceback's checks.
import sys


def fail():
    raise KeyError("k")


def call_fail():
    try:
        fail()
    except KeyError as e:
        t = e.__traceback__
        print("same object:", t is e.__traceback__, t is sys.exc_info()[2])
        chain = []
        while t is not None:
            chain.append(t.tb_lineno)
            t = t.tb_next
        print("chain of lines:", chain)
        return e


e = call_fail()
print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)

try:
    raise e
except KeyError as again:
    t = again.__traceback__
    lines = []
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print("raised again from the module:", lines)

t = e.__traceback__
e.__traceback__ = None
print("after = None:", e.__traceback__)
print("with_traceback returns the exception:", e.with_traceback(t) is e)
print("restored:", e.__traceback__ is t, e.__traceback__.tb_next.tb_lineno)

checks = [
    "e.__traceback__ = 5",
    "e.with_traceback('tb')",
    "e.with_traceback()",
    "e.with_traceback(None, None)",
    "e.with_traceback(tb=None)",
    "del e.__traceback__",
    "t.tb_next = 1",
    "t.tb_next = t",
    "t.tb_next.tb_next = t",
    "del t.tb_next",
    "t.tb_lineno = 3",
    "del t.tb_lineno",
    "t.other = 1",
    "t.other",
]
for code in checks:
    try:
        exec(code)
        print(code, "-> ok")
    except Exception as err:
        print(code, "->", type(err).__name__ + ":", err)

t.tb_next = None
print("tb_next cut:", t.tb_next, "still the head:", e.__traceback__ is t)
print(hasattr(t, "__dict__"), type(t).__module__)


def handler_sees_traceback():
    try:
        fail()
    except KeyError:
        typ, value, tb = sys.exc_info()
        print(typ.__name__, value, tb is value.__traceback__, tb.tb_next.tb_lineno)


handler_sees_traceback()
print(sys.exc_info())
