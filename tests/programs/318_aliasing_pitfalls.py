row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
def add_item(x, bucket=[]):
    bucket.append(x)
    return bucket
add_item(1)
print(add_item(2))
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = [1, 2, 3]
d = c
c += [4]
print(c, d)
orig = {"list": [1]}
copy = dict(orig)
copy["list"].append(2)
copy["new"] = 1
print(orig, copy)
x = [[1], [2]]
y = list(x)
y[0] = "replaced"
y[1].append(3)
print(x, y)
s = "abc"
t = s
s += "d"
print(s, t)
