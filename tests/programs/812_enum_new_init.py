# A custom __new__ or __init__ in an enum: each member's tuple is passed as the arguments.
from enum import Enum

class Coord(str, Enum):
    def __new__(cls, value, label):
        print("new", cls.__name__, value, label)
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = ('x', 'P.X')
    PY = ('y', 'P.Y')

print(Coord.PY, repr(Coord.PY), Coord.PY.label, Coord('y'), Coord.PX.value, Coord.PX.upper())
print(Coord.__new__ is Enum.__new__, Coord.__new_member__.__name__)

class Ordinal(int, Enum):
    def __new__(cls, value, abbr):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.abbr = abbr
        return obj
    FIRST = 1, '1st'
    SECOND = 2, '2nd'

print(Ordinal.SECOND, repr(Ordinal.SECOND), Ordinal.SECOND + 1, Ordinal.SECOND.abbr)
print(Ordinal(2), f"{Ordinal.FIRST}", Ordinal.FIRST < Ordinal.SECOND)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        print("init", self.name, mass, radius, self.value)
        self.mass = mass
        self.radius = radius

print(Planet.EARTH, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))

# __new__ that sets no _value_: the value is the whole tuple.
class Pair(Enum):
    def __new__(cls, a, b):
        obj = object.__new__(cls)
        obj.total = a + b
        return obj
    AB = 1, 2
    CD = 3, 4
print(Pair.AB, Pair.CD.value, Pair.CD.total, Pair((1, 2)))

# An auto-numbered enum through __new__, as the docs show.
class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    def __init__(self, color):
        self.color = color

class Fruit(AutoNumber):
    APPLE = 'red'
    BANANA = 'yellow'
print(list(Fruit), Fruit.BANANA.color, Fruit(2))

# __init_subclass__ runs after the members exist.
class Base(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, list(cls), kw)
        super().__init_subclass__()

class Animal(Base):
    CAT = 1
    DOG = 2
print(Animal.DOG)

# _missing_ handles values with no member.
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        print("missing", repr(value))
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Status('ACTIVE'), Status('Inactive'), Status('active'))
try:
    Status(42)
except ValueError as e:
    print(type(e).__name__, e)

# _ignore_ names are dropped from the class; a tuple enum keeps its tuples.
class Week(Enum):
    _ignore_ = 'day i'
    day = None
    MON = 1
    TUE = 2
print(list(Week), hasattr(Week, 'day'))

class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Point.UNIT, repr(Point.UNIT), Point.UNIT[0], Point((0, 0)))
