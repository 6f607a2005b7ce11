# random with a seed: the calls a beginner makes, each giving CPython's numbers.
import random

random.seed(2024)
print(random.random(), random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(-10, 10))
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 5), random.randrange(100, 0, -7))
print(random.choice(["rock", "paper", "scissors"]), random.choice("aeiou"), random.choice(range(1000)))
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], len(deck))
print(random.sample(range(1, 50), 6))
print(sorted(random.sample(deck, 5)))
print(random.choices(["H", "T"], k=10))
print(random.choices("abc", weights=[10, 1, 1], k=8))
print(random.uniform(1.5, 2.5), random.uniform(10, 0))
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))

# The same seed gives the same numbers again.
random.seed(7)
first = [random.randint(1, 100) for _ in range(8)]
random.seed(7)
print(first, first == [random.randint(1, 100) for _ in range(8)])

# Seeds of other kinds: negative and big ints, floats, bools, strings.
for seed in (0, 1, -1, 2**32, 2**100 + 17, -(10**30), 3.5, -0.25, True, "hello", "", "héllo ✓"):
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed("hello", version=1)
print(random.random())

# Rolling two dice many times.
random.seed(1)
counts = {}
for _ in range(1000):
    total = random.randint(1, 6) + random.randint(1, 6)
    counts[total] = counts.get(total, 0) + 1
print(sorted(counts.items()))
