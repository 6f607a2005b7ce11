# State: object.__getstate__ gives the instance __dict__, or (dict, slots) when slots are set;
# a class's own __getstate__/__setstate__ take over both ends.
import copy


class Slotted:
    __slots__ = ("a", "__hidden", "unset")

    def __init__(self):
        self.a = [1]
        self.__hidden = "h"

    def __getattr__(self, name):
        print("  Slotted.__getattr__", name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        print("  Slotted.__setattr__", name, value)
        object.__setattr__(self, name, value)


s = Slotted()
print("state", s.__getstate__())
print("slotnames cached:", "__slotnames__" in Slotted.__dict__)
print("copy")
s2 = copy.copy(s)
print(Slotted.__slotnames__, s2.a is s.a, s2._Slotted__hidden)
print("deepcopy")
s3 = copy.deepcopy(s)
print(s3.a, s3.a is s.a)


class Both(Slotted):
    __slots__ = ("b", "__dict__")


bo = Both()
bo.b = 2
bo.extra = "e"
print("Both state", bo.__getstate__())
print("copy Both")
b2 = copy.copy(bo)
print(Both.__slotnames__, b2.b, b2.extra, b2.__dict__)


class OnlyDict:
    __slots__ = ("__dict__",)


od = OnlyDict()
od.x = 1
print(OnlyDict.__slotnames__ if hasattr(OnlyDict, "__slotnames__") else "-", od.__getstate__())
print(copy.copy(od).x, OnlyDict.__slotnames__)


class Custom:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": n * 100}

    def __getstate__(self):
        print("  Custom.__getstate__")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("  Custom.__setstate__", state)
        self.__dict__.update(state)
        self.cache = {"big": self.n * 100, "rebuilt": True}


c = Custom(3)
print("copy Custom")
c2 = copy.copy(c)
print(c2.n, c2.cache)
print("deepcopy Custom")
c3 = copy.deepcopy(c)
print(c3.n, c3.cache)


class StateNone:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        print("  StateNone.__getstate__")
        return None

    def __setstate__(self, state):
        print("  never", state)


sn = copy.copy(StateNone())
print(hasattr(sn, "x"))


class FalsyState:
    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        print("  FalsyState.__setstate__", state)


copy.copy(FalsyState())


class PairState:
    def __getstate__(self):
        return ({"d": 1}, {"s": 2})


ps = copy.copy(PairState())
print(ps.__dict__)


class OnlySetstate:
    def __init__(self):
        self.v = [1, 2]

    def __setstate__(self, state):
        print("  OnlySetstate.__setstate__", state)
        self.__dict__.update(state)


print("deepcopy OnlySetstate")
os2 = copy.deepcopy(OnlySetstate())
print(os2.v)


# the slot names are computed once per class and cached in __slotnames__
class Cached:
    __slots__ = ("p",)


print("__slotnames__" in Cached.__dict__)
copy.copy(Cached())
print(Cached.__dict__["__slotnames__"])
Cached.__slotnames__ = ["p", "nothing"]
cc = Cached()
cc.p = 5
print(cc.__getstate__())
print(copy.copy(cc).p)
Cached.__slotnames__ = ("p",)
try:
    cc.__getstate__()
except TypeError as e:
    print(type(e).__name__, e)
Cached.__slotnames__ = None
print(cc.__getstate__())

# string __slots__ is one name
class One:
    __slots__ = "only"


o = One()
o.only = 1
print(o.__getstate__(), One.__slotnames__)
