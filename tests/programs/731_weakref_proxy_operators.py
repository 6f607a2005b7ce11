# A proxy forwards every operator to its referent, unwrapping proxies among the operands.
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        print("  Vec.__add__", other)
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return NotImplemented

    def __radd__(self, other):
        print("  Vec.__radd__", other)
        return Vec(*[other + a for a in self.xs])

    def __iadd__(self, other):
        print("  Vec.__iadd__", other)
        self.xs = [a + other for a in self.xs]
        return self

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __eq__(self, other):
        print("  Vec.__eq__", other)
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return abs(self) < abs(other)

    __hash__ = None

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, x):
        return x in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __index__(self):
        return len(self.xs)

    def __pow__(self, e, mod=None):
        return ("pow", e, mod)

    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)

    def __divmod__(self, k):
        return ("divmod", k)

    def __float__(self):
        return 1.5

    def __int__(self):
        return 7

    def __reversed__(self):
        return iter(self.xs[::-1])


v = Vec(3, 4)
w = Vec(1, 1)
pv = weakref.proxy(v)
pw = weakref.proxy(w)
print(pv + w)
print(pv + pw)
print(10 + pv)
print(pv * 2, pv @ pw, -pv, abs(pv))
print(pv == v, v == pv, pv == pw, pv != pw)
print(pv < pw, pw < pv, sorted([pv, pw], key=abs) == [w, v])
print(len(pv), pv[0], pv[-1], 4 in pv, 5 in pv, list(pv), list(reversed(pv)), bool(pv))
pv[0] = 6
del pv[1]
print(v, [1, 2, 3, 4][pv], int(pv), float(pv), hex(pv))
print(pow(pv, 2), pow(pv, 2, 5), 2 ** pv, divmod(pv, 4))

# The slot wrappers in the type's dict do the same when called explicitly.
PT = type(pv)
print(PT.__add__(pv, w), PT.__radd__(pv, 1), PT.__len__(pv), PT.__getitem__(pv, 0))
print(PT.__eq__(pv, v), PT.__lt__(pv, pw), PT.__str__(pv), PT.__getattribute__(pv, "xs"))
PT.__setattr__(pv, "tag", "t")
print(v.tag)
PT.__delattr__(pv, "tag")
print(hasattr(v, "tag"), PT.__bool__(pv), PT.__index__(pv), PT.__pow__(pv, 3, 4))
print(PT.__add__, PT.__reversed__, PT.__len__.__name__, PT.__reversed__(pv).__class__.__name__)
for call in (
    lambda: PT.__add__(),
    lambda: PT.__add__(pv),
    lambda: PT.__len__(pv, 1),
    lambda: PT.__len__(1),
    lambda: PT.__reversed__(1),
    lambda: PT.__setattr__(pv, "x"),
    lambda: PT.__getattribute__(pv, 5),
    lambda: PT.__reversed__(pv, 1),
    lambda: PT.__pow__(pv),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# An in-place operator rebinds the name to the referent's result.
alias = pv
alias += 1
print(type(alias).__name__, alias is v, v)
q = weakref.proxy(v)
q2 = q
q2 += 100
print(type(q2).__name__, v)

# What the referent lacks fails with the referent's type name.
class Plain:
    pass


obj = Plain()
pp = weakref.proxy(obj)
for action in (
    lambda: pp + 1,
    lambda: 1 - pp,
    lambda: -pp,
    lambda: ~pp,
    lambda: abs(pp),
    lambda: len(pp),
    lambda: pp[0],
    lambda: 1 in pp,
    lambda: iter(pp),
    lambda: next(pp),
    lambda: pp < 1,
    lambda: int(pp),
    lambda: float(pp),
    lambda: [0][pp],
    lambda: divmod(pp, 2),
    lambda: pow(pp, 2, 3),
    lambda: reversed(pp),
    lambda: pp.__reversed__(),
):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(pp == obj, obj == pp, pp != obj, bool(pp))

# Iterators and generators behind a proxy.
def count(n):
    for i in range(n):
        yield i


g = count(3)
pg = weakref.proxy(g)
print(next(pg), iter(pg) is g, list(pg), next(pg, "done"))


class S(set):
    pass


s = S({1, 2})
ps = weakref.proxy(s)
print(sorted(ps | {3}), sorted({0} | ps), sorted(ps & {1, 5}), sorted(ps - {1}), len(ps))
ps |= {9}
print(type(ps).__name__, sorted(s))

del v, alias, q2
try:
    pv + 1
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    1 + pv
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    pw + pv
except ReferenceError as e:
    print("ReferenceError:", e)
