# weakref.ref: which objects take weak references, the shared plain reference,
# getweakrefcount/getweakrefs order, hash and equality, and what a dead reference does.
import weakref
import functools
import threading


def f():
    pass


def gen():
    yield 1


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"A({self.n})"

    def method(self):
        pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyError(Exception):
    pass


candidates = [
    ("int", 1), ("str", "s"), ("tuple", ()), ("list", []), ("dict", {}), ("None", None),
    ("bool", True), ("float", 1.5), ("set", set()), ("frozenset", frozenset()),
    ("function", f), ("builtin", len), ("bound builtin", [].append), ("method", A(0).method),
    ("class", A), ("type", int), ("generator", gen()), ("module", weakref),
    ("partial", functools.partial(f)), ("lock", threading.Lock()), ("Exception", Exception()),
    ("MyError", MyError()), ("Slotted", Slotted()), ("SlottedWeak", SlottedWeak()),
    ("MyInt", MyInt(1)), ("MyTuple", MyTuple()), ("MyList", MyList()), ("MyStr", MyStr("x")),
    ("instance", A(1)), ("object", object()), ("range", range(3)), ("property", property()),
    ("staticmethod", staticmethod(f)), ("iterator", iter([])), ("slice", slice(1)),
]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        print(name, "ok")
    except TypeError as e:
        print(name, "->", e)

print(weakref.ref is weakref.ReferenceType, type(weakref.ref(f)).__name__, weakref.ref.__module__)

a = A(1)
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("shared plain reference:", r1 is r2, r1 is weakref.ref(a, None))
print("count:", weakref.getweakrefcount(a), weakref.getweakrefcount(1), weakref.getweakrefs(1))


def named(label):
    def callback(ref):
        print("callback", label)
    callback.label = label
    return callback


c1 = weakref.ref(a, named("first"))
c2 = weakref.ref(a, named("second"))
print("with callbacks:", c1 is r1, c1 is c2, weakref.getweakrefcount(a))
order = []
for w in weakref.getweakrefs(a):
    order.append("plain" if w is r1 else w.__callback__.label)
print("list order:", order)
print("referent:", r1() is a, c1(), r1.__callback__, c1.__callback__.label)
print("hash:", hash(r1) == hash(a), "eq:", r1 == c1, r1 != c1, r1 == r1)
print("eq other types:", r1 == a, r1 == 1)

# A reference dropped before its referent is no longer counted, and never calls back.
tmp = weakref.ref(a, named("dropped"))
print("before drop:", weakref.getweakrefcount(a))
del tmp
print("after drop:", weakref.getweakrefcount(a))

h = hash(c1)
print("del a")
del a
print("dead:", r1(), c1(), c1.__callback__, r1 == c1, r1 != c1, r1 == r1)
print("hash kept:", hash(c1) == h)
try:
    hash(c2)
except TypeError as e:
    print("hash of dead:", e)
print(repr(r1).endswith("; dead>"), bool(r1))

# Equality of two live references asks the referents.
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__")
        return True

    __hash__ = object.__hash__


x, y = Loud(), Loud()
print(weakref.ref(x) == weakref.ref(y), weakref.ref(x) != weakref.ref(y))

# The repr names the referent's type, and its __name__ when it has one.
def describe(r):
    text = repr(r)
    return text[text.index(";"):].split(" at ")[0], text.endswith(")>")


print(describe(weakref.ref(f)), describe(weakref.ref(A)), describe(weakref.ref(x)))

# A subclass of ref is its own reference (never the shared plain one).
class KeyedRef(weakref.ref):
    pass


b = A(2)
plain = weakref.ref(b)
keyed = KeyedRef(b)
print(type(keyed).__name__, keyed is plain, keyed() is b, weakref.getweakrefcount(b))

for bad in [lambda: weakref.ref(), lambda: weakref.ref(b, None, 3), lambda: plain(1),
            lambda: weakref.ref(b, callback=None), lambda: weakref.getweakrefcount(),
            lambda: weakref.getweakrefs(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
