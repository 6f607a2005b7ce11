# Object-model corners: isinstance through __class__, a metaclass mro(), __mro_entries__, a
# set-only descriptor, None-blocked dunders, super() without a first argument, setattr rules,
# __new__ and method-descriptor receiver checks, __index__ for str and len(), slices.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
p = Proxy([1, 2])
print(p.__class__, isinstance(p, list), isinstance(p, Proxy), type(p).__name__)
class G:
    __class__ = str
print(G().__class__, isinstance(G(), str), isinstance(G(), G))
class Meta(type):
    def mro(cls):
        print("Meta.mro called for", cls.__name__)
        return [cls, object]
class X:
    def hi(self): return "X"
class Y(X, metaclass=Meta): pass
print(Y.__mro__, hasattr(Y(), "hi"))
class Rev(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))[:-1] + [object] if False else type.mro(cls)[::-1][1:] + [object]
class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (X,)
class H(Fake()): pass
print(H.__bases__, H.__mro__, type(H.__orig_bases__[0]).__name__)
class SetOnly:
    def __set__(self, obj, v): print("set", v)
class C:
    d = SetOnly()
c = C()
c.__dict__["d"] = "from instance dict"
print(c.d)
c.d = 5
class R:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(R()))
class Cn:
    __contains__ = None
    def __iter__(self): return iter([1])
t(lambda: 1 in Cn())
class It:
    __iter__ = None
t(lambda: iter(It()))
class Hs:
    __hash__ = None
t(lambda: hash(Hs()))
class A:
    def greet(self): return "hi"
class B(A):
    def greet(*args):
        return super().greet()
t(lambda: B().greet())
class A2: pass
def f1():
    object.__setattr__(A2, "x", 1)
    return A2.x
t(f1)
def f2():
    "abc".upper = 1
t(f2)
t(lambda: int.__new__(str, 1))
t(lambda: list.__new__(tuple))
t(lambda: object.__new__(int))
t(lambda: list.__init__(5))
t(lambda: int.bit_length("x"))
t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: list.append((), 1))
t(lambda: str.__len__(1))
class K:
    def __index__(self): return 1
t(lambda: [10, 20][K()]); t(lambda: "ab"[K()]); t(lambda: (1, 2)[K()]); t(lambda: range(5)[K()]); t(lambda: "abc"[K():])
class K2:
    def __index__(self): return 2
class L:
    def __len__(self): return K2()
t(lambda: len(L()))
t(lambda: slice(1, 2) == slice(1, 2)); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: slice(1, None, 2).indices(10)); t(lambda: slice(None, None, -1).indices(5)); t(lambda: slice(-3, 100).indices(5)); t(lambda: slice(0, 1, 0).indices(5))
class M2(type): pass
class C2: pass
def f3():
    C2.__class__ = M2
    return type(C2).__name__
t(f3)
class L2(list): pass
for f in [lambda: object.__new__(L2), lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__new__(), lambda: int.__new__(bool), lambda: str.__len__(), lambda: object.__init__(), lambda: int.__add__('a', 1), lambda: dict.get(1, 2), lambda: type.mro(3), lambda: type.mro(), lambda: str.join()]:
    t(f)
class Base:
    def __new__(cls, *a):
        return super().__new__(cls)
class Child(Base): pass
print(type(Child()).__name__, type(L2([1])).__name__, list.__new__(L2) == [])
