class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "yuan":
            return f"¥{self.cents / 100:.2f}"
        return f"{self.cents}c"
    def __str__(self):
        return "Money"

m = Money(1234)
print(f"{m}")
print(f"{m:yuan}")
print(format(m, "yuan"))
print("{:yuan} / {}".format(m, m))
print(str(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{3.14159:.2f}", format(42, "05d"))
