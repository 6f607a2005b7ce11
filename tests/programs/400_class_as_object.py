class C:
    """Doc of C."""
    x = 1

print(type(C).__name__)
print(type(type).__name__)
print(type(type) is type)
print(C.__name__, C.__qualname__, C.__module__)
print(C.__doc__)
print(C.__bases__ == (object,))
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in C.mro()])
print(isinstance(C, type), isinstance(C, object))
print(type(object).__name__, object.__bases__)
print(type.__bases__[0].__name__)
print(isinstance(type, object), isinstance(object, type))
c = C()
print(type(c) is C, c.__class__ is C)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
