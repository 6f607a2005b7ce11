def f():
    pass
class C:
    def __call__(self, x):
        return x * 2
class D:
    pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(5), callable(print), callable(lambda: 0))
print(C()(21))
print(format(255, "x"), format(3.14159, ".1f"), format("ab", ">4"), format(1e6, ","))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$" + format(self.v, ".2f")
        return str(self.v)
m = Money(3.5)
print(format(m, "usd"), f"{m:usd}", f"{m}", "{:usd}".format(m))
print(callable(str.upper), callable("s".upper), callable(None))
print(format(12345.6789, "10.2f") + "|", format(-7, "+05d"))
