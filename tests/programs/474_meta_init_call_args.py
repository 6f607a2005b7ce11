class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new kwargs", kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("init kwargs", kwargs)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, debug=True, level=3):
    pass
print(sorted(A.options.items()))

class NoKw(type):
    pass
try:
    class B(metaclass=NoKw, debug=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
C = Meta("C", (), {}, color="red")
print(C.options, type(C).__name__)
