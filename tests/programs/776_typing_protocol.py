# typing.Protocol: structural types. A protocol class cannot be instantiated; a class that
# names it as a base is an ordinary class; isinstance against a protocol needs
# @runtime_checkable, and then checks only that the members are there.
from typing import Iterable, List, Protocol, TypeVar, runtime_checkable


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return "()"


class Square(Drawable):
    def __init__(self, side: int = 1) -> None:
        self.side = side

    def draw(self) -> str:
        return "[]" * self.side


class Blank(Drawable):
    pass


def render(shapes: Iterable[Drawable]) -> List[str]:
    return [s.draw() for s in shapes]


print(render([Circle(), Square(2)]))
print(Drawable.__mro__)
print(type(Drawable).__name__, type(Drawable).__mro__)
print(Drawable._is_protocol, Square._is_protocol, Drawable._is_runtime_protocol, Drawable.__parameters__)
print(Square.__init__ is Drawable.__init__, Blank.__init__ is Drawable.__init__)
print(Blank().draw(), Square(3).side)
show(lambda: Drawable())
show(lambda: isinstance(Circle(), Drawable))
show(lambda: issubclass(Circle, Drawable))
show(lambda: isinstance(Square(), Drawable))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def __init__(self) -> None:
        self.name = "f.txt"

    def close(self) -> None:
        print("closed")


class NotClosable:
    close = None


print(isinstance(File(), Closable), isinstance(3, Closable), isinstance(NotClosable(), Closable))
print(issubclass(File, Closable), issubclass(int, Closable), issubclass(NotClosable, Closable))
print(isinstance(File(), Named), isinstance(Circle(), Named), Closable._is_runtime_protocol)
show(lambda: issubclass(File, Named))
show(lambda: issubclass(3, Closable))
show(lambda: runtime_checkable(Circle))
show(lambda: runtime_checkable(Square))
show(lambda: Closable())


class SupportsClose(Closable, Protocol):
    def open(self) -> None:
        ...


print(SupportsClose._is_protocol, SupportsClose.__mro__)
show(lambda: isinstance(File(), SupportsClose))


def mixed():
    class Bad(Protocol, Circle):
        pass


show(mixed)

T = TypeVar("T")


class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self) -> int:
        return 1


def unbox(b: Box[int]) -> int:
    return b.get()


print(Box.__parameters__, Box[int], unbox(IntBox()), Box.__orig_bases__, Box.__mro__)
show(lambda: Protocol[int])
show(lambda: type(Protocol()).__name__)

# abc's own checks walk an ABC's subclasses, protocols among them: those are let through.
import collections.abc


class Walker(collections.abc.Iterable, Protocol):
    def walk(self) -> None:
        ...


print(Walker.__mro__, Walker._is_protocol)
print(isinstance(3, collections.abc.Iterable), isinstance([], collections.abc.Iterable), issubclass(int, collections.abc.Iterable))
show(lambda: isinstance([], Walker))
show(lambda: issubclass(list, Walker))
