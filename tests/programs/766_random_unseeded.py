# Without a seed the numbers differ from run to run: check only what is always true.
import random

rolls = [random.randint(1, 6) for _ in range(200)]
print(all(1 <= r <= 6 for r in rolls), len(set(rolls)) > 1)
x = random.random()
print(0.0 <= x < 1.0, type(x).__name__)
print(random.choice("abc") in "abc", sorted(random.sample(range(5), 5)) == [0, 1, 2, 3, 4])
a, b = random.Random(), random.Random()
print(a.getrandbits(64) != b.getrandbits(64))
random.seed()
random.seed(None)
print(0 <= random.randrange(10) < 10, -5 <= random.uniform(-5, 5) <= 5)
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)))
print(len(random.choices(range(3), k=10)), random.getrandbits(10) < 1024)
