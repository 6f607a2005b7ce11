registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Dog:
    sound = "woof"
@register
class Cat:
    sound = "meow"
print(sorted(registry), registry["Cat"].sound)
def add_method(name):
    def deco(cls):
        def method(self):
            return name + " from " + type(self).__name__
        setattr(cls, name, method)
        return cls
    return deco
@add_method("greet")
class Person:
    def __init__(self, n):
        self.n = n
p = Person("x")
print(p.greet())
def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@with_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), [Point(0, 0)])
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
