# Fields: a dataclass base's fields come first (a redefinition keeps its place), field()
# options, InitVar passed to __post_init__, KW_ONLY and kw_only=, a field named self.
from dataclasses import dataclass, field, fields, replace, InitVar, KW_ONLY, FrozenInstanceError
import dataclasses


def show(*objs):
    """print(), without the " at 0x..." addresses (they differ from run to run)."""
    s = " ".join(str(o) for o in objs)
    while " at 0x" in s:
        i = j = s.index(" at 0x") + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i - 6] + s[j:]
    print(s)


@dataclass
class Base:
    x: int
    y: int = 1
    def __post_init__(self):
        print("Base.__post_init__", self)

@dataclass
class Child(Base):
    z: int = 2
    x: int = 10

c = Child()
print(c, [f.name for f in fields(c)], Child.__match_args__)
print(Child.__init__ is not Base.__init__, Child.__doc__)

@dataclass
class C2(Base):
    w: str = "w"
    def __post_init__(self):
        super().__post_init__()
        print("C2.__post_init__")
C2(5)

@dataclass
class Temp:
    celsius: float
    scale: InitVar[str] = "C"
    def __post_init__(self, scale):
        print("scale", scale)
        if scale == "F":
            self.celsius = (self.celsius - 32) * 5 / 9
t = Temp(212, "F")
show(t, fields(t), Temp.__dataclass_fields__['scale']._field_type)
print(Temp.__init__.__annotations__)
print(replace(t, scale="C"))
try:
    @dataclass
    class NeedsVar:
        x: InitVar[int]
        def __post_init__(self, x): pass
    replace(NeedsVar(1))
except ValueError as e:
    print("ValueError:", e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(K(1, c=3), K.__match_args__)
try:
    K(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class KO:
    a: int
    b: int = field(default=2, kw_only=False)
print(KO(5, a=1))

@dataclass
class Sub(KO):
    c: int = 3
print(Sub(a=1), Sub.__match_args__)

@dataclass
class NoFields:
    pass
print(NoFields(), NoFields() == NoFields(), NoFields.__match_args__, NoFields.__doc__)

@dataclass
class Selfish:
    self: int
    other: int = 2
print(Selfish(1), Selfish(self=3))

class NotDC:
    x: int = 5
@dataclass
class FromPlain(NotDC):
    y: int = 0
show(FromPlain(), fields(FromPlain))

@dataclass
class Counted:
    n: int = 0
    log: list = field(default_factory=list, compare=False, repr=False)
    hidden: int = field(default=0, repr=False)
    meta: int = field(default=0, metadata={"unit": "cm"})
print(Counted(1, [1]) == Counted(1, [2]), Counted(), fields(Counted)[3].metadata, fields(Counted)[3].metadata["unit"])

# ClassVar via a string annotation is a field without typing imported
@dataclass
class CV:
    x: int = 0
    count: 'ClassVar[int]' = 0
print(CV(), [f.name for f in fields(CV)])

@dataclass
class Desc:
    x: int = field(default=1, init=False)
    y: int = field(default_factory=lambda: 7, init=False)
print(Desc(), Desc.__init__.__annotations__)

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: "Outer.Inner" = None
print(Outer(Outer.Inner(3)), Outer.Inner.__init__.__qualname__, Outer.Inner.__repr__.__qualname__)

@dataclass(frozen=True)
class FB:
    x: int = 0
@dataclass(frozen=True)
class FC(FB):
    y: int = 1
fc = FC()
try:
    fc.y = 3
except FrozenInstanceError as e:
    print(e)
print(fc, hash(fc) == hash((0, 1)))
