# TypeVar and Generic: `class Stack(Generic[T])` goes through Generic[T].__mro_entries__
# (PEP 560), keeps __orig_bases__, and Generic.__init_subclass__ sets __parameters__;
# Stack[int] is an alias made by __class_getitem__, and calling it makes a Stack that
# remembers __orig_class__.
from typing import Dict, Generic, Iterator, List, Optional, TypeVar
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print(T, N, B, T_co, T_contra, type(T), T.__name__, T.__module__)
print(vars(N))
print(vars(B))
print(N.__constraints__, B.__bound__, T_co.__covariant__, T_contra.__contravariant__)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: TypeVar())
show(lambda: TypeVar("X", int))
show(lambda: TypeVar("X", int, str, bound=int))
show(lambda: TypeVar("X", covariant=True, contravariant=True))
show(lambda: TypeVar("X", flavour=1))
show(lambda: isinstance(3, T))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


print(Stack.__mro__)
print(Stack.__orig_bases__, Stack.__parameters__, Stack.__bases__)
print(Stack.push.__annotations__, Stack.peek.__annotations__)
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), list(s), type(s), s.__orig_class__, vars(s))
plain = Stack()
print(hasattr(plain, "__orig_class__"), type(Stack[int]).__name__, Stack[int].__origin__, Stack[int].__args__)
print(Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str], Stack[T], Stack[T][int], Stack[List[T]][str])
print(Stack[int].__module__, Stack[int].__name__, Stack[int].__parameters__, Stack[T].__parameters__)
print(isinstance(s, Stack), issubclass(Stack, typing.Generic))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


p = Pair[str, int]("a", 1)
print(p, p.__orig_class__, Pair.__parameters__, Pair[str, V], Pair[str, V][int], Pair[K, List[V]][str, int])


# A subclass fixes or keeps the parameters.
class IntStack(Stack[int]):
    pass


class LabeledStack(Stack[T], Generic[T]):
    label = "labeled"


class Table(Dict[K, V]):
    pass


class Registry(Dict[str, V], Generic[V]):
    pass


for c in (IntStack, LabeledStack, Table, Registry):
    print(c.__name__, c.__mro__, c.__orig_bases__, c.__parameters__)
print(Table[str, int], Registry[int], LabeledStack[str]().label)
t = Table[str, int]()
t["x"] = 1
print(t, type(t).__name__, t.__orig_class__)


# The class statement's hooks run in CPython's order around Generic's.
class Tracked(Generic[T]):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs, cls.__dict__.get("__parameters__"))
        super().__init_subclass__(**kwargs)
        print("after Generic:", cls.__parameters__)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)

    def __init__(self, x: T) -> None:
        self.x = x


class Child(Tracked[K]):
    pass


c = Child[int](5)
print(c.x, c.__orig_class__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, bases, ns.get("__orig_bases__"))
        return super().__new__(mcls, name, bases, ns, **kw)


class WithMeta(Generic[T], metaclass=Meta):
    pass


class Sub(WithMeta[int]):
    pass


print(type(Sub).__name__, Sub.__mro__)


# Errors, caught.
def plain_generic():
    class A(Generic):
        pass


def twice():
    class A(Generic[T], Generic[K]):
        pass


def unlisted():
    class A(Dict[K, V], Generic[K]):
        pass


show(plain_generic)
show(twice)
show(unlisted)
show(lambda: Generic[int])
show(lambda: Generic[T, T])
show(lambda: Generic[()])
show(lambda: Generic[T][int])
show(lambda: Stack[int, str])
show(lambda: Pair[int])
show(lambda: IntStack[int])
show(lambda: Stack[int][str])
show(lambda: isinstance(s, Stack[int]))
show(lambda: issubclass(Stack, Stack[int]))
show(lambda: typing.List[T][int, str])
show(lambda: typing.Dict[str, T][int])
show(lambda: typing.Callable[[T], K][int, str])
show(lambda: list[T][int])
show(lambda: dict[K, list[V]][str, int])
show(lambda: list[T].__parameters__)
show(lambda: list[int][str])
show(lambda: list[T][int, str])
