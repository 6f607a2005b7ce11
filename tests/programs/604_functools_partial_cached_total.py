import functools
from functools import total_ordering, cached_property, partial, reduce

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return f"V{self.n}"

a, b = Version(1), Version(2)
print(a > b, a <= b, a >= b, b >= b, a < b)
print(sorted([Version(3), a, b]))
print(Version.__gt__.__name__, "__ge__" in Version.__dict__)

@total_ordering
class G:
    def __init__(self, n): self.n = n
    def __ge__(self, other):
        if not isinstance(other, G): return NotImplemented
        return self.n >= other.n
print(G(1) < G(2), G(2) <= G(1), G(3) > G(3))
try:
    G(1) < 5
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nope: pass
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        """Area of the circle."""
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(Circle.area.__doc__, Circle.area.attrname, type(Circle.area).__name__)
print(Circle.__dict__['area'].func.__name__)
class S:
    __slots__ = ("x",)
    @cached_property
    def y(self): return 1
try:
    S().y
except TypeError as e:
    print(e)
cp = cached_property(lambda self: 1)
try:
    class T:
        a = cp
        b = cp
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
cp2 = cached_property(lambda self: 5)
class U: pass
U.z = cp2
try:
    U().z
except TypeError as e:
    print(e)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square(5, exp=3), square.func is power, square.args, square.keywords)
p2 = partial(square, 3)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(power, 2)).startswith("functools.partial(<function power at 0x"))
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10))
print(reduce(lambda x, y: x + [y], "abc", []))
for bad in [lambda: partial(), lambda: partial(3), lambda: reduce(max, []), lambda: reduce(max), lambda: reduce(max, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    square.func = None
except AttributeError as e:
    print(e)
print(isinstance(square, partial), type(square).__name__, type(square).__module__)
print(callable(square))
def f(): "doc"
w = functools.update_wrapper(lambda: None, f)
print(w.__name__, w.__doc__, w.__wrapped__ is f)
g = functools.wraps(f, assigned=("__name__",))(lambda: 1)
print(g.__name__, g.__doc__)
