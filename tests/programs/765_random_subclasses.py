# Subclassing random.Random: __init_subclass__ picks how _randbelow draws (random() alone
# once random() is overridden), and every method reaches the generator through self.
import random

class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()

c = Counting(3)
print(Counting._randbelow is Counting._randbelow_without_getrandbits, random.Random._randbelow.__name__)
print(c.choice(range(100)), c.randrange(10, 1000, 7), c.randint(1, 6), c.calls)
items = list(range(10))
c.shuffle(items)
print(items, c.calls)
print(c.sample(range(1000), 8), c.calls)
print(c.choices("abcde", k=4), c.calls)
print(f"{c.gauss():.9f}", c.calls)

class Bits(random.Random):
    def getrandbits(self, k):
        r = super().getrandbits(k)
        print("  getrandbits", k, "->", r)
        return r

b = Bits(5)
print(Bits._randbelow is random.Random._randbelow_with_getrandbits)
print(b.randrange(10), b.choice("xyz"), b.random())

class Both(Counting, Bits):
    pass

print(Both._randbelow.__name__, [k.__name__ for k in Both.__mro__])

class Loaded(random.Random):
    """A die that always lands high."""
    def random(self):
        return 0.99

die = Loaded()
print([die.randint(1, 6) for _ in range(3)], die.choice("abc"), die.uniform(0, 10))

class Below(random.Random):
    def _randbelow(self, n):
        print("  _randbelow", n)
        return n - 1

w = Below(1)
print(w.choice("abc"), w.randrange(5, 50, 5), w.sample([10, 20, 30], 2))
items = [1, 2, 3]
w.shuffle(items)
print(items)

class Quiet(random.Random):
    def __init__(self):
        pass          # no super().__init__(): never seeded, no gauss_next

q = Quiet()
print(q.random(), q.getrandbits(8))
try:
    q.gauss()
except AttributeError as e:
    print("AttributeError", e)

class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("  seed", a)
        super().seed(a)

print(Logged(99).random())

r = random.Random(11)
r.random = lambda: 0.25
print(r.choice([1, 2, 3, 4]), r.uniform(0, 4), r.randint(1, 4))

class Kw(random.Random, flavor="vanilla"):
    pass

print(Kw(1).random() == random.Random(1).random())
