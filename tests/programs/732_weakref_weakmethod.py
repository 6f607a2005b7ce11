# WeakMethod: a weak reference to a bound method, which a plain ref cannot hold.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return f"{self.label} clicked"

    def __del__(self):
        print(f"__del__ {self.label}")


ok = Button("OK")

# A bound method is made per access: a plain ref to one dies at once.
r = weakref.ref(ok.click)
print(r())

wm = weakref.WeakMethod(ok.click)
print(type(wm).__name__, isinstance(wm, weakref.ref), weakref.WeakMethod.__mro__[1:])
m = wm()
print(m(), type(m).__name__, m.__self__ is ok, m.__func__ is Button.click, wm() is m)
print(wm._alive, wm._meth_type, wm._func_ref() is Button.click, type(wm._func_ref).__name__)
print(weakref.getweakrefcount(ok), weakref.getweakrefcount(Button.click))
print(weakref.WeakMethod.__slots__, weakref.WeakMethod.__hash__ is weakref.ref.__hash__)
print(sorted(weakref.WeakMethod.__dict__))

# Equality: same object and same function; hash is the object's.
wm2 = weakref.WeakMethod(ok.click)
cancel = Button("Cancel")
wc = weakref.WeakMethod(cancel.click)
print(wm == wm2, wm != wm2, wm is wm2, hash(wm) == hash(wm2) == hash(ok))
print(wm == wc, wm != wc, wm == weakref.ref(ok), weakref.ref(ok) == wm)
registry = {wm: "first"}
print(registry[wm2])


# The callback runs once, with the WeakMethod, when the object dies...
def on_dead(w):
    print("callback: alive", w._alive, "call gives", w(), "same", w is watched)


watched = weakref.WeakMethod(cancel.click, on_dead)
del cancel
print(watched(), wc(), watched._alive, wc._alive)
print(watched == wc, watched == watched, watched != watched, wc != watched)


# ... or when the function dies.
class Temp:
    def go(self):
        return "go"


t = Temp()
wt = weakref.WeakMethod(t.go, lambda w: print("function gone, alive", w._alive))
print(wt()())
del Temp.go
print(wt(), t is not None)

# Only bound methods: anything else has no __self__/__func__.
for bad in (len, 5, Button.click, [].append, None, "text".upper):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e, e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
for args, kwargs in (((), {}), ((ok.click, None, 1), {}), ((ok.click,), {"callback": print})):
    try:
        weakref.WeakMethod(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    wm(1)
except TypeError as e:
    print("TypeError:", e)


# A method of an object without __weakref__ cannot be referred to.
class Slotted:
    __slots__ = ()

    def f(self):
        pass


try:
    weakref.WeakMethod(Slotted().f)
except TypeError as e:
    print("TypeError:", e)

# Observer pattern: listeners kept weakly go away with their objects.
listeners = []


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"{self.name} got {event}")


def fire(event):
    for w in list(listeners):
        method = w()
        if method is None:
            listeners.remove(w)
            print("dropped a dead listener")
        else:
            method(event)


a, b = Listener("a"), Listener("b")
listeners += [weakref.WeakMethod(a.notify), weakref.WeakMethod(b.notify)]
fire("open")
del a
fire("close")
print(len(listeners))
print("end")
