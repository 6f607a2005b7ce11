class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        if not isinstance(other, N):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"N({self.v})"

print(N(1) == N(1))
print(N(1) != N(2))
print(N(1) == 1)
print(N(1) < N(2))
print(N(3) > N(2))
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([N(3), N(1), N(2)]))
print(N(2) in [N(1), N(2)])
class O:
    pass
o = O()
print(o == o, o != o, O() == O())
