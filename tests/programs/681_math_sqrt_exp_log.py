# Square roots, exponentials and logarithms: values, special values, huge ints, and the domain
# and range errors.
import math


def show(f, *args):
    try:
        print(f.__name__, args, "->", repr(f(*args)))
    except Exception as ex:
        print(f.__name__, args, "->", type(ex).__name__, ex)


for x in [0, 1, 2, 4, 9, 16.0, 2.25, 0.5, 1e-300, 1e300, 10**20, 2**1000, True, -0.0, math.inf, math.nan, -1, -1e-300, -math.inf]:
    show(math.sqrt, x)
show(math.sqrt, 10**400)
show(math.sqrt, -10**400)

for x in [0, -1, 0.5, 2, 10, 100, 709, 710, 1000, -1000, -745, -746, 1e-10, math.inf, -math.inf, math.nan, -0.0]:
    show(math.exp, x)
for x in [0, 1e-10, -1e-10, 0.5, 1, -1, 10, 709, 710, -1000, math.inf, -math.inf, math.nan, -0.0]:
    show(math.expm1, x)
for x in [0, 1, 10, 100, 1024, -1, -10, 1023.9, 1024.5, -1074, -1080, math.inf, -math.inf]:
    show(math.exp2, x)

for x in [1, 2, math.e, 10, 100, 1000, 0.5, 1e-300, 5e-324, 1e300, 2**100, 10**100, 10**400, 2**5000, True,
          0, 0.0, -0.0, -1, -2.5, False, -10**400, math.inf, -math.inf, math.nan]:
    show(math.log, x)
for x, base in [(8, 2), (100, 10), (1000, 10), (1024, 4), (2, 0.5), (10**400, 10), (10**400, 2**1100), (1, 10), (5, 5),
                (10, 1), (10, 1.0), (1, 1), (0, 10), (10, 0), (10, -2), (-10, 2), (math.inf, 2), (2, math.inf),
                (math.nan, 2), (10, math.nan)]:
    show(math.log, x, base)
for x in [1, 2, 8, 1024, 3, 10, 0.1, 2**-1074, 2**1023, 2**5000, 10**400, 3**2000, 0, -1, -0.0, math.inf, -math.inf, math.nan]:
    show(math.log2, x)
for x in [1, 10, 100, 1e-5, 1000, 1e22, 1e23, 2, 10**400, 10**1000 + 1, 0, -10, math.inf, math.nan]:
    show(math.log10, x)
for x in [0, -0.0, 1e-20, 1e-10, 0.5, 1, math.e - 1, 1e300, -0.5, -0.999999, -1, -1.5, 10**400, math.inf, -math.inf, math.nan]:
    show(math.log1p, x)

# Compound interest and half-lives: typical uses.
principal, rate = 1000, 0.05
print(round(principal * math.exp(rate * 10), 2), principal * math.exp(rate * 10) > 1648)
print(math.log(2) / 0.1 > 6.9, round(math.log(1_000_000, 10)), math.log10(1_000_000))
print([math.log2(2**k) for k in range(0, 70, 7)])
print([math.log10(10**k) for k in range(0, 30, 3)])
print(math.isqrt(10**40) == int(math.sqrt(10**40)), math.sqrt(2) ** 2)
