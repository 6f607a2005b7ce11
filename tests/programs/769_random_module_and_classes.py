# What the random module is made of: random.Random over the C type _random.Random.
import random
import _random

print(random.Random.__bases__, _random.Random.__bases__, random.Random.__module__, _random.Random.__module__)
print(random.Random.__name__, random.Random.__qualname__, random.Random.VERSION)
print(_random.Random.__doc__)
# (randbytes is left out: it makes bytes, which metalab does not have)
print(sorted(k for k in vars(random.Random) if not k.startswith("__") and k != "randbytes"))
print(list(vars(_random.Random)))
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)
print(issubclass(random.Random, _random.Random), isinstance(random.Random(), _random.Random))

core = _random.Random(5)
print(core.random(), core.getrandbits(16), len(core.getstate()))
core2 = _random.Random()
core2.setstate(core.getstate())
print(core2.random() == core.random())
try:
    core.gauss_next = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    _random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    _random.Random(seed=1)
except TypeError as e:
    print("TypeError", e)
try:
    _random.Random.random(5)
except TypeError as e:
    print("TypeError", e)

# An instance made by __new__ alone has a generator of zeros, as in CPython.
blank = random.Random.__new__(random.Random)
print(blank.random(), blank.getrandbits(32), blank.__dict__)

names = [n for n in ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
                     "sample", "shuffle", "choices", "normalvariate", "lognormvariate",
                     "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
                     "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits")
         if getattr(random, n).__self__ is random._inst]
print(len(names))

from random import randint, choice, Random
random.seed(1)
print(randint(1, 10), choice("xyz"), Random(2).random())
