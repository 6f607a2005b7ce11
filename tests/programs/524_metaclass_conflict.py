class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
class M3(M1, M2):
    pass
class D(A, B, metaclass=M3):
    pass
print(type(D).__name__)
class E(A, metaclass=type):
    pass
print(type(E).__name__)
class F(A, B, metaclass=M3):
    pass
print(type(F).__name__, [c.__name__ for c in F.__mro__])
