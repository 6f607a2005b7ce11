# Random() objects: their own streams, getstate/setstate, copies, and the hidden instance
# behind the module's functions.
import random, copy

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
c = random.Random()
c.seed(99)
d = random.Random(100)
print(c.random() != d.random())

print(type(random.random), type(random.randint).__name__ in ("method", "builtin_function_or_method"))
print(random.randint.__self__ is random._inst, random.seed.__self__ is random._inst)
print(isinstance(random._inst, random.Random), random.Random.__mro__)
print(a.__dict__, type(a).__name__, random.Random.VERSION)

random.seed(5)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])

g = random.Random(8)
g.gauss()
saved = g.getstate()
print(saved[2] is not None, f"{saved[2]:.9f}")
again = [g.gauss() for _ in range(3)]
g.setstate(saved)
print(again == [g.gauss() for _ in range(3)])

h = random.Random(1)
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
print(h2.random() == h3.random() == h.random(), type(h2) is random.Random, h2 is not h)
print(h.__reduce__()[:2])

# Version 2 states kept their words as signed ints.
w = random.Random(4)
version, internal, gauss_next = w.getstate()
expected = w.random()
signed = tuple(x - 2**32 if x >= 2**31 else x for x in internal)
w.setstate((2, signed, gauss_next))
print(w.random() == expected)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: a.setstate((4, internal, None)))
attempt(lambda: a.setstate((3, internal)))
attempt(lambda: a.setstate((3, internal, None, 1)))
attempt(lambda: a.setstate(5))
attempt(lambda: a.setstate((3, 5, None)))
attempt(lambda: a.setstate((3, list(internal), None)))
attempt(lambda: a.setstate((3, internal[:-1], None)))
attempt(lambda: a.setstate((3, internal[:-1] + (625,), None)))
attempt(lambda: a.setstate((3, (-1,) + internal[1:], None)))
attempt(lambda: a.setstate((3, (1.5,) + internal[1:], None)))
attempt(lambda: a.setstate((2, ("x",) + internal[1:], None)))

# Seeds the generator accepts and refuses.
for seed in (None, 0, 10**40, -7, 2.5, True):
    a.seed(seed)
attempt(lambda: a.seed((1, 2)))
attempt(lambda: a.seed([1]))
attempt(lambda: a.seed(1, 2, 3))
attempt(lambda: a.seed(a=1, version=2, x=3))
attempt(lambda: random.Random(1, 2))
attempt(lambda: random.Random(x=5).random())
print(a.getrandbits(0), a.getrandbits(31) < 2**31, a.getrandbits(32) < 2**32)
attempt(lambda: a.getrandbits(-1))
attempt(lambda: a.getrandbits(1.0))
attempt(lambda: a.getrandbits(2**40))
attempt(lambda: a.getrandbits())
attempt(lambda: a.getrandbits(k=3))
attempt(lambda: a.random(1))
attempt(lambda: random.Random.random(5))
attempt(lambda: random.Random.random())
