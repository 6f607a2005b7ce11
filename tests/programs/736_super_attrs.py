# super objects: __thisclass__, __self__, __self_class__, their repr, and __get__ (binding an
# unbound super(C), as a descriptor does).


class Base:
    def hello(self):
        return f"Base.hello for {type(self).__name__}"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Child(Base):
    def hello(self):
        s = super()
        print("  thisclass", s.__thisclass__.__name__, "self", type(s.__self__).__name__,
              "self_class", s.__self_class__.__name__)
        print("  repr", s)
        return s.hello()

    @classmethod
    def make(cls):
        s = super()
        print("  classmethod super:", s.__self__ is cls, s.__self_class__ is cls, s.__thisclass__ is Child)
        return s.make()


class GrandChild(Child):
    pass


print(GrandChild().hello())
print(GrandChild.make())

s = super(Child, GrandChild())
print(s.__thisclass__, s.__self_class__, s.hello(), s)
s2 = super(Child, GrandChild)
print(s2.__self__ is GrandChild, s2.__self_class__ is GrandChild, s2.make(), s2)

# An unbound super has no object; __get__ binds it.
u = super(Child)
print(u, u.__self__, u.__self_class__, u.__thisclass__)
g = GrandChild()
bound = u.__get__(g)
print(bound, bound.hello(), bound.__self__ is g)
print(u.__get__(None, Child) is u, s.__get__(g) is s, s.__get__(None, Child) is s)
try:
    u.__get__(None)
except TypeError as e:
    print("TypeError:", e)
try:
    u.hello
except AttributeError as e:
    print("AttributeError:", e)
try:
    u.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    u.__get__()
except TypeError as e:
    print("TypeError:", e)


# As a class attribute, the unbound super binds to each instance.
class Mixin(Child):
    up = super(Child)

    def call_up(self):
        return self.up.hello()


m = Mixin()
print(type(Mixin.__dict__["up"]).__name__, m.up.__self__ is m, m.call_up())
print(Mixin.up is Mixin.__dict__["up"])

# The attributes are read-only members.
for name in ("__thisclass__", "__self__", "__self_class__"):
    try:
        setattr(s, name, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
    try:
        delattr(s, name)
    except AttributeError as e:
        print(name, "AttributeError:", e)
try:
    s.anything = 1
except AttributeError as e:
    print("AttributeError:", e)
print(super.__thisclass__, super.__self__, super.__self_class__, super.__get__)
print([n for n in ("__thisclass__", "__self__", "__self_class__", "__get__") if n in dir(super)])
print([n for n in ("__thisclass__", "__self__", "__self_class__", "__get__") if n in dir(s)])
for bad in ((5,), (Child, 5), (Child, Base())):
    try:
        super(*bad)
    except TypeError as e:
        print("TypeError:", e)
