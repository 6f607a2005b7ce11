# contextlib as a course uses it: @contextmanager (entering, leaving, an exception thrown into
# the generator, handled or not, and its RuntimeErrors), suppress, closing, nullcontext,
# redirect_stdout into an io.StringIO, ContextDecorator and AbstractContextManager.
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ContextDecorator, AbstractContextManager
import contextlib
import io
import sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("h1") as t:
    print("inside", t)
print(tag.__name__, tag.__qualname__, type(tag("x")).__name__, type(tag("x")))

@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", repr(e))

with handled():
    1 / 0
print("after handled")

@contextmanager
def cleanup():
    try:
        yield
    finally:
        print("cleanup runs")

try:
    with cleanup():
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e), e.__traceback__ is not None)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield

try:
    with swallow_then_yield():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def stopper():
    yield

try:
    with stopper():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagates", e)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("Res.close")

with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as n:
    print("nullcontext", n)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    print("more", end="!")
print(target is buf, repr(buf.getvalue()))

class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False

@Timer()
def work(x):
    print("working", x)
    return x * 2

print(work(21), work.__name__)

@tag("p")
def para():
    print("text")
para()
para()

print(isinstance(Res(), AbstractContextManager), isinstance(buf, AbstractContextManager), issubclass(Timer, AbstractContextManager))
print("contextmanager" in contextlib.__all__)
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError:", e)
