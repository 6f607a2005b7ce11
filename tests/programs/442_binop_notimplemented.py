class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        print("V.__add__", type(other).__name__)
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("V.__radd__", type(other).__name__)
        if isinstance(other, int):
            return V(other + self.x)
        return NotImplemented
    def __repr__(self):
        return f"V({self.x})"

print(V(1) + V(2))
print(V(1) + 10)
print(5 + V(1))
print(sum([V(1), V(2)]))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
