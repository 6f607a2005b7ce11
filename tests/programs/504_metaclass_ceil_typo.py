class MyType(type):
    def __ceil__(cls, *args, **kwargs):
        print("this hook is never called")
        return super().__call__(*args, **kwargs)
class Foo(metaclass=MyType):
    def __init__(self, v):
        print("Foo.__init__", v)
f = Foo(1)
print(type(Foo).__name__, "__ceil__" in MyType.__dict__, hasattr(Foo, "__ceil__"))
