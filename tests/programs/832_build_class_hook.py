# builtins.__build_class__: what a `class` statement calls, and a hook around it.
import builtins

original = builtins.__build_class__
print(original, original is __build_class__)

def logging_build_class(func, name, *bases, **kwds):
    print("build", name, func.__name__, func.__qualname__, func.__module__, func.__doc__)
    print("  bases", bases, "keywords", sorted(kwds))
    cls = original(func, name, *bases, **kwds)
    print("  made", cls.__name__, cls.__qualname__)
    return cls

builtins.__build_class__ = logging_build_class

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwds):
        print("  Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwds)
        return super().__new__(mcls, name, bases, ns)

class Base:
    "a docstring"
    x = 1

class Child(Base, metaclass=Meta, flavour="mint"):
    def who(self):
        return __class__.__name__

def outer():
    y = 5
    class Inner:
        z = y
    return Inner

print(Child().who(), outer().z)
builtins.__build_class__ = original

# The body function, kept by a hook, run again through the original builtin.
bodies = []
def keeping(func, name, *bases, **kwds):
    bodies.append(func)
    return original(func, name, *bases, **kwds)

builtins.__build_class__ = keeping
class Point:
    dims = 2
    def norm(self):
        return super().__class__.__name__
builtins.__build_class__ = original

body = bodies[0]
Again = original(body, "Renamed", Base)
print(Again.__name__, Again.__qualname__, Again.__bases__, Again.dims, Again().norm())

# Called directly, a class body runs with the module's globals as its namespace.
cell = body()
print(type(cell).__name__, __qualname__, dims)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    body(1)
except TypeError as e:
    print("TypeError:", e)

# A plain function fills nothing: its names are its own.
def plain():
    hidden = 1
    print("plain ran")
E = original(plain, "E")
print(E.__name__, sorted(E.__dict__))

for bad in [(), (plain,), (len, "x"), (plain, 3), ("body", "x")]:
    try:
        original(*bad)
    except TypeError as e:
        print("TypeError:", e)

del builtins.__build_class__
try:
    class F:
        pass
except NameError as e:
    print("NameError:", e)
builtins.__build_class__ = original
