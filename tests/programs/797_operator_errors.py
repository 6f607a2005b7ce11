# operator's errors are the operators' own (and its argument errors CPython's); the program
# ends in one raised from inside accumulate, through operator.sub.
import operator
from itertools import accumulate


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: operator.add(1, "a"))
attempt(lambda: operator.add("a", 1))
attempt(lambda: operator.add([1], (2,)))
attempt(lambda: operator.iadd([1], 2))
attempt(lambda: operator.isub("a", 1))
attempt(lambda: operator.ipow([], 2))
attempt(lambda: operator.mul("ab", 2.5))
attempt(lambda: operator.truediv(1, 0))
attempt(lambda: operator.mod(1, 0))
attempt(lambda: operator.lt(1, "a"))
attempt(lambda: operator.ge([], {}))
attempt(lambda: operator.neg("a"))
attempt(lambda: operator.invert(1.5))
attempt(lambda: operator.abs("a"))
attempt(lambda: operator.index(1.5))
attempt(lambda: operator.index("3"))
attempt(lambda: operator.concat(1, 2))
attempt(lambda: operator.concat([1], (2,)))
attempt(lambda: operator.concat({}, {}))
attempt(lambda: operator.iconcat(1, [2]))
attempt(lambda: operator.iconcat((1,), [2]))
attempt(lambda: operator.countOf(1, 3))
attempt(lambda: operator.indexOf([1, 2], 3))
attempt(lambda: operator.indexOf(1, 3))
attempt(lambda: operator.contains(1, 3))
attempt(lambda: operator.getitem(1, 3))
attempt(lambda: operator.getitem([1], "a"))
attempt(lambda: operator.setitem((1,), 0, 2))
attempt(lambda: operator.setitem(1, 3, 4))
attempt(lambda: operator.delitem({}, "k"))
attempt(lambda: operator.delitem(1, 3))
attempt(lambda: operator.length_hint())
attempt(lambda: operator.length_hint([], "x"))
attempt(lambda: operator.length_hint([], 1, 2))


class BadHint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


attempt(lambda: operator.length_hint(BadHint(-1)))
attempt(lambda: operator.length_hint(BadHint("x")))
attempt(lambda: operator.length_hint(BadHint(TypeError("hidden")), 5))
attempt(lambda: operator.length_hint(BadHint(ValueError("shown"))))
attempt(lambda: operator.length_hint(BadHint(2**70)))


class BadIndex:
    def __index__(self):
        return "no"


attempt(lambda: operator.index(BadIndex()))
attempt(lambda: operator.add(1))
attempt(lambda: operator.add(1, 2, 3))
attempt(lambda: operator.add(a=1, b=2))
attempt(lambda: operator.setitem([], 1))
attempt(lambda: operator.neg())
attempt(lambda: operator.neg(1, 2))
attempt(lambda: operator.not_(x=1))
attempt(lambda: operator.truth())
attempt(lambda: operator.is_(1))
attempt(lambda: operator.call())
attempt(lambda: operator.call(1))
attempt(lambda: operator.itemgetter(0)(None))


class Picky:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")


attempt(lambda: operator.countOf([1, Picky()], 2))
attempt(lambda: operator.indexOf([Picky()], Picky()))
print(list(accumulate([1, 2, "x"], operator.sub)))
