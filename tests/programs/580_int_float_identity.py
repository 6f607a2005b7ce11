# Which int and float objects are the same object (`is`), as CPython 3.11 runs a script.
# Ints from -5 to 256 are cached: every way of making one gives the same object. Other ints and
# all floats are new objects when the program computes them, but equal constants in one module
# are one object (the compiler merges them, and folds constant expressions like `999 + 1`).
a = 1000
b = 1000
print(a is b, a == b)
c = a
print(c is a, id(c) == id(a))
print(int("1000") is int("1000"), int("1000") == a)
n = 999
print(n + 1 is a, n + 1 == a)
print(999 + 1 is a, -1000 is -a, -1000 is -1000)
small = 256
print(small + 0 is 256, small + 1 is 257, (small + 1) - 1 is 256)
print(int("-5") is -5, int("-6") is -6)


def f():
    return 1000


def g():
    return 1000.5


class K:
    v = 1000
    w = 1000.5


lam = lambda: 1000
print(f() is a, K.v is a, lam() is a, f() is f())
x = 1000.5
y = 1000.5
print(x is y, g() is x, K.w is x, float("1000.5") is x, float("1000.5") == x)
print(0.5 + 1000 is x, 1000.5 * 1 is x)
print(+a is a, int(a) is a, abs(a) is a, abs(-a) is a, round(a) is a)
print(+x is x, float(x) is x, abs(x) is x)
print(a.real is a, a.numerator is a, x.real is x, a.conjugate() is a)
print(max(a, 5) is a, min(a, 5000) is a, sorted([3000, a])[0] is a)
items = [1000, 1000, a]
print(items[0] is items[1], items[2] is a, items.index(a))
d = {a: "k"}
print(list(d)[0] is a)
big = 2 ** 100
print(big is 2 ** 100, 2 ** 100 is 2 ** 100)
print(10 ** 200 is 10 ** 200)
print(12345678901234567890123 is 12345678901234567890123)
m = 12345678901234567890123
print(m is 12345678901234567890123, m + 0 is m)
for i in range(1000, 1002):
    print(i is 1000, i is 1001, i == 1000)
z = a
a += 1
print(z is a, a - 1 is z)
print(id(1000) == id(1000), id(int("1000")) == id(1000))
t = 1e3
print(t is 1000.0, t is 1e3, t is 1000)
print(True + 0 is 1, 7 // 2 is 3, 2 ** 10 is 1024)
