# When weak references die and call back, next to __del__: a dying object's __del__ runs
# first (its references still work inside it), then the references are cleared and called
# back, newest callback first; what the object held dies after that. In a cycle that
# gc.collect() frees, the references are cleared and called back before any __del__.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


class Finalized(Node):
    def __del__(self):
        ref = refs.get(self.name)
        print("__del__", self.name, "ref still works:", ref is not None and ref() is self)


refs = {}


def report(label):
    def callback(ref):
        print("callback", label, "ref() is", ref())
    return callback


print("-- plain object, two callbacks")
n = Node("n")
r_old = weakref.ref(n, report("older"))
r_new = weakref.ref(n, report("newer"))
del n
print("after del n")

print("-- object with __del__")
d = Finalized("d")
refs["d"] = weakref.ref(d, report("d"))
del d
print("after del d")

print("-- the holder's callback runs before what it held dies")
outer = Node("outer")
outer.inner = Finalized("inner")
refs["inner"] = weakref.ref(outer.inner)
r_outer = weakref.ref(outer, report("outer"))
del outer
print("after del outer")

print("-- a reference that dies with its referent's holder never calls back")
keep = Node("keep")
holder = Node("holder")
holder.ref = weakref.ref(keep, report("never"))
del holder
del keep
print("after del keep")

print("-- local variables die at return")
def make():
    local = Finalized("local")
    refs["local"] = weakref.ref(local, report("local"))
    return refs["local"]


r_local = make()
print("after make:", r_local())

print("-- a cycle freed by gc.collect()")
a = Finalized("a")
b = Node("b")
a.other, b.other = b, a
refs["a"] = weakref.ref(a, report("a"))
r_b = weakref.ref(b, report("b"))
del a, b
print("collect found", gc.collect())
print("after collect:", refs["a"](), r_b())

print("-- a callback that raises is reported, and the program goes on")
def broken(ref):
    raise ValueError("callback failed")


e = Node("e")
r_e = weakref.ref(e, broken)
del e
print("after del e")

print("-- a callback can make new objects and weak references")
def chain(ref):
    print("chain called")
    global again
    again = Node("again")
    weakref.ref(again, report("again"))


c = Node("c")
r_c = weakref.ref(c, chain)
del c
print("again is", again)
del again
print("end")
