# What runs when a dataclass is made and when it is called: the class body, then dataclass()
# (its __create_fn__ helpers); P(...) is type.__call__ -> __new__ -> the generated __init__,
# which assigns each field through __setattr__, calls default factories and __post_init__.
from dataclasses import dataclass, field, InitVar


def show(*objs):
    """print(), without the " at 0x..." addresses (they differ from run to run)."""
    s = " ".join(str(o) for o in objs)
    while " at 0x" in s:
        i = j = s.index(" at 0x") + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i - 6] + s[j:]
    print(s)

log = []

def next_id():
    log.append("next_id")
    return len(log)

class Traced:
    def __setattr__(self, name, value):
        print("  __setattr__", name, "=", value)
        object.__setattr__(self, name, value)

@dataclass
class Order(Traced):
    item: str
    qty: int = 1
    id: int = field(default_factory=next_id)
    tags: list = field(default_factory=list, repr=False)
    discount: InitVar[float] = 0.0

    def __new__(cls, *args, **kwargs):
        print("Order.__new__", args, kwargs)
        return super().__new__(cls)

    def __post_init__(self, discount):
        print("  __post_init__ discount", discount)
        self.total = self.qty * (1 - discount)

print("make one")
o = Order("tea", 2, discount=0.5)
print(o, o.total, log)
print("make another")
o2 = Order(item="cake", id=99)
print(o2, o2.total, log)

@dataclass(frozen=True)
class Frozen(Traced):
    a: int
    b: int = 2

print("frozen: __init__ uses object.__setattr__, so Traced.__setattr__ is not called")
fr = Frozen(1)
print(fr)
try:
    fr.a = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__)
        obj = super().__call__(*args, **kwargs)
        print("Meta.__call__ done")
        return obj

@dataclass
class Widget(metaclass=Meta):
    name: str
    size: int = 3
    def __post_init__(self):
        print("Widget.__post_init__", self)

w = Widget("knob")
show(Widget.__init__, Widget.__init__.__qualname__, Widget.__init__.__name__)
print(Widget.__init__.__annotations__)
print(Widget.__init__.__defaults__)
print(Widget.__repr__.__wrapped__ is not Widget.__repr__)

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("Base.__post_init__")

@dataclass
class Derived(Base):
    y: int = 0
    def __post_init__(self):
        print("Derived.__post_init__ first")
        super().__post_init__()

Derived(1, 2)

@dataclass
class Own:
    v: int
    def __init__(self, v):
        print("Own.__init__ is kept")
        self.v = v * 10
print(Own(1), Own.__init__.__qualname__)
