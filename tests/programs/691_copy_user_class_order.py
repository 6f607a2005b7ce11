# What copy.copy calls on a plain class: __reduce_ex__(4) finds object's, which returns
# copyreg.__newobj__; _reconstruct calls it (so __new__ runs but __init__ does not), then
# puts the state (the instance __dict__) back with __dict__.update.
import copy


class Point:
    def __new__(cls, *args):
        print("  Point.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x, y):
        print("  Point.__init__", x, y)
        self.x = x
        self.y = y

    def __getattr__(self, name):
        print("  Point.__getattr__", name)
        raise AttributeError(name)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print("make")
p = Point(1, [2])
print("copy")
q = copy.copy(p)
print(q, q is p, q.y is p.y, type(q).__name__)
print("deepcopy")
r = copy.deepcopy(p)
print(r, r is p, r.y is p.y, r.y == p.y)

rv = p.__reduce_ex__(4)
print(type(rv).__name__, len(rv))
print(rv[0].__name__, repr(rv[0]).startswith("<function __newobj__ at 0x"))
print(rv[1] == (Point,), rv[2] is p.__dict__, rv[3], rv[4])
import copyreg
print(rv[0] is copyreg.__newobj__)
print(rv[2])


class Quiet:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)


print("copy Quiet")
qq = Quiet()
qq.a = 1
c = copy.copy(qq)
print("deepcopy Quiet")
d = copy.deepcopy(qq)
print("done")
print(object.__getattribute__(d, "a"), object.__getattribute__(c, "__dict__"))

# an empty __dict__ is state None: nothing to update, __setstate__ is not even looked for
print("copy empty")
e = Quiet()
copy.copy(e)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  WithCopy.__copy__")
        return WithCopy(self.v + 1)

    def __reduce_ex__(self, protocol):
        print("  never called", protocol)


w = copy.copy(WithCopy(1))
print(w.v)


class Meta(type):
    def __getattr__(cls, name):
        print("  Meta.__getattr__", name)
        raise AttributeError(name)


class M(metaclass=Meta):
    pass


print("copy M()")
m2 = copy.copy(M())
print("again")
m3 = copy.copy(M())
print(type(m3).__name__, M.__slotnames__)
print("deepcopy M()")
copy.deepcopy(M())
