# Assigning __bases__: the new MRO of the class and of its subclasses (through a metaclass's
# mro()), CPython's checks and messages, and the layout rules instances must keep.

def attempt(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


def setb(c, b):
    def f():
        c.__bases__ = b
    return f


class A:
    def hi(self):
        return "A"


class B:
    def hi(self):
        return "B"


class C(A):
    pass


c = C()
print(c.hi(), C.__mro__)
C.__bases__ = (B,)
print(c.hi(), C.__mro__, C.__base__, isinstance(c, A), isinstance(c, B))


class D(C):
    pass


print(D.__mro__)
C.__bases__ = (A, B)
print(D.__mro__, D().hi())

# The checks, in CPython's order.
for bad in [(), (1,), [A], (C,), (D,), (int,), (A, A), (object, A)]:
    attempt(setb(C, bad))
print(C.__bases__, D.__mro__)
try:
    del C.__bases__
except TypeError as e:
    print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)


# A metaclass's mro() runs for the class and each subclass; when one fails, all are undone.
class M(type):
    calls = 0

    def mro(cls):
        M.calls += 1
        print("mro", cls.__name__, M.calls)
        if M.calls == 5:
            raise RuntimeError("boom")
        return super().mro()


class P(metaclass=M):
    pass


class Q(P):
    pass


class R(Q):
    pass


attempt(setb(Q, (P,)))
attempt(setb(Q, (P,)))
print(Q.__mro__, R.__mro__)


# Subclass lists: a class whose bases were assigned comes last in them.
class X:
    pass


class Y:
    pass


class Z1(X):
    pass


class Z2(X):
    pass


class Z3(X):
    pass


Z1.__bases__ = (X,)
print(X.__subclasses__())
Z2.__bases__ = (Y, X)


class Z4(X):
    pass


print(X.__subclasses__(), Y.__subclasses__())


# A base that brings __del__ along: instances made before the assignment run it too.
class Del:
    def __del__(self):
        print("del", type(self).__name__)


class K(A):
    pass


k = K()
K.__bases__ = (Del,)
del k
print("end")
