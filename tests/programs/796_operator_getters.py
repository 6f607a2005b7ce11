# itemgetter, attrgetter and methodcaller: what they fetch goes through the ordinary lookups
# (a class's __getitem__ and __getattr__ run), and their reprs are CPython's.
import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(itemgetter(1)), repr(itemgetter(1, "a", None)), repr(itemgetter((1,))), repr(itemgetter(slice(1, 3))))
print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")), repr(attrgetter("a..b")), repr(attrgetter("")))
print(repr(methodcaller("m")), repr(methodcaller("m", 1, "two", k=2, j=[3])), repr(methodcaller("x", k=None)))
print(type(itemgetter(0)), itemgetter.__name__, itemgetter.__module__, attrgetter.__qualname__)

print(itemgetter(1)("abc"), itemgetter(0, 2, -1)("abcd"), itemgetter("k")({"k": 5}), itemgetter(slice(None, None, -1))([1, 2]))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))


class Grid:
    def __getitem__(self, key):
        print(f"  Grid.__getitem__({key!r})")
        return key if not isinstance(key, tuple) else sum(key)


print(itemgetter((1, 2), 3)(Grid()))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __getattr__(self, attr):
        print(f"  Node.__getattr__({attr!r})")
        return attr.upper()

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


tree = Node("root", Node("leaf"))
print(attrgetter("name")(tree), attrgetter("child.name", "name")(tree), attrgetter("missing")(tree))
print(attrgetter("child.other")(tree))
print(methodcaller("greet", "Hi")(tree), methodcaller("greet", "Yo", punct="?")(tree.child))
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(sorted([Node("b"), Node("a")], key=attrgetter("name"))[0].name)

attempt(lambda: itemgetter(5)([1]))
attempt(lambda: itemgetter("x")({}))
attempt(lambda: attrgetter("nope")(1))
attempt(lambda: attrgetter("real.nope")(1))
attempt(lambda: attrgetter("a..b")(tree))
attempt(lambda: methodcaller("nope")(1))
attempt(lambda: methodcaller("greet")(tree))
attempt(lambda: itemgetter())
attempt(lambda: itemgetter(a=1))
attempt(lambda: attrgetter())
attempt(lambda: attrgetter(1))
attempt(lambda: attrgetter("a", 2))
attempt(lambda: methodcaller())
attempt(lambda: methodcaller(1))
attempt(lambda: itemgetter(1)())
attempt(lambda: itemgetter(1)(1, 2))
attempt(lambda: itemgetter(1)([1], k=2))
attempt(lambda: attrgetter("a")())
attempt(lambda: methodcaller("a")())
attempt(lambda: methodcaller("a")(1, k=1))
attempt(lambda: itemgetter.__call__(5, [1]))


for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError", e)
loop = []
ig = itemgetter(loop)
loop.append(ig)
print(repr(ig))
print(operator.itemgetter is itemgetter)
