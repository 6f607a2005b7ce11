"""dataclasses and typing with the string annotations of the future import."""
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, get_type_hints


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    total: typing.ClassVar[int] = 10


p = Point(1, 2)
print(p)
print([(f.name, f.type, type(f.type).__name__) for f in fields(Point)])
print(Point.__annotations__)
print(Point.count, Point.total, "count" in Point.__dataclass_fields__)
print(Point.__init__.__annotations__)
print(get_type_hints(Point))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0
    _: KW_ONLY
    label: str = "s"

    def __post_init__(self, factor: float) -> None:
        self.value *= factor


s = Scaled(2.0, 3.0, label="x")
print(s, [f.name for f in fields(Scaled)])
print(Scaled.__dataclass_fields__["factor"]._field_type is dataclasses._FIELD_INITVAR)
print(Scaled.__init__.__annotations__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self) -> Version:
        return Version(self.major, self.minor + 1)


v = Version(1).bump()
print(v, v > Version(1), Version.bump.__annotations__)
print(get_type_hints(Version.bump))


@dataclass
class Tree:
    label: str
    children: list[Tree] = field(default_factory=list)

    def add(self, child: Tree) -> Tree:
        self.children.append(child)
        return self


t = Tree("root").add(Tree("leaf"))
print(t)
print(get_type_hints(Tree))
print(get_type_hints(Tree.add))


def area(w: float, h: float = 1.0) -> float:
    return w * h


print(area.__annotations__, get_type_hints(area))


class Base:
    name: str
    size: int | None


class Derived(Base):
    extra: list[int]


print(get_type_hints(Derived))
print(dataclasses.asdict(p), dataclasses.astuple(v))


@dataclass
class Mixed:
    a: ClassVar[int] = 1
    b: typing.ClassVar[int] = 2
    c: dataclasses.InitVar[int] = 3
    d: "int" = 4


print([f.name for f in fields(Mixed)], Mixed.__dataclass_fields__["b"]._field_type)
print(fields(Mixed)[0].type, repr(fields(Mixed)[0].type))


class Pair(typing.NamedTuple):
    left: int
    right: Later = None


print(Pair.__annotations__, Pair(1))
