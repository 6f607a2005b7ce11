# Enum's errors, each caught: CPython's exception types and messages.
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: Color(5))
attempt(lambda: Color['PURPLE'])
attempt(lambda: Color.PURPLE)
attempt(lambda: setattr(Color, 'RED', 3))
attempt(lambda: delattr(Color, 'RED'))
attempt(lambda: setattr(Color.RED, 'name', 'x'))
attempt(lambda: setattr(Color.RED, 'value', 'x'))
attempt(lambda: delattr(Color.RED, 'value'))
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color.RED.foo)
# 3.11 also warns (once per line) that 3.12 will answer instead of raising.
for _ in range(2):
    attempt(lambda: 1 in Color)
attempt(lambda: Color())
attempt(lambda: Enum(1))
def redefine():
    class Bad(Enum):
        A = 1
        A = 2
attempt(redefine)
def method_then_member():
    class Bad(Enum):
        def A(self): pass
        A = 2
try:
    method_then_member()
except TypeError as e:
    print(type(e).__name__, str(e).split(' at ')[0])
def member_then_method():
    class Bad(Enum):
        A = 2
        def A(self): pass
attempt(member_then_method)
def extend():
    class More(Color):
        BLUE = 3
attempt(extend)
def dup():
    @unique
    class C(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
attempt(dup)
def sunder():
    class S(Enum):
        _foo_ = 1
attempt(sunder)
def mro_name():
    class S(Enum):
        mro = 1
attempt(mro_name)
def not_enum_last():
    class S(Enum, int):
        A = 1
attempt(not_enum_last)
def intenum_str():
    class S(IntEnum):
        A = 'x'
attempt(intenum_str)
def strenum_int():
    class S(StrEnum):
        A = 1
attempt(strenum_int)
def gnv_late():
    class S(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last):
            return 5
attempt(gnv_late)
def order():
    class S(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
attempt(order)
class Strict(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'nope'
attempt(lambda: Strict(2))
class Raising(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
try:
    Raising(3)
except KeyError as e:
    print(type(e).__name__, e, repr(e.__context__))
def ignore_late():
    class S(Enum):
        A = 1
        _ignore_ = ['A']
attempt(ignore_late)
def reprenum_plain():
    from enum import ReprEnum
    class S(ReprEnum):
        A = 1
attempt(reprenum_plain)
def bad_init():
    class S(Enum):
        A = 1, 2
        def __init__(self, a):
            pass
attempt(bad_init)
