class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
p.y = 5
print(p.y, P.x.__class__.__name__)
class Q(P):
    pass
q = Q(2)
q.z = 9
print(q.z, q.__dict__)
try:
    class R:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
