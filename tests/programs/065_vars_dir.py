class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.x = 10
        self.y = 20
    def child_method(self):
        pass
c = Child()
print(vars(c))
c.z = 30
print(vars(c), c.__dict__ is vars(c))
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("__")])
print([k for k in vars(Child) if not k.startswith("__")])
vars(c)["w"] = 40
print(c.w)
class Empty:
    pass
print(vars(Empty()), [n for n in dir(Empty()) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
