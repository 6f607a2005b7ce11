class Show:
    def __get__(self, obj, owner=None):
        o = "None" if obj is None else type(obj).__name__
        print("__get__ obj:", o, "owner:", owner.__name__)
        return self

class A:
    attr = Show()
class B(A):
    pass

A.attr
A().attr
B.attr
B().attr
s = A.__dict__["attr"]
print(type(s).__name__)
r = s.__get__(None, B)
print(r is s)
class Meta(type):
    mattr = Show()
class M(metaclass=Meta):
    pass
M.mattr
