# classmethod and staticmethod objects: the function they wrap (__func__, __wrapped__), whether
# it is abstract, their own __dict__, and (3.10+) a callable staticmethod.
import abc
import functools


def greet(who="world"):
    "Say hello."
    return f"hello {who}"


cm = classmethod(greet)
sm = staticmethod(greet)
print(cm.__func__ is greet, cm.__wrapped__ is greet, sm.__func__ is greet, sm.__wrapped__ is greet)
print(cm.__isabstractmethod__, sm.__isabstractmethod__, cm.__name__, sm.__doc__)
print(sorted(cm.__dict__), cm.__dict__ is vars(cm))
cm.note = "kept"
print(cm.__dict__["note"], sorted(vars(cm)))
cm.__dict__ = {"replaced": True}
print(vars(cm), cm.replaced)

# Since 3.10 a staticmethod can be called directly.
print(sm(), sm("you"), staticmethod(len)("abc"), callable(sm), callable(cm))
print(staticmethod.__call__(sm, "again"), type(sm).__call__)
try:
    cm()
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod(5)()
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod.__call__(cm)
except TypeError as e:
    print("TypeError:", e)

# The descriptors on the types.
print(classmethod.__func__, staticmethod.__wrapped__)
print(classmethod.__isabstractmethod__, staticmethod.__dict__["__call__"] if "__call__" in staticmethod.__dict__ else "-")
print(classmethod.__func__.__get__(cm) is greet, type(classmethod.__func__).__name__)
try:
    classmethod.__func__.__get__(sm)
except TypeError as e:
    print("TypeError:", e)

# Read-only: members say "readonly attribute", getsets name themselves.
for obj in (cm, sm):
    for name in ("__func__", "__wrapped__", "__isabstractmethod__"):
        for op in ("set", "del"):
            try:
                if op == "set":
                    setattr(obj, name, greet)
                else:
                    delattr(obj, name)
            except AttributeError as e:
                print(type(obj).__name__, name, op, "AttributeError:", e)
for bad in (5, None, [("a", 1)]):
    try:
        sm.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del sm.__dict__
except TypeError as e:
    print("TypeError:", e)


# __isabstractmethod__ follows the wrapped function, as ABCMeta reads it.
class Shape(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def sides():
        ...


print(Shape.__dict__["unit"].__isabstractmethod__, Shape.__dict__["sides"].__isabstractmethod__)
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    @classmethod
    def unit(cls):
        return cls.__name__

    @staticmethod
    def sides():
        return 4


print(Square.unit(), Square.sides(), Square().sides(), Square.__dict__["sides"](), Square.__abstractmethods__)


# A decorator that wraps the function keeps the chain visible through __wrapped__.
def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        print("calling", f.__name__)
        return f(*args)

    return wrapper


class Tool:
    @staticmethod
    @logged
    def version():
        return "1.0"

    @classmethod
    @logged
    def make(cls):
        return cls.__name__


s = Tool.__dict__["version"]
c = Tool.__dict__["make"]
print(s.__wrapped__.__name__, s.__wrapped__.__wrapped__.__name__, s(), c.__func__.__wrapped__.__qualname__)
print(Tool.make(), Tool.version())
print([n for n in ("__func__", "__wrapped__", "__isabstractmethod__", "__dict__", "__call__") if n in dir(staticmethod)])
print([n for n in ("__func__", "__wrapped__", "__isabstractmethod__", "__dict__", "__call__") if n in dir(classmethod)])
