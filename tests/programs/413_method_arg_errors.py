class K:
    def m(self, a, b, c=3):
        return (a, b, c)
    def kw(self, *, key):
        return key

k = K()
print(k.m(1, 2))
tests = [
    lambda: k.m(1),
    lambda: k.m(),
    lambda: k.m(1, 2, 3, 4),
    lambda: k.m(1, 2, d=4),
    lambda: k.m(1, 2, a=5),
    lambda: K.m(k, 1),
    lambda: K.m(),
    lambda: k.kw(1),
    lambda: k.kw(),
    lambda: k.kw(key=1, other=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
