# weakref.WeakKeyDictionary: data attached to objects without keeping them alive. Keys are
# found through weak references, which hash their referent once and compare referents with
# __eq__, so the key's __hash__ and __eq__ run as they do here.
import weakref


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Widget({self.name})"


extra = weakref.WeakKeyDictionary()
print(type(extra).__name__, len(extra), repr(extra).startswith("<WeakKeyDictionary at 0x"))
w1, w2 = Widget("w1"), Widget("w2")
extra[w1] = {"color": "red"}
extra[w2] = {"color": "blue"}
print(len(extra), w1 in extra, extra[w1], extra.get(w2), extra.get(Widget("tmp"), "none"))
print(list(extra.keys()), list(extra.values()), list(extra.items()))
print([k for k in extra], type(extra.items()).__name__)
print(1 in extra, "x" in extra, [] in extra)

print("-- the entry goes with its key")
del w2
print(len(extra), list(extra))
tmp = Widget("tmp")
extra[tmp] = 0
tmp = None
print(len(extra), list(extra))

print("-- pop, popitem, setdefault, delete")
w3 = Widget("w3")
print(extra.setdefault(w3, []), extra.setdefault(w3, ["other"]))
extra[w3].append(1)
print(extra[w3], extra.pop(w3), extra.pop(w3, "gone"), len(extra))
extra[w3] = "again"
del extra[w3]
print(len(extra), extra.popitem(), len(extra))
try:
    extra.popitem()
except KeyError as e:
    print("KeyError", e)

print("-- errors name a weak reference, or the type that has none")
try:
    extra[w3]
except KeyError as e:
    print("KeyError", repr(e.args[0]).startswith("<weakref at"), e.args[0]() is w3)
for bad in [lambda: extra.__setitem__(1, 2), lambda: extra["key"], lambda: extra.pop(3),
            lambda: extra.update({1: 2}), lambda: extra.update(x=1), lambda: extra.get(())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

print("-- update, constructor, copy, keyrefs")
a, b = Widget("a"), Widget("b")
extra.update({a: 1})
extra.update([(b, 2)])
print(sorted(extra.values()), [r() for r in extra.keyrefs()])
other = weakref.WeakKeyDictionary({a: "A"})
print(other[a], len(other))
copied = extra.copy()
print(type(copied).__name__, list(copied.items()), copied == extra, copied == {a: 1, b: 2}, copied != {})
del b
print(list(copied.items()), list(extra.items()))
print(type(extra | {a: 5}).__name__, list((extra | {a: 5}).items()), list(({a: 7} | extra).values()))
extra |= other
print(list(extra.items()))
extra.clear()
print(len(extra))


class Key:
    """A key whose hash and equality are by value, and which says when it is asked."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print(f"  hash Key({self.n})")
        return self.n

    def __eq__(self, other):
        print(f"  eq Key({self.n}) == Key({other.n})")
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return f"Key({self.n})"


print("-- user __hash__ and __eq__")
kd = weakref.WeakKeyDictionary()
k1 = Key(1)
print("set k1")
kd[k1] = "one"
print("set k1 again")
kd[k1] = "uno"
print("get k1")
print(kd[k1])
print("get an equal key")
k1b = Key(1)
print(kd[k1b])
print("contains")
print(k1b in kd, Key(2) in kd)
print("set an equal key: the old key stays")
kd[k1b] = "eins"
print(list(kd.items()), list(kd)[0] is k1)
print("delete the equal key")
del kd[k1b]
print(len(kd))
print("dead keys")
kd[k1] = 1
del k1
print(len(kd), list(kd.items()))
