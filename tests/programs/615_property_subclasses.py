class P(property):
    def __init__(self, *a, **k):
        print("P.__init__")
        super().__init__(*a, **k)
class B:
    @P
    def w(self):
        return 3
    @w.setter
    def w(self, v):
        print("set", v)
print(type(B.__dict__['w']).__name__, isinstance(P(lambda s: 1), P), B().w)
b = B()
b.w = 5
class Logged(property):
    def __get__(self, obj, objtype=None):
        print("Logged.__get__", obj is None)
        return super().__get__(obj, objtype)
    def __set__(self, obj, value):
        print("Logged.__set__", value)
        super().__set__(obj, value)
class C:
    def __init__(self):
        self._x = 1
    @Logged
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
c = C()
print(c.x)
c.x = 10
print(c.x, type(C.x).__name__)
try:
    del c.x
except AttributeError as e:
    print(e)
class D:
    @property
    def ro(self):
        return 1
try:
    D().ro = 2
except AttributeError as e:
    print(e)
try:
    D.ro.__set__(D(), 2)
except AttributeError as e:
    print(e)
try:
    D.ro.__delete__(D())
except AttributeError as e:
    print(e)
print(D.ro.__get__(D()), D.ro.__get__(None, D) is D.ro)
print(vars(P(lambda s: 1)))
