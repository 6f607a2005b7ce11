# A builtin type's operator methods called directly: int's take ints only and float's ints and
# floats (else NotImplemented); str/list/tuple + and * raise for a wrong operand, except when
# the operator itself calls them (then the other operand's reflected method gets its turn).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: (1).__eq__(1.0)); t(lambda: int.__eq__(1, "x")); t(lambda: (1).__add__(1.0)); t(lambda: (1).__lt__(1.5))
t(lambda: (1.0).__eq__(1)); t(lambda: (1.0).__add__(1)); t(lambda: (1.0).__radd__(True)); t(lambda: (1.0).__add__("x"))
t(lambda: (1).__radd__(2)); t(lambda: (True).__add__(1)); t(lambda: (1).__add__(True)); t(lambda: (10**30).__add__(1.5))
t(lambda: "a".__add__(1)); t(lambda: "a".__add__("b")); t(lambda: [].__add__(())); t(lambda: ().__add__([])); t(lambda: [1].__add__([2]))
t(lambda: "a".__mul__("b")); t(lambda: "a".__mul__(2.0)); t(lambda: "a".__rmul__(2)); t(lambda: [1].__mul__("x")); t(lambda: (1,).__rmul__(1.5))
t(lambda: (1).__floordiv__(0.0)); t(lambda: (1).__and__(1.0)); t(lambda: (1).__ne__(1.0)); t(lambda: (1.5).__and__(1))
t(lambda: "a".__lt__(1)); t(lambda: "a".__eq__(1)); t(lambda: [1].__eq__((1,))); t(lambda: [1].__lt__([2])); t(lambda: (1,).__lt__([2]))
t(lambda: "%s".__mod__(1)); t(lambda: "a".__rmod__(1)); t(lambda: {}.__or__([])); t(lambda: {1}.__or__([1])); t(lambda: {1}.__and__(frozenset([1])))
t(lambda: (2).__pow__(2.0)); t(lambda: (2.0).__pow__(2)); t(lambda: (2).__rpow__(3)); t(lambda: (5).__mod__(2.0)); t(lambda: (5).__truediv__(2))
t(lambda: (5).__lshift__(1.0)); t(lambda: (1.5).__truediv__(0))
class I(int): pass
t(lambda: I(3).__add__(1.5)); t(lambda: int.__add__(I(3), 1)); t(lambda: (3).__add__(I(4)))
class V:
    def __radd__(self, other): return "V.__radd__ " + type(other).__name__
    def __rmul__(self, other): return "V.__rmul__ " + type(other).__name__
print("s" + V(), [1] + V(), (1,) + V(), "s" * V(), [1] * V())
class L(list): pass
print([1] + L([2]), L([1]) + [2], "ab" * 2, 2 * [0])
