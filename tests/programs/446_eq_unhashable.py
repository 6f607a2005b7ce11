class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

print(P.__hash__ is None)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)

class H(P):
    def __hash__(self):
        return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s))
print(H(1) in s)

class Q(P):
    __hash__ = object.__hash__
print(len({Q(1), Q(1)}))
print("不可哈希")
d = {P(3): "x"}
