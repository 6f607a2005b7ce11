# The reduce protocol: copy asks x.__reduce_ex__(4); object's __reduce_ex__ calls a
# class's own __reduce__ if it has one, and otherwise builds
# (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems).
import copy
import copyreg


class Loud:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        print("  Loud.__reduce_ex__", protocol)
        rv = super().__reduce_ex__(protocol)
        print("  ->", rv[0].__name__, rv[1][0].__name__, rv[2])
        return rv



print(copy.copy(Loud(1)).v)


class Both2:
    def __reduce_ex__(self, protocol):
        print("  Both2.__reduce_ex__", protocol)
        return super().__reduce_ex__(protocol)

    def __reduce__(self):
        print("  Both2.__reduce__: object.__reduce_ex__ found it overridden")
        return (Both2, ())


print(type(copy.copy(Both2())).__name__)


class ViaReduce:
    def __init__(self, *args):
        print("  ViaReduce.__init__", args)
        self.args = args

    def __reduce__(self):
        print("  ViaReduce.__reduce__")
        return (ViaReduce, self.args, {"extra": [1]})


vr = ViaReduce(1, 2)
c = copy.copy(vr)
print(c.args, c.extra)
d = copy.deepcopy(vr)
print(d.args, d.extra)


class Named:
    def __reduce__(self):
        print("  Named.__reduce__")
        return "a global name"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class SuperReduce:
    def __init__(self):
        self.x = 1

    def __reduce__(self):
        rv = super().__reduce__()
        print("  object.__reduce__ gave", rv[0].__name__, rv[1], rv[2:])
        return rv


sr = copy.copy(SuperReduce())
print(type(sr).__name__, sr.x)


class NewArgs:
    def __new__(cls, a, b=0):
        print("  NewArgs.__new__", a, b)
        self = super().__new__(cls)
        self.a = a
        return self

    def __init__(self, a, b=0):
        print("  NewArgs.__init__")

    def __getnewargs__(self):
        print("  NewArgs.__getnewargs__")
        return (self.a * 10,)


na = NewArgs(1)
print(na.__reduce_ex__(4)[1][1:])
na2 = copy.copy(na)
print(na2.a)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        print("  NewArgsEx.__new__", args, kwargs)
        return super().__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


rv = NewArgsEx().__reduce_ex__(4)
print(rv[0].__name__, rv[1][1:], rv[2])
copy.copy(NewArgsEx())


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadNewArgs())
except TypeError as e:
    print(type(e).__name__, e)


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), {}, 3)


try:
    copy.copy(BadNewArgsEx())
except ValueError as e:
    print(type(e).__name__, e)


class ListItems:
    def __init__(self):
        self.items = []

    def append(self, item):
        print("  ListItems.append", item)
        self.items.append(item)

    def __setitem__(self, k, v):
        print("  ListItems.__setitem__", k, v)

    def __reduce__(self):
        return (ListItems, (), None, iter([1, [2]]), iter([("k", "v")]))


li = copy.deepcopy(ListItems())
print(li.items)
li = copy.copy(ListItems())

# copyreg.dispatch_table comes before __reduce_ex__
class Registered:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        print("  not used")


def reduce_registered(obj):
    print("  reduce_registered", obj.v)
    return (Registered, (obj.v * 2,))


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(4)).v, copy.deepcopy(Registered(5)).v)
print(copy.dispatch_table is copyreg.dispatch_table, Registered in copyreg.dispatch_table)
try:
    copyreg.pickle(Registered, 5)
except TypeError as e:
    print(type(e).__name__, e)

# protocols 0 and 1 go through copyreg._reduce_ex and _reconstructor
class Plain:
    def __init__(self):
        self.z = 9


p = Plain()
rv = p.__reduce_ex__(1)
print(rv[0] is copyreg._reconstructor, rv[1], rv[2])
rv0 = p.__reduce_ex__(0)
print(rv0[1], rv0[2])
empty = object().__reduce_ex__(1)
print(len(empty), empty[1])
rebuilt = copyreg._reconstructor(Plain, object, None)
print(type(rebuilt).__name__, hasattr(rebuilt, "z"))


class MyList(list):
    pass


ml = MyList([1, 2])
ml.tag = "t"
rv = ml.__reduce_ex__(1)
print(rv[1], rv[2])
rebuilt = copyreg._reconstructor(MyList, list, [5, 6])
print(type(rebuilt).__name__, rebuilt)
print(copyreg.__newobj__(MyList) == [], type(copyreg.__newobj__(MyList)).__name__)
print(copyreg.__newobj_ex__(NewArgsEx, (1,), {"z": 3}).__class__.__name__)


class SlotsNoState:
    __slots__ = ("a",)


try:
    SlotsNoState().__reduce_ex__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__reduce__()
except TypeError as e:
    print(type(e).__name__, e)
Both3 = type("Both3", (), {"__slots__": ("q", "__r")})
print(copyreg._slotnames(Both3), Both3.__slotnames__)
