class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases])
        print("  keys:", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", cls.__name__, name)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    a = 1
    def f(self):
        return 2

print("---")
class Child(Base):
    b = 3

print(type(Base).__name__, type(Child).__name__)
print(Child().f(), Child.a, Child.b)
print(isinstance(Child, Meta), isinstance(Child(), Meta))
