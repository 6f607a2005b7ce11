# Enum members do not order (only IntEnum's, which are ints): an uncaught TypeError.
from enum import Enum, IntEnum

class Priority(IntEnum):
    LOW = 1
    HIGH = 2

class Size(Enum):
    SMALL = 1
    LARGE = 2

print(Priority.LOW < Priority.HIGH, max(Priority), sorted([Priority.HIGH, Priority.LOW]))
print(Size.SMALL.value < Size.LARGE.value)
print(Size.SMALL < Size.LARGE)
