class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
print(P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self):
        return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s)
d = {H(3): "three"}
print(d[H(3)])
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
