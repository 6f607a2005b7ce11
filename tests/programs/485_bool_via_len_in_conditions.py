class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Bag{tuple(self.items)}"

a, b = Bag(), Bag(1)
print(a or "fallback", b or "fallback")
print(a and "x", b and "y")
print(not a, not b)
print([x for x in (a, b, Bag(2, 3)) if x])
n = 0
while b:
    b.items.pop()
    n += 1
print(n, b)
print(any([Bag(), Bag()]), all([Bag(1), Bag(1, 2)]))
print(bool(Bag) is True)
