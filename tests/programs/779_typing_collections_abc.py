# collections.abc, the module behind typing's container aliases, imported the three usual
# ways; `collections.abc.Callable[[int], str]` keeps the arguments flat; builtin aliases
# like list[T] take typing's type variables; and what calling an alias runs.
import collections.abc
from collections import abc
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableSequence, Sequence
import collections
import typing
from typing import Protocol, TypeVar

print(collections.abc is abc, abc.Iterable is Iterable, collections.abc.Sized, typing.Sized.__origin__ is abc.Sized)
print(Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Callable[[int], str] == Callable[[int], str], typing.get_args(Callable[[int], str]))
print(type(Iterable[int]).__name__, Iterable[int].__origin__, list(Sequence.__abstractmethods__))
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


def total(xs: Iterable[int], f: Callable[[int], int]) -> int:
    return sum(f(x) for x in xs)


print(total.__annotations__, total(range(4), abs))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance(collections.deque(), MutableSequence))
print(isinstance({}.keys(), abc.Set), isinstance({}.values(), abc.Set), isinstance(iter({}), Iterator))
try:
    hash({}.keys())
except TypeError as e:
    print(type(e).__name__, e)

T = TypeVar("T")
K = TypeVar("K")
print(list[T], list[T].__parameters__, list[T][int], dict[K, list[T]][str, int], tuple[T, ...][int])
print((int | list[T]).__parameters__, (int | list[T])[str], list[typing.List[T]][int])
for bad in (lambda: list[int][str], lambda: list[T][int, str], lambda: (int | str)[int]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


# A list subclass called through its alias remembers it, as typing's aliases do.
class Names(list):
    def __setattr__(self, name, value):
        print("Names.__setattr__", name, value)
        super().__setattr__(name, value)


n = Names[str](["a"])
print(n, n.__orig_class__)
print(list[int]([1]), dict[str, int](a=1))


# A protocol's __init__ stands in until the class's own is found along the MRO.
class Greeter(Protocol):
    def greet(self) -> str:
        ...


class Base:
    def __init__(self, name: str) -> None:
        print("Base.__init__", name)
        self.name = name


class Hello(Base, Greeter):
    def greet(self) -> str:
        return "hello " + self.name


print(Hello.__mro__)
h = Hello("x")
print(h.greet(), Hello("y").greet(), Hello.__init__ is Base.__init__)


class Polite(Greeter):
    def greet(self) -> str:
        return "good day " + self.name


class Concrete(Polite, Base):
    pass


print(Concrete.__mro__, Concrete.__init__ is Base.__init__)
c = Concrete("z")
print(c.greet(), Concrete.__init__ is Base.__init__, Concrete("w").name)
try:
    Polite()
except TypeError as e:
    print(type(e).__name__, e)

for name in ("collections.nothing", "nothing.at.all"):
    try:
        exec("import " + name)
    except ImportError as e:
        print(type(e).__name__, e)
