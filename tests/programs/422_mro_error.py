class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(X, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E(A, X):
    pass
print([k.__name__ for k in E.__mro__])
print("MRO 无法线性化")
class F(B, A):
    pass
