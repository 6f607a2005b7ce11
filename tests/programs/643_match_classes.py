# Class patterns: __match_args__ (own, inherited, hand-written dataclass style), keyword
# sub-patterns, properties and __getattr__ run in CPython's order, builtin classes that
# match themselves.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    # Inherits __match_args__ = ("x", "y"); z only by keyword.
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point3(z=z):
            return f"3d with z={z}"
        case Point():
            return f"somewhere: {p}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 7), Point3(5, 6, 7), (0, 0), None]:
    print(p, "->", where(p))


# A hand-written dataclass-like class: __match_args__ from its fields, __eq__ by fields.
class Record:
    fields = ("name", "age")
    __match_args__ = fields

    def __init__(self, *values):
        for f, v in zip(self.fields, values):
            setattr(self, f, v)

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"


for r in [Record("ann", 30), Record("bob", 17), Record("cy", None)]:
    match r:
        case Record(name, int(age)) if age >= 18:
            print(name, "adult", age)
        case Record(name, age=int() as age):
            print(name, "minor", age)
        case Record(n, a):
            print(n, "unknown age", a)


# Properties, __getattr__ and class attributes: CPython reads every attribute first
# (positional, then keyword), and only then matches the sub-patterns.
class Traced:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  reading a")
        return 1

    @property
    def b(self):
        print("  reading b")
        return 2

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()


print("positional then keyword:")
match Traced():
    case Traced(1, 3, c="C"):
        print("no")
    case Traced(1, 2, c="C", d=_):
        print("matched")
print("missing attribute: no match, later ones not read:")
match Traced():
    case Traced(1, missing=_, e=_):
        print("no")
    case _:
        print("no match")
print("not an instance: nothing is read:")
match 5:
    case Traced(1, 2):
        print("no")
    case _:
        print("no match")


# __instancecheck__ on a metaclass decides isinstance.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return isinstance(obj, int)


class IntLike(metaclass=Meta):
    pass


match 7:
    case IntLike():
        print("7 is IntLike")
match "7":
    case IntLike():
        print("no")
    case _:
        print("'7' is not IntLike")

# Builtins that match the subject itself with one positional sub-pattern.
for v in [3, True, 2.5, "s", [1], (1,), {"k": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(fs):
            print("frozenset", sorted(fs))
        case object():
            print("some object", v)


class MyStr(str):
    pass


match MyStr("sub"):
    case str(s):
        print("str subclass matches itself:", s, type(s).__name__)
match 5:
    case int(real=r, imag=i):
        print("int keywords", r, i)
match 1.5:
    case float(1.5):
        print("float(1.5)")


# A class that defines __match_args__ loses the match-self behaviour of its base.
class Celsius(float):
    __match_args__ = ("real",)


match Celsius(21.5):
    case Celsius(r):
        print("Celsius real", r, type(r).__name__)

# Dotted class names.
import collections

match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("dotted class name")


class Outer:
    class Inner:
        __match_args__ = ("v",)

        def __init__(self, v):
            self.v = v


match Outer.Inner(9):
    case Outer.Inner(v):
        print("nested class", v)

# Class patterns inside sequences and mappings.
shapes = [("circle", Point(0, 0), 5), ("rect", Point(1, 1), Point(3, 4)), {"kind": Point(2, 2)}]
for s in shapes:
    match s:
        case ("circle", Point(x, y), r):
            print("circle at", x, y, "radius", r)
        case ("rect", Point(x1, y1), Point(x2, y2)):
            print("rect area", (x2 - x1) * (y2 - y1))
        case {"kind": Point(x, y) as pt}:
            print("mapping with", pt)
