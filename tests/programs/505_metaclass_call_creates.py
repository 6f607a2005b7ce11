class MyType(type):
    def __call__(cls, *args, **kwargs):
        print("MyType.__call__", cls.__name__, args, kwargs)
        obj = cls.__new__(cls)
        print("created", type(obj).__name__)
        cls.__init__(obj, *args, **kwargs)
        return obj
class Foo(metaclass=MyType):
    def __init__(self, name, age=0):
        print("Foo.__init__", name, age)
        self.name = name
f = Foo("alex", age=3)
print(f.name)
