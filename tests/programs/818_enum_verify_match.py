# verify() and EnumCheck, Flag boundaries, and enum members in match statements and with overridden dunders.
import enum
from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, STRICT, CONFORM, KEEP, EJECT, FlagBoundary
print(repr(UNIQUE), str(UNIQUE), EnumCheck.__mro__, repr(STRICT), list(FlagBoundary))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def uniq():
    @verify(UNIQUE)
    class C(Enum):
        A = 1
        B = 1
attempt(uniq)
def cont():
    @verify(CONTINUOUS)
    class C(Enum):
        A = 1
        B = 5
attempt(cont)
def contf():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 8
attempt(contf)
def named():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        C = 15
attempt(named)
def ok():
    @verify(UNIQUE, CONTINUOUS)
    class C(Enum):
        A = 1
        B = 2
    return list(C)
attempt(ok)
print(enum.show_flag_values(13))
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conf(7), repr(Conf(7)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(Ej(3), type(Ej(3)))
class Kp(Flag, boundary=KEEP):
    A = 1
print(Kp(5), repr(Kp(5)))
print(sorted(enum.__all__)[:6])

class Color(Enum):
    RED = 1
    GREEN = 2
    RED_ALIAS = RED
    def __str__(self):
        return self.name.lower()
    def __lt__(self, other):
        return self.value < other.value
print(Color.RED, repr(Color.RED), f"{Color.RED}", Color.RED_ALIAS is Color.RED, sorted([Color.GREEN, Color.RED]))

def which(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(which(Color.GREEN), which(Color(1)))

class V(Enum):
    NONE = None
    F = 1.5
    T = True
print(list(V), V(None), V(1.5), V(True))
print(vars(Color.RED), Color.RED.__reduce_ex__(4))

# A class nested in an enum body is still a member in 3.11 (with a DeprecationWarning).
class Outer(Enum):
    A = 1
    class Inner:
        pass
print(list(Outer))

# auto() after values that do not sort: 3.11 warns, then adds 1 to the last value it can.
from enum import auto
class Loose(Enum):
    X = 'a'
    Y = 1
    Z = auto()
print(list(Loose))
