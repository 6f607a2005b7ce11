# The __class__ cell: a class body whose methods use super() or __class__ hands its cell to
# type.__new__ as ns['__classcell__']; the class statement checks it was filled.
class Dropping(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.pop("__classcell__", None)
        print("Dropping", name, type(cell).__name__)
        return super().__new__(mcls, name, bases, ns)

try:
    class A(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

class NoCell(metaclass=Dropping):
    def f(self):
        return 1
print(NoCell.__name__)

class Twice(type):
    def __new__(mcls, name, bases, ns):
        first = type.__new__(mcls, name, bases, dict(ns))
        rest = {k: v for k, v in ns.items() if k != "__classcell__"}
        return type.__new__(mcls, name + "2", bases, rest)

try:
    class B(metaclass=Twice):
        def g(self):
            return super()
except TypeError as e:
    print("TypeError:", e)

class Showing(type):
    def __new__(mcls, name, bases, ns):
        cell = ns["__classcell__"]
        print(type(cell), repr(cell).split(" at ")[0], "empty" in repr(cell))
        cls = super().__new__(mcls, name, bases, ns)
        print(cell.cell_contents is cls, "__classcell__" in cls.__dict__)
        print(cls.h.__closure__[0] is cell)
        return cls

class C(metaclass=Showing):
    def h(self):
        return __class__

print(C().h() is C)

class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns["__classcell__"] = 42
        return super().__new__(mcls, name, bases, ns)

try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

def not_a_class(name, bases, ns):
    return "a string"

class E(metaclass=not_a_class):
    def k(self):
        return __class__
print(E)
