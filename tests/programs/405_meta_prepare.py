class Recorder(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("__new__ ns type:", type(ns).__name__, kw)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    x = 1
    def go(self):
        return "go"
    y = x + 1

print(A.y, A().go())
print(type(A.__dict__).__name__)
