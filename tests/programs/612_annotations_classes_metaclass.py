import functools
class Point:
    x: int
    y: int = 0
class Point3(Point):
    z: int = 0
class Plain(Point):
    pass
print(Point3.__annotations__, Plain.__annotations__, "__annotations__" in Plain.__dict__)
print(Point().__annotations__ is Point.__annotations__)
print(sorted(k for k in dir(Point) if "ann" in k))

class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = ns.get("__annotations__", {})
        ns["_fields"] = tuple(fields)
        print("fields of", name, fields)
        return super().__new__(mcs, name, bases, ns)
class Model(metaclass=ModelMeta):
    pass
class User(Model):
    name: str
    age: int = 0
    def __init__(self, **kw):
        for f in self._fields:
            setattr(self, f, kw.get(f, getattr(type(self), f, None)))
u = User(name="li")
print(u.name, u.age, User._fields)

def typed(x: int, y: "float" = 1.0) -> str:
    return str(x + y)
@functools.wraps(typed)
def wrapper(*a, **k):
    return typed(*a, **k)
print(wrapper.__annotations__, wrapper(1))
lam = lambda q: q
print(lam.__annotations__)

def make():
    class Local:
        v: list = []
    return Local
print(make().__annotations__)
try:
    class Bad:
        a: undefined_name = 1
except NameError as e:
    print("NameError:", e)
def func():
    local_only: undefined_too = 5
    return local_only
print(func())
Point.__annotations__ = {"changed": 1}
print(Point.__annotations__)
print(__annotations__)
