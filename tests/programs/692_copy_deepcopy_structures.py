# deepcopy keeps the shape of the object graph: shared parts stay shared, cycles stay cycles,
# because every copy is remembered in the memo under id(original).
import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, 3), "n": {"deep": [shared]}}
d = copy.deepcopy(data)
print(d)
print(d["a"] is d["b"], d["a"] is shared, d["t"][0] is d["a"], d["n"]["deep"][0] is d["a"])

loop = [1, 2]
loop.append(loop)
c = copy.deepcopy(loop)
print(c, c is loop, c[2] is c)

dl = {"x": 1}
dl["self"] = dl
dc = copy.deepcopy(dl)
print(dc, dc["self"] is dc, dc is dl)

# a tuple holding a list that holds the tuple: the tuple itself is only memoized by the
# list's copy, so deepcopy looks it up again after copying its items
t_list = []
t = (t_list, 5)
t_list.append(t)
tc = copy.deepcopy(t)
print(tc, tc is t, tc[0][0] is tc, tc[0] is not t_list)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name})"


root = Node("root")
a = root.add(Node("a"))
b = a.add(Node("b"))
root.me = root
rc = copy.deepcopy(root)
print(rc, rc.children, rc.children[0].children)
print(rc is root, rc.me is rc, rc.children[0].parent is rc, rc.children[0].children[0].parent is rc.children[0])
print(rc.children[0] is a)

# the memo: pass one in to share copies between calls
memo = {}
x = [1, [2]]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo, memo[id(x)] is y1)
keep = memo[id(memo)]
print(type(keep).__name__, len(keep), keep[0] is x[1], keep[1] is x)
print(len(memo))

# what is already in the memo is returned as is
pre = {id(x): "replacement"}
print(copy.deepcopy(x, pre))
print(copy.deepcopy(x, None) == x)

# copy of nested containers shares the inner ones, deepcopy does not
grid = [[0] * 2 for _ in range(2)]
g1 = copy.copy(grid)
g2 = copy.deepcopy(grid)
grid[0][0] = 9
print(g1, g2)

# atomic values are never copied, even inside containers
s = "a string that is not interned !"
big = 10 ** 40
out = copy.deepcopy([s, big, 2.5, None])
print(out[0] is s, out[1] is big)

# bound methods: deepcopy copies the instance and binds the same function to the copy
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


k = Counter()
m = k.inc
m2 = copy.deepcopy(m)
print(m2(), m2(), k.n, m2.__self__ is k, m2.__func__ is m.__func__)
m3 = copy.copy(m)
print(m3(), k.n, m3.__self__ is k, m3 is m, m3 == m)
pair = copy.deepcopy([k, k.inc])
print(pair[1].__self__ is pair[0], pair[0] is k)
