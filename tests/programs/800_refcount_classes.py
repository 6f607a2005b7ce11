# sys.getrefcount of a class counts what CPython's type objects hold: its own MRO tuple, its
# __dict__/__weakref__ getsets and __slots__ members, each subclass's __bases__, __base__ and
# __mro__, its instances.
import sys
class A: pass
print(sys.getrefcount(A))
class B(A): pass
print(sys.getrefcount(A), sys.getrefcount(B))
class C(B): pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C))
class S:
    __slots__ = ()
print(sys.getrefcount(S))
class T:
    __slots__ = ('a', 'b')
print(sys.getrefcount(T))
class U:
    def m(self): return __class__
print(sys.getrefcount(U))
class M(type): pass
class K(metaclass=M): pass
print(sys.getrefcount(M), sys.getrefcount(K))
class D(A, S): pass
print(sys.getrefcount(A), sys.getrefcount(S), sys.getrefcount(D))
x = [A(), A()]
print(sys.getrefcount(A))
class P:
    @property
    def p(self): return 1
    @classmethod
    def c(cls): pass
print(sys.getrefcount(P))
P.c
print(sys.getrefcount(P))
K2 = type('K2', (), {})
print(sys.getrefcount(K2))
print(sys.getrefcount(object) > 100, sys.getrefcount(type) > 10)
