class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

add5 = Adder(5)
print(add5(1), add5(1, times=3))
print(callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        print("call", self.calls, args, sorted(kwargs.items()))
c = Counter()
c()
c(1, 2, a=3)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
