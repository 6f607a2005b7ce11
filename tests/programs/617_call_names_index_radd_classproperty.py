def f(*a, **k): pass
class A:
    def m(self, **k): pass
    def __call__(self, **k): pass
for call in [lambda: f(*5), lambda: f(**5), lambda: f(a=1, **{"a": 2}), lambda: A().m(**{"x": 1}, **{"x": 2}), lambda: print(*5), lambda: print(**5), lambda: len(*5), lambda: A.m(*5), lambda: (lambda: 0)(*1)]:
    try:
        call()
    except TypeError as e:
        print(e)
class E:
    __iter__ = None
try:
    1 in E()
except TypeError as e:
    print(e)
try:
    issubclass(E, E())
except TypeError as e:
    print(e)
try:
    isinstance(E, E())
except TypeError as e:
    print(e)
class Big:
    def __len__(self):
        return 2 ** 70
class Neg:
    def __len__(self):
        return -1
class Bad:
    def __index__(self):
        return "x"
for call in [lambda: len(Big()), lambda: len(Neg()), lambda: [1, 2][Bad()], lambda: range(Bad()), lambda: "abc"[Bad():]]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print("ab" * Idx(), [0] * Idx(), Idx() * "ab", (1,) * Idx())
o = E()
try:
    del o.__class__
except TypeError as e:
    print(e)
class V:
    def __radd__(self, o):
        return "radd"
x = [1]
x += V()
print(x)
class A2:
    _n = "A"
    @classmethod
    @property
    def name(cls):
        return cls._n + "!"
print(A2.name, A2().name)
