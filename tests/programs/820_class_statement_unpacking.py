# A class statement's `*bases` and `**keywords` go through the same unpacking as a call's:
# CPython compiles `class C(*b, **k)` into `__build_class__(func, 'C', *b, **k)`.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A: pass
class B: pass

bases = [A, B]
opts = {"metaclass": Meta, "flag": 1}
class C(*bases, **opts): pass
class D(object, *(), **{"metaclass": Meta}, size=2): pass
print(C.__mro__, type(D).__name__)

def attempt(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

def star_int():
    class E(*5): pass

def star_after_base():
    class E(A, *None): pass

def double_star_list():
    class E(**[1]): pass

def non_string_key():
    class E(**{1: 2}): pass

def twice():
    class E(metaclass=Meta, **{"metaclass": type}): pass

def twice_unpacked():
    class E(**{"flag": 1}, **{"flag": 2}, metaclass=Meta): pass

def after_unpacking():
    class E(**{"flag": 1}, flag=2, metaclass=Meta): pass

for f in [star_int, star_after_base, double_star_list, non_string_key, twice, twice_unpacked, after_unpacking]:
    attempt(f)

class Bases:
    def __iter__(self):
        print("Bases.__iter__")
        return iter([A])

class F(*Bases(), B): pass
print(F.__bases__)
class G(*Bases): pass
