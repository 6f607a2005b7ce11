class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("__new__", name, type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kwargs):
        print("__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, option=1):
    """docstring"""
    x = 1
    def method(self):
        pass
    y = x + 1
print(A.y, A.__doc__)
