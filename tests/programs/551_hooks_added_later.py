# Attribute hooks and __init__/__new__ added to a class (or its base) after instances were
# created and used: the lookups cached along the way must notice.
class Base:
    pass

class Child(Base):
    pass

c = Child()
c.x = 1
print(c.x)

def loud_getattribute(self, name):
    print('getattribute', name)
    return object.__getattribute__(self, name)

Base.__getattribute__ = loud_getattribute
print(c.x)

def loud_setattr(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value)

Child.__setattr__ = loud_setattr
c.y = 2
del Base.__getattribute__
print(c.y)
del Child.__setattr__
c.z = 3
print(c.z)

try:
    Child(1)
except TypeError as e:
    print('TypeError:', e)

def init(self, v):
    print('init', v)
    self.v = v

Base.__init__ = init
print(Child(5).v)

def new(cls, *args):
    print('new', cls.__name__, args)
    return object.__new__(cls)

Child.__new__ = new
print(Child(6).v)
del Base.__init__
try:
    Child(7)
except TypeError as e:
    print('TypeError:', e)
