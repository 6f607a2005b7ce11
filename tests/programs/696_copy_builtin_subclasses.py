# Subclasses of builtin types are not in copy's dispatch table: they go through the reduce
# protocol, so their own methods (append, __setitem__, __iter__, items, __init__) take part.
import copy
from collections import OrderedDict, defaultdict


class LoudList(list):
    def __iter__(self):
        print("  LoudList.__iter__")
        return super().__iter__()

    def append(self, x):
        print("  LoudList.append", x)
        super().append(x)


ll = LoudList([1, [2]])
ll.note = "n"
print("copy")
c = copy.copy(ll)
print(type(c).__name__, c, c.note, c[1] is ll[1])
print("deepcopy")
d = copy.deepcopy(ll)
print(type(d).__name__, d, d[1] is ll[1])


class LoudDict(dict):
    def __init__(self, *a, **k):
        print("  LoudDict.__init__")
        super().__init__(*a, **k)

    def items(self):
        print("  LoudDict.items")
        return super().items()

    def __setitem__(self, k, v):
        print("  LoudDict.__setitem__", k, v)
        super().__setitem__(k, v)


ld = LoudDict(a=1)
print("copy")
c = copy.copy(ld)
print(type(c).__name__, c)
print("deepcopy")
d = copy.deepcopy(ld)
print(type(d).__name__, d)


class MySet(set):
    def __init__(self, *args):
        print("  MySet.__init__", args)
        super().__init__(*args)


ms = MySet([3, 1])
print("copy")
c = copy.copy(ms)
print(type(c).__name__, sorted(c))
print(ms.__reduce__())


class MyTuple(tuple):
    def __new__(cls, items):
        print("  MyTuple.__new__", items)
        return super().__new__(cls, items)


mt = MyTuple([1, [2]])
print("copy")
c = copy.copy(mt)
print(type(c).__name__, c, c is mt, c[1] is mt[1])
print("deepcopy")
d = copy.deepcopy(mt)
print(type(d).__name__, d, d[1] is mt[1])


class Celsius(float):
    pass


class Name(str):
    def __new__(cls, value):
        print("  Name.__new__", value)
        return super().__new__(cls, value)


class Count(int):
    pass


for v in [Celsius(21.5), Name("bob"), Count(7)]:
    v.unit = "u"
    c = copy.copy(v)
    print(type(c).__name__, c, c.unit, c is v, c == v)
print((5).__getnewargs__(), "s".__getnewargs__(), (1.5).__getnewargs__(), (1, 2).__getnewargs__())


class AppError(Exception):
    def __init__(self, msg, code=0):
        print("  AppError.__init__", msg, code)
        super().__init__(msg)
        self.code = code


e = AppError("boom", 7)
e.extra = [1]
print(e.__reduce__())
c = copy.copy(e)
print(type(c).__name__, c, c.code, c.extra is e.extra)
d = copy.deepcopy(e)
print(d.code, d.extra, d.extra is e.extra)
v = copy.copy(ValueError("x", 2))
print(repr(v), v.args)
print(KeyError("k").__reduce__())
try:
    ValueError().__setstate__(5)
except TypeError as err:
    print(type(err).__name__, err)


od = OrderedDict([("b", 1), ("a", [2])])
c = copy.copy(od)
print(c, c["a"] is od["a"], type(c).__name__)
d = copy.deepcopy(od)
print(d, d["a"] is od["a"])
r = od.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))

dd = defaultdict(list)
dd["x"].append(1)
c = copy.copy(dd)
print(c, c["x"] is dd["x"])
d = copy.deepcopy(dd)
print(d, d["x"] is dd["x"], d.default_factory)
r = dd.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
c2 = dd.__copy__()
print(c2 == dd, type(c2).__name__)
