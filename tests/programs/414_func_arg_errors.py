def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, /, y):
    return x, y
print(g(1, y=2))
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, a=2, c=3),
    lambda: g(x=1, y=2),
    lambda: g(1, 2, 3),
    lambda: g(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a: 0)(b=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
