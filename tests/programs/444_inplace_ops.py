class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__", other)
        self.v += other
        return self
    def __add__(self, other):
        print("__add__", other)
        return Acc(self.v + other)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
b = a
a += 5
print(a, b, a is b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("OnlyAdd.__add__")
        return OnlyAdd(self.v + other)
x = OnlyAdd(1)
y = x
x += 2
print(x.v, y.v, x is y)

class Forget:
    def __imul__(self, other):
        print("forgot to return self")
f = Forget()
f *= 3
print(f)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
