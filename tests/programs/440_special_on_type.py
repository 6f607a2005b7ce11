class C:
    def __len__(self):
        return 5
    def __repr__(self):
        return "C()"

c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__())
print(repr(c), c.__repr__())
print(c)

class D:
    pass
d = D()
d.__str__ = lambda: "never"
print(type(str(d)).__name__, str(d) != "never")
d.__call__ = lambda: "called?"
try:
    d()
except TypeError as e:
    print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c))
d.__iter__ = lambda: iter([1])
for x in d:
    print(x)
