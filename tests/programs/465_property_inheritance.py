class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("Base setter", x)
        self._v = x

class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100

c = Child()
print(c.v)
c.v = 2
print(c.v)
print(Base.v is Child.v, Base.v.fset is Child.v.fset)

class Over(Base):
    v = 7
o = Over()
print(o.v)
o.v = 8
print(o.v, Over.v)

class RO(Base):
    @property
    def v(self):
        return "只读"
r = RO()
print(r.v)
r.v = 3
