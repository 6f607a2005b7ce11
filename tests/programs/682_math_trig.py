# Trigonometric and hyperbolic functions, angle conversion, and their special values.
import math


def show(f, *args):
    try:
        print(f.__name__, args, "->", repr(f(*args)))
    except Exception as ex:
        print(f.__name__, args, "->", type(ex).__name__, ex)


angles = [0, -0.0, 0.5, 1, 2, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2,
          2 * math.pi, -1, 1e-300, 10**20, math.inf, -math.inf, math.nan]
for f in [math.sin, math.cos, math.tan]:
    for x in angles:
        show(f, x)
for f in [math.asin, math.acos, math.atan]:
    for x in [0, -0.0, 0.5, -0.5, 1, -1, 0.1, 1.5, -2, 10, math.inf, -math.inf, math.nan]:
        show(f, x)
pairs = [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (0.0, -0.0), (-0.0, -0.0), (-0.0, 0.0), (0.0, 0.0),
         (1, 0), (-1, 0), (3, 4), (math.inf, 1), (-math.inf, 1), (1, math.inf), (1, -math.inf), (-1, -math.inf),
         (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, math.inf), (-math.inf, -math.inf), (math.nan, 1),
         (1, math.nan), (0.0, math.inf), (0.0, -math.inf)]
for y, x in pairs:
    show(math.atan2, y, x)
for f in [math.sinh, math.cosh, math.tanh]:
    for x in [0, -0.0, 0.5, -0.5, 2, 20, 711, -711, 1000, 1e-300, math.inf, -math.inf, math.nan]:
        show(f, x)
for x in [0, -0.0, 0.5, 1, -1, 2, 10, 1e-300, 1e300, math.inf, -math.inf, math.nan]:
    show(math.asinh, x)
for x in [1, 1.5, 2, 10, 1e300, 0.5, 0, -1, math.inf, -math.inf, math.nan]:
    show(math.acosh, x)
for x in [0, -0.0, 0.25, 0.5, -0.5, 0.75, 0.99, 1, -1, 2, math.inf, math.nan]:
    show(math.atanh, x)
# Around the C library's branch points (2 and 2**28).
for x in [2.0, 2.0000009536743164, 2.0 + 2**-19, 2.0**28, 2.0**28 + 2**9, 1.0000000001]:
    show(math.asinh, x)
    show(math.acosh, x)
for x in [0, 1, -1, 90, 180, 360, 45, 30, 1e300, 1e308, math.inf, math.nan, -0.0]:
    show(math.radians, x)
for x in [0, 1, -1, math.pi, math.pi / 2, math.tau, 0.5, 1e306, 1e308, math.inf, math.nan, -0.0]:
    show(math.degrees, x)

# A right triangle and a polar point, as textbooks have them.
a, b = 3.0, 4.0
c = math.hypot(a, b)
print(c, math.degrees(math.atan2(b, a)), math.degrees(math.asin(b / c)), math.degrees(math.acos(a / c)))
r, theta = 2.0, math.radians(30)
print(r * math.cos(theta), r * math.sin(theta))
print(math.sin(math.radians(90)), math.cos(math.radians(180)), math.tan(math.radians(45)))
print(math.sin(0.5) ** 2 + math.cos(0.5) ** 2, round(math.cosh(1) ** 2 - math.sinh(1) ** 2, 12))
