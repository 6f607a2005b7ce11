"""Annotations under the future import are the source text CPython writes back from the tree."""
from __future__ import annotations

x01: List[int]
x02: int | None
x03: 'x'
x04: "x"
x05: dict[str, list[int]]
x06: Callable[[int], str]
x07: a.b.c
x08: -1
x09: lambda: 1
x10: lambda x, y=1, *a, z, w=2, **k: x + y
x11: a if b else c
x12: (a if b else c) if d else e
x13: a + b * c
x14: (a + b) * c
x15: a ** b ** c
x16: (a ** b) ** c
x17: -a ** b
x18: (-a) ** b
x19: not a and b or c
x20: not (a and b)
x21: a < b <= c != d
x22: a is not b
x23: a not in b
x24: Tuple[int, str]
x25: Tuple[()]
x26: Tuple[int,]
x27: Tuple[*Ts]
x28: f"{a}b{c!r:>{w}}"
x29: f"{x=}"
x30: f"{'q'}"
x31: 1.5
x32: 1e400
x33: 0x10
x34: 1_000_000
x35: 2j
x36: None
x37: ...
x38: True
x39: b"by\x00'tes"
x40: [a, b]
x41: (a, b)
x42: {a: b, **c}
x43: {a, b}
x44: [y for y in z if y]
x45: (y for y in z)
x46: {k: v for k, v in z}
x47: {y for y in z}
x48: f(a, *b, c=1, **d)
x49: f(y for y in z)
x50: a[1:2]
x51: a[::2]
x52: a[1:2, ::3]
x53: a[:]
x54: 1 .real
x55: (1).real
x56: 1.5.real
x57: ~a
x58: +a
x59: --a
x60: -(-a)
x61: a @ b
x62: a // b % c
x63: a << b >> c
x64: a & b ^ c | d
x65: (a | b) & c
x66: "it's"
x67: 'say "hi"'
x68: 'both \' and "'
x69: "tab\tnl\n"
x70: "é ü \u200b"
x71: (lambda: 1)()
x72: (a, b)[0]
x73: -a.b
x74: (not a) + b
x75: a[b][c](d).e
x76: Literal['a', "b"]
x77: Optional[Union[int, str]]
x78: set()
x79: {}
x80: ()
x81: 10**20
x82: 123456789012345678901234567890
x83: a if b else lambda: c
x85: a and (b or c)
x86: (a and b) or c
x87: a - (b - c)
x88: (a - b) - c
x89: a / (b * c)
x90: f"{{lit}} {a:{b}.{c}}"
x91: f"{ {1: 2} }"
x92: f"a" "b"
x93: "a" f"b{c}"
x94: 1e16
x95: 0.1
x96: 1e-7
x97: a[b:c:d, e]
x98: not not a
y01: {a: lambda: 1}
y02: [*a, *b]
y03: f(c=lambda x: x, *d)
y04: f(a, (y for y in z))
y05: [y for x in z for y in x if x if y]
y06: a[b, c:d]
y07: lambda: (1, 2)
y08: (a, b) if c else d
y09: a == (not b)
y10: f"{a!s}{b!a}{c:>10}"
y11: f"{(lambda: 1)()}"
y12: f"{a if b else c}"
y13: f"{a, b}"
y14: f"{x = }"
y15: f"{x=:>5}"
y16: f"{x=!s}"
y17: "a\\b"
y18: '\x00\x7f\x80\xff'
y19: 'a' 'b' "c"
y20: 1.0
y21: 1e100
y22: 3.14159265358979
y23: 1e22
y24: 1.5e-10j
y25: 0j
y26: 0o17 + 0b101
y27: -0.0
y28: (-1) ** 2
y29: 2 ** -1
y30: a.b[c].d()
y31: not a in b
y32: (a or b) and c
y33: a or b and c
y34: a < (b < c)
y35: (a < b) < c
y36: [a][0]
y37: {**a}
y38: f(**a, b=1)
y39: lambda *, a: a
y40: lambda a, /, b: 0
y41: lambda *a, **k: 0
y42: lambda a=(1, 2): a
y43: lambda: lambda: 0
y44: (yield_)
y45: a[lambda: 1]
y46: a[b if c else d]
y47: a[(b, c)]
y48: a[(b, c),]
y49: a[...]
y50: x[-1:]
y51: x[a + b:c * d]
y52: (a.b).c
y53: (a + b).c
y54: (-a).b
y55: (a)(b)
y56: f()()
y57: -x[1]
y58: {1: 2}[1]
y59: 'x'.join
y60: 1.5j.imag
y61: b''
y62: b'"'
y63: b"'\""
y64: '\''
y65: "\"'"
y66: f'{"x"}'
y67: f"{'a' 'b'}"
y68: f"a{{b}}c{d}"
y69: f"{a:{b}{c}}"
y70: f"{a}" f"{b}" "c"
y71: f""
y72: 10 ** 400
y73: 1e309j
y74: x if y else z if w else v
y75: (x if y else z) if w else v
z01: Dict[str, List[Tuple[int, ...]]]
z02: Union[int, 'Node', None]
z03: int|str|None
z04: Annotated[int, "meta", 3]
z05: Literal[-1, +2, ~3]
z06: type[Any]
z07: 'List[int]'
z08: "Node | None"
z09: str  # a comment after the annotation
z10: (
    int
    |
    str
)
z11: Callable[
    [int, str],   # arguments
    bool,
]


def f(a: int, /, b: 'str' = 'x', *args: Tuple[int, ...], c: List[int] | None = None,
      **kw: Dict[str, Any]) -> Optional[Node]:
    pass


class C:
    x: Callable[..., int]
    y: ClassVar[int] = 3
    __private: int
    (z): int = 5

    def m(self, other: C, *, key: lambda c: c.x = None) -> C: ...


for k, v in __annotations__.items():
    print(k, v)
print(f.__annotations__)
print(C.__annotations__, C.y, C.z)
print(C.m.__annotations__)


def star(*args: *Ts, **kw: Unpack[Kw]) -> Tuple[*Ts, int]:
    pass


print(star.__annotations__)
