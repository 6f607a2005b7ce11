# One `obj.attr` in the source sees different classes and classes that change: an attribute
# that was only in the instance dict becomes a property, a class attribute, or goes away.
class P:
    pass

class Q:
    @property
    def x(self):
        return 'Q.x property'

def show(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError: ' + str(e)

def put(o, v):
    try:
        o.x = v
        return 'set'
    except AttributeError as e:
        return 'AttributeError: ' + str(e)

p = P()
print(show(p))
p.x = 1
print(show(p), put(p, 2), show(p))
P.x = property(lambda self: 'P.x property', lambda self, v: print('P.x setter', v))
print(show(p), put(p, 3), p.__dict__)
del P.x
print(show(p), put(p, 4), show(p))
p.__class__ = Q
print(show(p), put(p, 5))
p.__class__ = P
print(show(p))

class Base:
    pass

class Child(Base):
    pass

c = Child()
c.x = 'instance'
print(show(c))
Base.x = property(lambda self: 'Base.x property', lambda self, v: print('Base.x setter', v))
print(show(c), put(c, 6))
del Base.x
print(show(c))

for i in range(3):
    o = P() if i % 2 else Q()
    print(type(o).__name__, show(o))
