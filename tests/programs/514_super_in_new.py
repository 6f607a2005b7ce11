class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
class Mid(Base):
    def __new__(cls, *args):
        print("Mid.__new__")
        inst = super().__new__(cls, *args)
        inst.tag = "mid"
        return inst
    def __init__(self, x):
        self.x = x
m = Mid(5)
print(m.tag, m.x, type(m).__name__)
try:
    object.__new__(Mid, 1)
except TypeError as e:
    print(e)
