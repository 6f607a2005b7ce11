# operator's functions run the operators' own dispatch: a class's dunders are called just as
# for the operator (reflected and in-place ones included), and so are their errors.
import operator
from functools import reduce


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def __add__(self, other):
        print(f"  V.__add__({self.v}, {other!r})")
        if isinstance(other, V):
            return V(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print(f"  V.__radd__({self.v}, {other!r})")
        return V(self.v + other)

    def __iadd__(self, other):
        print(f"  V.__iadd__({self.v}, {other!r})")
        self.v += other
        return self

    def __mul__(self, other):
        print(f"  V.__mul__({self.v}, {other!r})")
        return V(self.v * other)

    def __lt__(self, other):
        print(f"  V.__lt__({self.v}, {other!r})")
        return "yes" if self.v < other.v else ""

    def __eq__(self, other):
        print(f"  V.__eq__({self.v}, {other!r})")
        return isinstance(other, V) and self.v == other.v

    def __neg__(self):
        print("  V.__neg__")
        return V(-self.v)

    def __abs__(self):
        print("  V.__abs__")
        return V(abs(self.v))

    def __invert__(self):
        print("  V.__invert__")
        return V(~self.v)

    def __bool__(self):
        print("  V.__bool__")
        return self.v != 0

    def __index__(self):
        print("  V.__index__")
        return self.v


class W(V):
    def __radd__(self, other):
        print(f"  W.__radd__({self.v}, {other!r})")
        return W(100)


a, b = V(1), V(2)
print(operator.add(a, b), operator.add(1, a), operator.add(a, W(5)))
print(operator.mul(a, 3), operator.lt(a, b), operator.lt(b, a), operator.gt(b, a))
print(operator.eq(a, V(1)), operator.ne(a, b), operator.eq(a, 1))
x = V(10)
y = operator.iadd(x, 5)
print(y is x, x, operator.iadd([1], (2,)), operator.iadd(3, 4), operator.isub(10, 3))
print(operator.neg(a), operator.pos(-3), operator.abs(V(-4)), operator.invert(V(0)), operator.inv(5))
print(operator.truth(V(0)), operator.not_(V(3)), operator.truth([]), operator.not_(""))
print(operator.index(V(7)), operator.index(True), operator.index(-2**70))
print(operator.is_(a, a), operator.is_not(a, b), operator.is_(None, None))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.and_({1, 2}, {2, 3}), operator.or_({"a": 1}, {"b": 2}), operator.matmul.__name__)
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.concat((1,), (2,)))
print(operator.iconcat([1], "xy"), operator.contains([1, 2], 2), operator.contains("abc", "bc"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"), operator.countOf([a, b, V(1)], V(1)))
print(operator.indexOf([V(5), V(6)], V(6)))
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, [V(1), V(2), V(3)]))
print(sorted(["bb", "a", "ccc"], key=operator.length_hint), list(map(operator.neg, [1, -2])))


class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        print(f"  Box.__getitem__({k!r})")
        return self.d[k]

    def __setitem__(self, k, v):
        print(f"  Box.__setitem__({k!r}, {v!r})")
        self.d[k] = v

    def __delitem__(self, k):
        print(f"  Box.__delitem__({k!r})")
        del self.d[k]

    def __contains__(self, k):
        print(f"  Box.__contains__({k!r})")
        return k in self.d

    def __len__(self):
        print("  Box.__len__")
        return len(self.d)


box = Box()
print(operator.setitem(box, "k", 1), operator.getitem(box, "k"), operator.contains(box, "k"))
print(operator.delitem(box, "k"), operator.contains(box, "k"), operator.length_hint(box))
lst = [1, 2, 3]
operator.setitem(lst, slice(0, 2), ["a"])
operator.delitem(lst, 0)
print(lst, operator.getitem("abcdef", slice(1, None, 2)))


class Hint:
    def __length_hint__(self):
        print("  Hint.__length_hint__")
        return 4


class NoHint:
    def __length_hint__(self):
        return NotImplemented


print(operator.length_hint(Hint()), operator.length_hint(NoHint(), 9), operator.length_hint(object(), 3))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(10))), operator.length_hint(iter("abc")))
print(operator.length_hint(iter({1, 2, 3})), operator.length_hint(iter(frozenset("ab"))), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 2, 3: 4})), operator.length_hint(map(abs, [1]), 7))
print(operator.length_hint(iter((1, 2))), operator.length_hint([1, 2, 3]), operator.length_hint("xy"))
print(operator.call(max, 3, 9, key=lambda n: -n), operator.__call__ is operator.call)
print(operator.add, operator.__add__ is operator.add, operator.inv is operator.invert, operator.not_.__name__)
