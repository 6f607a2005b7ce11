# @dataclass reads the class's annotations and writes __init__, __repr__ and __eq__ into it
# (order=True adds the comparisons, frozen=True __setattr__/__delattr__, and __hash__ follows
# eq/frozen/unsafe_hash); the generated methods are plain functions named after the class.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses


def show(*objs):
    """print(), without the " at 0x..." addresses (they differ from run to run)."""
    s = " ".join(str(o) for o in objs)
    while " at 0x" in s:
        i = j = s.index(" at 0x") + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i - 6] + s[j:]
    print(s)


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1)
print(p, repr(p), str(p))
print(p == Point(1, 0), p == Point(2), p != Point(1), p == (1, 0))
show(Point.__init__, Point.__init__.__qualname__, Point.__init__.__name__)
print(Point.__eq__.__qualname__, Point.__repr__.__qualname__, Point.__repr__.__wrapped__.__qualname__)
print(Point.__hash__, Point.__match_args__, Point.__doc__)
print(list(Point.__dataclass_fields__), '__dataclass_fields__' in Point.__dict__)
print(Point.__dataclass_params__)
print([f.name for f in fields(Point)], fields(p)[1].default, fields(p)[0].type)
print(Point.y, 'x' in Point.__dict__)
print(Point.__init__.__annotations__, Point.__init__.__defaults__)
match p:
    case Point(a, b):
        print("matched", a, b)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(dataclasses))
print(vars(p))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"))
print(hash(Version(1, 2)) == hash((1, 2)), {Version(1): "a"}[Version(1, 0, "z")])
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Version(1).major
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1).other = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
v = Version(3, 4)
object.__setattr__(v, "major", 30)
print(v, replace(v, minor=40))

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    tag: str = field(default="t", init=False)

a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a.items is b.items, a.tag, Inventory([5]))
print(Inventory.__init__.__defaults__)
print(asdict(a), astuple(a))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
n.children.append(n)
print(n)

@dataclass(eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, Plain.__eq__)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)), H.__hash__.__qualname__)

@dataclass
class WithExplicitHash:
    x: int
    def __hash__(self):
        return 42
print(hash(WithExplicitHash(1)))

@dataclass(frozen=True, eq=False)
class FE:
    x: int
print(FE.__hash__ is object.__hash__)

@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

@dataclass(init=False)
class NoInit:
    """Docstring."""
    x: int = 1
ni = NoInit()
print(ni, NoInit.__init__ is object.__init__, NoInit.__doc__)
