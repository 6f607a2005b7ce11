def hello(self):
    return "hello from " + type(self).__name__

Base = type("Base", (), {"x": 1, "hello": hello})
Derived = type("Derived", (Base,), {"y": 2, "__repr__": lambda self: "Derived()"})
d = Derived()
print(d, d.hello(), d.x, d.y)
print(Derived.__name__, Derived.__qualname__, [b.__name__ for b in Derived.__bases__])
print([c.__name__ for c in Derived.__mro__])
print(type(Derived).__name__)
print(Derived.__module__)
E = type("E", (Exception,), {})
try:
    raise E("自定义")
except E as e:
    print(type(e).__name__, e)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
print(type(5).__name__)
