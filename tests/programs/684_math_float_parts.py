# The float-handling functions: fabs, copysign, fmod, remainder, modf, frexp, ldexp, pow,
# nextafter, ulp, isfinite/isinf/isnan, with signed zeros, infinities and NaNs.
import math

inf, nan = math.inf, math.nan


def show(f, *args):
    try:
        print(f.__name__, args, "->", repr(f(*args)))
    except Exception as ex:
        print(f.__name__, args, "->", type(ex).__name__, ex)


for x in [0, -0.0, 3, -3, -2.5, True, 10**20, -10**300, inf, -inf, nan]:
    show(math.fabs, x)
for x, y in [(1, -0.0), (-1, 0.0), (0.0, -1), (-0.0, 1), (3, -inf), (inf, -1), (2, nan), (2, -nan), (nan, -1), (5, 5)]:
    show(math.copysign, x, y)
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0.0, 3), (-0.0, 3), (5, 0.1), (1e300, 3),
             (10**30, 7), (3, inf), (-3, inf), (3, -inf), (inf, 3), (3, 0), (3, 0.0), (0, 0), (nan, 1), (1, nan)]:
    show(math.fmod, x, y)
print(math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), 7.5 % -2)
for x, y in [(7, 3), (8, 3), (-7, 3), (5, 2), (7, 2), (-5, 2), (2.5, 1), (3.5, 1), (-2.5, 1), (1e300, 3), (3, inf),
             (-3, -inf), (inf, 3), (3, 0), (3, -0.0), (nan, 1), (1, nan), (0.0, 1), (-0.0, 1), (6, 4), (10, 4)]:
    show(math.remainder, x, y)
for x in [2.5, -2.5, 3, -0.0, 0.0, 1e300, 1e-300, 0.1, -1.75, 2**53 + 1.0, inf, -inf, nan]:
    show(math.modf, x)
for x in [1, 2, 3, 0.5, 0.1, -8, 0.0, -0.0, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 2**1000, inf, -inf, nan]:
    show(math.frexp, x)
for x, i in [(0.5, 1), (0.75, 4), (1, 0), (1, 1023), (1, 1024), (0.5, 1025), (-1, 1024), (1, -1074), (1, -1075),
             (1.5, -1074), (3, -1075), (1, -1076), (5e-324, 1074), (1e-310, 200), (1, 10**30), (-1, 10**30),
             (1, -10**30), (0.0, 10**30), (-0.0, 5), (inf, -10**30), (-inf, 3), (nan, 3), (1, True), (2.0, -1)]:
    show(math.ldexp, x, i)
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456, [math.ldexp(*math.frexp(v)) == v for v in [1e-310, 7.0, -2.5e300]])
for x, y in [(2, 10), (2, 0.5), (2, -1), (10, -2), (-2, 3), (-2, 2), (-8, 1 / 3), (0, 0), (0.0, -1), (-0.0, -3),
             (0, 2), (0.0, -2.5), (1, inf), (1, nan), (nan, 0), (nan, 1), (-1, inf), (-1, -inf), (0.5, inf),
             (0.5, -inf), (2, inf), (2, -inf), (inf, 2), (inf, -2), (-inf, 3), (-inf, -3), (-inf, 2), (-inf, -2),
             (-inf, 0.5), (10, 308), (10, 309), (2, 1023), (2, 1024), (-10, 309), (2, -1074), (2, -1080),
             (1.0000001, 1e10), (10**20, 2), (True, False)]:
    show(math.pow, x, y)
print(math.pow(2, 3), 2 ** 3, type(math.pow(2, 3)).__name__, math.pow(4, 0.5))
for x, y in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (-0.0, 1), (1, 1), (1e308, inf), (inf, 0), (-inf, 0), (5e-324, 0),
             (5e-324, -1), (1, nan), (nan, 1), (2.0, 2.0), (0.0, -0.0)]:
    show(math.nextafter, x, y)
for x in [1, 1.0, 2, 0.1, -1, 1e300, 5e-324, 0.0, -0.0, 1.7976931348623157e308, 2**52, inf, -inf, nan]:
    show(math.ulp, x)
for f in [math.isfinite, math.isinf, math.isnan]:
    for x in [0, 1.5, -0.0, 10**300, inf, -inf, nan, True, 1e308 * 10, 10**400]:
        show(f, x)
