# Modern annotations from `typing`, evaluated when the def or class statement runs: the
# objects they make and the reprs `__annotations__` shows.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator, Iterable, Iterator,
                    List, Literal, Mapping, NoReturn, Optional, Sequence, Set, Tuple, Type, Union)
import typing


def total(xs: List[int], weights: Dict[str, float] = None) -> float:
    return sum(xs)


def first(items: Sequence[str], default: Optional[str] = None) -> Optional[str]:
    return items[0] if items else default


def apply(f: Callable[[int], str], xs: Iterable[int]) -> Iterator[str]:
    return (f(x) for x in xs)


def pairs(d: Mapping[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())


def count_up(n: int) -> Generator[int, None, None]:
    yield from range(n)


def make(cls: Type["Shape"], *args: Any, **kwargs: Any) -> "Shape":
    return cls(*args, **kwargs)


def fail(msg: str) -> NoReturn:
    raise ValueError(msg)


def mode(m: Literal["r", "w"], flags: Union[int, str, None] = 0) -> Tuple[int, ...]:
    return ()


for f in (total, first, apply, pairs, count_up, make, fail, mode):
    print(f.__name__, f.__annotations__)

print(total([1, 2, 3]), first(["a"]), list(apply(str, [1, 2])), pairs({"b": 2, "a": 1}), list(count_up(3)))


class Shape:
    sides: int = 0
    name: str
    registry: ClassVar[Dict[str, Type["Shape"]]] = {}
    MAX: Final = 10
    LIMIT: Final[int] = 5
    tags: Set[str] = set()
    frozen: FrozenSet[int] = frozenset()
    kind: Callable[..., Any] = None
    nothing: Callable[[], None] = None

    def __init__(self, name: str = "shape") -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


print(Shape.__annotations__)
print(Shape.__init__.__annotations__, Shape.area.__annotations__)
print(make(Shape, "sq").name)

# The objects themselves.
for t in (List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Callable[[int, str], bool],
          Callable[..., int], Optional[int], Union[int, str], Any, Literal["a", 1, True], ClassVar[int],
          Final[int], Type[Shape], Iterable[List[int]], Dict[str, List[Optional[int]]], typing.Deque[int],
          typing.DefaultDict[str, int], typing.Counter[str], Generator[int, None, None], NoReturn, typing.Self):
    print(t, type(t).__name__)

print(List[int].__origin__, List[int].__args__, List[int].__parameters__, List.__origin__)
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__, Tuple[()].__args__)
print(Iterable.__origin__, Sequence.__origin__, Mapping.__origin__, Callable.__origin__, typing.Deque.__origin__)
print(vars(List[int]))
print(vars(Dict))
print(vars(Optional[int]))
print(vars(ClassVar[int]))
print(List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[str, int], List[int] == list[int])
print({List[int]: "a"}[List[int]], hash(Tuple[int, str]) == hash(Tuple[int, str]))
print(List.__name__, List[int].__name__, Union.__name__, Optional[int].__name__, Union[int, str].__name__)
print(List[int].__module__, Union[int, str].__module__, List.__module__, typing.Any.__module__)
print(List[int].append is list.append, List.copy is list.copy)
print(typing.TYPE_CHECKING, typing.Text, typing.cast(int, "not checked"), typing.cast("Shape", 3))
print(typing.get_origin(List[int]), typing.get_origin(Optional[int]), typing.get_origin(int | str),
      typing.get_origin(Callable[[int], str]), typing.get_origin(typing.Generic), typing.get_origin(int))
print(typing.get_args(Dict[str, int]), typing.get_args(Callable[[int, str], bool]), typing.get_args(Callable[..., int]),
      typing.get_args(Optional[int]), typing.get_args(int | str), typing.get_args(int))

# Strings are forward references, which get_type_hints evaluates.
class Node:
    def __init__(self, value: int, next: Optional["Node"] = None, children: "List[Node]" = None) -> None:
        self.value = value
        self.next = next


print(Node.__init__.__annotations__)
print(typing.get_type_hints(Node.__init__))
print(typing.get_type_hints(Shape))
print(typing.get_type_hints(make))
print(typing.ForwardRef("Node"), typing.ForwardRef("Node") == typing.ForwardRef("Node"), List["int"])
try:
    typing.get_type_hints(42)
except TypeError as e:
    print(type(e).__name__, e)


def missing(x: "Undefined") -> None:
    pass


try:
    typing.get_type_hints(missing)
except NameError as e:
    print(type(e).__name__, e)
