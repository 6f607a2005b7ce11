class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return "C.f"
    def call_all(self):
        return [super(C, self).f(), super(B, self).f(), super().f()]

c = C()
print(c.call_all())
print(super(C, c).c())
print(super(B, C).c())
print(type(super(C, c)).__name__)
try:
    super(C, A()).f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
