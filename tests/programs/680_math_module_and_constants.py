# The math module itself: constants, names, reprs, importing forms, argument-count errors.
import math
import math as m
from math import pi, sqrt as root

print(math.__name__, m is math)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(pi == math.pi, root(16.0), type(math.pi).__name__)
print(math.tau == 2 * math.pi, math.inf > 10**400, math.nan == math.nan, math.nan is math.nan)
print(repr(math.sqrt), repr(math.floor), repr(math.hypot), repr(math.isclose))
print(math.sqrt.__name__, math.sqrt.__qualname__, math.log.__name__)
print(type(math).__name__, type(math.sqrt).__name__)
names = dir(math)
print(type(names).__name__, all(n in names for n in ["sqrt", "pi", "floor", "fsum", "gcd", "prod"]))
print(names == sorted(names))
print(callable(math.cos), hasattr(math, "pi"), hasattr(math, "no_such_thing"))
print(getattr(math, "e"), math.__dict__["pi"] if hasattr(math, "__dict__") else math.pi)

from math import *
print(floor(2.5), ceil(2.5), factorial(5), e == math.e)


def err(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as ex:
        print(type(ex).__name__, ex)


err(getattr, math, "cbrt_of_nothing")
# Argument counts and keywords, in each of CPython's argument-parsing styles.
err(math.sqrt)
err(math.sqrt, 1, 2)
err(math.sqrt, x=1)
err(math.floor)
err(math.floor, x=1.5)
err(math.factorial, 1, 2)
err(math.atan2, 1)
err(math.atan2, 1, 2, 3)
err(math.atan2, 1, x=2)
err(math.fmod, 1)
err(math.pow, 1, 2, 3)
err(math.copysign)
err(math.ldexp, 1.0)
err(math.log)
err(math.log, 1, 2, 3)
err(math.log, x=10)
err(math.perm)
err(math.perm, 1, 2, 3)
err(math.comb, 5)
err(math.dist, [1])
err(math.isclose, 1)
err(math.isclose, 1, 2, 3)
err(math.isclose, 1, 2, tol=3)
err(math.isclose, 1, 2, rel_tol=0.5, abs_tol=0.1, extra=1)
err(math.isclose, a=1.0, b=1.0)
err(math.isclose, 1.0, a=1.0)
err(math.prod)
err(math.prod, [1], 2)
err(math.prod, iterable=[1])
err(math.prod, [2, 3], begin=1)
err(math.gcd, a=1)
err(math.lcm, 4, b=6)
err(math.hypot, x=3)
err(math.fsum)
err(math.fsum, [1], [2])
