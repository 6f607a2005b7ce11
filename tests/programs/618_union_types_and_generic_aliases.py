def f(x: int | None = None, y: list[int] = [], z: dict[str, tuple[int, ...]] = {}) -> str | None:
    return None
print(f.__annotations__)
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | str | float, (int | str) | (str | bytes) if False else "")
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(int | str == str | int, int | int, (int | str) == (int | str), hash(int | str) == hash(str | int))
print(list[int], tuple[int, ...], dict[str, list[int]], list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type(list[int]).__name__)
class A: pass
class B: pass
print(A | B, A | None | B)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int] | None, int | list[int] | list[int])
print({int | str: 1}[str | int], len({list[int], list[int]}))
print(type[int], tuple[()] if False else "", dict[str, int].__args__)
def g(a: "A | None" = None, *, b: int | float = 1) -> list[str]:
    return [str(a), str(b)]
print(g(), g.__annotations__)
