class Upper(str):
    def __new__(cls, value):
        print("Upper.__new__", value)
        return super().__new__(cls, value.upper())
    def __init__(self, value):
        print("Upper.__init__", value, "self =", str(self))

u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), len(u))
print(u + "!", type(u + "!").__name__)

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("负数")
        return super().__new__(cls, v)
p = Positive(5)
print(p + 1, type(p).__name__, type(p + 1).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return f"Pair{tuple(self)}"
print(Pair(1, 2), Pair(1, 2)[1], len(Pair(3, 4)))
