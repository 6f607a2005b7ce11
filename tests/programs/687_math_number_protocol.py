# How math reads its arguments: __float__, then __index__, for float parameters; __index__ for
# int parameters; float and int subclasses by their value. The dunders are called on the type,
# once per argument, in order; their errors propagate.
import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        print(f"  Meters({self.v}).__float__")
        return float(self.v)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print(f"  Count({self.n if self.n < 10**9 else 'huge'}).__index__")
        return self.n


class Both(Meters):
    def __index__(self):
        print("  Both.__index__ (never: __float__ wins)")
        return 0


class BadFloat:
    def __float__(self):
        return 1


class BadIndex:
    def __index__(self):
        return 1.5


class Raises:
    def __float__(self):
        raise RuntimeError("no float today")


class FloatSub(float):
    def __float__(self):
        print("  FloatSub.__float__ (math reads the value directly)")
        return 0.0


class IntSub(int):
    def __float__(self):
        print("  IntSub.__float__")
        return 99.0

    def __index__(self):
        print("  IntSub.__index__ (math reads the value directly)")
        return 0


def show(label, f, *args):
    try:
        print(label, "->", repr(f(*args)))
    except Exception as ex:
        print(label, "->", type(ex).__name__, ex)


show("sqrt(Meters(16))", math.sqrt, Meters(16))
show("sqrt(Count(49))", math.sqrt, Count(49))
show("sqrt(Both(9))", math.sqrt, Both(9))
show("sqrt(FloatSub(4.0))", math.sqrt, FloatSub(4.0))
show("sqrt(IntSub(25))", math.sqrt, IntSub(25))
show("exp(Count(0))", math.exp, Count(0))
show("log(IntSub(8), 2)", math.log, IntSub(8), 2)
show("log(Meters(8), Count(2))", math.log, Meters(8), Count(2))
show("log2(Count(1024))", math.log2, Count(1024))
show("atan2(Meters(1), Count(1))", math.atan2, Meters(1), Count(1))
show("pow(Count(2), Meters(10))", math.pow, Count(2), Meters(10))
show("hypot(Meters(3), Count(4), 12)", math.hypot, Meters(3), Count(4), 12)
show("dist", math.dist, [Meters(0), Count(0)], (Count(3), Meters(4)))
show("fsum", math.fsum, [Meters(0.1), Count(2), 0.2, IntSub(1)])
show("isclose", math.isclose, Meters(1), Count(1))
show("ldexp(Meters(1), IntSub(3))", math.ldexp, Meters(1), IntSub(3))
show("ldexp(1, Count(3))", math.ldexp, 1, Count(3))
show("ldexp(1, 3.0)", math.ldexp, 1, 3.0)
show("frexp(Count(8))", math.frexp, Count(8))
show("copysign(Count(3), Meters(-0.0))", math.copysign, Count(3), Meters(-0.0))
show("factorial(Count(6))", math.factorial, Count(6))
show("factorial(IntSub(4))", math.factorial, IntSub(4))
show("gcd(Count(12), IntSub(18), 27)", math.gcd, Count(12), IntSub(18), 27)
show("lcm(Count(4), Count(6))", math.lcm, Count(4), Count(6))
show("isqrt(Count(99))", math.isqrt, Count(99))
show("comb(Count(6), Count(2))", math.comb, Count(6), Count(2))
show("perm(Count(5))", math.perm, Count(5))
show("factorial(Meters(5))", math.factorial, Meters(5))
show("gcd(Meters(5), 1)", math.gcd, Meters(5), 1)
show("sqrt(BadFloat())", math.sqrt, BadFloat())
show("sqrt(BadIndex())", math.sqrt, BadIndex())
show("factorial(BadIndex())", math.factorial, BadIndex())
show("sqrt(Raises())", math.sqrt, Raises())
show("hypot(1, Raises(), Meters(2))", math.hypot, 1, Raises(), Meters(2))
show("sqrt(Count(10**400))", math.sqrt, Count(10**400))
show("log(Count(10**400))", math.log, Count(10**400))

# Wrong types, named as CPython names them.
for value in ["a", None, [1], (1,), {}, object(), Meters, print]:
    show("sqrt(" + type(value).__name__ + ")", math.sqrt, value)
show("sin('0')", math.sin, "0")
show("atan2(1, 'x')", math.atan2, 1, "x")
show("fmod(None, 1)", math.fmod, None, 1)
show("isnan('nan')", math.isnan, "nan")
show("gcd(1, 2.5)", math.gcd, 1, 2.5)
show("isqrt(None)", math.isqrt, None)
show("comb('5', 2)", math.comb, "5", 2)

# An uncaught error from math ends the program with CPython's traceback.
print(math.sqrt(-1))
