# typing.Union and typing.Optional: checked, flattened, deduplicated, a single argument is
# itself, equal whatever the order; Optional[X] is Union[X, None] and shows as such.
from typing import List, Optional, Union, Any, Dict, TypeVar
import typing


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Union[int, str])
show(lambda: Union[int, str, int])
show(lambda: Union[int])
show(lambda: Union[int, Union[str, float]])
show(lambda: Union[int, str] == Union[str, int])
show(lambda: Union[int, str] == Union[int, str, float])
show(lambda: Union[int, str].__args__)
show(lambda: Union[None, int])
show(lambda: Union[int, None])
show(lambda: Union[int, str, None])
show(lambda: Union[None])
show(lambda: Optional[int])
show(lambda: Optional[int].__args__)
show(lambda: Optional[Optional[int]])
show(lambda: Optional[Union[int, str]])
show(lambda: Optional[None])
show(lambda: Optional[Any])
show(lambda: Optional["Tree"])
show(lambda: Optional[List[int]])
show(lambda: Union[List[int], Dict[str, int]])
show(lambda: Union[list[int], None])
show(lambda: Union[int, 3])
show(lambda: hash(Union[int, str]) == hash(Union[str, int]))
show(lambda: {Union[int, str]: 1}[Union[str, int]])

# `|` and typing's unions meet.
show(lambda: List[int] | None)
show(lambda: None | List[int])
show(lambda: int | List[int])
show(lambda: Optional[int] | str)
show(lambda: Union[int | str, float])
show(lambda: Union[int, str] == (int | str))
show(lambda: (int | str) == Union[int, str])
show(lambda: Union[int | None, str])
T = TypeVar("T")
show(lambda: T | None)
show(lambda: int | T)
show(lambda: Union[int, T][str])
show(lambda: Union[T, None][int])
show(lambda: Union[int, T][int])
show(lambda: Union[int, T].__parameters__)
show(lambda: Optional[T][None])

# isinstance with a union of classes works; a subscripted member makes it fail.
show(lambda: isinstance(3, Union[int, str]))
show(lambda: isinstance(3.0, Union[int, str]))
show(lambda: isinstance(None, Optional[int]))
show(lambda: isinstance("x", Optional[int]))
show(lambda: issubclass(bool, Union[int, str]))
show(lambda: isinstance([], Union[int, List[int]]))
show(lambda: isinstance(3, Union[int, List[int]]))

# What Union refuses.
show(lambda: Union[()])
show(lambda: Union[int, (1, 2)])
show(lambda: Union[int, Union])
show(lambda: Union[int, typing.ClassVar[int]])
show(lambda: Union[int, typing.Generic])
show(lambda: Union[int, []])
show(lambda: Optional[int, str])
show(lambda: Optional[()])
show(lambda: Union())
show(lambda: Union[int, str]())
show(lambda: isinstance(3, Union))
show(lambda: issubclass(int, Optional))
show(lambda: Union.__name__)
show(lambda: Union.foo)
show(lambda: (type(Union), type(Union[int, str])))
