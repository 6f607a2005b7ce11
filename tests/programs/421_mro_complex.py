class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

for k in (A, B, C):
    print(k.__name__, "".join(c.__name__ for c in k.__mro__[:-1]))

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(" ".join(c.__name__ for c in M.__mro__))
