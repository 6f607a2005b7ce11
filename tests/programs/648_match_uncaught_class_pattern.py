# An exception raised by a property that a class pattern reads is not a "no match" unless it
# is an AttributeError: this one ends the program, and the traceback points at the pattern.
RATES = {"EUR": 1.0, "USD": 0.9}


class Money:
    __match_args__ = ("amount", "rate")

    def __init__(self, amount, code):
        self.amount = amount
        self.code = code

    @property
    def rate(self):
        print("  looking up", self.code)
        return RATES[self.code]


def in_euros(m):
    match m:
        case Money(0, _):
            return 0
        case Money(amount, 1.0):
            return amount
        case Money(amount, rate):
            return amount * rate


def report(items):
    for m in items:
        print(m.code, in_euros(m))


report([Money(10, "EUR"), Money(10, "USD"), Money(0, "XXX")])
report([Money(5, "GBP")])
