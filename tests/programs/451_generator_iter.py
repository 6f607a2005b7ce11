class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
it = iter(t)
print(type(it).__name__)
print(next(it), next(it))
print(sum(t), max(t))

class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i, x in enumerate(self.items):
            print("产出", i)
            yield i, x
for i, x in Pairs("ab"):
    print(i, x)
g = iter(Pairs([]))
print(next(g, "空"))
