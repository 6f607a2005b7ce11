# A frame that keeps the exception it caught (or its traceback) in a local is in a reference
# cycle with it: frame -> local -> exception -> traceback -> frame. Only the collector frees
# it; gc.collect() counts the frame, the exception, its traceback objects and the locals.
import gc
import sys


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


class Failure(Exception):
    pass


def keeps_exception():
    x = Obj("x of keeps_exception")
    try:
        raise Failure()
    except Failure as e:
        err = e
    return "returned"


def keeps_traceback():
    y = Obj("y of keeps_traceback")
    try:
        raise Failure()
    except Failure:
        tb = sys.exc_info()[2]
    return tb.tb_lineno


def breaks_the_cycle():
    z = Obj("z of breaks_the_cycle")
    try:
        raise Failure()
    except Failure as e:
        err = e
    del err
    return "no cycle"


def deep(n):
    v = Obj("v of deep(%d)" % n)
    if n == 0:
        raise Failure(n)
    deep(n - 1)


def keeps_from_below():
    w = Obj("w of keeps_from_below")
    try:
        deep(2)
    except Failure as e:
        err = e
    return "deep"


gc.collect()
for f in (keeps_exception, keeps_traceback, breaks_the_cycle, keeps_from_below):
    print(f.__name__, "->", f())
    print("collected", gc.collect())


def caller():
    u = Obj("u of caller")
    keeps_exception()
    print("  caller returns")


caller()
print("after caller")
print("collected", gc.collect())
print("end")
