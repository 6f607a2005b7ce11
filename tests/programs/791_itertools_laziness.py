# The iterators that read other iterators pull one item at a time, exactly when CPython does:
# a generator's prints interleave with the loop's.
from itertools import (chain, islice, zip_longest, takewhile, dropwhile, starmap, compress,
                       filterfalse, accumulate, pairwise)


def gen(name, items):
    print(f"  {name} starts")
    for x in items:
        print(f"  {name} yields {x!r}")
        yield x
    print(f"  {name} is done")


def loop(label, it):
    print(label)
    for x in it:
        print("  ->", x)


loop("chain", chain(gen("a", [1, 2]), [], gen("b", [3])))
loop("chain.from_iterable", chain.from_iterable(gen("outer", ["p", "q"])))
loop("chain.from_iterable lazily", chain.from_iterable(map(lambda n: gen(n, n), ["xy", "z"])))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)
print(list(ch))

loop("islice stop", islice(gen("s", range(10)), 3))
loop("islice start stop step", islice(gen("t", range(10)), 2, 7, 2))
s = islice(gen("u", range(5)), 1, None)
print(next(s))
print(list(s))
loop("islice empty", islice(gen("v", [1, 2]), 0))


def boom():
    yield 1
    raise ValueError("inside")


bs = islice(boom(), 5)
print(next(bs))
try:
    next(bs)
except ValueError as e:
    print("ValueError", e)
print(list(bs))

loop("zip_longest", zip_longest(gen("l", [1, 2, 3]), gen("r", "a"), fillvalue="?"))
zl = zip_longest([1, 2], boom())
print(next(zl))
try:
    next(zl)
except ValueError as e:
    print("ValueError", e)
print(list(zl))

loop("takewhile", takewhile(lambda x: print("  pred", x) or x < 2, gen("tw", [0, 1, 2, 0])))
loop("dropwhile", dropwhile(lambda x: print("  pred", x) or x < 2, gen("dw", [0, 1, 2, 0])))
loop("starmap", starmap(lambda a, b: a * b, gen("sm", [(2, 3), [4, 5], "ab" and (6, 1)])))
loop("compress", compress(gen("data", "abcd"), gen("sel", [1, 0, 1])))
loop("filterfalse", filterfalse(lambda x: print("  test", x) or x % 2, gen("ff", [1, 2, 3, 4])))
loop("filterfalse None", filterfalse(None, gen("fn", [0, 1, "", "x", None])))
loop("filterfalse bool", filterfalse(bool, [0, 1, [], [0]]))
loop("accumulate", accumulate(gen("ac", [1, 2, 3])))
loop("accumulate initial", accumulate(gen("ai", [1, 2]), initial=100))
loop("accumulate func", accumulate(gen("af", [3, 1, 4, 1, 5]), max))
loop("accumulate empty initial", accumulate([], initial="start"))
loop("pairwise", pairwise(gen("pw", "abc")))
loop("pairwise short", pairwise(gen("p1", "a")))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print(f"  Money.__add__({self.v}, {other.v})")
        return Money(self.v + other.v)

    def __repr__(self):
        return f"Money({self.v})"


print(list(accumulate([Money(1), Money(2), Money(3)])))


class Countdown:
    """An iterator class: __next__ runs for each item the tools ask for."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  Countdown.__iter__")
        return self

    def __next__(self):
        if self.n == 0:
            print("  Countdown stops")
            raise StopIteration
        self.n -= 1
        print("  Countdown.__next__ ->", self.n)
        return self.n


print(list(islice(Countdown(5), 2)))
print(list(chain(Countdown(2), Countdown(1))))
print(list(zip_longest(Countdown(1), Countdown(2))))


# A subclass's __next__ runs for each item, for itertools' types as for the builtin ones.
class Loud(islice):
    def __next__(self):
        v = super().__next__()
        print("  Loud.__next__ ->", v)
        return v


class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        print("  Numbered.__next__ ->", i)
        return v


print(list(Loud("abcdef", 1, 4)), type(Loud("", 1)).__name__)
print(list(chain(Numbered("xy"), Loud("pq", 1))))
