class A:
    "A docstring"
class B:
    pass
class C(A, B):
    """C has a doc."""
    def m(self):
        "method doc"

print(A.__doc__)
print(B.__doc__)
print(C.__doc__)
print(C.m.__doc__)
print([b.__name__ for b in C.__bases__])
print(C.__base__.__name__)
print([k.__name__ for k in C.__mro__])
print(C.__mro__ == tuple(C.mro()))
print(type(C.__mro__).__name__, type(C.mro()).__name__)
print(issubclass(C, A), issubclass(C, B), issubclass(A, C))
print(issubclass(C, (int, B)))
print(object.__doc__ is not None)
print(A.__base__ is object, object.__base__)
