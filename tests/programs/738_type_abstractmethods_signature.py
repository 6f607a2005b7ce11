# type.__abstractmethods__ (a class's own, set by ABCMeta; AttributeError when unset),
# type.__text_signature__, and the __dict__ of exceptions.
import abc


class Plain:
    pass


for cls in (Plain, type, object):
    try:
        print(cls.__abstractmethods__)
    except AttributeError as e:
        print(cls.__name__, "AttributeError:", e)
print(hasattr(Plain, "__abstractmethods__"), "__abstractmethods__" in dir(type), "__abstractmethods__" in dir(Plain))


class Store(abc.ABC):
    @abc.abstractmethod
    def get(self, key):
        ...

    @abc.abstractmethod
    def put(self, key, value):
        ...


class Half(Store):
    def get(self, key):
        return key


class Full(Half):
    def put(self, key, value):
        pass


print(sorted(Store.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(type(Store.__abstractmethods__).__name__, "__abstractmethods__" in Store.__dict__)
for cls in (Store, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(type(Full()).__name__)

# Assigning it makes (or unmakes) a class abstract; deleting twice fails.
Plain.__abstractmethods__ = frozenset({"run"})
print(Plain.__abstractmethods__, Plain.__dict__["__abstractmethods__"])
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print("TypeError:", e)


# __text_signature__: None for classes, unless the docstring starts with "Name(sig)\n--\n\n".
class Documented:
    "Documented(x, y=0)\n--\n\nA point."


class Other:
    "Other(a)\n\n--\n\nblank line first."


class Misnamed:
    "Nope(a)\n--\n\ntext"


print(Plain.__text_signature__, Documented.__text_signature__, Other.__text_signature__, Misnamed.__text_signature__)
print(object.__text_signature__, list.__text_signature__, float.__text_signature__, property.__text_signature__)
print(int.__text_signature__, dict.__text_signature__, type.__text_signature__, ValueError.__text_signature__)
for target in (Plain, int):
    try:
        target.__text_signature__ = "(x)"
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del Plain.__text_signature__
except AttributeError as e:
    print("AttributeError:", e)
print("__text_signature__" in dir(type))

# Exceptions keep their attributes in a __dict__.
e = ValueError("bad")
print(e.__dict__, vars(e), "__dict__" in dir(e), "__dict__" in dir(BaseException))
e.code = 7
print(e.__dict__)
e.__dict__ = {"code": 8, "hint": "retry"}
print(e.code, e.hint, e.args)
for bad in (5, None):
    try:
        e.__dict__ = bad
    except TypeError as x:
        print("TypeError:", x)
try:
    del e.__dict__
except TypeError as x:
    print("TypeError:", x)
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as x:
    print("TypeError:", x)
try:
    del e.__traceback__
except TypeError as x:
    print("TypeError:", x)


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


a = AppError("failed", 3)
print(a.__dict__, a.args)
try:
    del a.__dict__
except TypeError as x:
    print("TypeError:", x)
print(BaseException.__dict__ is not None, type(e).__dict__ is not None)
