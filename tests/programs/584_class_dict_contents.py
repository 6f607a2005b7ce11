# What a class's __dict__ holds, as CPython 3.11 builds it: the namespace, slot members, the
# __dict__ and __weakref__ getsets where instances gain them, __doc__, and __hash__ = None beside
# __eq__. print() shows the mappingproxy as a dict; it reads like one. Dict views compare as sets.
class E(Exception): pass
class L(list): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class D(dict): pass
class F(float): pass
class Sl:
    __slots__ = ('a',)
class Sl2:
    __slots__ = ('a', '__dict__')
class Sl3:
    __slots__ = ('__weakref__',)
class Sub(Sl): pass
class A: pass
class B(A): pass
class M(type): pass
class G(Sl, A): pass
class St(set): pass
By = St
class H:
    def __eq__(s, o): return True
class H2:
    __slots__ = ('a',)
    'doc'
    def __eq__(s, o): return True
class W:
    __slots__ = ('__weakref__', '__dict__')
for c in [E, L, I, S, T, D, F, Sl, Sl2, Sl3, Sub, A, B, M, G, St, H, H2, W]:
    print(c.__name__, list(c.__dict__))
print(type(A.__dict__['__dict__']), A.__dict__['__dict__'], A.__dict__['__weakref__'].__get__(A()), A().__weakref__)
print(Sl.__dict__['a'], Sl.a)
a = A()
a.x = 1
a.__dict__ = {"y": 2}
print(a.y, a.__dict__, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
try:
    a.__weakref__ = 5
except AttributeError as e:
    print(e)
print(B().__dict__, vars(B()), B.__dict__.get('__dict__'))
print(Sl3().__weakref__)
class A: pass
m = A.__dict__
print(m.keys(), list(m.values())[0], len(m), '__module__' in m, m.get('zz', 1), m['__module__'], type(m).__name__)
print(sorted(m.items())[0][0], list(m)[:2], m.copy() == dict(m), repr(m)[:14], str(m)[:14])
try:
    m['x'] = 1
except TypeError as e: print(e)
d = {1: 2, 3: 4}
print(d.keys() == d.keys(), d.keys() == {1, 3}, {3, 1} == d.keys(), d.items() == {(1, 2), (3, 4)}, d.values() == d.values())
print(d.keys() != {1}, d.keys() == [1, 3], d.keys() == frozenset([1, 3]), d.items() == d.items(), d.keys() == d.items())
print({}.keys() == set(), d.keys() == {1: 0, 3: 0}.keys())


class Foo(object):
    bar = True

    def __init__(self):
        self.__secret = 1


print(Foo.__dict__["bar"], "__init__" in Foo.__dict__, Foo().__dict__)
Test2 = type("Test2", (), {"num": 100, "show": lambda self: print(self.num)})
Test2().show()
print(Test2.__dict__.keys())
print(str(Sl.__dict__).replace("'", '"')[:40])


class HasInt(A, int):
    pass


# __base__ is the base whose instance layout the class extends, not simply the first one.
print(G.__base__, HasInt.__base__, A.__base__, object.__base__, bool.__base__)
