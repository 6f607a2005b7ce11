def hello(self):
    return "hello from " + type(self).__name__
Foo = type("Foo", (object,), {"x": 10, "hello": hello})
f = Foo()
print(Foo.__name__, Foo.x, f.hello(), Foo.__bases__)
Bar = type("Bar", (Foo,), {"y": 20})
print(Bar.__mro__, Bar().hello(), Bar.x + Bar.y)
print(type(Foo) is type, type(type) is type, isinstance(Foo, type))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
try:
    type("Bad", [], {})
except TypeError as e:
    print(e)
