it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration raised")
d = iter({"k1": 1, "k2": 2})
print(list(d))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
it2 = iter(range(5))
for v in it2:
    if v == 1:
        break
print(list(it2))
li = iter([10, 20])
print(iter(li) is li)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
