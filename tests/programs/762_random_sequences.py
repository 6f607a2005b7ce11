# choice, shuffle, sample and choices: the picks CPython makes for a seed, and their errors.
import random
from collections import deque

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

random.seed(42)
attempt(lambda: random.choice([]))
attempt(lambda: random.choice(""))
attempt(lambda: random.choice((5,)))
attempt(lambda: random.choice({1: "a", 0: "b"}))
attempt(lambda: random.choice(deque("xyz")))
attempt(lambda: random.choice(5))

items = list(range(20))
random.shuffle(items)
print(items)
letters = list("metalab")
random.shuffle(letters)
print("".join(letters))
one = [1]; random.shuffle(one); print(one)
attempt(lambda: random.shuffle((1, 2, 3)))

# sample keeps a pool for small populations and a set of positions for large ones.
print(random.sample(range(10), 10))
print(random.sample(range(10**9), 5))
print(random.sample("abcdefghij", 4), random.sample((1, 2, 3), 0))
print(random.sample(range(100), k=30)[:10])
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(5), 3, counts=[0, 0, 3, 0, 1]))
attempt(lambda: random.sample({1, 2, 3}, 2))
attempt(lambda: random.sample({"a": 1}, 1))
attempt(lambda: random.sample([1, 2], 3))
attempt(lambda: random.sample([1, 2], -1))
attempt(lambda: random.sample([1, 2], 1.0))
attempt(lambda: random.sample([1, 2], 2, counts=[1]))
attempt(lambda: random.sample([1, 2], 2, counts=[0, 0]))
attempt(lambda: random.sample([1, 2], 2, counts=[1.5, 1.5]))
attempt(lambda: random.sample([1, 2]))

print(random.choices("abc", k=6))
print(random.choices(range(4), [1, 0, 0, 3], k=6))
print(random.choices(["x", "y"], cum_weights=[0.25, 1.0], k=6))
print(random.choices([10, 20, 30], [0.5, 0.25, 0.25]))
print(random.choices("ab", k=0), random.choices("ab", k=-3))
attempt(lambda: random.choices("abc", 3))
attempt(lambda: random.choices("abc", [1, 2]))
attempt(lambda: random.choices("abc", [0, 0, 0]))
attempt(lambda: random.choices("abc", [1, float("inf"), 1]))
attempt(lambda: random.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]))
attempt(lambda: random.choices("abc", ["1", "2", "3"]))
attempt(lambda: random.choices("abc", k=2.0))
attempt(lambda: random.choices([], k=1))
print(random.random())
