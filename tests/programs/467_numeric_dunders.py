class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __int__(self):
        print("__int__")
        return int(self.v)
    def __float__(self):
        print("__float__")
        return float(self.v)
    def __index__(self):
        print("__index__")
        return int(self.v)
    def __repr__(self):
        return f"Num({self.v})"

n = Num(-3)
print(-n, +n, abs(n), ~n)
print(int(n), float(n))
print([10, 20, 30, 40][Num(1)])
print(bin(Num(5)), hex(Num(255)))
print(range(Num(3)))
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
