class M1(type):
    pass
class M2(M1):
    pass

class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass

class C(A, B):
    pass
print(type(C).__name__)

class D(B, A):
    pass
print(type(D).__name__)

class E(A, metaclass=M2):
    pass
print(type(E).__name__)

class F(B, metaclass=M1):
    pass
print(type(F).__name__)

class G(A, metaclass=type):
    pass
print(type(G).__name__)
