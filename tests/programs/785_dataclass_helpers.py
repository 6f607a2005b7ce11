# The module's functions on dataclasses and their instances: fields(), asdict()/astuple()
# (recursive, copying lists, dicts, namedtuples), replace(), is_dataclass(), make_dataclass(),
# and Field objects themselves.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass
from collections import namedtuple


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
class Address:
    city: str
    zip: str = "00000"

@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)
    scores: dict = field(default_factory=dict)

p = Person("Ada", 36, Address("London"), ["math"], {"a": [1, 2]})
d = asdict(p)
print(d)
print(d["tags"] is p.tags, d["scores"]["a"] is p.scores["a"], d["address"])
print(astuple(p))
print(asdict(p, dict_factory=lambda pairs: {k.upper(): v for k, v in pairs}))
print(astuple(Address("Paris"), tuple_factory=list))
older = replace(p, age=37)
print(older, older.address is p.address, older == p)
print(replace(Address("Rome")))
print(is_dataclass(Person), is_dataclass(p), is_dataclass(dict), is_dataclass(Address("x")))
for f in fields(Person):
    show(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory, f.init, f.repr, f.compare, f.hash, f.kw_only)
show(fields(p)[0])
print(Person.__dataclass_fields__["tags"].default_factory)
print(p.__dataclass_params__)

Pair = namedtuple("Pair", "left right")
@dataclass
class Holder:
    pair: Pair
    nested: tuple
h = Holder(Pair(Address("A"), [1]), (Address("B"), {"k": Address("C")}))
print(asdict(h))
print(astuple(h))
print(type(asdict(h)["pair"]).__name__)

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
pt = Point(3, -4)
print(pt, pt.norm(), Point.__module__, Point.__doc__, Point.__match_args__)
Point3 = make_dataclass("Point3", [("z", "float", field(default=9))], bases=(Point,), frozen=False, order=True)
print(Point3(1, 2, 3), Point3(1, 2, 3) < Point3(1, 2, 4), fields(Point3)[2].type)

f = field(default=5, metadata={"unit": "cm"})
print(f.metadata, f.metadata["unit"], type(f.metadata).__name__, f.name, f.type)
print(dataclasses.Field.__slots__)
show(dataclasses.fields, dataclasses.asdict, dataclasses.dataclass)
show(dataclasses.dataclass(frozen=True))
print(dataclasses.InitVar[int], dataclasses.InitVar[list[int]], dataclasses.InitVar["x"])
print(dataclasses.FrozenInstanceError.__mro__)
print(sorted(dataclasses.__all__))

@dataclass
class Loop:
    value: int
    nxt: "Loop" = None
a = Loop(1)
a.nxt = a
print(a)
try:
    asdict(a)
except RecursionError as e:
    print("RecursionError")
