# A property knows its name only from __set_name__ (class body), as in CPython 3.11.
class A:
    x = property(lambda self: 1)
class B:
    pass
def getter(self): return 1
B.y = property(getter)
class C:
    @property
    def z(self): return 1
C.w = C.z
for o, n in ((A(), 'x'), (B(), 'y'), (C(), 'z'), (C(), 'w')):
    try:
        setattr(o, n, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print(e)
