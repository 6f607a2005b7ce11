class C:
    def __init__(self, n):
        self.n = n
    def f(self):
        return self.n
    def __repr__(self):
        return f"C({self.n})"

c = C(3)
m = c.f
print(m())
print(m.__self__)
print(m.__func__ is C.f)
print(type(m).__name__, type(C.f).__name__)
print(c.f is c.f, c.f == c.f)
print(C(3).f == c.f)
print(C.f(c))
m2 = C.f.__get__(C(9))
print(m2(), m2.__self__)
print(m.__name__, m.__qualname__)
c.f = lambda: "instance attr"
print(c.f())
del c.f
print(c.f())
