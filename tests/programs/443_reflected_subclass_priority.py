class Base:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print("Base.__add__")
        return "base-add"
    def __radd__(self, other):
        print("Base.__radd__")
        return "base-radd"
    def __lt__(self, other):
        print("Base.__lt__")
        return True
    def __gt__(self, other):
        print("Base.__gt__")
        return False

class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived-radd"
    def __gt__(self, other):
        print("Derived.__gt__")
        return True

print(Base(1) + Derived(2))
print(Base(1) + Base(2))
print(Base(1) < Derived(2))
print(Base(1) < Base(2))

class Sub2(Base):
    pass
print(Base(1) + Sub2(2))
