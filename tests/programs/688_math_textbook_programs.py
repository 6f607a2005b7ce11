# Programs from a first course that use math: quadratic roots, primes, statistics, geometry,
# interest, fractions, and a numeric method checked against math.
import math


def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return None
    r = math.sqrt(d)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 1), (2, 5, -3), (1, 0, 1), (1, -1, -1)]:
    print("roots of", coeffs, "=", quadratic(*coeffs))


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


print([n for n in range(60) if is_prime(n)], is_prime(2**31 - 1))

data = [2.5, 3.75, 1.25, 4.0, 3.5, 2.0, 5.25]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1)
print("mean", mean, "variance", var, "stdev", math.sqrt(var))
print("geometric mean", math.prod(data) ** (1 / len(data)))

radius = 2.5
print("area", math.pi * radius**2, "circumference", math.tau * radius)
print("sphere volume", 4 / 3 * math.pi * radius**3)
points = [(0, 0), (3, 4), (6, 8), (1, 1), (-2, 5)]
print([math.dist(points[0], p) for p in points])
print("perimeter", math.fsum(math.dist(points[i], points[i - 1]) for i in range(len(points))))
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    rad = math.radians(deg)
    print(deg, rad, round(math.sin(rad), 10), round(math.cos(rad), 10), math.degrees(rad))

balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, round(balance, 2), math.floor(balance), math.ceil(balance))
print("years to double at 7%:", math.ceil(math.log(2) / math.log(1.07)))


def reduce(num, den):
    g = math.gcd(num, den)
    return num // g, den // g


print(reduce(84, 126), reduce(-15, 35), reduce(0, 5), math.lcm(4, 6, 10) // 4)


def newton_sqrt(x, tolerance=1e-12):
    guess = x / 2 or 1.0
    while True:
        better = (guess + x / guess) / 2
        if math.isclose(guess, better, rel_tol=tolerance):
            return better
        guess = better


for x in [2, 10, 144, 0.25, 1e10]:
    print(x, newton_sqrt(x), math.sqrt(x), math.isclose(newton_sqrt(x), math.sqrt(x)))

print([math.factorial(n) for n in range(11)])
print("ways to seat 8 guests at 3 chairs:", math.perm(8, 3), "to choose them:", math.comb(8, 3))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), round(-0.5), int(-0.5))
print(math.inf > 1e308, -math.inf < -1e308, math.isinf(1e308 * 10), math.isnan(math.inf - math.inf))
print(min([3.5, math.inf, -2.0]), max([math.nan, 1.0]), sorted([math.inf, 0, -math.inf, 2.5]))
