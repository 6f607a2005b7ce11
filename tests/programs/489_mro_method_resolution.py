class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g"
class B(A):
    def g(self):
        return "B.g"
class C(A):
    def f(self):
        return "C.f"
    def g(self):
        return "C.g"
class D(B, C):
    pass

d = D()
print(d.f(), d.g())
for k in D.__mro__:
    print(k.__name__, sorted(n for n in vars(k) if n in ("f", "g")))
def find(cls, name):
    for k in cls.__mro__:
        if name in vars(k):
            return k.__name__
print(find(D, "f"), find(D, "g"), find(D, "__init__"))
B.f = lambda self: "patched B.f"
print(d.f())
del B.f
print(d.f())
