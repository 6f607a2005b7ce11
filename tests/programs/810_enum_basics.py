# Enum basics: members, lookups by value and by name, iteration, aliases, str/repr/format.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1      # same value as RED: an alias, not a new member

print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'])
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color))
print(list(reversed(Color)))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color['CRIMSON'].name)
print(Color.__members__)
print(Color.RED in Color, Color.CRIMSON in Color)
print(str(Color.BLUE), format(Color.BLUE), f"[{Color.BLUE:>12}]", f"{Color.BLUE!r}")
print(hash(Color.RED) == hash('RED'), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color(2)])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color), bool(Color.RED))
print(dir(Color.RED))
print(dir(Color))

for name, member in Color.__members__.items():
    print(name, '->', member, member.value)

# Values of any type; lookups by an unhashable value search the members.
class Setting(Enum):
    ON = [1]
    OFF = [0]
    NAME = 'setting'
    PAIR = (1, 2)
print(Setting([1]), Setting('setting'), Setting((1, 2)), Setting.PAIR.value)

# Methods and properties in the enum body are not members.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()}: g = {self.surface_gravity:.2f}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.describe(), Planet.heaviest())
print(list(Planet))

# Members named like Enum's own properties still work.
class Field(Enum):
    name = 1
    value = 2
print(Field.name, Field.value, Field.name.name, Field.value.value)

# A subclass of an enum without members shares its methods.
class Describable(Enum):
    def describe(self):
        return f"{type(self).__name__} {self.name.lower()}"

class Fruit(Describable):
    APPLE = 'a'
    PEAR = 'p'
print(Fruit.PEAR.describe(), Fruit.__mro__)

# Members are singletons: no copy makes a new one.
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
