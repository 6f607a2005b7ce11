class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c), c.__dict__ is vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(k for k in Child.__dict__ if not k.startswith("__")))
c.__dict__["extra"] = 4
print(c.extra, hasattr(c, "extra"), getattr(c, "missing", "default"))
setattr(c, "dyn", 5)
delattr(c, "inst")
print(sorted(vars(c)))
try:
    vars(5)
except TypeError as e:
    print(e)
