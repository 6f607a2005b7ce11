class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
        class Deep:
            pass
    def f(self):
        class InF:
            pass
        return InF
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer().f().__qualname__, Outer().f().__name__, Outer.__module__)
print(Outer.Inner, Outer().f())
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
