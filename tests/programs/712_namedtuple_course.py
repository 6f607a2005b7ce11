# The "type() builds a class" chapter: namedtuple makes a class at run time, and the
# classes derived from it, with a class statement or with type(), behave like any other.
from collections import namedtuple

class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)

for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(3, 4)), [c.__name__ for c in Point.__mro__])
print(Point._make([6, 8]).hypot, type(Point._make([6, 8])).__name__)
print(Point(1, 2)._replace(x=9), type(Point(1, 2)._replace(x=9)).__name__)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print(type(e).__name__, e)

Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3), Point3D._fields)

# A class built with type() from a namedtuple base.
Record = namedtuple('Record', ['name', 'size'])
def describe(self):
    return f"{self.name} has size {self.size}"
def __repr__(self):
    return f"<{type(self).__name__} {self.name}>"
Item = type('Item', (Record,), {'describe': describe, '__repr__': __repr__, '__slots__': ()})
box = Item('box', 3)
print(box, box.describe(), box.size, Item.__bases__[0].__name__, isinstance(box, Record))
print(Item._make(['bag', 1]).describe(), box._replace(size=4), box._asdict())
Loose = type('Loose', (Record,), {})
bag = Loose('bag', 1)
bag.colour = 'red'
print(bag, bag.colour, vars(bag))

class Money(namedtuple('Money', 'amount currency')):
    __slots__ = ()
    def __new__(cls, amount, currency='EUR'):
        print('Money.__new__', amount, currency)
        return super().__new__(cls, round(amount, 2), currency)
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
    def __repr__(self):
        return f"{self.amount:.2f} {self.currency}"
total = Money(1.005) + Money(2)
print(total, Money._make([1, 'USD']), total._replace(currency='GBP'))
try:
    Money()
except TypeError as e:
    print(type(e).__name__, e)

class Node(namedtuple('Node', 'value children', defaults=[()])):
    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()
tree = Node(1, (Node(2), Node(3, (Node(4),))))
print(list(tree.walk()), tree.children[1])

class Tagged(namedtuple('Tagged', 'tag')):
    seen = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tagged.seen.append(cls.__name__)
class First(Tagged):
    pass
class Second(Tagged):
    pass
print(Tagged.seen, First('a'), Second(tag='b'))

class Swapped(namedtuple('Swapped', 'a b')):
    _fields = ('b', 'a')
    def __iter__(self):
        print('Swapped.__iter__')
        return iter(tuple.__getitem__(self, slice(None, None, -1)))
s = Swapped(1, 2)
print(s._asdict(), s._replace(a=5), list(s))

Renamed = namedtuple('Renamed', 'a b')
Renamed.__name__ = 'NewName'
print(Renamed(1, 2))

def make_record_type(name, fields):
    cls = namedtuple(name, fields)
    print('made', cls.__name__, 'with', cls._fields)
    return cls
Employee = make_record_type('Employee', 'name dept salary')
staff = [Employee('ann', 'it', 3), Employee('bob', 'hr', 2), Employee('cy', 'it', 4)]
print(sorted(staff, key=lambda e: e.salary)[0].name, sum(e.salary for e in staff if e.dept == 'it'))
