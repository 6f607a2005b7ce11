# weakref.WeakValueDictionary: a mapping whose values are weak references; an entry goes
# away the moment its value dies (and only then), and everything a dict offers still works.
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


d = weakref.WeakValueDictionary()
print(type(d).__name__, type(d).__module__, len(d), bool(d), repr(d).startswith("<WeakValueDictionary at 0x"))
a, b, c = Item("a"), Item("b"), Item("c")
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), "a" in d, "z" in d, d["a"], d.get("b"), d.get("z"), d.get("z", "default"))
print(list(d), list(d.keys()), list(d.values()), sorted(d.items(), key=str))
print(type(d.keys()).__name__, [k for k in d])

print("-- an entry goes when its value dies")
del b
print(len(d), "b" in d, list(d.keys()), d.get("b", "gone"))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)

print("-- replacing and deleting")
d["a"] = c
print(d["a"], len(d))
del d["a"]
print(list(d.items()))
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)

print("-- a value bound to the dict only dies right away")
d["tmp"] = Item("tmp")
print("tmp" in d, len(d))

print("-- pop, popitem, setdefault")
e = Item("e")
d["e"] = e
print(d.pop("e"), d.pop("e", "missing"), d.pop("e", 1, 2))
try:
    d.pop("e")
except KeyError as err:
    print("KeyError", err)
print(d.setdefault(3, Item("other")), d.setdefault("new", e), d["new"] is e)
print(d.popitem(), len(d))
print(d.popitem(), len(d))
try:
    d.popitem()
except KeyError as err:
    print("KeyError", err)

print("-- update, constructor, keywords, copy")
x, y = Item("x"), Item("y")
d.update({"x": x}, y=y)
d.update([("x2", x)])
print(sorted(d.keys(), key=str))
d2 = weakref.WeakValueDictionary({"x": x}, y=y)
print(sorted(d2.items(), key=str))
d3 = d2.copy()
print(type(d3).__name__, d3 is d2, sorted(d3.keys()), d3 == d2, d3 == {"x": x, "y": y}, d3 == {"x": x})
del y
print(len(d2), len(d3), list(d3.keys()))

print("-- valuerefs and itervaluerefs")
refs = d2.valuerefs()
print(len(refs), type(refs[0]).__name__, refs[0]() is x, refs[0].key)
print([r.key for r in d2.itervaluerefs()])

print("-- | and |=, clear")
z = Item("z")
u = d2 | {"z": z}
print(type(u).__name__, sorted(u.keys()))
w = {"z": z} | d2
print(type(w).__name__, sorted(w.keys()))
d2 |= {"z": z}
print(sorted(d2.keys()))
d2.clear()
print(len(d2), list(d2))

print("-- values that cannot be weakly referenced")
for value in [1, "text", (1, 2), [], {}, None]:
    try:
        d["bad"] = value
    except TypeError as err:
        print(type(err).__name__, err)
try:
    d[[]] = x
except TypeError as err:
    print(type(err).__name__, err)
print("bad" in d, [] in d if False else "skip")
try:
    [] in d
except TypeError as err:
    print(type(err).__name__, err)
try:
    hash(d)
except TypeError as err:
    print(type(err).__name__, err)
print(weakref.WeakValueDictionary[str, Item])
