# namedtuple: a tuple subclass with named fields, built by a function at run time.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(type(p).__name__, Point.__bases__, isinstance(p, tuple))
print(Point._fields, Point.__match_args__, Point._field_defaults)
print(Point.__doc__, '|', Point.__new__.__doc__, '|', Point.__new__.__qualname__)
print(Point.__module__, Point.__new__.__module__, Point.__slots__, hasattr(p, '__dict__'))
x, y = p
print(x + y, list(p), tuple(p), p == (3, 4), p != Point(4, 3))
print(hash(p) == hash((3, 4)), {p: 'here'}[Point(3, 4)])
print(p + (5,), p * 2, p[::-1], type(p[:1]).__name__, p.count(3), p.index(4))
print(Point._make([1, 2]), Point._make(range(2)), Point._make(iter('ab')))
print(p._replace(x=10), p._replace(), p._replace(y=0, x=0), p)
print(p._asdict(), type(p._asdict()).__name__, p.__getnewargs__())
print(Point(x=1, y=2), Point(1, y=2), Point(*[5, 6]), Point(**{'y': 8, 'x': 7}))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(max([Point(2, 1), Point(1, 5)], key=lambda q: q.y))
print(str(p), f"{p}", f"{p!r}", repr(Point('a', [1, 2])))
print(Point.x, Point.y.__doc__, type(Point.x).__name__, type(Point.x).__module__)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
print([name for name in Point.__dict__])

Color = namedtuple('Color', ['red', 'green', 'blue'], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__new__.__defaults__)
One = namedtuple('One', 'value')
print(One(5), One.__doc__, One._fields, One(value=[]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Spaced = namedtuple('Spaced', 'a, b ,c')
print(Spaced._fields, Spaced(1, 2, 3))
Mod = namedtuple('Mod', 'a', module='geometry')
print(Mod.__module__, Mod(1))

match Point(0, 7):
    case Point(0, y):
        print('on the y axis at', y)
match p:
    case Point(x=3, y=yy):
        print('x is 3, y is', yy)
nested = Point(Point(1, 2), [Point(3, 4)])
print(nested, nested.x.y, nested.y[0].x)
