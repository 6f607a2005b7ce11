# Functions, methods and builtins have __call__ (hasattr(f, '__call__'), f.__call__(...)).
def f(a, b=2): return a + b
class A:
    def m(self, x): return x * 2
    def __call__(self, y): return ("called", y)
a = A()
for obj in [f, a.m, len, [].append, str.upper, int.__add__, (1).__add__, A, a, 5, "s"]:
    print(type(obj).__name__, hasattr(obj, "__call__"), callable(obj))
print(f.__call__(1), f.__call__(1, b=5), a.m.__call__(4), len.__call__([1, 2]), str.upper.__call__("x"), a.__call__(3), A.__call__.__name__)
print(type(f.__call__).__name__, "__call__" in dir(f), f.__call__.__name__)
try:
    f.__call__()
except TypeError as e:
    print(e)
