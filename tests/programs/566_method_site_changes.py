# One `obj.m()` call site meets different classes, replaced and deleted methods, and an
# instance attribute that shadows the method: every call finds what CPython finds.
class Base:
    def m(self):
        return 'Base.m'

class A(Base):
    def m(self):
        return 'A.m'

class B(Base):
    pass

def call(o):
    return o.m()

objs = [A(), B(), A()]
print([call(o) for o in objs])
A.m = lambda self: 'patched A.m'
print([call(o) for o in objs])
del A.m
print([call(o) for o in objs])
Base.m = lambda self: 'patched Base.m'
print([call(o) for o in objs])
objs[0].m = lambda: 'instance attribute'
print([call(o) for o in objs])
del objs[0].m
print([call(o) for o in objs])
objs[1].__class__ = A
print([call(o) for o in objs])
for i in range(4):
    o = (A if i % 2 else B)()
    print(type(o).__name__, call(o))
