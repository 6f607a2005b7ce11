a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
p, *q = [9]
print(p, q)
[m, n] = (7, 8)
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
(u, v), w = "xy", "z"
print(u, v, w)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *[10, 11]]
print(merged, (*"hi",), {**{"a": 1}, "b": 2})
