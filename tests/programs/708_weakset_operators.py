# WeakSet's set operations: each works on references made on the fly, so they take any
# iterable of objects that can be weakly referenced, and return WeakSets.
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, E) and self.n == other.n

    def __repr__(self):
        return f"E{self.n}"


es = [E(n) for n in range(8)]


def show(label, s):
    print(label, type(s).__name__, sorted(s, key=lambda e: e.n))


a = weakref.WeakSet(es[:5])
b = weakref.WeakSet(es[3:])
print("set order", list(a), list(b))
show("a | b", a | b)
show("a & b", a & b)
show("a - b", a - b)
show("a ^ b", a ^ b)
show("union list", a.union([es[7]]))
show("intersection list", a.intersection([es[0], es[7]]))
show("difference tuple", a.difference((es[0],)))
show("symmetric_difference", a.symmetric_difference([es[0], es[7]]))
print("equal copies:", E(1) in a, a == weakref.WeakSet(es[:5]), a != weakref.WeakSet(es[:5]), a == set(es[:5]))
print("subsets:", a <= a | b, a < a | b, a < a, a >= weakref.WeakSet(es[:2]), a > a, a.issubset(es), a.issuperset(es[:1]))
print("disjoint:", a.isdisjoint(b), a.isdisjoint([es[7]]))

c = a.copy()
c |= [es[6]]
show("|=", c)
c &= es[2:7]
show("&=", c)
c -= [es[2]]
show("-=", c)
c ^= [es[3], es[0]]
show("^=", c)
c.difference_update([es[0]])
c.intersection_update(es)
c.symmetric_difference_update([es[1]])
show("updates", c)
c -= c
show("c -= c", c)
d = a.copy()
d ^= d
show("d ^= d", d)

print("-- elements added by ^= leave when they die")
x = E(100)
c ^= [x]
show("with x", c)
del x
show("x died", c)

print("-- errors")
for bad in [lambda: a | 1, lambda: a - [1], lambda: a & None, lambda: a < 5, lambda: a.issubset([2])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(a.__eq__(5), a == 5, a.intersection([1, "x"]) == weakref.WeakSet())


class Sub(weakref.WeakSet):
    pass


s = Sub(es[:2])
print(type(s.copy()).__name__, type(s | a).__name__, type(s - a).__name__, s == weakref.WeakSet(es[:2]))
