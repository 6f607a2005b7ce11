# The integer functions: factorial, gcd, lcm, isqrt, comb, perm. Ints of any size, bools and
# __index__ objects are accepted; floats are not.
import math


def show(f, *args):
    try:
        print(f.__name__, args, "->", repr(f(*args)))
    except Exception as ex:
        print(f.__name__, args, "->", type(ex).__name__, ex)


for n in [0, 1, 2, 5, 10, 20, 21, 25, True, False, -1, -10**30, 10**30, 5.0, 5.5, "5", None]:
    show(math.factorial, n)
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % 1000003, math.factorial(3000).bit_length())
print(math.factorial(50) == math.prod(range(1, 51)), math.factorial(30) // math.factorial(28))

for args in [(), (0,), (-12,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, 7), (7, 0), (17, 5), (2**100, 2**60 * 3),
             (10**30, 10**20 + 10**10), (12, 18, 27), (6, 10, 15, 1), (True, 4), (1, 2.0), (2.0, 1), (1, "a"),
             (24, 36, 48, 60)]:
    show(math.gcd, *args)
for args in [(), (0,), (-12,), (4, 6), (-4, 6), (4, -6), (0, 5), (5, 0), (0, 0), (3, 5, 7), (2**64, 3), (12, 18, 30),
             (True, True), (4, 6.0), (0, "a"), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]:
    show(math.lcm, *args)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1, 2**64, 2**64 - 1, 2**200 + 12345, True, -1, -10**30,
          4.0, "4"]:
    show(math.isqrt, n)
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(2000)))

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (100, 50), (60, 30), (67, 33), (68, 34),
             (1000, 3), (10**20, 2), (10**20, 10**20 - 2), (10**20, 10**20 + 1), (True, True), (5, -1), (-5, 2),
             (-5, -2), (5.0, 2), (5, 2.0), ("5", 2)]:
    show(math.comb, n, k)
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (20, 20), (21, 21), (1000, 3), (10**20, 2),
             (True, True), (5, -1), (-5, 2), (5, None), (4.0, 2), (5, 2.5)]:
    show(math.perm, n, k)
show(math.perm, 6)
show(math.perm, -6)
show(math.perm, 2.5)
print([math.comb(6, k) for k in range(8)], sum(math.comb(10, k) for k in range(11)) == 2**10)
print([math.perm(5, k) for k in range(7)], math.comb(200, 100) % 10**9, math.perm(50, 25) % 10**9)
print(math.comb(10**6, 3), math.perm(10**4, 3))

# Pascal's triangle and the number of poker hands, as exercises have them.
for row in range(6):
    print(" " * (5 - row), [math.comb(row, k) for k in range(row + 1)])
print("poker hands:", math.comb(52, 5), "flushes:", 4 * math.comb(13, 5))
