# Counter as a multiset: + - | & keep the positive counts, unary + and - too, and the
# in-place forms update the left counter; comparisons treat missing counts as zero.
from collections import Counter

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = Counter(a=3, b=1, z=0)
b = Counter(a=1, b=2, c=4, y=-2)
print(a + b, a - b, a | b, a & b, b - a)
print(+Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
f = Counter(a=1); f += Counter(a=2, b=-1); print(f)
f -= Counter(a=5); print(f)
g = Counter(a=3, b=1); g |= Counter(a=1, b=5, c=0); print(g)
h = Counter(a=3, b=1); h &= Counter(a=1); print(h)
k = Counter(a=1, b=-1); k += Counter(); print(k)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter() == Counter(), Counter(a=0) == Counter())
attempt(lambda: Counter(a=1) < {'a': 1})
attempt(lambda: Counter(a=1) + {'a': 1})
attempt(lambda: Counter(a=1) - 1)
attempt(lambda: ~Counter())

def inplace():
    c = Counter(a=1)
    c += 5
attempt(inplace)

inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, plum=1)
print('missing:', order - inventory, 'left:', inventory - order, 'enough:', order <= inventory)
inventory.subtract(order)
print(inventory, +inventory, -inventory)

class Tally(Counter):
    pass
t1 = Tally('aab')
print(type(t1 + Tally('b')).__name__, type(+t1).__name__, type(t1.copy()).__name__)
t1 += Counter('c'); print(type(t1).__name__, t1)
