# auto(), IntEnum and StrEnum: values made for you, members that are also ints or strs.
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    PURPLE = auto()
print(list(Color), repr(auto()), repr(auto(5)))

class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        print("next value for", name, start, count, last_values)
        return name.lower() * 2
    NORTH = auto()
    SOUTH = auto()
print(list(Name), Name('southsouth'))

class Mixed(Enum):
    A = auto(), 'first'
    B = 5
    C = auto(), auto()
print(list(Mixed))

class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = auto()
print(Priority.HIGH, repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, '03d'))
print(Priority.LOW + Priority.HIGH, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority(2), Priority.MEDIUM == 2)
print(isinstance(Priority.LOW, int), Priority.__mro__, hash(Priority.LOW) == hash(1))
print(sorted([Priority.HIGH, Priority.LOW]), [1, 2, 3][Priority.MEDIUM], int(Priority.HIGH), float(Priority.LOW))
print(Priority.HIGH.bit_length(), Priority.HIGH.real, Priority(3))

class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    APPEND = 'a'
print(Mode.READ, repr(Mode.READ), str(Mode.WRITE), f"{Mode.APPEND}!", format(Mode.READ, '>6'))
print(Mode.READ == 'read', Mode.READ.upper(), Mode('a'), Mode.WRITE + '!', isinstance(Mode.READ, str), Mode.__mro__)
print('-'.join(Mode), list(Mode), len(Mode.WRITE))

# In 3.11 a plain Enum mixed with int keeps Enum's str() and format().
class Level(int, Enum):
    DEBUG = 10
    INFO = 20
print(Level.INFO, repr(Level.INFO), f"{Level.INFO}", Level.INFO + 1)

@unique
class Direction(Enum):
    N = 'n'
    S = 's'
print(Direction.S, unique(Direction) is Direction)
