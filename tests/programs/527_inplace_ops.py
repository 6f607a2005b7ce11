class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self
    def __add__(self, x):
        print("__add__", x)
        n = Acc()
        n.items = self.items + [x]
        return n
a = Acc()
b = a
a += 1
print(a is b, a.items)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x is y, x.v, y.v)
l = [1]
m = l
l += [2]
print(l is m, m)
t = (1,)
u = t
t += (2,)
print(t is u, u)
class NoAdd:
    pass
n = NoAdd()
try:
    n += 1
except TypeError as e:
    print(e)
