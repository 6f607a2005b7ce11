class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)

g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[2, 2], len(g))
del g[0, 0]
print(len(g))
try:
    del g[5, 5]
except KeyError as e:
    print(type(e).__name__, e)
class RO:
    def __getitem__(self, k):
        return k
r = RO()
print(r[3])
try:
    r[3] = 1
except TypeError as e:
    print(type(e).__name__, e)
del r[0]
