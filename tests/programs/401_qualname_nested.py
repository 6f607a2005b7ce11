class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local

print(Outer.__qualname__)
print(Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.f.__qualname__)
L = Outer().f()
print(L.__name__, L.__qualname__)
print(Outer.Inner.__name__)

def func():
    def inner():
        pass
    return inner
print(func().__qualname__)
print(func.__name__, func.__module__)
