# floor, ceil and trunc: floats become ints (big ones for huge floats), ints stay themselves,
# and other objects go through their type's __floor__/__ceil__/__trunc__, then __float__ or
# __index__.
import math


def label(x):
    # Instances of the classes below print as their class (their repr has an address).
    return repr(x) if isinstance(x, (int, float, str, list, type(None))) and type(x).__module__ == "builtins" else type(x).__name__


def show(f, x):
    try:
        r = f(x)
        print(f.__name__, label(x), "->", repr(r), type(r).__name__)
    except Exception as ex:
        print(f.__name__, label(x), "->", type(ex).__name__, ex)


values = [0, 5, -5, True, False, 2.5, -2.5, 2.0, -0.0, 0.3, -0.3, 0.999999999, 1e15 + 0.5, 2**52 + 0.5, 1e16, -1e16,
          1e300, -1.5e300, 10**30, -10**30, 4.9e-324, math.inf, -math.inf, math.nan, "3", None, [1]]
for f in [math.floor, math.ceil, math.trunc]:
    for x in values:
        show(f, x)


class Rounding:
    def __floor__(self):
        print("  Rounding.__floor__")
        return "the floor"

    def __ceil__(self):
        print("  Rounding.__ceil__")
        return 42

    def __trunc__(self):
        print("  Rounding.__trunc__")
        return -7


class HasFloat:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        print("  HasFloat.__float__")
        return self.v


class HasIndex:
    def __index__(self):
        print("  HasIndex.__index__")
        return 17


class Both(HasFloat, HasIndex):
    pass


class MyFloat(float):
    def __floor__(self):
        print("  MyFloat.__floor__")
        return "my floor"

    def __float__(self):
        print("  MyFloat.__float__ (not called by math)")
        return 0.0


class MyInt(int):
    def __float__(self):
        print("  MyInt.__float__ (not called by floor)")
        return 0.0


class BadFloat:
    def __float__(self):
        return "nope"


for f in [math.floor, math.ceil, math.trunc]:
    for x in [Rounding(), HasFloat(2.7), HasFloat(-2.7), HasFloat(math.inf), HasIndex(), Both(1.5), MyFloat(3.5),
              MyInt(9), BadFloat(), object()]:
        show(f, x)

# Class attributes are looked up on the type: an instance attribute does not count.
r = HasFloat(1.25)
r.__floor__ = lambda: "instance attribute"
show(math.floor, r)
# Integer division by floor of a float, as in bucketing.
print([math.floor(x / 10) for x in [0, 9, 10, 15, -1, -10, -11]], [math.ceil(x / 3) for x in range(7)])
print(math.floor(7 / 2) == 7 // 2, math.ceil(-7 / 2), math.trunc(-7 / 2), int(-3.5) == math.trunc(-3.5))
