class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        print("called with", args, kwargs)
        return self.count
c = Counter()
c(1, 2)
c(x=3)
print(c.count, callable(c), callable(Counter), callable(len), callable(5))
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
print(list(map(Adder(10), [1, 2, 3])))
try:
    5()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
