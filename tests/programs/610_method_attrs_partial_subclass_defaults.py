import functools
def count(f):
    @functools.wraps(f)
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
class S:
    @count
    def ping(self):
        "Ping it."
        return 1
s = S()
s.ping(); s.ping()
print(s.ping.calls, s.ping.__wrapped__.__name__, s.ping.__module__, s.ping.__doc__, s.ping.__name__, s.ping.__qualname__)
try:
    s.ping.nope
except AttributeError as e:
    print(e)
try:
    s.ping.calls = 5
except AttributeError as e:
    print(e)
class P(functools.partial):
    def __call__(self, *a):
        return "custom"
n = functools.partial(P(print, 1), 2)
print(n.args, type(n.func).__name__, n())
class Q(functools.partial):
    pass
m = functools.partial(Q(max, 1), 2)
print(m.args, m.func is max, m())
def f(a, b, c):
    return a, b, c
f.__defaults__ = (1, 2, 3, 4)
print(f(), f(9))
class A:
    pass
for v in [3, None]:
    for attr in ["__name__", "__qualname__"]:
        try:
            setattr(A, attr, v)
        except TypeError as e:
            print(e)
try:
    A.__name__ = "a\x00b"
except ValueError as e:
    print(e)
A.__name__ = "B"
print(A.__name__, A.__qualname__, A)
