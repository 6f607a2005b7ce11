# What typing refuses, with CPython's messages (each caught: an uncaught one would show
# typing.py's own frames in CPython's traceback), and the smaller helpers: NewType, cast,
# final, Any as a base class.
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Hashable, List, Literal, NewType, NoReturn,
                    Optional, Set, Tuple, Type, TypeVar, Union)
import typing


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# Wrong number or kind of arguments.
show(lambda: List[int, str])
show(lambda: Dict[int])
show(lambda: List[()])
show(lambda: Hashable[int])
show(lambda: List[(1, 2)])
show(lambda: Tuple[int, (1, 2)])
show(lambda: Tuple[..., int])
show(lambda: Callable[int])
show(lambda: Callable[[int], str, bool])
show(lambda: Callable[[int], (1, 2)])
show(lambda: ClassVar[int, str])
show(lambda: Final[int, str])
show(lambda: List[ClassVar[int]])
show(lambda: List[Final[int]])
show(lambda: List[Generic])
show(lambda: List[Union])
show(lambda: NoReturn[int])
show(lambda: typing.Self[int])
show(lambda: Any[int])
show(lambda: Literal[int, [1]])
show(lambda: Type[int][str])
show(lambda: List[int][str])

# Calling, subclassing, attributes.
show(lambda: List())
show(lambda: List[int]())
show(lambda: Dict[str, int](a=1))
show(lambda: Set[int]())
show(lambda: Tuple[int]())
show(lambda: Type[int]())
show(lambda: typing.Deque[int]([1, 2]))
show(lambda: typing.DefaultDict[str, int](int))
show(lambda: typing.Counter[str]("abca"))
show(lambda: Union[int, str]())
show(lambda: Optional[int]())
show(lambda: ClassVar[int]())
show(lambda: Any())
show(lambda: Literal[1]())
show(lambda: Callable[[int], int]())
show(lambda: List[int].foo)
show(lambda: List[int].__foo__)
show(lambda: List.__name__)
show(lambda: Union.__qualname__)
show(lambda: NoReturn.foo)
show(lambda: Literal[1].__origin__)


def sub_form():
    class A(Union):
        pass


def sub_union():
    class A(Union[int, str]):
        pass


def sub_classvar():
    class A(ClassVar[int]):
        pass


def sub_typevar():
    class A(TypeVar):
        pass


def sub_special():
    class A(type(Union)):
        pass


def sub_list():
    class A(List[int]):
        pass
    return A.__mro__, A.__orig_bases__, A.__parameters__


def sub_plain_list():
    class A(List):
        pass
    return A.__mro__, A.__orig_bases__


def sub_callable():
    class A(Callable[[int], str]):
        def __call__(self, x):
            return str(x)
    return A.__mro__, A()(3)


for f in (sub_form, sub_union, sub_classvar, sub_typevar, sub_special, sub_list, sub_plain_list, sub_callable):
    show(f)


# NewType makes a callable that returns its argument.
UserId = NewType("UserId", int)
uid = UserId(5)
print(UserId, uid, type(uid), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId | None, Optional[UserId], List[UserId])
Nested = NewType("mod.Nested", str)
print(Nested, Nested.__name__, Nested("x"))


def sub_newtype():
    class Admin(UserId):
        print("body runs")


show(sub_newtype)
show(lambda: isinstance(5, UserId))
show(lambda: NewType("X"))


# cast, assert_type, final, TYPE_CHECKING.
print(typing.cast(List[int], "anything"), typing.cast(str, None), typing.assert_type(3, int))


@typing.final
class Leaf:
    @typing.final
    def done(self) -> None:
        pass


print(Leaf.__final__, Leaf.done.__final__, typing.final(len) is len, typing.TYPE_CHECKING)
if typing.TYPE_CHECKING:
    print("not printed")


# Any can be a base class (3.11); its instances are ordinary.
class Mock(Any):
    name = "mock"


m = Mock()
print(Mock, type(Mock).__name__, Mock.__mro__, m.name, isinstance(m, Mock))
show(lambda: isinstance(m, Any))
show(lambda: Mock("a"))
show(lambda: typing.NoSuchName)
try:
    from typing import NoSuchName
except ImportError as e:
    print(type(e).__name__)
