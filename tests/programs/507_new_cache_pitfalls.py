class Single:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__ runs again with", value)
        self.value = value
a = Single(1)
b = Single(2)
print(a is b, a.value)
class Child(Single):
    pass
c = Child(3)
print(c is a, type(c).__name__, a.value)
class Fixed:
    _instances = {}
    def __new__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__new__(cls)
        return cls._instances[cls]
class FixedChild(Fixed):
    pass
print(Fixed() is Fixed(), FixedChild() is Fixed(), FixedChild() is FixedChild())
