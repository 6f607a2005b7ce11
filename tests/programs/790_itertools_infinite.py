# count, cycle and repeat: lazy, with CPython's reprs; what each hands out and when it reads
# its input.
import itertools
from itertools import count, cycle, repeat, islice


def show(it):
    # The default repr has an address: keep the part before it.
    return repr(it).split(" at 0x")[0]


c = count()
print(repr(c), next(c), next(c), repr(c))
print(repr(count(5)), repr(count(-3)), repr(count(10, 2)), repr(count(2.5)), repr(count(0, 0.25)))
print(repr(count(0, 1.0)), repr(count(True)), repr(count(start=1, step=True)), repr(count(1.5, True)))
big = count(2**64)
print(next(big), repr(big))
c = count(9223372036854775806)
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(1, 3), 4)), list(islice(count(1.0, -0.5), 4)))
b = count(True, 0.5)
print(next(b), next(b), repr(b))


class Num:
    """A number whose additions show: count computes the next value when it hands one out."""

    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        print("  add", self.v, other)
        return Num(self.v + other)

    def __repr__(self):
        return f"Num({self.v})"


n = count(Num(1), 10)
print("made", repr(n))
print("first", next(n))
print("second", next(n))
print(repr(n))


class Counter(count):
    pass


k = Counter(3)
print(repr(k), type(k).__name__, isinstance(k, count), next(k), repr(k))
k.label = "mine"
print(k.label, repr(Counter(1, 2)))

r = repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(r))
print(repr(repeat(None)), repr(repeat([1, 2], 0)), repr(repeat(1, -4)), repr(repeat(1, times=2)))
print(list(repeat(7, 2)), list(islice(repeat("z"), 3)))
print(repeat(1, 5).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)


class Loud:
    def __repr__(self):
        print("  Loud.__repr__")
        return "Loud()"


print(repr(repeat(Loud(), 2)))


def letters():
    for ch in "abc":
        print("  yield", ch)
        yield ch


cy = cycle(letters())
print("cycle made")
for _ in range(7):
    print("got", next(cy))
print(show(cy), show(cycle([])))
print(list(cycle([])))
e = cycle(iter([1]))
print(next(e), next(e), next(e))

# count and cycle in for loops that stop themselves.
for i in count(10, 5):
    if i > 25:
        break
    print("i", i)
for n, ch in zip(count(), cycle("xy")):
    if n == 5:
        break
    print(n, ch, end="; ")
print()
print(type(count()), type(repeat(1)), type(cycle("a")), count.__name__, count.__module__)
print(iter(c) is c, hasattr(c, "__next__"), callable(count))
