# Enum is the standard library's metaclass showcase: EnumType builds the class.
import enum
from enum import Enum, EnumType, EnumMeta

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(type(Color))
print(type(Color).__mro__)
print(Color.__mro__)
print(EnumMeta is EnumType, type(Enum), type(type(Color)))
print(isinstance(Color.RED, Color), type(Color.RED), type(Color.RED) is Color)
print(isinstance(Color, EnumType), issubclass(Color, Enum))

# Members are made once, when the class is created: every lookup finds the same object.
print(Color(1) is Color.RED, Color['RED'] is Color.RED, Color(Color.RED) is Color.RED)
print(id(Color.RED) == id(Color(1)), Color.RED is list(Color)[0])

# __prepare__ gives the class body a namespace that records the members.
ns = EnumType.__prepare__('Size', (Enum,))
print(type(ns).__name__, isinstance(ns, dict))
ns['SMALL'] = 1
ns['LARGE'] = 2
print(ns._member_names)

# The metaclass's methods are what len(), iter(), in and [] call on the class.
print(len(Color), [m.name for m in Color], Color.GREEN in Color, Color['BLUE'])
print(EnumType.__len__(Color), EnumType.__getitem__(Color, 'GREEN'))
print('__iter__' in EnumType.__dict__, '__iter__' in Color.__dict__)

# Members live in the class's own namespace; the bookkeeping is there too.
print(Color.__dict__['RED'], Color._member_names_, Color._member_map_)
print(Color._value2member_map_)
print(type(Color.__members__).__name__, list(Color.__members__.items()))

# Enum.__new__ looks a value up; it never makes a new member after the class exists.
print(Color.__new__ is Enum.__new__, Color.__new__(Color, 2))
print(repr(Color), str(Color), Color.__name__, Color.__qualname__, Color.__module__)
print(type(Color.RED.name), Color.RED.__class__, Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else None)

# A plain metaclass of your own, for comparison: __call__ decides what Class(...) returns.
class Registry(type):
    def __call__(cls, key):
        print(f"Registry.__call__({cls.__name__}, {key!r})")
        return cls.instances.setdefault(key, super().__call__(key))

class Token(metaclass=Registry):
    instances = {}
    def __init__(self, key):
        self.key = key

a = Token('x')
b = Token('x')
print(a is b, type(Token).__name__)
print(sorted(n for n in dir(EnumType) if not n.startswith('_')))
