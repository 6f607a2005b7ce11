class E1(Exception):
    pass
class E2(Exception):
    def __str__(self):
        return "custom str"
class E3(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

for e in [E1(), E1("one"), E1("a", 2), E2("ignored"), E3("x", "y")]:
    print(type(e).__name__, repr(str(e)), e.args)
print(repr(E1("m")), repr(E3(1, 2)))
try:
    raise E3("bad", 1)
except ValueError as e:
    print(isinstance(e, E3), e.b, [c.__name__ for c in type(e).__mro__])
try:
    raise E1
except E1 as e:
    print(type(e).__name__, e.args)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
