# sys.getrefcount of builtin subclasses, after del and gc.collect(), of classes made by type(),
# with __slots__ naming __dict__/__weakref__, and with a __class__ cell.
import sys, gc
class E(Exception): pass
print(sys.getrefcount(E))
class L(list): pass
print(sys.getrefcount(L))
class I(int): pass
print(sys.getrefcount(I))
class A: pass
class B(A): pass
print(sys.getrefcount(A))
del B
print(sys.getrefcount(A))
gc.collect()
print(sys.getrefcount(A))
C = type('C', (A,), {'__slots__': ('x',)})
print(sys.getrefcount(A), sys.getrefcount(C))
class W:
    __slots__ = ('__weakref__',)
print(sys.getrefcount(W))
class Dd:
    __slots__ = ('__dict__', 'q')
print(sys.getrefcount(Dd))
del A.__weakref__
print(sys.getrefcount(A))
class F:
    x = 1
    def f(self): return super().f()
f = F()
print(sys.getrefcount(F), sys.getrefcount(f))
class G(F, metaclass=type): pass
print(sys.getrefcount(F))
