# The generated methods meet the rest of the object model: a user __setattr__ sees __init__'s
# assignments (a frozen class's __init__ goes around it), metaclass __call__ and __new__ run
# first, a descriptor default gets __set_name__, __eq__ returns NotImplemented for other
# classes, repr is recursion-safe, slots=True makes a new class.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass
import dataclasses
from collections import namedtuple

@dataclass
class Logged:
    x: int
    y: int = 2
    def __setattr__(self, name, value):
        print("Logged.__setattr__", name, value)
        super().__setattr__(name, value)
Logged(1)

@dataclass(frozen=True)
class Quiet:
    x: int
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
q = Quiet(1)
print(q)

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

@dataclass
class Made(metaclass=Meta):
    a: int
    def __new__(cls, *args, **kwargs):
        print("Made.__new__", args, kwargs)
        return super().__new__(cls)
m = Made(a=5)
print(m, Made.__doc__)

class Positive:
    def __set_name__(self, owner, name):
        print("Positive.__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)

@dataclass
class Account:
    balance: Positive = Positive()
acc = Account()
print(acc, Account(3).balance)
try:
    Account(-1)
except ValueError as e:
    print(e)

@dataclass
class WithFieldDesc:
    v: Positive = field(default=Positive())
print(WithFieldDesc.__dict__['v'].__class__.__name__, WithFieldDesc(4).v)

@dataclass
class A:
    x: int
@dataclass
class B(A):
    pass
print(A(1) == B(1), B(1) == A(1), A(1).__eq__(B(1)), B(1) == B(1))
class Other:
    def __eq__(self, other):
        print("Other.__eq__ called")
        return True
print(A(1) == Other(), A(1).__eq__(Other()))

@dataclass(order=True)
class O:
    x: int
for op in ["<", "<=", ">", ">="]:
    try:
        eval("O(1) " + op + " 1")
    except TypeError as e:
        print(e)
print(O(1).__lt__(2))

@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
    parent: "Tree" = field(default=None, repr=False)
t = Tree("root")
t.kids.append(t)
print(t)
d = {"t": t}
print(Tree("x", [d]))

@dataclass(slots=True)
class S:
    x: int
    y: int = 0
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__init__.__qualname__)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(slots=True, frozen=True)
class SF:
    x: int
import copy


def show(*objs):
    """print(), without the " at 0x..." addresses (they differ from run to run)."""
    s = " ".join(str(o) for o in objs)
    while " at 0x" in s:
        i = j = s.index(" at 0x") + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i - 6] + s[j:]
    print(s)

sf = SF(1)
print(copy.copy(sf), copy.deepcopy(sf), SF.__getstate__(sf))

@dataclass(slots=True)
class SS(S):
    z: int = 5
print(SS(1, 2, 3), SS.__slots__)

Pt = namedtuple("Pt", "a b")
@dataclass
class Holder:
    pt: Pt
    pairs: dict
    seq: tuple
h = Holder(Pt(1, [2]), {"k": [A(1)]}, (A(2), 3))
print(asdict(h))
print(astuple(h))
print(asdict(h, dict_factory=lambda kv: [k for k, v in kv]))
print(astuple(A(1), tuple_factory=list))
print(asdict(h)["pt"] is not h.pt, type(asdict(h)["pt"]).__name__)

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(c, c.total(), C.__module__, C.__doc__, is_dataclass(C))
D = make_dataclass("D", [("z", int, 0)], bases=(C,), frozen=False, order=True)
print(D(1, 2), D(1, 2) < D(1, 3))

show(dataclasses.dataclass, dataclasses.field, dataclasses.fields, dataclasses.replace)
show(dataclasses.Field, dataclasses.FrozenInstanceError, dataclasses.InitVar, dataclasses.KW_ONLY)
print(dataclasses.dataclass.__name__, dataclasses.dataclass.__module__, dataclasses.dataclass(order=True).__qualname__)

@dataclass
class Counter:
    count: int = 0
    def increment(self):
        self.count += 1
        return self
print(Counter().increment().increment())

@dataclass
class Point3:
    x: float
    y: float
    z: float = 0.0
    def __post_init__(self):
        print("post_init sees", self)
p3 = Point3(1.5, 2)
print(p3 == Point3(1.5, 2.0, 0), hash(p3) if Point3.__hash__ else "unhashable")
try:
    {p3}
except TypeError as e:
    print(e)

# An abstract method the decorator implements: update_abstractmethods runs last.
from abc import ABC, abstractmethod
import weakref

class Shape(ABC):
    @abstractmethod
    def __repr__(self): ...
    @abstractmethod
    def area(self): ...

@dataclass
class Square(Shape):
    s: int
    def area(self):
        return self.s ** 2
print(Square(2), Square(2).area(), Square.__abstractmethods__)

@dataclass
class StillAbstract(Shape):
    s: int
try:
    StillAbstract(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int
w = Weak(1)
r = weakref.ref(w)
print(r() is w, Weak.__slots__)

class LoudMeta(type):
    def __new__(mcls, name, bases, ns):
        print("LoudMeta.__new__", name)
        return super().__new__(mcls, name, bases, ns)
class Loud(metaclass=LoudMeta):
    pass
Made2 = make_dataclass("Made2", ["a"], bases=(Loud,))
print(type(Made2).__name__, Made2(1))

@dataclass(slots=True)
class LoudSlots(Loud):
    x: int = 0
print(type(LoudSlots).__name__, LoudSlots())
