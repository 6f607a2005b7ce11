class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who())
print([c.__name__ for c in D.mro()])
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__])
try:
    class F(D, E):
        pass
except TypeError as e:
    print(e)
try:
    class G(A, A):
        pass
except TypeError as e:
    print(e)
try:
    class H(A, B):
        pass
except TypeError as e:
    print(e)
