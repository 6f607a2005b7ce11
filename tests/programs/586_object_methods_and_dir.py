# What dir() lists and what object provides: __class__ is a getset on object, __getstate__ (3.11)
# returns the instance dict and the filled slots (and caches __slotnames__ on the class),
# __sizeof__ counts a plain object, its slots and its weak-reference list; a metaclass that
# renames attributes; gc.collect() on a cycle made inside a function.
class A:
    pass


class S:
    __slots__ = ('a',)


class B(A):
    pass


s = S()
s.a = 1
a = A()
print(a.__sizeof__(), object().__sizeof__(), a.__getstate__(), B().__sizeof__(), s.__sizeof__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__, s.__getstate__())
print(object.__dict__['__class__'], a.__class__, A.__class__, type(a.__class__))
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
print(dir(a))
print(dir(object))
print(len(dir(A)), len(dir(s)))
class UpperAttrMetaClass(type):
    def __new__(cls, future_class_name, future_class_parents, future_class_attr):
        newAttr = {}
        for name, value in future_class_attr.items():
            if not name.startswith("__"):
                newAttr[name.upper()] = value
        return type.__new__(cls, future_class_name, future_class_parents, newAttr)


class Foo(object, metaclass=UpperAttrMetaClass):
    bar = 'bip'


print(hasattr(Foo, 'bar'), hasattr(Foo, 'BAR'))
f = Foo()
print(f.BAR, Foo.__class__, Foo.__class__.__class__, type(f).__mro__)
print(Foo.__dict__.keys())


class Meta2(type):
    def __init__(cls, *args, **kwargs):
        print("Meta2.__init__", cls.__name__, args[1])
        super().__init__(*args, **kwargs)

    def __call__(cls, *args, **kwargs):
        print("Meta2.__call__", args)
        return super().__call__(*args, **kwargs)


class Bar(metaclass=Meta2):
    def __init__(self, x):
        self.x = x


b = Bar(5)
print(b.x, Bar.__dict__.keys(), isinstance(Bar, Meta2))
import sys
import gc


class ClassA:
    def __init__(self):
        print('object born')


def f2():
    while True:
        c1 = ClassA()
        c2 = ClassA()
        c1.t = c2
        c2.t = c1
        del c1
        del c2
        break


print(gc.get_threshold())
f2()
print(gc.collect(), gc.garbage)
a = [1, 2]
print(sys.getrefcount(a))
s = "hello"
print(type(sys.getrefcount(s)))
print(dir(Foo)[-3:], len(dir(Foo)), len(dir(object)))
print(object.__dict__.keys() == object.__dict__.keys())
print(sorted(object.__dict__)[:8])
