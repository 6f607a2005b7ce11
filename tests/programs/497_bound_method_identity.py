class C:
    def f(self):
        return 1
    @classmethod
    def g(cls):
        return 2

a, b = C(), C()
print(a.f == b.f, a.f == a.f)
print(a.f.__func__ is b.f.__func__)
print(C.g == C.g, C.g.__self__ is C, a.g.__self__ is C)
print(a.f.__self__ is a, b.f.__self__ is b)
m = a.f
a.f = "shadow"
print(m(), a.f, C.f(a))
try:
    m.__self__ = b
except AttributeError as e:
    print(type(e).__name__)
print(type(C.__dict__["f"]).__name__, C.__dict__["f"] is C.f)
