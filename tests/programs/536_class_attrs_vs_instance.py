class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, a.items is b.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
class Sub(Counter):
    count = 50
s = Sub()
print(Sub.count, Counter.count, s.items)
