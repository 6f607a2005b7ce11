class Box:
    def __len__(self):
        return 3
    def __repr__(self):
        return "Box()"
b = Box()
b.__len__ = lambda: 100
b.__repr__ = lambda: "instance repr"
print(len(b), repr(b), b.__len__())
class NoCall:
    pass
n = NoCall()
n.__call__ = lambda: "called"
try:
    n()
except TypeError as e:
    print(e)
Box.__len__ = lambda self: 7
print(len(b))
