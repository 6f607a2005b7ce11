class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    @classmethod
    def make(cls, v):
        print("Base.make", cls.__name__)
        obj = cls(v)
        return obj
    def __init__(self, v):
        self.v = v

class Child(Base):
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
    @classmethod
    def make(cls, v):
        print("Child.make")
        return super().make(v * 10)

c = Child.make(2)
print(type(c).__name__, c.v)
b = Base.make(1)
print(type(b).__name__, b.v)
