# The types of builtin methods: method_descriptor, wrapper_descriptor (a builtin class's
# dunder), builtin_function_or_method and method-wrapper once bound; their equality and hashing.
import types
class A:
    def m(self): pass
print(type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(A().__init__).__name__, type(A().m).__name__)
print(type(str.upper).__name__, type(len).__name__, type(object.__new__).__name__, type(dict.fromkeys).__name__)
print(isinstance([].append, types.BuiltinFunctionType), isinstance(A().m, types.MethodType), isinstance((1).__add__, types.MethodWrapperType))
print(int.__add__, str.upper, len)
l = []
print(l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append), l.append.__self__ is l, l.append.__name__, l.append.__qualname__)
print((1).__add__(2), int.__add__(1, 2), A.m.__name__)
