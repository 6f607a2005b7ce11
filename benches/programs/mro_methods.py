class A:
    def f(self, v):
        return v + 1
    scale = 2
class B(A): pass
class C(B): pass
class D(C): pass
class E(D):
    def g(self, v):
        return self.f(v) * self.scale

e = E()
total = 0
for i in range(300000):
    total += e.g(i)
print(total)
