# types.new_class / prepare_class / resolve_bases: the class statement's steps as functions
# (__mro_entries__, the metaclass winner, __prepare__ with keywords, exec_body, __orig_bases__).
import types
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, bases, sorted(ns), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
C = types.new_class("C", (), {"metaclass": Meta, "x": 1}, lambda ns: ns.update(a=2))
print(C, C.a, C.injected, type(C))
print(types.prepare_class("D", (), {"metaclass": Meta, "y": 2}))
print(types.prepare_class("D"))
print(types.prepare_class("D", (C,)))
class E:
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return (int,)
b = (E(), str)
r = types.resolve_bases(b)
s = b[1:]
print(r, types.resolve_bases(s) is s, r is b)
l = [str]
print(types.resolve_bases(l) is l)
F = types.new_class("F", (E(),), exec_body=lambda ns: ns.__setitem__("z", 3))
print(F.__mro__, [type(b).__name__ for b in F.__orig_bases__], F.z)
G = types.new_class("G", (C,), {"k": 5})
print(type(G), G.__mro__)
class M2(type): pass
try:
    types.new_class("H", (C,), {"metaclass": M2})
except TypeError as e: print(e)
class Bad:
    def __mro_entries__(self, b): return [int]
try: types.resolve_bases((Bad(),))
except TypeError as e: print(e)
try: types.new_class()
except TypeError as e: print(e)
try: types.new_class("X", (), {1: 2})
except TypeError as e: print(e)
try: types.new_class("X", 5)
except TypeError as e: print(e)
try: types.new_class("X", (), 5)
except TypeError as e: print(e)
try: types.new_class("X", (), None, 5)
except TypeError as e: print(e)
def fm(name, bases, ns, **kw):
    print("fm", name, bases, ns, kw)
    return 42
print(types.new_class("Y", (int,), {"metaclass": fm, "q": 1}))
print(types.prepare_class("Z", [], [("a", 1)]))
I = types.new_class("I", (), {}, None)
print(I, I.__qualname__, I.__module__)
