class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, sorted(q.__dict__))
class R(P):
    __slots__ = ("w",)
r = R(0, 0)
r.w = 1
print(r.w)
r.v = 1
