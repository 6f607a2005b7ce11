# Instances keep their memory layout when __bases__ or __class__ changes: CPython compares
# the deallocators, then what each class adds to its base (slots, __dict__, __weakref__).

def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except TypeError as e:
        print(what, e)


def setb(c, b):
    def f():
        c.__bases__ = b
    return f


def setc(o, c):
    def f():
        o.__class__ = c
    return f


class A: pass
class B: pass
class P: __slots__ = ('__dict__',)
class Q: __slots__ = ()
class S1: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class W1: __slots__ = ('__weakref__', 'a')
class W2: __slots__ = ('a', '__weakref__')
class Sx: __slots__ = ('x', 'y')
class Sy: __slots__ = ('y', 'x')
class Mx: __slots__ = ('__x',)
class My: __slots__ = ('__x',)
class I(int): pass
class J(int): pass
class IS(int): __slots__ = ()
class JS(int): __slots__ = ()
class F(float): pass
class G(float): pass
class T1(tuple): pass
class T2(tuple): pass
class LA(list): pass
class LB(list): pass
class D1(dict): __slots__ = ()
class RV(ValueError): pass
class SD1: __slots__ = ('x', '__dict__')
class SD2: __slots__ = ('x', '__dict__')
class AW(A): __slots__ = ('z',)

for old, new in [(A, object), (I, A), (I, float), (LA, dict), (LA, (list, A)), (S1, S2), (S2, S3),
                 (SD1, SD2), (Q, Q), (Q, A), (Q, P), (IS, JS), (I, J), (W1, W2), (T1, T2),
                 (F, G), (Sx, Sy), (Mx, My), (LA, LB), (LB, list), (A, A), (D1, dict),
                 (ValueError, OSError), (ValueError, StopIteration), (ValueError, KeyError),
                 (KeyError, NameError), (KeyError, SyntaxError), (KeyError, ImportError),
                 (KeyError, UnicodeError), (UnicodeError, SystemExit), (KeyError, BaseException)]:
    class Sub(old):
        __slots__ = ()
    new = new if isinstance(new, tuple) else (new,)
    attempt(f"{old.__name__} -> {', '.join(n.__name__ for n in new)}:", setb(Sub, new))

for o, c in [(A(), B), (A(), P), (Q(), P), (P(), Q), (S1(), S2), (S1(), S3), (W1(), W2),
             (I(1), J), (F(1.0), G), (LA(), A), (RV(), ValueError), (SD1(), SD2), (A(), AW),
             (AW(), A), (Q(), S1), (1, A), (A(), int), (A(), object), (object(), A)]:
    attempt(f"{type(o).__name__}() -> {c.__name__}:", setc(o, c))

a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, A))


# A __del__ given to a class later runs for its instances, old and new; deleting it stops it.
class Late:
    pass


first = Late()
Late.__del__ = lambda self: print("late __del__ of", type(self).__name__)
del first


class Sub(Late):
    pass


s = Sub()
t = Sub()
del s
del Late.__del__
del t
print("end")
