# Flag and IntFlag: members that combine with | & ^ ~ into new (cached) pseudo-members.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R & Perm.W, repr(Perm.R & Perm.W), ~Perm.R, Perm.R ^ Perm.RWX)
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), bool(rw))
print(list(Perm), Perm.RWX, repr(Perm(7)), list(Perm.RWX), type(Perm))
print((Perm.R | Perm.W) is (Perm.W | Perm.R), Perm(6), str(Perm(0)), repr(~Perm.RWX))
print(Perm.__members__)
print(Perm(6) is rw, Perm.R | Perm.W | Perm.X is Perm.RWX)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), Color.RED | Color.BLUE, ~Color.RED, Color.WHITE, len(Color.WHITE))
for c in Color.RED | Color.GREEN:
    print(' ', c.name, c.value)

for bad in (lambda: Perm(8), lambda: Perm.R | 1, lambda: 1 in Perm.R, lambda: Perm('r')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class P(IntFlag):
    R = 4
    W = 2
    X = 1

print(P.R | P.W, repr(P.R | P.W), P.R | 8, repr(P.R | 8), P.R + 1, ~P.R, repr(~P.R))
print(P(0), repr(P(0)), f"{P.R | P.X}", P.R == 4, P.R | 1, repr(1 | P.W), list(P(7)))
print(isinstance(P.R, int), P.__mro__)
