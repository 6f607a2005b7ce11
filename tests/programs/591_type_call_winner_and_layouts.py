# type(name, bases, ns) hands over to a base's metaclass __new__ (and its __init__ runs);
# bases whose __slots__ layouts conflict are refused as CPython's best_base does.
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", mcs.__name__, name)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=M): pass
B = type("B", (A,), {"x": 1})
print(type(B).__name__, B.x, B.__mro__)
C = type.__new__(type, "C", (A,), {})
print(type(C).__name__)
class N(type): pass
D = type("D", (A,), {})
print(type(D))
class Meta2(M):
    pass
E = M("E", (), {})
F = type("F", (E,), {})
def t(f):
    try:
        f(); print("ok")
    except TypeError as e: print(e)
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
class E: __slots__ = ()
t(lambda: type("C", (A, B), {}))
t(lambda: type("C", (A, E), {}))
t(lambda: type("C", (int, str), {}))
t(lambda: type("C", (list, dict), {}))
t(lambda: type("C", (ValueError, KeyError), {}))
t(lambda: type("C", (A, int), {}))
t(lambda: type("C", (object, int), {}))
class A2(A): __slots__ = ("c",)
t(lambda: type("C", (A, A2), {}))
t(lambda: type("C", (A2, A), {}))
class D: pass
t(lambda: type("C", (D, A), {}))
t(lambda: type("C", (Exception, A), {}))
t(lambda: type("C", (Exception, D), {}))
