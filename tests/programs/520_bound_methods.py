class C:
    def m(self, x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(y):
        return y + 1
c = C()
bm = c.m
print(bm(3), bm.__self__ is c, bm.__func__ is C.m, C.m(c, 4))
print(c.cm(), C.cm(), c.sm(1), C.sm(2))
print(type(bm).__name__, type(C.m).__name__, type(C.__dict__["cm"]).__name__, type(C.__dict__["sm"]).__name__)
print(C.m.__qualname__, bm.__name__)
f = C.__dict__["m"]
print(f.__get__(c, C)(5), f.__get__(None, C) is f)
try:
    C.m(5)
except TypeError as e:
    print(e)
