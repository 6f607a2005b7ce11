a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
s = set()
print(s, len(s), type(s).__name__)
s.add(3)
s.add(3)
s.add(1)
print(sorted(s), len(s))
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
print({1, 2}.issubset([1, 2, 5]), {1, 2, 3}.issuperset((1,)))
print(set([3, 3, 1]) == {1, 3}, sorted(set("hello")))
f = frozenset([2, 1])
print(sorted(f), 1 in f, f == {1, 2}, type(f).__name__)
c = a.copy()
c.update([10, 11], {12})
print(sorted(c))
c.intersection_update({1, 10, 12})
print(sorted(c))
c.difference_update({1})
print(sorted(c), len({x % 3 for x in range(10)}))
print({5}, {"only"}, set([1]))
p = {9}
print(p.pop(), p)
d = {(1, 2), (1, 2)}
print(d)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
