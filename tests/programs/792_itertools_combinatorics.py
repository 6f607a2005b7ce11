# product, permutations, combinations and combinations_with_replacement read their inputs
# whole when they are made (tuple(iterable)), then hand out tuples in CPython's order.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def gen(name, items):
    for x in items:
        print(f"  {name} yields {x!r}")
        yield x


p = product(gen("a", "xy"), gen("b", [1, 2]))
print("product made")
print(next(p))
print(list(p))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], "c", repeat=2))[:5], len(list(product(range(3), repeat=3))))
print(list(product()), list(product(repeat=3)), list(product("ab", [])), list(product([], repeat=0)))
print(list(product(5, repeat=0)))
print(list(permutations("abc")))
print(list(permutations(gen("g", [1, 2, 3]), 2)))
print(list(permutations([], 0)), list(permutations("ab", 3)), list(permutations("ab", 0)), list(permutations("")))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)), list(combinations("ab", 3)), list(combinations("", 0)))
print(list(cwr("abc", 2)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr("ab", 0)), list(cwr("a", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 3))))
print(sorted(map("".join, permutations("bca", 2))))
print(sum(1 for _ in product(range(4), range(5), range(6))))


class Sized:
    """tuple() asks for the length first, then iterates."""

    def __len__(self):
        print("  Sized.__len__")
        return 2

    def __iter__(self):
        print("  Sized.__iter__")
        return iter([10, 20])


print(list(combinations(Sized(), 1)))
print(list(product(Sized(), Sized())))


class Hinted:
    def __iter__(self):
        return iter("pq")

    def __length_hint__(self):
        print("  Hinted.__length_hint__")
        return 2


print(list(permutations(Hinted())))


class R:
    def __index__(self):
        print("  R.__index__")
        return 2


print(list(combinations("abc", R())))
print(list(product("ab", repeat=R())))
t = (1, 2)
first = next(product(t))
print(first, type(first).__name__)
for combo in combinations([[1], [2], [3]], 2):
    combo[0].append(0)
print(combo)
