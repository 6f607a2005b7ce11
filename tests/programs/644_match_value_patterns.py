# Value patterns (dotted names) compare with ==, the subject on the left: user __eq__ methods
# run, reflected ones first for a subclass, in CPython's order.
import types


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


for c in ["red", "blue", "purple"]:
    match c:
        case Color.RED:
            print(c, "is red")
        case Color.GREEN | Color.BLUE:
            print(c, "is green or blue")
        case _:
            print(c, "is not a known color")

consts = types.SimpleNamespace(PI=3.14, E=2.72)
match 3.14:
    case consts.E:
        print("e")
    case consts.PI:
        print("pi from a namespace")


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __eq__(self, other):
        o = other.name if isinstance(other, Loud) else repr(other)
        print(f"  {self.name}.__eq__({o})")
        if isinstance(other, Loud):
            return self.value == other.value
        return NotImplemented

    def __repr__(self):
        return self.name


class Consts:
    ONE = Loud("ONE", 1)
    TWO = Loud("TWO", 2)
    PLAIN = 5


print("subject Loud, values Loud:")
match Loud("subject", 2):
    case Consts.ONE:
        print("one")
    case Consts.TWO:
        print("two")

print("subject int, value Loud (int.__eq__ gives NotImplemented, then reflected):")
match 2:
    case Consts.ONE:
        print("one")
    case _:
        print("no match")

print("subject Loud, value int:")
match Loud("subject", 5):
    case Consts.PLAIN:
        print("5")
    case _:
        print("no match")


class Child(Loud):
    def __eq__(self, other):
        print(f"  Child {self.name}.__eq__")
        return True


class More:
    KID = Child("KID", 0)


print("the value is a subclass of the subject's type: reflected first")
match Loud("parent", 1):
    case More.KID:
        print("matched by the child's __eq__")


# __eq__ returning a non-bool: its truth value decides.
class Weird:
    def __eq__(self, other):
        print("  Weird.__eq__ returns a list")
        return [other]

    def __bool__(self):
        return False


class W:
    V = 1


match Weird():
    case W.V:
        print("matched: [1] is true")

# In or-patterns, each alternative compares in turn until one matches.
print("or-pattern order:")
match Loud("s", 2):
    case Consts.ONE | Consts.TWO | Consts.ONE:
        print("matched second alternative")

# The value is looked up every time the case is tried.
class Config:
    LIMIT = 1


for v in [1, 2]:
    match v:
        case Config.LIMIT:
            print(v, "is the limit")
            Config.LIMIT = 2
        case _:
            print(v, "is not the limit")

# Sequence items compare one at a time, stopping at the first mismatch.
print("sequence of values:")
match [Loud("a", 1), Loud("b", 3), Loud("c", 2)]:
    case [Consts.ONE, Consts.TWO, Consts.TWO]:
        print("no")
    case [Consts.ONE, _, Consts.TWO]:
        print("first and third")
