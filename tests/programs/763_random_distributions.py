# The real-valued distributions: CPython's formulas and order of random() calls, so a seed
# gives its values (shown to 9 decimals: the wasm build's log/exp/cos can differ in the last bit).
import random

def show(name, values):
    print(name, [f"{v:.9f}" for v in values])

random.seed(12345)
show("uniform", [random.uniform(-1, 1) for _ in range(3)])
show("triangular", [random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 1, 4)])
print(random.triangular(2, 2, 2), random.triangular(3, 3))
show("gauss", [random.gauss() for _ in range(5)])
show("gauss(100, 15)", [random.gauss(100, 15) for _ in range(3)])
show("normalvariate", [random.normalvariate(0, 1) for _ in range(4)])
show("lognormvariate", [random.lognormvariate(0, 0.5) for _ in range(3)])
show("expovariate", [random.expovariate(2.0) for _ in range(3)] + [random.expovariate(-1)])
show("vonmisesvariate", [random.vonmisesvariate(0, k) for k in (0, 0.5, 4, 50)])
show("gammavariate", [random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 40)])
show("betavariate", [random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.betavariate(1, 1)])
show("paretovariate", [random.paretovariate(3) for _ in range(2)])
show("weibullvariate", [random.weibullvariate(1, 1.5) for _ in range(2)])
print(random.random())

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: random.gammavariate(0, 1))
attempt(lambda: random.gammavariate(1, -1))
attempt(lambda: random.expovariate(0))
attempt(lambda: random.expovariate())
attempt(lambda: random.uniform(1))
attempt(lambda: random.uniform("a", "b"))
attempt(lambda: random.gauss(mu="x"))
attempt(lambda: random.triangular(1, 1, 5))
attempt(lambda: random.lognormvariate(0))

# Ints stay ints where Python's arithmetic keeps them so.
class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed()
print(f.uniform(2, 4), f.triangular(0, 4), f.expovariate(1), f.paretovariate(1), f.weibullvariate(2, 1))
