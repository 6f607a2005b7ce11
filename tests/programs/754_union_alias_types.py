# `int | str` and `list[int]` are objects of their own types, types.UnionType and
# types.GenericAlias: what they are called, what they answer, and what they refuse.
import types

u = int | str
g = list[int]
print(type(u), type(g))
print(types.UnionType.__module__, types.GenericAlias.__module__, types.UnionType.__name__, types.UnionType.__qualname__)
print(type(u).__module__, u.__class__, g.__class__)
print(u.__args__, u.__parameters__, g.__args__, g.__origin__, g.__parameters__, g.__unpacked__)
print(isinstance(u, types.UnionType), isinstance(g, types.GenericAlias))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: types.UnionType())
show(lambda: types.GenericAlias())
show(lambda: types.GenericAlias(list))
show(lambda: types.GenericAlias(list, int, x=1))
show(lambda: types.GenericAlias(list, int))
show(lambda: types.GenericAlias(dict, (str, int)))
show(lambda: u.foo)
show(lambda: u.__argz__)
show(lambda: g.foo)
show(lambda: len(u))
show(lambda: list(u))
show(lambda: u[int])
show(lambda: g[int])
show(lambda: 1 + u)
show(lambda: isinstance([], g))
show(lambda: issubclass(list, g))


def assign(obj, name):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(e)


assign(u, "__args__")
assign(g, "__origin__")
assign(g, "foo")

# An alias forwards what it does not answer itself to its origin.
print(g.append, g.__name__, g.__qualname__)
print(g([1, 2]), dict[str, int](a=1))
print(g.__mro_entries__((g,)))
print(sorted(set(dir(u)) - set(dir(object))))
print(dir(g) == sorted(set(dir(list)) | {"__args__", "__origin__", "__parameters__", "__unpacked__", "__mro_entries__", "__copy__", "__deepcopy__", "__typing_unpacked_tuple_args__"}))


class Ints(list[int]):
    pass


print(Ints.__mro__, Ints.__orig_bases__, Ints([3]))
print(tuple[int, ...], tuple[()], list[list[int]], dict[str, int | None])
print(u | None, None | u, hash(int | str) == hash(str | int), (int | str) == (str | int))
print(isinstance(1, int | str), issubclass(bool, int | None))
