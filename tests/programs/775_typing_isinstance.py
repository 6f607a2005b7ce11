# isinstance/issubclass with typing's names: an unsubscripted alias checks its origin
# (typing.List is list, typing.Iterable is collections.abc.Iterable, whose hook looks for
# __iter__); a subscripted one, a special form or Any refuses.
from typing import (Any, AbstractSet, Callable, Collection, Container, Dict, FrozenSet, Generator, Hashable,
                    Iterable, Iterator, List, Mapping, MutableMapping, MutableSequence, MutableSet, Optional,
                    Reversible, Sequence, Set, Sized, Tuple, Type, TypeVar, Union)
import typing


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield 1


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Unhashable:
    __hash__ = None


values = [[], (), {}, set(), frozenset(), "s", 3, None, len, gen(), iter([]), range(3), Bag(1), Countdown(2),
          Unhashable(), lambda: 0, {}.keys()]
aliases = [List, Tuple, Dict, Set, FrozenSet, Type, Iterable, Iterator, Sequence, MutableSequence, Mapping,
           MutableMapping, AbstractSet, MutableSet, Sized, Container, Collection, Hashable, Callable, Reversible,
           Generator]
for a in aliases:
    print(a, [isinstance(v, a) for v in values])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Bag, Collection), issubclass(Bag, Sequence))
print(issubclass(List, Sequence), issubclass(Sequence, List), issubclass(typing.Deque, MutableSequence))
print(issubclass(Countdown, Iterator), issubclass(type, Callable), issubclass(bool, Hashable))
print(isinstance(3, (List, int)), isinstance([], (Dict, List)), isinstance(3, Optional[int]))

show(lambda: isinstance([], List[int]))
show(lambda: issubclass(list, List[int]))
show(lambda: issubclass(List[int], List))
show(lambda: isinstance({}, Dict[str, int]))
show(lambda: isinstance(len, Callable[[int], str]))
show(lambda: isinstance(3, Any))
show(lambda: issubclass(int, Any))
show(lambda: isinstance(3, Union))
show(lambda: isinstance(3, typing.ClassVar))
show(lambda: isinstance(3, typing.Literal[3]))
show(lambda: isinstance(3, TypeVar("T")))
show(lambda: issubclass(3, List))
show(lambda: issubclass(3, ()))
show(lambda: issubclass(3, int))
show(lambda: issubclass(int, 3))
show(lambda: isinstance([], list[int]))

# The classes behind the aliases.
print(Iterable.__origin__, Iterable.__origin__.__mro__)
print(Sequence.__origin__.__mro__)
print(sorted(Sequence.__origin__.__abstractmethods__), sorted(Mapping.__origin__.__abstractmethods__))
print(type(Iterable.__origin__).__name__, Iterable.__origin__[int], Callable.__origin__[[int], str])


class Word(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


w = Word("hello")
print(list(w), "e" in w, "z" in w, w.index("l"), w.count("l"), list(reversed(w)), isinstance(w, Iterable))


class Settings(Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


cfg = Settings(debug=True)
print("debug" in cfg, "x" in cfg, cfg.get("debug"), cfg.get("x", 0), isinstance(cfg, Mapping), len(cfg))


class Incomplete(Sequence):
    pass


show(lambda: Incomplete())
show(lambda: Sized.__origin__())
