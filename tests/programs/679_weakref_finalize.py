# weakref.finalize: a callback that runs once, when the object dies, when it is called, or
# at exit (newest first, before the module's objects are finalized).
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name})"

    def __del__(self):
        print("__del__", self.name)


def cleanup(name, *, how="normal"):
    print("cleanup", name, how)
    return "cleaned " + name


def describe(f):
    text = repr(f)
    return text[:17] + text[text.index(";"):].split(" at ")[0]


print("-- dies: __del__ first, then the finalizer")
r = Resource("a")
fa = weakref.finalize(r, cleanup, "a", how="on death")
print(fa.alive, fa.atexit, describe(fa), fa.peek()[0], fa.peek()[1] is cleanup, fa.peek()[2:])
del r
print("alive after death:", fa.alive, describe(fa), fa.peek(), fa())

print("-- called by hand: runs once, returns func's result")
b = Resource("b")
fb = weakref.finalize(b, cleanup, "b")
print(fb(), fb(), fb.alive)
del b

print("-- detach: the finalizer gives back what it held and never runs")
c = Resource("c")
fc = weakref.finalize(c, cleanup, "c")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is cleanup, args, kwargs, fc.alive, fc.detach(), fc.peek())
del obj, c

print("-- a cycle: the finalizer runs during gc.collect(), before __del__")
d = Resource("d")
d.self_ref = d
weakref.finalize(d, cleanup, "d", how="collected")
del d
gc.collect()
print("collected")

print("-- a bound method of the object keeps it alive until exit")
class Holder:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("Holder.close", self.name)


h = Holder("h")
fh = weakref.finalize(h, h.close)
del h
print("h still alive:", fh.alive)

print("-- atexit can be switched off")
e = Resource("e")
fe = weakref.finalize(e, cleanup, "e", how="at exit?")
fe.atexit = False
print(fe.atexit)
f = Resource("f")
weakref.finalize(f, cleanup, "f", how="at exit")
g = Resource("g")
weakref.finalize(g, cleanup, "g", how="at exit")

print("-- errors")
for bad in [lambda: weakref.finalize(1, print), lambda: weakref.finalize(),
            lambda: weakref.finalize(e)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
print("end of program")
