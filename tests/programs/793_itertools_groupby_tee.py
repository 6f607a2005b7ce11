# groupby hands out groups that read the shared input lazily (a group is dead once the next
# one is asked for); tee shares one input between several iterators, reading each item once.
from itertools import groupby, tee, islice, count


def gen(name, items):
    for x in items:
        print(f"  {name} yields {x!r}")
        yield x


for key, group in groupby(gen("g", "aabccc")):
    print("key", key)
    print("group", list(group))

groups = groupby("aaabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 8], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(groupby([])), [k for k, g in groupby("aabbbcd")])

gb = groupby(gen("h", [1, 1, 2]))
k, g = next(gb)
print("first key", k, "first item", next(g))
k, g2 = next(gb)
print("second key", k, list(g), list(g2))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Key({self.v}) == Key({other.v})")
        return self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


print([(k, list(g)) for k, g in groupby([1, 2, 3, 4], key=lambda x: Key(x // 3))])
print(type(next(groupby("a"))[1]).__name__)

a, b = tee(gen("t", [1, 2, 3]))
print("tee made")
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
print(tee([1, 2], 0), len(tee("ab", 5)), [list(x) for x in tee("xy", 3)])
x, y = tee(count())
print([next(x) for _ in range(3)], next(y))
t1, t2 = tee("abc")
t3, t4 = tee(t1)
print(next(t1), list(t3), list(t4), list(t1), list(t2))
print(type(t1).__name__, type(t1).__module__, t1.__copy__().__class__ is type(t1))
c = t2.__copy__()
print(list(c))
long_a, long_b = tee(range(200))
print(sum(long_a), sum(islice(long_b, 150, None)))


class Copyable:
    """tee() uses an iterator's own __copy__ when it has one."""

    def __init__(self, n=0):
        self.n = n

    def __iter__(self):
        print("  Copyable.__iter__")
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def __copy__(self):
        print("  Copyable.__copy__")
        return Copyable(self.n)


parts = tee(Copyable(), 3)
print([type(p).__name__ for p in parts], [list(p) for p in parts])


class Plain:
    def __iter__(self):
        print("  Plain.__iter__")
        return self

    def __next__(self):
        raise StopIteration


print([list(p) for p in tee(Plain())])


def reenter():
    yield next(inner)


inner, other = tee(reenter())
try:
    next(inner)
except RuntimeError as e:
    print("RuntimeError", e)

# The collector sees what the iterators hold: a cycle through one is found and freed.
import gc
import itertools
import operator


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


gc.collect()
holders = [
    ("chain", lambda n: itertools.chain([n])),
    ("repeat", lambda n: itertools.repeat(n)),
    ("tee", lambda n: itertools.tee([n, 1])),
    ("cycle", lambda n: itertools.cycle([n])),
    ("itemgetter", lambda n: operator.itemgetter(n)),
]
for name, make in holders:
    n = Node(name)
    n.held = make(n)
    if name == "cycle":
        next(n.held)
    del n
    print(name, gc.collect())
u = Node("groupby")
u.gb = itertools.groupby([u, u])
key, group = next(u.gb)
del u, key, group
print("groupby", gc.collect())
