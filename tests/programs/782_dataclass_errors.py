# What @dataclass refuses, and the generated methods' own errors, with CPython's messages
# (caught: an uncaught one would show frames of CPython's dataclasses.py).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, FrozenInstanceError
import dataclasses

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def mutable_list():
    @dataclass
    class A:
        x: list = []
attempt("mutable list", mutable_list)

def mutable_dict():
    @dataclass
    class A:
        x: int = 0
        y: dict = {}
attempt("mutable dict", mutable_dict)

def mutable_set():
    @dataclass
    class A:
        y: set = set()
attempt("mutable set", mutable_set)

def custom_unhashable():
    class U:
        def __eq__(self, o): return True
    @dataclass
    class A:
        y: U = U()
attempt("unhashable default", custom_unhashable)

def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int
attempt("non-default", non_default)

def inherited_non_default():
    @dataclass
    class A:
        x: int = 0
    @dataclass
    class B(A):
        y: int
attempt("inherited non-default", inherited_non_default)

def both_defaults():
    return field(default=1, default_factory=list)
attempt("both defaults", both_defaults)

def no_annotation():
    @dataclass
    class A:
        x = field(default=1)
attempt("no annotation", no_annotation)

def order_no_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
attempt("order without eq", order_no_eq)

def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other): return True
attempt("overwrite __lt__", overwrite_lt)

def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        x: int
        def __setattr__(self, n, v): pass
attempt("overwrite __setattr__", overwrite_setattr)

def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self): return 1
attempt("overwrite __hash__", overwrite_hash)

def frozen_from_plain():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
attempt("frozen from non-frozen", frozen_from_plain)

def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int
    @dataclass
    class B(A):
        y: int
attempt("non-frozen from frozen", plain_from_frozen)

def kw_only_twice():
    @dataclass
    class A:
        a: dataclasses.KW_ONLY
        b: dataclasses.KW_ONLY
attempt("KW_ONLY twice", kw_only_twice)

def initvar_factory():
    @dataclass
    class A:
        x: dataclasses.InitVar[list] = field(default_factory=list)
attempt("InitVar factory", initvar_factory)

@dataclass
class P:
    x: int
    y: int = 0

attempt("missing arg", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unexpected kw", lambda: P(1, z=3))
attempt("duplicate", lambda: P(1, x=2))
attempt("fields(int)", lambda: fields(3))
attempt("fields(P)", lambda: len(fields(P)))
attempt("asdict(P)", lambda: asdict(P))
attempt("astuple(1)", lambda: astuple(1))
attempt("replace(1)", lambda: replace(1, x=2))
attempt("replace unknown", lambda: replace(P(1), z=2))
attempt("replace()", lambda: replace())
attempt("field(1)", lambda: field(1))
attempt("field(bad=1)", lambda: field(bad=1))
attempt("asdict 2 args", lambda: asdict(P(1), dict))
attempt("dataclass(1, 2)", lambda: dataclasses.dataclass(1, 2))
attempt("dataclass(x=1)", lambda: dataclasses.dataclass(x=1))

@dataclass
class Init0:
    x: int = field(default=0, init=False)
attempt("replace init=False", lambda: replace(Init0(), x=1))

@dataclass(frozen=True)
class F:
    x: int
f = F(1)
attempt("assign", lambda: setattr(f, "x", 2))
attempt("delete", lambda: delattr(f, "x"))
attempt("new attr", lambda: setattr(f, "y", 2))

class Sub(F):
    pass
s = Sub(1)
s.y = 5
print(s.y, s)
attempt("sub assign field", lambda: setattr(s, "x", 3))

attempt("make bad field", lambda: make_dataclass("C", [("a", int, 1, 2)]))
attempt("make bad name", lambda: make_dataclass("C", ["1a"]))
attempt("make keyword", lambda: make_dataclass("C", ["class"]))
attempt("make duplicate", lambda: make_dataclass("C", ["a", "a"]))
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))], bases=(P,), frozen=True) if False else None

def weakref_no_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int
attempt("weakref_slot", weakref_no_slots)

def slots_twice():
    @dataclass(slots=True)
    class A:
        __slots__ = ('x',)
        x: int
attempt("slots twice", slots_twice)
