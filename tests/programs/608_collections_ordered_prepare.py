import collections
from collections import OrderedDict, defaultdict

class OrderedMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        print("prepare", name, bases)
        return collections.OrderedDict()

    def __new__(cls, name, bases, namespace, **kwds):
        print(type(namespace).__name__, list(namespace))
        result = type.__new__(cls, name, bases, dict(namespace))
        result.members = tuple(namespace)
        return result

class A(metaclass=OrderedMeta):
    def one(self): pass
    def two(self): pass
    x = 1
print(A.members)
od = OrderedDict(a=1, b=2)
od["c"] = 3
print(od, repr(OrderedDict()), str(od))
od.move_to_end("a")
print(list(od), od.popitem(), od.popitem(last=False), od)
od["d"] = 4; od.move_to_end("d", last=False); print(od)
print(OrderedDict([(1, 2)]) == {1: 2}, OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]))
print(isinstance(od, dict), type(od).__mro__, OrderedDict.__module__)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(list(reversed(OrderedDict(x=1, y=2))))
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, "a" in dd, dd.get("z"), "z" in dd)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts), counts)
d0 = defaultdict()
try:
    d0["x"]
except KeyError as e:
    print("KeyError", e)
print(repr(d0))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(type(dd).__name__, type(dd).__module__, isinstance(dd, dict))
dd.default_factory = lambda: "new"
print(dd["q"], len(dd))
print(OrderedDict.fromkeys("ab"), defaultdict(list, {"k": 1}, z=2))
od2 = OrderedDict(b=1)
od2.update(a=2)
print(od2, od2.copy(), type(od2.copy()).__name__)
