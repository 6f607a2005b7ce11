# typing.NamedTuple: class syntax that builds something else, a collections.namedtuple with
# the annotations as fields (those with a value have it as default) and the body's methods.
from typing import ClassVar, List, NamedTuple, Optional
import typing


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print(p, repr(p), p.dist(), Point(1), Point(x=1, label="a"))
print(Point.__annotations__, Point._fields, Point._field_defaults, Point.__doc__)
print(Point.__mro__, Point.__bases__, type(Point).__name__, Point.__module__, Point.__qualname__)
print(p._replace(x=5), p._asdict(), Point._make([7, 8, "m"]), p == (3, 4, None), p[0], len(p))
print(Point.__new__.__annotations__, "dist" in vars(Point), isinstance(p, tuple))
x, y, _ = p
print(x + y)
show(lambda: Point())
show(lambda: Point(1, 2, 3, 4))
show(lambda: setattr(p, "x", 9))


class Employee(NamedTuple):
    name: str
    dept: str = "none"
    tags: List[str] = []


print(Employee("ann"), Employee._fields, Employee.__annotations__)

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, Emp._fields, Emp.__module__)
Pt = NamedTuple("Pt", x=int, y=float)
print(Pt(1, 2.5), Pt.__annotations__)
Empty = NamedTuple("Empty")
print(Empty(), Empty._fields)


def default_before():
    class Bad(NamedTuple):
        x: int = 0
        y: int


def defaults_before():
    class Bad(NamedTuple):
        x: int = 0
        y: int = 1
        z: str


def overwrite():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            return {}


def other_base():
    class Bad(NamedTuple, dict):
        x: int


def class_var():
    class Bad(NamedTuple):
        limit: ClassVar[int] = 3


show(class_var)
show(default_before)
show(defaults_before)
show(overwrite)
show(other_base)
show(lambda: NamedTuple("X", [("a", int)], b=int))
show(lambda: NamedTuple("X", [("a", (1, 2))]))
show(lambda: NamedTuple("X", [3]))
