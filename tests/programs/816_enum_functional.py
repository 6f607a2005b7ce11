# The functional API: calling an enum class with a name and members makes a new enum class.
from enum import Enum, IntEnum, StrEnum

Color = Enum('Color', 'RED GREEN BLUE')
print(Color, list(Color), Color.__module__, Color.__qualname__, type(Color))
print(Color.RED, Color(2), Color['BLUE'])

Animal = Enum('Animal', ['ANT', 'BEE'], start=10)
print(list(Animal))

Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(list(Shape), Shape(3))

Dir = Enum('Dir', {'N': 'north', 'S': 'south'})
print(list(Dir), Dir('south'))

Num = IntEnum('Num', 'ONE, TWO')
print(list(Num), Num.TWO + 1)

Mode = StrEnum('Mode', 'READ WRITE')
print(list(Mode), Mode.READ.upper())

Pt = Enum('Pt', 'X Y', type=int)
print(list(Pt), Pt.X + 1, Pt.__mro__)

Q = Enum('Q', 'A', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.A))

Empty = Enum('Empty', [])
print(list(Empty), len(Empty))

# The same as a class statement: EnumType builds both.
class Color2(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print([m.value for m in Color] == [m.value for m in Color2], type(Color) is type(Color2))

# An enum with members cannot be extended, not even by the functional API.
for args in [('Bad', 'A A'), ('More', 'X')]:
    try:
        (Color if args[0] == 'More' else Enum)(*args)
    except TypeError as e:
        print(type(e).__name__, e)
