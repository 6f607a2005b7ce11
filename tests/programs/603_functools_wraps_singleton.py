from functools import wraps

def singleton(cls):
    instances = {}
    @wraps(cls)
    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance

@singleton
class Config:
    """The app's configuration."""
    def __init__(self, name):
        print("init", name)
        self.name = name

a = Config("a")
b = Config("b")
print(a is b, a.name, b.name)
print(Config.__name__, Config.__qualname__, Config.__doc__, Config.__module__)
print(Config.__wrapped__)
print(type(Config).__name__)

def log(func):
    @wraps(func)
    def wrapper(*args, **kw):
        print("call", func.__name__)
        return func(*args, **kw)
    return wrapper

@log
def add(x, y=2):
    "Add two numbers."
    return x + y

print(add(1), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(list(add.__dict__), add.__dict__["__wrapped__"] is add.__wrapped__)
def plain(): pass
plain.__doc__ = "set later"
print(plain.__doc__)
plain.__defaults__ = (1,)
def g(a, b=5): return a, b
g.__defaults__ = (7,)
print(g(1))
g.__kwdefaults__ = None
print(g.__kwdefaults__)
import functools
p = functools.partial(g, 10)
print(p(), p.func is g, p.args, p.keywords)
print(repr(p)[:28])
