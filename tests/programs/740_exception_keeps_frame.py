# An exception's traceback holds the frames it was raised in or passed through, even when
# it was caught in the same frame: the frame's locals live as long as the traceback does.
# A frame that outlives its call that way holds its caller's frame too (f_back).
import sys


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


class Failure(Exception):
    def __del__(self):
        print("  __del__ Failure", self.args)


def caught_and_returned():
    x = Obj("x of caught_and_returned")
    try:
        raise Failure(1)
    except Failure as e:
        return e


print("1. except ... as e: return e")
r = caught_and_returned()
print("returned", r.args)
del r
print("after del r")


def handled_in_place():
    x = Obj("x of handled_in_place")
    try:
        raise Failure(2)
    except Failure as e:
        print("  in the handler")
    print("  after the handler (e was deleted)")
    return "done"


print("2. handled in place:", handled_in_place())


def traceback_returned():
    x = Obj("x of traceback_returned")
    try:
        raise Failure(3)
    except Failure:
        return sys.exc_info()[2]


print("3. sys.exc_info()[2] kept")
tb = traceback_returned()
print("tb_lineno", tb.tb_lineno, "tb_next", tb.tb_next)
tb = None
print("after tb = None")


def traceback_dropped():
    x = Obj("x of traceback_dropped")
    try:
        raise Failure(4)
    except Failure as e:
        e.__traceback__ = None
        return e


print("4. __traceback__ = None")
r = traceback_dropped()
print("returned", r.__traceback__)
del r


def with_traceback_none():
    x = Obj("x of with_traceback_none")
    try:
        raise Failure(5)
    except Failure as e:
        return e.with_traceback(None)


print("5. with_traceback(None)")
r = with_traceback_none()
del r


def inner():
    y = Obj("y of inner")
    raise Failure(6)


def middle():
    z = Obj("z of middle")
    try:
        inner()
    except Failure as e:
        return e


def outer():
    w = Obj("w of outer")
    r = middle()
    print("  outer got", r.args)
    return r.args


print("6. callers' frames: outer returned", outer())


def saved_globally():
    v = Obj("v of saved_globally")
    try:
        raise Failure(7)
    except Failure as e:
        global saved
        saved = e


def caller_of_saver():
    u = Obj("u of caller_of_saver")
    saved_globally()
    print("  caller_of_saver returns")


print("7. caller of a frame that outlives its call")
caller_of_saver()
print("after the call")
saved = None
print("after saved = None")


def reraised():
    t = Obj("t of reraised")
    try:
        raise Failure(8)
    except Failure:
        raise


print("8. bare raise out of the frame")
try:
    reraised()
except Failure as e:
    print("caught outside", e.args)
print("after the except block")


def generator():
    g = Obj("g of generator")
    try:
        raise Failure(9)
    except Failure as e:
        yield e
    yield "second"


print("9. generator yields a caught exception")
gen = generator()
r = next(gen)
print("yielded", r.args)
del gen
print("generator dropped")
del r
print("exception dropped")


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        global kept_tb
        kept_tb = tb
        return True


def suppressed():
    s = Obj("s of suppressed")
    with Suppress():
        raise Failure(10)
    return "suppressed"


print("10.", suppressed())
kept_tb = None
print("after kept_tb = None")


def several():
    q = Obj("q of several")
    errors = []
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            errors.append(e)
    return errors


print("11. two exceptions from one frame")
errs = several()
errs.pop()
print("one left")
errs.pop()
print("none left")
print("end")
