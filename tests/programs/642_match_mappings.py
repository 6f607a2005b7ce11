# Mapping patterns: dicts and dict subclasses, **rest, value-pattern keys, the `get` calls
# CPython makes, and the errors for duplicate or unhashable keys.
from collections import OrderedDict, defaultdict


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {mods}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown type {t}, rest {rest}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "key", "key": "a", "shift": True},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -1, "dx": 0},
    {"pos": (1, 2)},
    {},
    [("type", "click")],
    "type",
    OrderedDict(type="key", key="c"),
    defaultdict(list, type="key", key="d", ctrl=1),
]
for e in events:
    print(handle(e))

# The rest is a new plain dict, even from a subclass, without the matched keys.
od = OrderedDict(a=1, b=2, c=3)
match od:
    case {"b": 2, **rest}:
        print(type(rest).__name__, rest, rest is od)
match {"a": 1}:
    case {**everything}:
        print("everything", everything)
d = {1: "one", 2: "two"}
match d:
    case {**copy}:
        print(copy == d, copy is d)

# defaultdict: matching does not create missing keys (it uses get, not []).
dd = defaultdict(list)
match dd:
    case {"missing": v}:
        print("no", v)
    case _:
        print("after matching:", dict(dd))

# Non-string keys and value patterns as keys.
class Keys:
    A = "a"
    NUM = 10


match {10: "ten", "a": "letter", None: "none", True: "yes", -1: "minus"}:
    case {Keys.NUM: t, Keys.A: l, None: n, 1: y, -1: m}:
        print(t, l, n, y, m)


# A dict subclass whose get() and __len__ report the calls CPython makes.
class Traced(dict):
    def get(self, key, default=None):
        found = key in self
        print(f"  get({key!r}) ->", "found" if found else "missing")
        return super().get(key, default)

    def __len__(self):
        n = super().__len__()
        print("  __len__ ->", n)
        return n

    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)


t = Traced(x=1, y=2, z=3)
print("all keys present:")
match t:
    case {"x": 1, "y": yy}:
        print("matched, y =", yy)
print("a key missing stops at it:")
match t:
    case {"x": _, "w": _, "y": _}:
        print("no")
    case _:
        print("no match")
print("a value mismatch:")
match t:
    case {"x": 2, "y": _}:
        print("no")
    case _:
        print("no match")
print("too few items: only __len__:")
match t:
    case {"a": _, "b": _, "c": _, "d": _}:
        print("no")
    case _:
        print("no match")
print("rest:")
match t:
    case {"z": _, **others}:
        print("others", others)
print("empty pattern:")
match t:
    case {}:
        print("matched {} without calls")


# Keys equal to each other at run time: ValueError (at compile time it is a SyntaxError).
class Dup:
    K1 = "k"
    K2 = "k"


try:
    match {"k": 1, "j": 2}:
        case {Dup.K1: _, Dup.K2: _}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)


class Unhashable:
    K = [1]


try:
    match {"a": 1}:
        case {Unhashable.K: _}:
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

# Mapping patterns do not match sequences, and sequence patterns do not match mappings.
for v in [{"0": 1}, {0: 1}, [1], (1,)]:
    match v:
        case [x]:
            print(v, "sequence of one", x)
        case {0: x}:
            print(v, "mapping with key 0", x)
        case _:
            print(v, "neither")
